import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error';
import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { useMeta } from '../queries/meta';
import { useUnits } from '../queries/units';
import { filtersToSearchParams, resolveFilters, type DashboardFilters, type FilterProblem } from './resolve-filters';

export type DashboardFiltersState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError | Error; retry: () => void }
  | {
      status: 'ready';
      filters: DashboardFilters;
      problems: FilterProblem[];
      meta: Meta;
      units: Unit[];
      /** Pushes a new history entry, so Back returns to the previous view. */
      setFilters: (next: Partial<DashboardFilters>) => void;
    };

/** The period and unit of every dashboard screen, kept in the URL (`?from=&to=&unit=`). */
export function useDashboardFilters(): DashboardFiltersState {
  const [params, setParams] = useSearchParams();
  const meta = useMeta();
  const units = useUnits();

  const from = params.get('from');
  const to = params.get('to');
  const unit = params.get('unit');

  const resolved = useMemo(
    () => (meta.data && units.data ? resolveFilters({ from, to, unit }, meta.data, units.data) : null),
    [from, to, unit, meta.data, units.data],
  );

  const setFilters = useCallback(
    (next: Partial<DashboardFilters>) => {
      if (!resolved) return;
      setParams((current) => filtersToSearchParams({ ...resolved.filters, ...next }, current));
    },
    [resolved, setParams],
  );

  const { refetch: refetchMeta } = meta;
  const { refetch: refetchUnits } = units;
  const retry = useCallback(() => {
    void refetchMeta();
    void refetchUnits();
  }, [refetchMeta, refetchUnits]);

  // What was read once stays usable when a later refetch fails.
  if (!resolved || !meta.data || !units.data) {
    if (meta.error || units.error) return { status: 'error', error: (meta.error ?? units.error) as Error, retry };
    return { status: 'loading' };
  }
  return {
    status: 'ready',
    filters: resolved.filters,
    problems: resolved.problems,
    meta: meta.data,
    units: units.data,
    setFilters,
  };
}
