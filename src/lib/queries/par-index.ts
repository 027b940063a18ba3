import { queryOptions, useQuery } from '@tanstack/react-query';
import { getParIndex } from '../../api/par-index';

/** Generic to specific, as every resource (see dossiers.ts). */
export const parIndexKeys = {
  all: ['par-index'] as const,
  years: () => [...parIndexKeys.all, 'years'] as const,
};

export const parIndexQueries = {
  /** PAR INDEX score and rank by year. */
  years: () =>
    queryOptions({ queryKey: parIndexKeys.years(), queryFn: ({ signal }) => getParIndex({ signal }), staleTime: 60 * 60 * 1000 }),
};

export const useParIndex = () => useQuery(parIndexQueries.years());
