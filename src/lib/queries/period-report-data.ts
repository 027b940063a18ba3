import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { remediationState, statusOn } from '../../domain/action-status';
import { ALL_UNITS, type DashboardFilters } from '../filters/resolve-filters';
import { useDossiersByMonth, useDossiersByUnit } from './dossiers';
import { useSummaryFacts } from './summary-facts';

/** The filters and the dataset's facts a period's report needs (as the overview has them). */
export interface PeriodReportContext {
  filters: DashboardFilters;
  meta: Meta;
  units: Unit[];
}

/**
 * Everything the printed report (Báo cáo) and the meeting deck (Trình chiếu) show: the summary's facts as the
 * overview builds them (useSummaryFacts, the same queries and numbers), and the units' counts and the months for
 * their tables, with the actions overdue on the snapshot's day.
 */
export function usePeriodReportData(ctx: PeriodReportContext) {
  const { period, unit } = ctx.filters;
  const summary = useSummaryFacts(ctx);
  const byUnit = useDossiersByUnit({ ...period, unit: ALL_UNITS, level: 'all' });
  const byMonth = useDossiersByMonth({ ...period, unit, level: 'all' });

  if (summary.status !== 'ready') return summary;
  if (byUnit.isPending || byMonth.isPending) return { status: 'loading' as const };

  const { snapshot } = summary;
  return {
    ...summary,
    unitRows: byUnit.data?.rows ?? [],
    monthRows: byMonth.data?.rows ?? [],
    // Overdue on the day the counts are taken at, as the snapshot counts them.
    overdueActions: snapshot
      ? summary.actions
          .filter((a) => {
            const status = statusOn(a, snapshot.day, ctx.meta.asOf);
            return status !== null && remediationState({ dueDate: a.dueDate, status }, snapshot.day) === 'overdue';
          })
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      : [],
    incomplete: summary.incomplete || byUnit.isError || byMonth.isError,
  };
}

export type PeriodReportData = Extract<ReturnType<typeof usePeriodReportData>, { status: 'ready' }>;
