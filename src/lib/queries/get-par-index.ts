import { queryOptions, useQuery } from '@tanstack/react-query';
import { getParIndex } from '../../api/par-index';

export const getParIndexQueryOptions = () =>
  queryOptions({ queryKey: ['par-index'], queryFn: getParIndex, staleTime: 60 * 60 * 1000 });

/** PAR INDEX score and rank by year. */
export const useParIndex = () => useQuery(getParIndexQueryOptions());
