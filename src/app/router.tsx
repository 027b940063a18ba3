import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { AppErrorFallback } from '../components/errors';
import { PageLoader } from '../components/page-loader';
import { RequireAuth } from '../features/auth';
import { AppLayout } from './layout/app-layout';
import { NotFoundRoute } from './routes/not-found';

/** Every route of the app; the pages load on demand. Shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Outlet />,
    errorElement: <AppErrorFallback />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        path: 'dang-nhap',
        lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
      },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        errorElement: <AppErrorFallback />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./routes/overview')).OverviewRoute }),
          },
          {
            path: 'ho-so',
            lazy: async () => ({ Component: (await import('./routes/dossiers')).DossiersRoute }),
          },
          {
            path: 'don-vi',
            lazy: async () => ({ Component: (await import('./routes/units')).UnitsRoute }),
          },
          {
            path: 'don-vi/:unitId',
            lazy: async () => ({ Component: (await import('./routes/unit-detail')).UnitDetailRoute }),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
