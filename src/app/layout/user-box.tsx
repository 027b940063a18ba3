import { ActionIcon, Avatar, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { signOut, useSession } from '../../features/auth';
import { useLocale } from '../../i18n';
import classes from './app-layout.module.css';

/**
 * The signed-in user's name and role, and sign-out. The role is the UI's word for it, in the UI's
 * language; the name is the account's own (a post, "Lãnh đạo UBND huyện", as the server holds it), so it
 * stays as written and is marked Vietnamese (lang="vi") for screen readers in English mode.
 */
export function UserBox() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { session } = useSession();
  if (!session) return null;
  const { name, role } = session.user;
  const roleName = t(`roles.${role}`);
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
        <ActionIcon variant="default" size="lg" aria-label={t('header.signOut')} onClick={signOut}>
          <IconLogout size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
