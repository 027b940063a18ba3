import { ActionIcon, Avatar, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { signOut, useSession } from '../../features/auth';
import classes from './app-layout.module.css';

/** The signed-in user's name and role, and sign-out. */
export function UserBox() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!session) return null;
  const { name, role } = session.user;
  return (
    <Group gap="xs" wrap="nowrap">
      <Tooltip label={`${name} · ${t(`roles.${role}`)}`}>
        <Avatar name={name} color="cchc" radius="xl" size={34} aria-hidden />
      </Tooltip>
      <Box className={classes.user} visibleFrom="md">
        <Text size="sm" fw={500} truncate maw={180}>
          {name}
        </Text>
        <Text size="xs" c="dimmed" truncate maw={180}>
          {t(`roles.${role}`)}
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
