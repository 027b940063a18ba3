import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconRefresh } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useRouteError } from 'react-router';

/** The period and unit of the URL, kept on the way out (as the navigation keeps them). */
function filterSearch(search: string): string {
  const from = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const k of ['from', 'to', 'unit']) {
    const v = from.get(k);
    if (v !== null) keep.set(k, v);
  }
  const s = keep.toString();
  return s ? `?${s}` : '';
}

/**
 * One page failed to render: the message takes the content area only, so the shell, the navigation and
 * the header's filters stay. "Thử lại" renders the page again (a navigation to the same URL clears the
 * router's error); "Về Tổng quan" leaves it.
 */
export function RouteErrorFallback({ homePath }: { homePath: string }) {
  const { t } = useTranslation();
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    console.error('A page failed to render', error);
  }, [error]);

  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('appError.pageTitle')}</Title>
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
        <Text size="sm">{t('appError.pageMessage')}</Text>
      </Alert>
      <Group gap="sm">
        <Button
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={() => void navigate({ pathname: location.pathname, search: location.search }, { replace: true })}
        >
          {t('errors.retry')}
        </Button>
        <Button
          variant="default"
          component={Link}
          to={{ pathname: homePath, search: filterSearch(location.search) }}
          leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('notFound.home')}
        </Button>
      </Group>
    </Stack>
  );
}
