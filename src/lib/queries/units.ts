import { queryOptions, useQuery } from '@tanstack/react-query';
import { getUnits } from '../../api/units';

/** Generic to specific, as every resource (see dossiers.ts). */
export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (query: { at?: string }) => [...unitKeys.lists(), query] as const,
};

export const unitQueries = {
  /** Every unit, including merged ones (with their validity), so old periods and links still resolve. */
  all: () =>
    queryOptions({ queryKey: unitKeys.list({}), queryFn: ({ signal }) => getUnits({}, { signal }), staleTime: 60 * 60 * 1000 }),
};

export const useUnits = () => useQuery(unitQueries.all());
