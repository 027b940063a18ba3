import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { clipMiddle } from '../../domain/clip';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  useDocumentTitle(t('notFound.title'), t('app.name'));
  return (
    <Stack align="flex-start" gap="md" maw={560}>
      <Title order={1}>{t('notFound.title')}</Title>
      {/* The echo is cut and may break anywhere: an 8,000-character path must not widen the page. */}
      <Text style={{ overflowWrap: 'anywhere' }}>{t('notFound.message', { path: clipMiddle(location.pathname) })}</Text>
      <Button component={Link} to={paths.overview}>
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
