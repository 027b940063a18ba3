import type { Meta } from '../../../api/meta';
import type { Unit } from '../../../api/units';
import { lastDayOfMonth, type Period } from '../../../domain/period';
import { ALL_UNITS, type DashboardFilters } from '../../../lib/filters/resolve-filters';
import { useActions } from '../../../lib/queries/actions';
import { useInspectionTemplate } from '../../../lib/queries/inspection-template';
import { useInspections } from '../../../lib/queries/inspections';

/** What every section of Kết quả kiểm tra needs once the header's filters are known. */
export interface ResultsContext {
  filters: DashboardFilters;
  meta: Meta;
  units: Unit[];
}

/** The last day the results look at: the period's last day, or the data's today (meta.asOf) if that comes first. */
export function resultsUntil(period: Period, asOf: string): string {
  const lastDay = lastDayOfMonth(period.to);
  return lastDay < asOf ? lastDay : asOf;
}

/** Whether a record of `unitId` is in the header's unit filter (every unit when it is `all`). */
export const inUnitFilter = (filters: DashboardFilters, unitId: string) => filters.unit === ALL_UNITS || filters.unit === unitId;

type Tracked = { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };

/** A section's state from its queries: the first failure is its error, any pending one keeps it loading. */
export function sectionOf(queries: Tracked[]) {
  const failed = queries.filter((q) => q.isError);
  return {
    error: failed[0]?.error ?? null,
    loading: queries.some((q) => q.isPending),
    retry: () => failed.forEach((q) => void q.refetch()),
  };
}

/**
 * Every inspection and action (the seed holds under a hundred inspections and some hundreds of actions) and the
 * template: the results read history beyond the period (the latest inspection before it, the years before).
 */
export function useResultsData() {
  const inspections = useInspections();
  const actions = useActions();
  const template = useInspectionTemplate();
  return { inspections, actions, template };
}
