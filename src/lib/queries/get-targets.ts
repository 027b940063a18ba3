import { queryOptions, useQuery } from '@tanstack/react-query';
import { getTargets } from '../../api/targets';

export const targetsKeys = { year: (year: number) => ['targets', year] as const };

export const getTargetsQueryOptions = (year: number) =>
  queryOptions({ queryKey: targetsKeys.year(year), queryFn: () => getTargets(year) });

/** The year's targets (chỉ tiêu). */
export const useTargets = (year: number, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getTargetsQueryOptions(year), enabled: options.enabled ?? true });
