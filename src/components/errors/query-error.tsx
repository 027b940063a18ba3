import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  /** Defaults to "Không tải được dữ liệu". */
  title?: string;
  /** Keeps the place of what failed to load, so the page does not jump. */
  minHeight?: number | string;
}

/** A failed section: what went wrong in words for the ApiError's kind, and a "Thử lại" button. */
export function QueryError({ error, onRetry, title, minHeight }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('errors.title')}
      mih={minHeight}
      role="alert"
    >
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm">{errorMessage(t, error)}</Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onRetry}
        >
          {t('errors.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
