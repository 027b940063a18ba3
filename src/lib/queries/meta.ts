import { queryOptions, useQuery } from '@tanstack/react-query';
import { getMeta } from '../../api/meta';

/** Generic to specific, as every resource (see dossiers.ts). */
export const metaKeys = {
  all: ['meta'] as const,
};

export const metaQueries = {
  /** The dataset, its coverage, `asOf` and the default period: the UI's "today" comes from here. */
  current: () =>
    queryOptions({ queryKey: metaKeys.all, queryFn: ({ signal }) => getMeta({ signal }), staleTime: 60 * 60 * 1000 }),
};

export const useMeta = () => useQuery(metaQueries.current());
