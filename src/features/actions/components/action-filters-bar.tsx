import { Button, Checkbox, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { actionStatusSchema, type ActionStatus } from '../../../api/actions';
import type { ActionFilters } from '../action-filters';
import { DueDateInput } from './due-date-input';
import classes from './actions.module.css';

interface ActionFiltersBarProps {
  filters: ActionFilters;
  communes: { value: string; label: string }[];
  owners: { value: string; label: string }[];
  onChange: (change: Partial<Omit<ActionFilters, 'page'>>, options?: { replace?: boolean }) => void;
  onClear: () => void;
  active: boolean;
}

/** The tracker's filters: status, inspected unit, owner unit, due from/to and "chỉ quá hạn", all kept in the URL. */
export function ActionFiltersBar({ filters, communes, owners, onChange, onClear, active }: ActionFiltersBarProps) {
  const { t } = useTranslation();
  const input = { input: classes.touchInput };
  // Mantine's clear button is 22 px: a finger needs 44.
  const clearButton = { size: 'xl' as const, 'aria-label': t('actions.filters.clearOne') };
  return (
    <Stack gap="xs" role="search" aria-label={t('actions.filters.label')}>
      <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={t('actions.filters.commune')}
          placeholder={t('actions.filters.anyCommune')}
          data={communes}
          value={filters.commune}
          onChange={(v) => onChange({ commune: v ?? null })}
          searchable
          clearable
          clearButtonProps={clearButton}
          nothingFoundMessage={t('actions.filters.nothingFound')}
          classNames={input}
        />
        <Select
          label={t('actions.filters.owner')}
          placeholder={t('actions.filters.anyOwner')}
          data={owners}
          value={filters.owner}
          onChange={(v) => onChange({ owner: v ?? null })}
          searchable
          clearable
          clearButtonProps={clearButton}
          nothingFoundMessage={t('actions.filters.nothingFound')}
          classNames={input}
        />
        <Select
          label={t('actions.filters.status')}
          placeholder={t('actions.filters.anyStatus')}
          data={actionStatusSchema.options.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))}
          value={filters.status}
          onChange={(v) => onChange({ status: (v as ActionStatus | null) ?? null })}
          clearable
          clearButtonProps={clearButton}
          classNames={input}
        />
        <Group gap="xs" grow align="flex-start" wrap="nowrap">
          <DueDateInput label={t('actions.filters.dueFrom')} value={filters.dueFrom} onChange={(dueFrom) => onChange({ dueFrom })} />
          <DueDateInput
            label={t('actions.filters.dueTo')}
            value={filters.dueTo}
            onChange={(dueTo) => onChange({ dueTo })}
            rangeError={filters.dueFrom && filters.dueTo && filters.dueFrom > filters.dueTo ? t('actions.filters.reversed') : undefined}
          />
        </Group>
      </SimpleGrid>
      <Group gap="md" wrap="wrap">
        <Checkbox
          label={t('actions.filters.overdueOnly')}
          checked={filters.overdueOnly}
          onChange={(e) => onChange({ overdueOnly: e.currentTarget.checked })}
          size="md"
          classNames={{ root: classes.checkboxRoot, label: classes.choiceLabel }}
        />
        {active && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear} className={classes.touch}>
            {t('actions.filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
