import { Button, Divider, Group, Popover, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarMonth, IconChevronDown } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../domain/format';
import type { Period } from '../../domain/period';
import { formatPeriod, useLocale } from '../../i18n';
import { coverageMonths, coverageYears, quickChoices } from './period-choices';

export interface PeriodPickerProps {
  value: Period;
  /** The months the dataset covers (from /meta). */
  coverage: Period;
  onChange: (period: Period) => void;
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** From-month and to-month, with quick choices (year, half, quarter) within the data's coverage. */
export function PeriodPicker({ value, coverage, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [opened, setOpened] = useState(false);
  const label = formatPeriod(value, locale);

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-start"
      width={400}
      shadow="md"
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconCalendarMonth size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('filters.periodButton', { period: label })}
          onClick={() => setOpened((o) => !o)}
        >
          {capitalize(label)}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {/* Mounted only while open, so that each opening starts from the current value. */}
        {opened && (
          <PeriodPanel
            value={value}
            coverage={coverage}
            onChange={(p) => {
              setOpened(false);
              onChange(p);
            }}
          />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

function PeriodPanel({ value, coverage, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const years = coverageYears(coverage);
  const [year, setYear] = useState(Number(value.from.slice(0, 4)));
  const [from, setFrom] = useState<string | null>(value.from);
  const [to, setTo] = useState<string | null>(value.to);

  const months = coverageMonths(coverage);
  const monthOptions = (min?: string | null) =>
    months.filter((m) => !min || m >= min).map((m) => ({ value: m, label: formatMonth(m) }));
  const choices = quickChoices(year, coverage);
  const same = (p: Period) => p.from === value.from && p.to === value.to;
  const quickTitleId = useId();

  return (
    <Stack gap="sm">
      <Text fw={500} size="sm" id={quickTitleId}>
        {t('filters.quick')}
      </Text>
      <Select
        label={t('filters.year')}
        data={years.map(String)}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
        size="sm"
      />
      <div role="group" aria-labelledby={quickTitleId}>
        <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
          {choices.map(({ period, available }, i) => (
            <Button
              key={`${period.from}-${period.to}`}
              size="xs"
              variant={same(period) ? 'filled' : 'default'}
              disabled={!available}
              aria-pressed={same(period)}
              style={i === 0 ? { gridColumn: '1 / -1' } : undefined}
              onClick={() => onChange(period)}
            >
              {capitalize(formatPeriod(period, locale))}
            </Button>
          ))}
        </SimpleGrid>
      </div>

      <Divider label={t('filters.custom')} labelPosition="left" />
      <Group grow align="flex-start" gap="xs">
        <Select
          label={t('filters.fromMonth')}
          data={monthOptions()}
          value={from}
          onChange={(v) => {
            setFrom(v);
            if (v && to && to < v) setTo(v);
          }}
          searchable
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          maxDropdownHeight={220}
        />
        <Select
          label={t('filters.toMonth')}
          data={monthOptions(from)}
          value={to}
          onChange={setTo}
          searchable
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          maxDropdownHeight={220}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('filters.coverage', { from: formatMonth(coverage.from), to: formatMonth(coverage.to) })}
      </Text>
      <Button disabled={!from || !to || from > to} onClick={() => from && to && onChange({ from, to })}>
        {t('filters.apply')}
      </Button>
    </Stack>
  );
}
