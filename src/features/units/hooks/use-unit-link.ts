import { useCallback } from 'react';
import { useSearchParams, type To } from 'react-router';
import { paths, unitPath } from '../../../lib/paths';

/** The list's own parameters, which mean nothing on a unit page. */
const listOnly = ['sort', 'dir', 'q', 'page'];

/**
 * Links between the list and unit pages that keep the period (and any other filter, e.g. the mock
 * backend's flag): a unit page gets `unit=<its id>` so the header shows it; the list gets `unit=all`.
 */
export function useUnitLinks() {
  const [params] = useSearchParams();
  const search = useCallback(
    (unit: string) => {
      const next = new URLSearchParams(params);
      for (const k of listOnly) next.delete(k);
      next.set('unit', unit);
      return `?${next.toString()}`;
    },
    [params],
  );
  const toUnit = useCallback((id: string): To => ({ pathname: unitPath(id), search: search(id) }), [search]);
  const toList = useCallback((): To => ({ pathname: paths.units, search: search('all') }), [search]);
  return { toUnit, toList };
}
