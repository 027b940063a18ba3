import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { inspectionStatusSchema, type InspectionStatus } from '../../../api/inspections';
import { isMonth } from '../../../domain/period';

export type InspectionView = 'list' | 'calendar' | 'coverage';
export const inspectionViews: readonly InspectionView[] = ['list', 'calendar', 'coverage'];

/** `year=all`: every year. */
export const ALL_YEARS = 'all';

/**
 * The screen's own filters in the URL, beside the header's `unit` (the commune, shared with every screen):
 * `year` (a year or `all`; default the year of the data's today), `status`, `team`, `view` (list, calendar,
 * coverage) and `month` (YYYY-MM, the calendar's month; default the data's month in that year, else January).
 * A value that does not read is ignored and its default shown, so a hand-edited URL never breaks the page.
 */
export interface InspectionParams {
  year: number | null;
  status: InspectionStatus | null;
  team: string | null;
  view: InspectionView;
  month: string;
}

export function readInspectionParams(params: URLSearchParams, asOf: string): InspectionParams {
  const asOfYear = Number(asOf.slice(0, 4));
  const rawYear = params.get('year');
  const year =
    rawYear === ALL_YEARS ? null : rawYear && /^\d{4}$/.test(rawYear) && Number(rawYear) >= 1900 && Number(rawYear) <= 2100 ? Number(rawYear) : asOfYear;
  const status = inspectionStatusSchema.safeParse(params.get('status'));
  const team = params.get('team');
  const view = params.get('view');
  const rawMonth = params.get('month');
  const defaultMonth = year === null || year === asOfYear ? asOf.slice(0, 7) : `${year}-01`;
  return {
    year,
    status: status.success ? status.data : null,
    team: team && team.length <= 100 ? team : null,
    view: inspectionViews.includes(view as InspectionView) ? (view as InspectionView) : 'list',
    month: rawMonth && isMonth(rawMonth) ? rawMonth : defaultMonth,
  };
}

/** The screen's filters, and a setter that writes them (a new history entry, keeping every other parameter). */
export function useInspectionParams(asOf: string) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readInspectionParams(search, asOf), [search, asOf]);
  const setParams = useCallback(
    (next: Partial<{ year: number | null; status: InspectionStatus | null; team: string | null; view: InspectionView; month: string | null }>) => {
      setSearch((current) => {
        const p = new URLSearchParams(current);
        const put = (key: string, value: string | null) => (value === null ? p.delete(key) : p.set(key, value));
        if ('year' in next) put('year', next.year === null ? ALL_YEARS : String(next.year));
        if ('status' in next) put('status', next.status ?? null);
        if ('team' in next) put('team', next.team ?? null);
        if ('view' in next) put('view', next.view === 'list' ? null : (next.view ?? null));
        if ('month' in next) put('month', next.month ?? null);
        return p;
      });
    },
    [setSearch],
  );
  return [params, setParams] as const;
}
