import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './sign-in.module.css';

/** The mock backend's accounts (README): all with the password `demo`. */
export const demoAccounts = ['lanhdao', 'kiemtra', 'vanphong'] as const;
export const DEMO_PASSWORD = 'demo';

/** Shown in demo mode only: each account fills the form when clicked. */
export function DemoAccounts({ onPick }: { onPick: (username: string, password: string) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="demo-accounts-title">
      <Text component="h2" id="demo-accounts-title" fw={700} size="sm" mb={4}>
        {t('auth.demoTitle')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('auth.demoHint', { password: DEMO_PASSWORD })}
      </Text>
      <Stack gap={6}>
        {demoAccounts.map((username) => {
          const label = t(`auth.demoAccounts.${username}`);
          return (
            <UnstyledButton
              key={username}
              className={classes.demoAccount}
              onClick={() => onPick(username, DEMO_PASSWORD)}
              aria-label={t('auth.demoFill', { username, label })}
            >
              <Group justify="space-between" wrap="nowrap">
                <Text ff="monospace" fw={700} size="sm">
                  {username}
                </Text>
                <Badge variant="light" radius="sm" tt="none">
                  {label}
                </Badge>
              </Group>
            </UnstyledButton>
          );
        })}
      </Stack>
    </section>
  );
}
