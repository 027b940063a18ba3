import { queryOptions, useQuery } from '@tanstack/react-query';
import { getUnits } from '../../api/units';

/** Every unit, including merged ones (with their validity), so old periods and links still resolve. */
export const getUnitsQueryOptions = () =>
  queryOptions({ queryKey: ['units', 'all'], queryFn: () => getUnits(), staleTime: 60 * 60 * 1000 });

export const useUnits = () => useQuery(getUnitsQueryOptions());
