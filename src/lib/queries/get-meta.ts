import { queryOptions, useQuery } from '@tanstack/react-query';
import { getMeta } from '../../api/meta';

export const getMetaQueryOptions = () =>
  queryOptions({ queryKey: ['meta'], queryFn: getMeta, staleTime: 60 * 60 * 1000 });

/** The dataset, its coverage, `asOf` and the default period: the UI's "today" comes from here. */
export const useMeta = () => useQuery(getMetaQueryOptions());
