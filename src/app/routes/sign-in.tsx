import { Alert, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { ColorSchemeToggle } from '../../components/color-scheme-toggle';
import { LanguageSwitch } from '../../components/language-switch';
import { env } from '../../config/env';
import { useSession, type SignInState } from '../../features/auth';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { safeNext } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Đăng nhập. Once signed in, back to the page the user came from (path and query). */
export function SignInRoute() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const expired = (location.state as SignInState | null)?.expired === true;
  useDocumentTitle(t('auth.title'), t('app.name'));

  if (session) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    // Top-aligned, not centred: a message appearing above the form must not move the fields.
    <Box component="main" mih="100vh" px="md" pt="8vh" pb="xl" bg="var(--mantine-color-default-hover)">
      <Stack w="100%" maw={420} gap="md" mx="auto">
        <Paper withBorder shadow="sm" radius="lg" p="xl">
          <Stack gap={4} mb="lg">
            <Text size="sm" fw={700} c="cchc" tt="uppercase" lts={0.5}>
              {t('app.name')}
            </Text>
            <Title order={1} size="h2">
              {t('auth.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('auth.subtitle')}
            </Text>
          </Stack>
          {expired && (
            <Alert color="orange" variant="light" icon={<IconClockExclamation aria-hidden />} mb="md" role="status">
              {t('auth.sessionExpired')}
            </Alert>
          )}
          <SignInForm showDemoAccounts={env.VITE_API_MOCKING} />
        </Paper>
        <Group justify="center" gap="xs">
          <LanguageSwitch />
          <ColorSchemeToggle />
        </Group>
      </Stack>
    </Box>
  );
}
