import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { AppErrorFallback, RouteErrorFallback } from '../components/errors';
import { PageLoader } from '../components/page-loader';
import { RequireAuth } from '../features/auth';
import { inspectionMinutesPathPattern, inspectionPathPattern, paths, unitPathPattern } from '../lib/paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundRoute } from './routes/not-found';

// Inside the shell: a page that throws shows its error in the content area; the header and navigation stay.
const pageError = <RouteErrorFallback homePath={paths.overview} />;

/**
 * Every route of the app; the pages load on demand. Shared by the browser router and the tests' memory router.
 * The paths come from lib/paths.ts, the one place that writes them (links use the same builders).
 */
export const routes: RouteObject[] = [
  {
    path: paths.overview,
    element: <Outlet />,
    errorElement: <AppErrorFallback />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        path: paths.signIn,
        errorElement: <AppErrorFallback />,
        lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
      },
      // Meeting mode fills the screen: signed in, but outside the shell (no header, no navigation).
      {
        element: (
          <RequireAuth>
            <Outlet />
          </RequireAuth>
        ),
        errorElement: <AppErrorFallback />,
        children: [
          {
            path: paths.meeting,
            lazy: async () => ({ Component: (await import('./routes/meeting')).MeetingRoute }),
          },
          {
            path: paths.meetingPresenter,
            lazy: async () => ({ Component: (await import('./routes/meeting-presenter')).MeetingPresenterRoute }),
          },
        ],
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
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/overview')).OverviewRoute }),
          },
          {
            path: paths.dossiers,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/dossiers')).DossiersRoute }),
          },
          {
            path: paths.units,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/units')).UnitsRoute }),
          },
          {
            path: paths.digital,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/digital')).DigitalRoute }),
          },
          {
            path: paths.inspections,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/inspections')).InspectionsRoute }),
          },
          {
            path: inspectionPathPattern,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/inspection-record')).InspectionRecordRoute }),
          },
          {
            path: inspectionMinutesPathPattern,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/inspection-minutes')).InspectionMinutesRoute }),
          },
          {
            path: paths.actions,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/actions')).ActionsRoute }),
          },
          {
            path: paths.inspectionResults,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/inspection-results')).InspectionResultsRoute }),
          },
          {
            path: paths.report,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/report')).ReportRoute }),
          },
          {
            path: unitPathPattern,
            errorElement: pageError,
            lazy: async () => ({ Component: (await import('./routes/unit-detail')).UnitDetailRoute }),
          },
          { path: '*', errorElement: pageError, element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
