import { queryOptions, useQuery } from '@tanstack/react-query';
import { getFields } from '../../api/fields';

export const getFieldsQueryOptions = () =>
  queryOptions({ queryKey: ['fields'], queryFn: getFields, staleTime: 60 * 60 * 1000 });

/** The procedure fields (lĩnh vực). */
export const useFields = () => useQuery(getFieldsQueryOptions());
