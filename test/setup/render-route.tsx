import { Box } from '@mantine/core';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { AppProvider } from '../../src/app/provider';
import { HeaderFilters } from '../../src/app/layout/header-filters';
import { routes } from '../../src/app/router';
import { loadSession, SESSION_STORAGE_KEY } from '../../src/features/auth';
import { i18n } from '../../src/i18n';
import { signIn } from './render';

/** The demo accounts of the mock backend (password `demo`). */
export type DemoUser = 'lanhdao' | 'kiemtra' | 'kiemtra2' | 'vanphong';

/** A page's path pattern as the router writes it in full: '/', '/ho-so', '/don-vi/:unitId', … */
export type RoutePattern = string;

export interface RenderRouteOptions {
  /** Where the memory router starts: path and query, e.g. '/ho-so?from=2022-01&to=2022-12'. */
  url: string;
  /** Signed in as this demo account (through the mock's real login), or null for signed out. Default 'lanhdao'. */
  user?: DemoUser | null;
  /** Puts the header's period and unit pickers above the page, for tests that drive them. */
  filters?: boolean;
  /**
   * Other pages a test follows a link to and looks at ('/don-vi/:unitId'). A link anywhere else still
   * changes the URL, onto a blank stand-in, so a test can check where it leads without mounting that page.
   */
  alsoRoutes?: readonly RoutePattern[];
}

/** Every page route of the app by its full path, as the router defines it (lazy module, error element, …). */
function pageRoutes(list: readonly RouteObject[], parent = ''): Map<string, RouteObject> {
  const out = new Map<string, RouteObject>();
  for (const route of list) {
    const here = route.index ? parent || '/' : route.path === undefined ? parent : joinPath(parent, route.path);
    if (route.children) {
      for (const [p, r] of pageRoutes(route.children, here)) out.set(p, r);
    } else if (route.path !== undefined || route.index) {
      out.set(here || '/', route);
    }
  }
  return out;
}

function joinPath(parent: string, child: string): string {
  if (child.startsWith('/')) return child;
  return `${parent.replace(/\/$/, '')}/${child}`;
}

/** The page route at `pattern`, lifted out of the shell and the sign-in guard to stand alone at its full path. */
function standAlone(pattern: RoutePattern): RouteObject {
  const found = pageRoutes(routes).get(pattern);
  if (!found) throw new Error(`no page route "${pattern}"; the app has: ${[...pageRoutes(routes).keys()].join(', ')}`);
  // Index routes cannot carry a path: copy what renders the page, not the route's place in the tree.
  const { index: _index, children: _children, ...page } = found as RouteObject & { index?: boolean };
  return { ...page, path: pattern } as RouteObject;
}

/** Where a link outside the routes under test lands: nothing of the app, only the address. */
function Elsewhere() {
  const location = useLocation();
  return <p data-elsewhere="">{`${location.pathname}${location.search}`}</p>;
}

/** The least of the shell a page needs: the header's pickers when asked for, and the page. */
function MinimalLayout({ filters }: { filters: boolean }) {
  return (
    <>
      {filters && (
        <Box component="header">
          <HeaderFilters />
        </Box>
      )}
      <Box component="main">
        <Outlet />
      </Box>
    </>
  );
}

/**
 * Renders one page route of the app, not the whole app: the route as src/app/router.tsx defines it,
 * alone in a memory router at `url` (so links, Back and the URL's search params work), inside the app's
 * providers (Mantine in test mode, i18n in Vietnamese, a fresh QueryClient without retries), without
 * the shell, the navigation and the sign-in guard. The user is signed in first through the mock's login.
 * For the shell, the guard and moving between screens, use renderApp.
 */
export async function renderRoute(pattern: RoutePattern, { url, user = 'lanhdao', filters = false, alsoRoutes = [] }: RenderRouteOptions) {
  if (user === null) localStorage.removeItem(SESSION_STORAGE_KEY);
  else await signIn(user);
  loadSession();
  await i18n.changeLanguage('vi');
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      {
        element: <MinimalLayout filters={filters} />,
        hydrateFallbackElement: <p>…</p>,
        children: [...[pattern, ...alsoRoutes].map(standAlone), { path: '*', element: <Elsewhere /> }],
      },
    ],
    { initialEntries: [url] },
  );
  const userEvents = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient} mantineEnv="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  /** The current path and query, as the address bar would show it. */
  const currentUrl = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...view, user: userEvents, router, queryClient, currentUrl };
}
