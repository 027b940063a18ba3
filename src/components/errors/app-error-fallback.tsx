import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The whole page failed to render: say so in words and offer a reload. */
export function AppErrorFallback() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="xl" component="main">
      <Stack align="center" maw={520} ta="center" role="alert">
        <Title order={1}>{t('appError.title')}</Title>
        <Text>{t('appError.message')}</Text>
        <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => window.location.reload()}>
          {t('appError.reload')}
        </Button>
      </Stack>
    </Center>
  );
}
