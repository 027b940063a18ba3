import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { AppProvider } from '../../src/app/provider';
import { i18n, type Language } from '../../src/i18n';

/**
 * Renders one component (no router) with the app's providers: Mantine in test mode, i18n, a fresh
 * QueryClient without retries. For shared components such as ChartCard.
 */
export async function renderWithProviders(ui: ReactElement, { language = 'vi' }: { language?: Language } = {}) {
  await i18n.changeLanguage(language);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient} mantineEnv="test">
      {ui}
    </AppProvider>,
  );
  const rerender = (next: ReactElement) =>
    view.rerender(
      <AppProvider queryClient={queryClient} mantineEnv="test">
        {next}
      </AppProvider>,
    );
  return { ...view, rerender, user, queryClient };
}
