import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InspectionStatus } from '../../../api/inspections';
import { formatDate, formatPercent } from '../../../domain/format';
import type { InspectionWork } from '../../../domain/inspection-work';
import type { Rate } from '../../../domain/rate';
import { useLocale } from '../../../i18n';
import type { SyncState } from '../../../lib/inspection-sync';
import { inspectionMinutesPath } from '../../../lib/paths';
import { setDates, type Change } from '../record-edits';
import { datesDomId } from './dom-ids';
import { SyncStateLine } from './sync-state';

export const statusColors: Record<InspectionStatus, string> = {
  planned: 'blue',
  in_progress: 'orange',
  finalised: 'green',
  cancelled: 'gray',
};

interface Props {
  inspectionId: string;
  record: InspectionWork;
  unitLabel: string;
  teamLabel: string;
  total: Rate;
  totals: { achieved: number; applicable: number };
  sync: SyncState;
  /** The record's files the server refused (SyncStateLine). */
  refusedFiles: number;
  readOnly: boolean;
  edit: (c: Change) => void;
  onRetry: () => void;
  onOpenConflict: () => void;
}

/** Who, where and when, the status in words, the running total, the draft's sync state and the minutes' link. */
export function RecordHeader({ inspectionId, record, unitLabel, teamLabel, total, totals, sync, refusedFiles, readOnly, edit, onRetry, onOpenConflict }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const endBeforeStart = !!record.startDate && !!record.endDate && record.endDate < record.startDate;
  return (
    <Paper withBorder p="md" component="header">
      <Stack gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text c="dimmed" size="sm">
            {unitLabel}
          </Text>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {record.title || t('record.untitled')}
          </Title>
        </Stack>
        {/* One line that wraps as a whole: the status word, then the running total and its points. */}
        <Group gap="sm" wrap="wrap" align="baseline">
          <Badge color={statusColors[record.status]} size="lg" variant="light">
            {t(`record.status.${record.status}`)}
          </Badge>
          <Text fw={700} size="lg" data-total-score="">
            {t('record.header.total', { score: formatPercent(total, locale) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('record.header.totalPoints', { achieved: totals.achieved, applicable: totals.applicable })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Field label={t('record.header.team')} value={teamLabel} />
          <Field label={t('record.header.planned')} value={formatDate(record.plannedDate)} />
          {readOnly ? (
            <>
              <Field label={t('record.header.start')} value={formatDate(record.startDate)} />
              <Field label={t('record.header.end')} value={formatDate(record.endDate)} />
            </>
          ) : (
            <>
              <TextInput
                type="date"
                label={t('record.header.start')}
                value={record.startDate ?? ''}
                onChange={(e) => edit(setDates({ startDate: e.currentTarget.value || null }))}
                id={datesDomId('startDate')}
                size="md"
              />
              <TextInput
                type="date"
                label={t('record.header.end')}
                value={record.endDate ?? ''}
                min={record.startDate ?? undefined}
                onChange={(e) => edit(setDates({ endDate: e.currentTarget.value || null }))}
                error={endBeforeStart ? t('record.header.endBeforeStart') : undefined}
                id={datesDomId('endDate')}
                size="md"
              />
            </>
          )}
        </SimpleGrid>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <SyncStateLine sync={sync} refusedFiles={refusedFiles} onRetry={onRetry} onOpenConflict={onOpenConflict} />
          <Anchor component={Link} to={inspectionMinutesPath(inspectionId)} display="inline-flex" mih={44} style={{ alignItems: 'center', gap: 4 }}>
            <IconFileText size={18} aria-hidden />
            {t('record.header.minutes')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </Stack>
  );
}
