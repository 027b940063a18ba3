import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCloudOff, IconLoader2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftProblem, SyncState } from '../../../lib/inspection-sync';

const timeFormat = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** "HH:mm" of an instant, on this device's clock. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : timeFormat.format(d);
}

/** The sync state of this inspection's draft, in words (never colour alone), with "thử lại" where it helps. */
export function SyncStateLine({
  sync,
  refusedFiles,
  onRetry,
  onOpenConflict,
}: {
  sync: SyncState;
  /** Files of the record the server refused (never sent): "đã lưu" is then said with them, not alone. */
  refusedFiles: number;
  onRetry: () => void;
  onOpenConflict: () => void;
}) {
  const { t } = useTranslation();
  /** "Kiến nghị 1 của tồn tại 3 — Hạn xử lý: Ngày phải có dạng YYYY-MM-DD", as the screen numbers them. */
  const problemText = (p: DraftProblem) => {
    const where =
      p.action !== null && p.finding !== null
        ? t('record.sync.problemAction', { action: p.action, finding: p.finding })
        : p.finding !== null
          ? t('record.sync.problemFinding', { finding: p.finding })
          : null;
    const field =
      p.finding !== null && p.action === null
        ? t([`record.conflict.itemFields.findings.${p.field}` as 'record.conflict.itemFields.findings.title', `record.conflict.fields.${p.field}` as 'record.conflict.fields.title'], { defaultValue: p.field })
        : t(`record.conflict.fields.${p.field}` as 'record.conflict.fields.title', { defaultValue: p.field });
    return `${where ? `${where} — ` : ''}${field}: ${p.message}`;
  };
  switch (sync.kind) {
    case 'saved':
      return (
        <Group gap="xs" role="status">
          <Badge color="green" variant="light" leftSection={<IconCheck size={14} aria-hidden />}>
            {t('record.sync.saved')}
          </Badge>
          {refusedFiles > 0 && (
            <Text size="sm" c="orange.8">
              {t('record.sync.refusedFiles', { count: refusedFiles })}
            </Text>
          )}
        </Group>
      );
    case 'saving':
      return (
        <Badge color="blue" variant="light" leftSection={<IconLoader2 size={14} aria-hidden />} role="status">
          {t('record.sync.saving', { count: sync.pending })}
        </Badge>
      );
    case 'waiting':
      return (
        <Group gap="xs" role="status">
          <Badge color="orange" variant="light" leftSection={<IconCloudOff size={14} aria-hidden />}>
            {sync.nextAttemptAt
              ? t('record.sync.waitingAt', { time: formatTime(sync.nextAttemptAt), count: sync.pending })
              : t('record.sync.waiting', { count: sync.pending })}
          </Badge>
          <Text size="sm" c="dimmed">
            {t(`record.sync.reason.${sync.reason}`)}
          </Text>
          <Button size="compact-sm" variant="default" mih={44} onClick={onRetry}>
            {t('record.sync.retry')}
          </Button>
        </Group>
      );
    case 'conflict':
      return (
        <Group gap="xs" role="status">
          <Badge color="red" variant="light" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
            {t('record.sync.conflict', { count: sync.pending })}
          </Badge>
          <Button size="compact-sm" variant="default" mih={44} onClick={onOpenConflict}>
            {t('record.sync.openConflict')}
          </Button>
        </Group>
      );
    case 'incomplete':
      return (
        <Stack gap={4} role="status">
          <Badge color="orange" variant="light" leftSection={<IconCloudOff size={14} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
            {t('record.sync.incomplete', { count: sync.pending })}
          </Badge>
          <List size="sm" spacing={2}>
            {sync.problems.map((p) => (
              <List.Item key={`${p.finding}-${p.action}-${p.field}`}>{problemText(p)}</List.Item>
            ))}
          </List>
        </Stack>
      );
    case 'refused':
      return (
        <Group gap="xs" role="alert">
          <Badge color="red" variant="light" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
            {t('record.sync.refused', { count: sync.pending })}
          </Badge>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {sync.message}
            {Object.entries(sync.fields).length > 0 && ` (${Object.values(sync.fields).join('; ')})`}
          </Text>
        </Group>
      );
  }
}
