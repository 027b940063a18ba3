import { ActionIcon, Avatar, Box, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconLogout } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut, useSession } from '../../features/auth';
import { i18n, useLocale } from '../../i18n';
import { downloadBlob } from '../../lib/export/download';
import { exportLocalData, getSyncEngine, retryAllNow, useSyncSummary } from '../../lib/inspection-sync';
import classes from './app-layout.module.css';

/**
 * Signs out and removes the user's inspection drafts and evidence from this device (a shared tablet keeps nothing
 * of the previous user). The session ends first, so the sign-out is never held up by the device's storage.
 */
async function signOutAndForget() {
  const engine = getSyncEngine();
  const userId = engine.currentUserId;
  signOut();
  if (userId === null) return;
  try {
    await engine.discardUserData(userId);
  } catch (e) {
    notifications.show({
      color: 'red',
      message: i18n.t('sync.signOut.failed', { message: e instanceof Error ? e.message : String(e) }),
      autoClose: false,
    });
  }
}

async function exportToFile() {
  const blob = await exportLocalData(getSyncEngine());
  const fileName = i18n.t('sync.export.fileName', { date: new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-') });
  downloadBlob(blob, fileName);
  notifications.show({ color: 'green', message: i18n.t('sync.signOut.exported', { file: fileName }) });
}

/** What the sign-out dialog offers besides discarding: wait for the sync (then sign out by itself), or export first. */
function UnsyncedSignOut({ modalId }: { modalId: string }) {
  const { t } = useTranslation();
  const summary = useSyncSummary();
  const [waiting, setWaiting] = useState(false);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    if (!waiting || summary.pending > 0) return;
    modals.close(modalId);
    void signOutAndForget();
  }, [waiting, summary.pending, modalId]);

  return (
    <Stack gap="sm">
      <Text size="sm">{t('sync.signOut.text', { count: summary.pending })}</Text>
      {summary.unreadable > 0 && <Text size="sm">{t('sync.signOut.unreadable', { count: summary.unreadable })}</Text>}
      {waiting && (
        <Text size="sm" role="status" c="dimmed">
          {t('sync.signOut.waiting')}
        </Text>
      )}
      <Group gap="sm">
        <Button
          variant="default"
          disabled={waiting || summary.pending === 0}
          onClick={() => {
            setWaiting(true);
            retryAllNow();
          }}
        >
          {t('sync.signOut.wait')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={exporting}
          onClick={() => {
            setExporting(true);
            void exportToFile().finally(() => setExporting(false));
          }}
        >
          {t('sync.signOut.export')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The signed-in user's name and role, and sign-out. The role is the UI's word for it, in the UI's
 * language; the name is the account's own (a post, "Lãnh đạo UBND huyện", as the server holds it), so it
 * stays as written and is marked Vietnamese (lang="vi") for screen readers in English mode.
 *
 * Signing out with inspection changes not yet synced (or drafts that could not be read) asks first: wait for the
 * sync, export them to a file, or discard them; whatever the choice, nothing of the user's inspections is left on
 * the device after the sign-out.
 */
export function UserBox() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { session } = useSession();
  const summary = useSyncSummary();
  if (!session) return null;
  const { name, role } = session.user;
  const roleName = t(`roles.${role}`);

  const onSignOut = () => {
    if (summary.pending === 0 && summary.unreadable === 0) {
      void signOutAndForget();
      return;
    }
    const modalId = `sign-out-unsynced`;
    modals.openConfirmModal({
      modalId,
      title: t('sync.signOut.title'),
      children: <UnsyncedSignOut modalId={modalId} />,
      labels: { confirm: t('sync.signOut.discard'), cancel: t('sync.signOut.stay') },
      confirmProps: { color: 'red' },
      onConfirm: () => void signOutAndForget(),
    });
  };

  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={t('header.account', { name, role: roleName })}>
      <Tooltip label={`${name} · ${roleName}`}>
        <Avatar name={name} color="cchc" radius="xl" size={34} aria-hidden />
      </Tooltip>
      <Box className={classes.user} visibleFrom="md">
        <Text size="sm" fw={500} truncate maw={180} lang={locale === 'vi' ? undefined : 'vi'} title={name}>
          {name}
        </Text>
        <Text size="xs" c="dimmed" truncate maw={180} title={roleName}>
          {roleName}
        </Text>
      </Box>
      <Tooltip label={t('header.signOut')}>
        <ActionIcon variant="default" size="lg" aria-label={t('header.signOut')} onClick={onSignOut}>
          <IconLogout size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
