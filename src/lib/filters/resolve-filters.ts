import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { parsePeriod, type Period, type PeriodProblem } from '../../domain/period';

/** `unit=all`: every unit of the overseeing body together. */
export const ALL_UNITS = 'all';

/** What the dashboard shows: a period of whole months and a unit id (or `all`). */
export interface DashboardFilters {
  period: Period;
  unit: string;
}

/** The raw `?from=&to=&unit=` of the URL. */
export interface FilterParams {
  from: string | null;
  to: string | null;
  unit: string | null;
}

export type FilterProblem =
  | { kind: 'period'; problem: PeriodProblem; from: string; to: string }
  | { kind: 'unit'; unit: string };

const MAX_ECHO = 40;
/** What the user typed, cut short so that a garbage URL cannot flood the page. */
const echo = (s: string | null, fallback: string) => {
  const v = s ?? fallback;
  return v.length > MAX_ECHO ? `${v.slice(0, MAX_ECHO)}…` : v;
};

/**
 * Reads the filters from the URL against the dataset: a bad period or an unknown unit is reported
 * and replaced by the default (the period from `meta.defaultPeriod`, never the browser clock).
 */
export function resolveFilters(
  params: FilterParams,
  meta: Meta,
  units: readonly Unit[],
): { filters: DashboardFilters; problems: FilterProblem[] } {
  const problems: FilterProblem[] = [];
  const parsed = parsePeriod(params.from, params.to, meta.defaultPeriod, meta.coverage);
  if (parsed.problem) {
    problems.push({
      kind: 'period',
      problem: parsed.problem,
      from: echo(params.from, meta.defaultPeriod.from),
      to: echo(params.to, meta.defaultPeriod.to),
    });
  }
  let unit = params.unit ?? ALL_UNITS;
  const known = unit === ALL_UNITS || unit === meta.rootUnitId || units.some((u) => u.id === unit);
  if (!known) {
    problems.push({ kind: 'unit', unit: echo(unit, '') });
    unit = ALL_UNITS;
  }
  return { filters: { period: parsed.period, unit }, problems };
}

/** The URL search for these filters, keeping any other parameter (e.g. the mock backend's `mock=`). */
export function filtersToSearchParams(filters: DashboardFilters, current?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  next.set('from', filters.period.from);
  next.set('to', filters.period.to);
  next.set('unit', filters.unit);
  return next;
}
