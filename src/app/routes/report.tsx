import { ReportPage } from '../../features/report';

/** The period's report (Báo cáo), laid out for printing and signing. */
export function ReportRoute() {
  return <ReportPage />;
}
