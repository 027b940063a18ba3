import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { AppErrorFallback, RouteErrorFallback } from '../components/errors';
import { PageLoader } from '../components/page-loader';
import { RequireAuth } from '../features/auth';
import { withStrings } from '../i18n';
import { inspectionMinutesPathPattern, inspectionPathPattern, paths, unitPathPattern } from '../lib/paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundRoute } from './routes/not-found';

// Inside the shell: a page that throws shows its error in the content area; the header and navigation stay.
const pageError = <RouteErrorFallback homePath={paths.overview} />;

/**
 * Every route of the app; the pages load on demand. Shared by the browser router and the tests' memory router.
 * The paths come from lib/paths.ts, the one place that writes them (links use the same builders).
 * Each page's strings (its i18n namespaces, src/i18n/namespaces.ts) load with it, in parallel; scripts/bundle-size.mjs
 * reads the names written after the import to count them in the route's first visit.
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
        lazy: async () => ({ Component: (await withStrings(import('./routes/sign-in'), 'auth')).SignInRoute }),
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
            lazy: async () => ({ Component: (await withStrings(import('./routes/meeting'), 'meeting', 'overview', 'summary', 'kpi', 'filterProblems', 'units', 'dossiers', 'charts', 'results', 'digital', 'actions')).MeetingRoute }),
          },
          {
            path: paths.meetingPresenter,
            lazy: async () => ({ Component: (await withStrings(import('./routes/meeting-presenter'), 'meeting', 'overview', 'summary', 'kpi', 'filterProblems', 'units', 'dossiers', 'charts', 'results', 'digital', 'actions')).MeetingPresenterRoute }),
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
            lazy: async () => ({ Component: (await withStrings(import('./routes/overview'), 'overview', 'summary', 'kpi', 'filterProblems', 'charts', 'results')).OverviewRoute }),
          },
          {
            path: paths.dossiers,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/dossiers'), 'dossiers', 'kpi', 'filterProblems', 'charts')).DossiersRoute }),
          },
          {
            path: paths.units,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/units'), 'units', 'kpi', 'filterProblems', 'charts', 'results')).UnitsRoute }),
          },
          {
            path: paths.digital,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/digital'), 'digital', 'kpi', 'filterProblems', 'charts')).DigitalRoute }),
          },
          {
            path: paths.inspections,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/inspections'), 'inspections', 'kpi', 'filterProblems')).InspectionsRoute }),
          },
          {
            path: inspectionPathPattern,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/inspection-record'), 'record')).InspectionRecordRoute }),
          },
          {
            path: inspectionMinutesPathPattern,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/inspection-minutes'), 'minutes', 'record', 'actions', 'results')).InspectionMinutesRoute }),
          },
          {
            path: paths.actions,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/actions'), 'actions')).ActionsRoute }),
          },
          {
            path: paths.inspectionResults,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/inspection-results'), 'results', 'filterProblems', 'charts')).InspectionResultsRoute }),
          },
          {
            path: paths.report,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/report'), 'report', 'overview', 'summary', 'kpi', 'filterProblems', 'units', 'dossiers', 'charts', 'results', 'digital', 'actions')).ReportRoute }),
          },
          {
            path: unitPathPattern,
            errorElement: pageError,
            lazy: async () => ({ Component: (await withStrings(import('./routes/unit-detail'), 'units', 'kpi', 'filterProblems', 'charts', 'results')).UnitDetailRoute }),
          },
          { path: '*', errorElement: pageError, element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
