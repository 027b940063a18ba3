import { queryOptions, useQuery } from '@tanstack/react-query';
import { getFields } from '../../api/fields';

/** Generic to specific, as every resource (see dossiers.ts). */
export const fieldKeys = {
  all: ['fields'] as const,
  list: () => [...fieldKeys.all, 'list'] as const,
};

export const fieldQueries = {
  /** The procedure fields (lĩnh vực); they change with a new procedure list, not within a day. */
  list: () =>
    queryOptions({ queryKey: fieldKeys.list(), queryFn: ({ signal }) => getFields({ signal }), staleTime: 60 * 60 * 1000 }),
};

export const useFields = () => useQuery(fieldQueries.list());
