import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../api/common';
import { getDigitalByUnit } from '../../api/digital';

export const getDigitalByUnitQueryOptions = (query: PeriodQuery) =>
  queryOptions({ queryKey: ['digital', 'by-unit', query], queryFn: () => getDigitalByUnit(query) });

/** Decision 766 numerators and denominators, unit by unit. */
export const useDigitalByUnit = (query: PeriodQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDigitalByUnitQueryOptions(query), enabled: options.enabled ?? true });
