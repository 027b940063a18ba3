import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const sortKeys = ['name', 'received', 'onTime', 'overdue', 'online'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'asc' | 'desc';

const isSortKey = (s: string | null): s is SortKey => sortKeys.includes(s as SortKey);

/** The list's own URL parameters: `sort`, `dir`, the search text `q` and `page`; anything unknown falls back to name A→Z, page 1. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const rawSort = params.get('sort');
  const sort: SortKey = isSortKey(rawSort) ? rawSort : 'name';
  const rawDir = params.get('dir');
  const dir: SortDirection = rawDir === 'asc' || rawDir === 'desc' ? rawDir : sort === 'name' ? 'asc' : 'desc';
  const q = params.get('q') ?? '';
  const rawPage = Number(params.get('page'));
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;

  /** A new sort is a new view: Back undoes it. */
  const setSort = useCallback(
    (key: SortKey, direction: SortDirection) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('sort', key);
        next.set('dir', direction);
        next.delete('page');
        return next;
      }),
    [setParams],
  );

  /** Typing replaces the entry (no history entry per keystroke). */
  const setQuery = useCallback(
    (text: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (text) next.set('q', text);
          else next.delete('q');
          next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  /** Pages of a long list (the national dataset); page 1 is the default and is left out of the URL. */
  const setPage = useCallback(
    (n: number) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (n > 1) next.set('page', String(n));
        else next.delete('page');
        return next;
      }),
    [setParams],
  );

  return { sort, dir, q, page, setSort, setQuery, setPage };
}
