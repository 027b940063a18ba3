import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { login } from '../../src/api/auth';
import { AppProvider } from '../../src/app/provider';
import { routes } from '../../src/app/router';
import { loadSession, startSession } from '../../src/features/auth';
import { i18n } from '../../src/i18n';

/**
 * Renders the real routes at `url` in a memory router, with a fresh QueryClient (no retries),
 * Mantine in test mode and Vietnamese. The session is whatever localStorage holds (see signIn).
 */
export async function renderApp(url: string) {
  loadSession();
  await i18n.changeLanguage('vi');
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient} mantineEnv="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  /** The current path and query, as the address bar would show it. */
  const currentUrl = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...view, user, router, queryClient, currentUrl };
}

/** Signs in through the mock backend's real login and keeps the session as the app would. */
export async function signIn(username = 'lanhdao', password = 'demo') {
  const res = await login({ username, password });
  startSession(res);
  return res;
}
