import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Meta } from '../../../api/meta';
import type { Unit } from '../../../api/units';
import { coveredPart } from '../../../domain/monthly-series';
import { isWithin, samePeriodLastYear, type Period } from '../../../domain/period';
import { ALL_UNITS, type DashboardFilters } from '../../../lib/filters/resolve-filters';
import { useActions } from '../../../lib/queries/actions';
import { useDossierSummary, useDossiersByMonth, useDossiersByUnit } from '../../../lib/queries/dossiers';
import { targetQueries } from '../../../lib/queries/targets';

/** What every overview section needs once the filters are known. */
export interface OverviewContext {
  filters: DashboardFilters;
  meta: Meta;
  units: Unit[];
}

export type ChartStatus = 'loading' | 'error' | 'empty' | 'ready';

// A last-year query outside the coverage stays disabled on its own (never fetched) key: a placeholder
// key equal to this year's would share this year's cached answer and pass it off as last year's.

/** A query the section waits for; `enabled: false` ones (e.g. last year outside the coverage) are skipped. */
interface Tracked {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'isSuccess' | 'error' | 'refetch'>;
  enabled: boolean;
}

/** One section's state from its own queries: a failure is that section's error, never the page's. */
export function sectionState(tracked: Tracked[], isEmpty: () => boolean) {
  const active = tracked.filter((t) => t.enabled);
  const failed = active.filter((t) => t.query.isError);
  const status: ChartStatus = failed.length > 0
    ? 'error'
    : active.some((t) => t.query.isPending)
      ? 'loading'
      : isEmpty()
        ? 'empty'
        : 'ready';
  return {
    status,
    error: failed[0]?.query.error ?? null,
    retry: () => failed.forEach((t) => void t.query.refetch()),
  };
}

/** The same months a year earlier, only the part the data covers (null when none). */
function lastYearCoveredPart(period: Period, meta: Meta): Period | null {
  return coveredPart(samePeriodLastYear(period), meta.coverage);
}

/** The same period last year when the data covers all of it (as the KPI cards compare). */
function lastYearWhole(period: Period, meta: Meta): Period | null {
  const p = samePeriodLastYear(period);
  return isWithin(p, meta.coverage) ? p : null;
}

/** Dossiers month by month for the filters, and for the covered part of the same months last year. */
export function useMonthlyDossiers(ctx: OverviewContext) {
  const { period, unit } = ctx.filters;
  const before = lastYearCoveredPart(period, ctx.meta);
  const current = useDossiersByMonth({ ...period, unit, level: 'all' });
  const lastYear = useDossiersByMonth(
    { ...(before ?? samePeriodLastYear(period)), unit, level: 'all' },
    { enabled: before !== null },
  );
  return { current, lastYear, lastYearPeriod: before };
}

/** Every commune-level unit's counts in the period (the ranking ignores the unit filter) and last year's. */
export function useCommuneDossiers(ctx: OverviewContext) {
  const { period } = ctx.filters;
  const before = lastYearWhole(period, ctx.meta);
  const current = useDossiersByUnit({ ...period, unit: ALL_UNITS, level: 'commune' });
  const lastYear = useDossiersByUnit(
    { ...(before ?? samePeriodLastYear(period)), unit: ALL_UNITS, level: 'commune' },
    { enabled: before !== null },
  );
  return { current, lastYear, lastYearPeriod: before };
}

/** The unit's summary for the period and last year: the very queries of the KPI cards (same keys). */
export function useSummaryCounts(ctx: OverviewContext) {
  const { period, unit } = ctx.filters;
  const before = lastYearWhole(period, ctx.meta);
  const current = useDossierSummary({ ...period, unit, level: 'all' });
  const lastYear = useDossierSummary(
    { ...(before ?? samePeriodLastYear(period)), unit, level: 'all' },
    { enabled: before !== null },
  );
  return { current, lastYear, lastYearPeriod: before };
}

/** Remediation actions of the unit filter (all of them for `all`). */
export function useUnitActions(ctx: OverviewContext) {
  const { unit } = ctx.filters;
  return useActions(unit === ALL_UNITS ? {} : { unit });
}

/** The on-time targets of several years: `targetOf(year)` once they are in. */
export function useOnTimeTargets(years: readonly number[]) {
  const results = useQueries({ queries: years.map((y) => targetQueries.year(y)) });
  const byYear = new Map<number, number>();
  for (const r of results) if (r.data) byYear.set(r.data.year, r.data.values.onTimeRate);
  const targetOf = (year: number): number | null => byYear.get(year) ?? null;
  const tracked: Tracked[] = results.map((query) => ({ query, enabled: true }));
  return { targetOf, tracked };
}
