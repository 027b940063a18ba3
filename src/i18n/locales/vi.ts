import { chartsVi } from './charts.vi';
import { digitalVi } from './digital.vi';
import { inspectionsVi } from './inspections.vi';
import { recordVi } from './record.vi';
import { actionsVi } from './actions.vi';
import { resultsVi } from './results.vi';
import { meetingVi } from './meeting.vi';
import { minutesVi } from './minutes.vi';
import { reportVi } from './report.vi';
import { dossiersVi } from './dossiers.vi';
import { overviewVi } from './overview.vi';
import { authVi } from './auth.vi';
import { summaryVi } from './summary.vi';
import { kpiVi } from './kpi.vi';
import { filterProblemsVi } from './filter-problems.vi';
import { unitsVi } from './units.vi';
import { coreVi } from './core.vi';

/** Vietnamese, the default language: the core and every screen's namespace. `en.ts` must have exactly these keys (checked by a test and by its type). The app loads the parts separately (src/i18n/namespaces.ts); this whole tree is the `Resources` type and what the tests load. */
export const vi = {
  ...coreVi,
  charts: chartsVi,
  digital: digitalVi,
  inspections: inspectionsVi,
  record: recordVi,
  actions: actionsVi,
  results: resultsVi,
  meeting: meetingVi,
  minutes: minutesVi,
  report: reportVi,
  dossiers: dossiersVi,
  units: unitsVi,
  filterProblems: filterProblemsVi,
  kpi: kpiVi,
  summary: summaryVi,
  auth: authVi,
  overview: overviewVi,
};

export type Resources = typeof vi;
