import { Anchor, Box, Button, Group, Loader, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCloudCheck, IconCloudOff, IconGitMerge } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n';
import { markUnreadableReported, retryAllNow, useSyncSummary, type SyncState } from '../../lib/inspection-sync';
import { inspectionPath } from '../../lib/paths';

/** "10:42" in the UI's language, on the device's clock. */
function clockTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

function useStateText(state: SyncState): { text: string; detail: string | null } {
  const { t } = useTranslation();
  const locale = useLocale();
  switch (state.kind) {
    case 'saved':
      return { text: t('sync.state.saved'), detail: null };
    case 'saving':
      return { text: t('sync.state.saving'), detail: null };
    case 'conflict':
      return { text: t('sync.state.conflict'), detail: t('sync.detail.conflict') };
    case 'refused':
      return {
        text: state.message ? t('sync.state.refusedWith', { message: state.message }) : t('sync.state.refused'),
        detail: t('sync.detail.refused'),
      };
    case 'incomplete':
      return { text: t('sync.state.incomplete', { count: state.pending }), detail: t('sync.detail.incomplete') };
    case 'waiting': {
      const count = state.pending;
      const text =
        state.reason === 'session'
          ? t('sync.state.waitingSession', { count })
          : state.nextAttemptAt
            ? t('sync.state.waitingAt', { count, time: clockTime(state.nextAttemptAt, locale) })
            : t('sync.state.waitingOffline', { count });
      return { text, detail: t(`sync.detail.${state.reason}`) };
    }
  }
}

const icons = {
  saved: <IconCloudCheck size={18} aria-hidden />,
  saving: <Loader size={14} aria-hidden />,
  waiting: <IconCloudOff size={18} aria-hidden />,
  conflict: <IconGitMerge size={18} aria-hidden />,
  refused: <IconAlertTriangle size={18} aria-hidden />,
  incomplete: <IconCloudOff size={18} aria-hidden />,
} as const;

const colors = { saved: 'dimmed', saving: 'dimmed', waiting: 'orange.8', conflict: 'red.8', refused: 'red.8', incomplete: 'orange.8' } as const;

/** The state's words (with the reason, for screen readers and as a tooltip) and what the user can do about it. */
function StateLine({ state, warning }: { state: SyncState; warning: string | null }) {
  const { text, detail } = useStateText(state);
  const tip = [detail, warning].filter(Boolean).join(' ');
  const line = (
    <Group gap={6} wrap="nowrap" c={warning ? 'red.8' : colors[state.kind]}>
      {warning ? <IconAlertTriangle size={18} aria-hidden /> : icons[state.kind]}
      <Text size="sm" truncate maw={320} c="inherit">
        {text}
      </Text>
      {tip && <VisuallyHidden>{tip}</VisuallyHidden>}
    </Group>
  );
  return tip ? (
    <Tooltip label={tip} multiline w={280} withArrow>
      <Box tabIndex={0}>{line}</Box>
    </Tooltip>
  ) : (
    line
  );
}

function StateActions({ state, conflictId }: { state: SyncState; conflictId: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {(state.kind === 'waiting' || state.kind === 'refused') && (
        <Button size="compact-sm" variant="light" onClick={retryAllNow}>
          {t('sync.retry')}
        </Button>
      )}
      {state.kind === 'conflict' && conflictId && (
        <Anchor component={Link} to={inspectionPath(conflictId)} size="sm">
          {t('sync.detail.openConflict')}
        </Anchor>
      )}
    </>
  );
}

/**
 * The header's sync state of the inspections recorded on this device: đã lưu / đang lưu / chưa đồng bộ — thử lại
 * lúc … (with the count of changes waiting) / có xung đột, with "Thử lại". A polite live region, so a screen reader
 * hears the change; empty when the user has no draft here. Drafts that could not be read are told once.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const summary = useSyncSummary();

  useEffect(() => {
    if (summary.unreported === 0) return;
    notifications.show({
      color: 'yellow',
      title: t('sync.unreadable.title'),
      message: t('sync.unreadable.text', { count: summary.unreadable }),
      autoClose: false,
    });
    void markUnreadableReported();
  }, [summary.unreported, summary.unreadable, t]);

  const warning = summary.storageError ? t('sync.storageError') : !summary.persistent && summary.pending > 0 ? t('sync.memoryOnly') : null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Box role="status" aria-live="polite" aria-label={t('sync.title')}>
        {summary.state && <StateLine state={summary.state} warning={warning} />}
      </Box>
      {summary.state && <StateActions state={summary.state} conflictId={summary.conflictIds[0] ?? null} />}
    </Group>
  );
}
