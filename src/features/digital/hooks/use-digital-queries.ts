import type { Meta } from '../../../api/meta';
import type { Unit } from '../../../api/units';
import { addMonths, isWithin, monthCount, type Period } from '../../../domain/period';
import { ALL_UNITS, type DashboardFilters } from '../../../lib/filters/resolve-filters';
import { useDigitalByMonth, useDigitalByUnit, useDigitalSummary } from '../../../lib/queries/digital';

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

/**
 * The target year's months so far (January to the period's last month, within the coverage) and
 * last year's twelve months when the data covers them.
 */
export function targetYearPeriods(period: Period, meta: Meta): { year: number; thisYear: Period | null; lastYear: Period | null } {
  const year = Number(period.to.slice(0, 4));
  const from = `${year}-01`;
  const to = period.to < meta.coverage.to ? period.to : meta.coverage.to;
  // A projection counts months from January: a year whose January the data does not cover has none.
  const thisYear = from >= meta.coverage.from && from <= to ? { from, to } : null;
  const last = { from: `${year - 1}-01`, to: `${year - 1}-12` };
  return { year, thisYear, lastYear: isWithin(last, meta.coverage) ? last : null };
}

export function useTargetSums(ctx: DigitalContext) {
  const { year, thisYear, lastYear } = targetYearPeriods(ctx.filters.period, ctx.meta);
  const unit = ctx.filters.unit;
  const placeholder = { from: `${year}-01`, to: `${year}-01` };
  const current = useDigitalByMonth({ ...(thisYear ?? placeholder), unit, level: 'all' }, { enabled: thisYear !== null });
  const previous = useDigitalByMonth({ ...(lastYear ?? { from: `${year - 1}-01`, to: `${year - 1}-01` }), unit, level: 'all' }, { enabled: lastYear !== null });
  return { year, current, previous, thisYearPeriod: thisYear, lastYearPeriod: lastYear };
}
