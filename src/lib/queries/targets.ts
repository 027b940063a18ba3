import { queryOptions, useQuery } from '@tanstack/react-query';
import { getTargets } from '../../api/targets';

/** Generic to specific, as every resource (see dossiers.ts): saving a year's targets invalidates `year(y)`. */
export const targetKeys = {
  all: ['targets'] as const,
  years: () => [...targetKeys.all, 'year'] as const,
  year: (year: number) => [...targetKeys.years(), year] as const,
};

export const targetQueries = {
  /** The year's targets (chỉ tiêu). */
  year: (year: number) =>
    queryOptions({ queryKey: targetKeys.year(year), queryFn: ({ signal }) => getTargets(year, { signal }) }),
};

export const useTargets = (year: number, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...targetQueries.year(year), enabled });
