import { chartsEn } from './charts.en';
import { digitalEn } from './digital.en';
import { inspectionsEn } from './inspections.en';
import { recordEn } from './record.en';
import { actionsEn } from './actions.en';
import { resultsEn } from './results.en';
import { meetingEn } from './meeting.en';
import { minutesEn } from './minutes.en';
import { reportEn } from './report.en';
import { dossiersEn } from './dossiers.en';
import { overviewEn } from './overview.en';
import { authEn } from './auth.en';
import { summaryEn } from './summary.en';
import { kpiEn } from './kpi.en';
import { filterProblemsEn } from './filter-problems.en';
import { unitsEn } from './units.en';
import { coreEn } from './core.en';
import type { Resources } from './vi';

/** English. Same keys as `vi.ts`; the type makes a missing or extra key a compile error. */
export const en: Resources = {
  ...coreEn,
  charts: chartsEn,
  digital: digitalEn,
  inspections: inspectionsEn,
  record: recordEn,
  actions: actionsEn,
  results: resultsEn,
  meeting: meetingEn,
  minutes: minutesEn,
  report: reportEn,
  dossiers: dossiersEn,
  units: unitsEn,
  filterProblems: filterProblemsEn,
  kpi: kpiEn,
  summary: summaryEn,
  auth: authEn,
  overview: overviewEn,
};
