import { Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { actionStatusSchema, type ActionStatus } from '../../../api/actions';
import { formatNumber } from '../../../domain/format';
import { useLocale } from '../../../i18n';
import type { StatusCounts as Counts } from '../action-filters';
import classes from './actions.module.css';

interface StatusCountsProps {
  counts: Counts;
  status: ActionStatus | null;
  overdueOnly: boolean;
  onStatus: (status: ActionStatus | null) => void;
  onOverdue: (on: boolean) => void;
}

/**
 * How many actions are in each status (under every filter but the status one), each a button that filters by
 * it; the overdue count beside them, with its icon and word.
 */
export function StatusCounts({ counts, status, overdueOnly, onStatus, onOverdue }: StatusCountsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (x: number) => formatNumber(x, locale);
  return (
    <Group gap="sm" wrap="wrap" role="group" aria-label={t('actions.counts.label')}>
      <Stack gap={0} px="sm" justify="center" className={classes.countButton}>
        <Text size="xs" c="dimmed">
          {t('actions.counts.total')}
        </Text>
        <Text fw={700} size="lg">
          {n(counts.total)}
        </Text>
      </Stack>
      {actionStatusSchema.options.map((s) => (
        <Button
          key={s}
          variant={status === s ? 'light' : 'default'}
          className={classes.countButton}
          aria-pressed={status === s}
          aria-label={t('actions.counts.filterBy', { status: t(`actions.statuses.${s}`), count: n(counts[s]) })}
          onClick={() => onStatus(status === s ? null : s)}
        >
          <Stack gap={0} align="flex-start">
            <Text size="xs" inherit={false}>
              {t(`actions.statuses.${s}`)}
            </Text>
            <Text fw={700} size="lg" inherit={false}>
              {n(counts[s])}
            </Text>
          </Stack>
        </Button>
      ))}
      <Button
        variant={overdueOnly ? 'light' : 'default'}
        color={overdueOnly ? 'red' : undefined}
        className={classes.countButton}
        aria-pressed={overdueOnly}
        aria-label={t('actions.counts.filterOverdue', { count: n(counts.overdue) })}
        leftSection={<IconAlertTriangle size={18} aria-hidden />}
        onClick={() => onOverdue(!overdueOnly)}
      >
        <Stack gap={0} align="flex-start">
          <Text size="xs" inherit={false}>
            {t('actions.counts.overdue')}
          </Text>
          <Text fw={700} size="lg" inherit={false}>
            {n(counts.overdue)}
          </Text>
        </Stack>
      </Button>
    </Group>
  );
}
