import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../api/common';
import { getDigitalSummary } from '../../api/digital';

export const getDigitalSummaryQueryOptions = (query: PeriodQuery) =>
  queryOptions({ queryKey: ['digital', 'summary', query], queryFn: () => getDigitalSummary(query) });

/** Decision 766 numerators and denominators added up over the units asked for. */
export const useDigitalSummary = (query: PeriodQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDigitalSummaryQueryOptions(query), enabled: options.enabled ?? true });
