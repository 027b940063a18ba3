import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filterParams, readFilters, type ActionFilters } from '../action-filters';

type FilterChange = Partial<Omit<ActionFilters, 'page'>>;

/**
 * The tracker's filters in the URL, so a link reproduces the view. A change of a filter is a new history entry
 * (Back undoes it) and goes back to page 1; typing a date replaces the entry instead (no entry per keystroke).
 */
export function useActionFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);

  const setFilters = useCallback(
    (change: FilterChange, { replace = false }: { replace?: boolean } = {}) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
          if ('status' in change) put(filterParams.status, change.status ?? null);
          if ('commune' in change) put(filterParams.commune, change.commune ?? null);
          if ('owner' in change) put(filterParams.owner, change.owner ?? null);
          if ('dueFrom' in change) put(filterParams.dueFrom, change.dueFrom ?? null);
          if ('dueTo' in change) put(filterParams.dueTo, change.dueTo ?? null);
          if ('overdueOnly' in change) put(filterParams.overdue, change.overdueOnly ? '1' : null);
          next.delete(filterParams.page);
          return next;
        },
        { replace },
      ),
    [setParams],
  );

  const setPage = useCallback(
    (page: number) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (page > 1) next.set(filterParams.page, String(page));
        else next.delete(filterParams.page);
        return next;
      }),
    [setParams],
  );

  const clear = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const key of Object.values(filterParams)) next.delete(key);
        return next;
      }),
    [setParams],
  );

  const active =
    filters.status !== null ||
    filters.commune !== null ||
    filters.owner !== null ||
    filters.dueFrom !== null ||
    filters.dueTo !== null ||
    filters.overdueOnly;

  return { filters, setFilters, setPage, clear, active };
}
