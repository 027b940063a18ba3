import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { LevelFilter } from '../../../api/common';
import type { Field } from '../../../api/fields';
import type { ReportColumnKey, ReportGrouping } from '../../../domain/dossier-report';
import { ALL_UNITS, filtersToSearchParams, type DashboardFilters } from '../../../lib/filters/resolve-filters';
import { isReportColumnKey } from '../report-columns';

/** The report's own URL parameters, next to the dashboard's `from`, `to`, `unit`. */
export interface ReportParams {
  /** `?by=unit|field|month`: what the rows stand for. */
  by: ReportGrouping;
  /** `?level=district|commune|all`: which one-stop offices count (only with `unit=all`). */
  level: LevelFilter;
  /** `?field=<id>`: narrows to one procedure field; null for every field. */
  field: string | null;
  /** `?sort=<column>&order=asc|desc`: null keeps the rows' natural order. */
  sort: { key: ReportColumnKey; order: 'asc' | 'desc' } | null;
  /** `?page=<n>`: the page of a long table (the national dataset's 3,300 units); 1 when absent or not a number ≥ 1. */
  page: number;
}

export type ReportParamProblem =
  | { kind: 'by'; value: string; fallback: ReportGrouping }
  | { kind: 'level'; value: string }
  | { kind: 'field'; value: string };

const groupings: readonly string[] = ['unit', 'field', 'month'];
const levels: readonly string[] = ['district', 'commune', 'all'];
const MAX_ECHO = 40;
const echo = (s: string) => (s.length > MAX_ECHO ? `${s.slice(0, MAX_ECHO)}…` : s);

/**
 * The rows follow the drill-down when `by` is not given: every unit, a unit's fields, a field's months.
 * Drill links always write `by`, so a pasted URL reproduces the view either way.
 */
export const defaultGrouping = (unit: string, field: string | null): ReportGrouping =>
  field !== null ? 'month' : unit === ALL_UNITS ? 'unit' : 'field';

/**
 * Reads the report's parameters. An unknown value is reported and replaced by the default; an unknown
 * field only once the list of fields is known (until then, or if it fails, the API has the last word).
 */
export function parseReportParams(
  params: URLSearchParams,
  unit: string,
  fields: readonly Field[] | undefined,
): { params: ReportParams; problems: ReportParamProblem[] } {
  const problems: ReportParamProblem[] = [];

  let field = params.get('field');
  if (field === '') field = null;
  if (field !== null && fields && !fields.some((f) => f.id === field)) {
    problems.push({ kind: 'field', value: echo(field) });
    field = null;
  }

  const rawBy = params.get('by');
  let by = defaultGrouping(unit, field);
  if (rawBy !== null && groupings.includes(rawBy)) by = rawBy as ReportGrouping;
  else if (rawBy !== null) problems.push({ kind: 'by', value: echo(rawBy), fallback: by });

  const rawLevel = params.get('level');
  let level: LevelFilter = 'all';
  if (rawLevel !== null && levels.includes(rawLevel)) level = rawLevel as LevelFilter;
  else if (rawLevel !== null) problems.push({ kind: 'level', value: echo(rawLevel) });

  const rawSort = params.get('sort');
  const sort =
    rawSort !== null && isReportColumnKey(rawSort)
      ? { key: rawSort, order: params.get('order') === 'asc' ? ('asc' as const) : ('desc' as const) }
      : null;

  const rawPage = Number(params.get('page'));
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;

  return { params: { by, level, field, sort, page }, problems };
}

/** Changes to the URL: a value sets a parameter, null removes it. */
export type ReportChange = Partial<Record<'unit' | 'by' | 'level' | 'field' | 'sort' | 'order' | 'page', string | null>>;

/**
 * The URL search for a change of view, from the current one: the period and unit as resolved (so a bad
 * value in the URL does not travel on), every other parameter kept (e.g. the mock backend's `mock=`)
 * except the page: any other change (sorting, level, unit, field, `by`) starts again at page 1.
 */
export function reportSearch(current: URLSearchParams, filters: DashboardFilters, change: ReportChange): string {
  const next = filtersToSearchParams(filters, current);
  if (!('page' in change)) next.delete('page');
  for (const [k, v] of Object.entries(change)) {
    if (v === null || v === undefined) next.delete(k);
    else next.set(k, v);
  }
  return `?${next.toString()}`;
}

/** Where a row leads: a unit to its fields (or, within a field, its months), a field to its months. */
export function drillChange(by: ReportGrouping, id: string, field: string | null): ReportChange | null {
  const reset = { sort: null, order: null };
  if (by === 'unit') return { ...reset, unit: id, by: field !== null ? 'month' : 'field' };
  if (by === 'field') return { ...reset, field: id, by: 'month' };
  return null;
}

/** The report's parameters from the URL, and how to change them (a new history entry, except for sorting). */
export function useReportParams(filters: DashboardFilters | null, fields: readonly Field[] | undefined) {
  const [search, setSearch] = useSearchParams();
  const unit = filters?.unit ?? ALL_UNITS;
  const parsed = useMemo(() => parseReportParams(search, unit, fields), [search, unit, fields]);

  const searchFor = useCallback(
    (change: ReportChange) => (filters ? reportSearch(search, filters, change) : `?${search.toString()}`),
    [search, filters],
  );
  const change = useCallback(
    (c: ReportChange, options: { replace?: boolean } = {}) => {
      setSearch(new URLSearchParams(searchFor(c)), { replace: options.replace ?? false });
    },
    [setSearch, searchFor],
  );
  const setPage = useCallback((n: number) => change({ page: n > 1 ? String(n) : null }), [change]);

  usePageReset(search, setSearch);
  return { ...parsed, searchFor, change, setPage };
}

/** The parameters that make a view: when one changes, the table starts again at page 1. */
const viewKeys = ['from', 'to', 'unit', 'by', 'level', 'field', 'sort', 'order'] as const;

/**
 * The report's own changes drop `page` (reportSearch); the header's period and unit pickers keep every
 * other parameter. So when the view changes from outside and `page` stayed as it was, it is dropped,
 * replacing the entry the header pushed (Back still returns to the page the user was on).
 */
function usePageReset(search: URLSearchParams, setSearch: ReturnType<typeof useSearchParams>[1]) {
  const view = viewKeys.map((k) => search.get(k) ?? '').join('|');
  const page = search.get('page');
  const seen = useRef({ view, page });
  useEffect(() => {
    const before = seen.current;
    seen.current = { view, page };
    if (page === null || before.view === view || before.page !== page) return;
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [view, page, setSearch]);
}
