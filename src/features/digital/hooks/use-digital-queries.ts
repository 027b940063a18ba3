import type { Meta } from '../../../api/meta';
import type { Unit } from '../../../api/units';
import { addMonths, isWithin, monthCount, type Period } from '../../../domain/period';
import { ALL_UNITS, type DashboardFilters } from '../../../lib/filters/resolve-filters';
import { useDigitalByMonth, useDigitalByUnit, useDigitalSummary } from '../../../lib/queries/digital';
import { useTargetYearSums } from '../../../lib/queries/year-end-targets';

/** What every section of the screen needs once the filters are known. */
export interface DigitalContext {
  filters: DashboardFilters;
  meta: Meta;
  units: Unit[];
}

/** The period of the same length just before, when the data covers it (null otherwise). */
export function previousPeriod(period: Period, meta: Meta): Period | null {
  const n = monthCount(period);
  const p = { from: addMonths(period.from, -n), to: addMonths(period.from, -1) };
  return isWithin(p, meta.coverage) ? p : null;
}

/** The scorecard's numbers: this period's sums and the previous period's, for the unit filter. */
export function useScorecardSums(ctx: DigitalContext) {
  const { period, unit } = ctx.filters;
  const before = previousPeriod(period, ctx.meta);
  const current = useDigitalSummary({ ...period, unit, level: 'all' });
  // Disabled on its own key outside the coverage, never sharing this period's cached answer.
  const previous = useDigitalSummary({ ...(before ?? { from: addMonths(period.from, -1), to: addMonths(period.from, -1) }), unit, level: 'all' }, { enabled: before !== null });
  return { current, previous, previousPeriod: before };
}

/** Month by month for the unit filter (trend of a sub-indicator, score by month). */
export const useMonthlySums = (ctx: DigitalContext) =>
  useDigitalByMonth({ ...ctx.filters.period, unit: ctx.filters.unit, level: 'all' });

/** Every unit's sums, to find those that pull a sub-indicator down (only when all units are chosen). */
export const useUnitSums = (ctx: DigitalContext, enabled: boolean) =>
  useDigitalByUnit({ ...ctx.filters.period, unit: ALL_UNITS, level: 'all' }, { enabled: enabled && ctx.filters.unit === ALL_UNITS });

export const useTargetSums = (ctx: DigitalContext) => useTargetYearSums(ctx.filters.period, ctx.filters.unit, ctx.meta);
