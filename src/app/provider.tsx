import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/700.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ErrorBoundary } from '../components/errors';
import { SessionCacheReset } from '../features/auth';
import { i18n } from '../i18n';
import { cssVariablesResolver, theme } from '../theme';
import { NotificationsHost } from './notifications-host';

/**
 * Theme, server state and language for everything below; write results go to `notifications.show`, confirmations
 * to `modals.openConfirmModal` (both drawn with the app's theme, in the current language, with the query client).
 */
export function AppProvider({
  queryClient,
  children,
  mantineEnv = 'default',
}: {
  queryClient: QueryClient;
  children: ReactNode;
  /** 'test' turns off Mantine's transitions and portals (jsdom). */
  mantineEnv?: 'default' | 'test';
}) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" env={mantineEnv}>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <SessionCacheReset />
            <ModalsProvider>
              <NotificationsHost />
              {children}
            </ModalsProvider>
          </QueryClientProvider>
        </ErrorBoundary>
      </I18nextProvider>
    </MantineProvider>
  );
}
