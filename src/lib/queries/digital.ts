import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../api/common';
import { getDigitalByUnit, getDigitalSummary } from '../../api/digital';

/** Generic to specific, as every resource (see dossiers.ts). */
export const digitalKeys = {
  all: ['digital'] as const,
  summary: (query: PeriodQuery) => [...digitalKeys.all, 'summary', query] as const,
  byUnit: (query: PeriodQuery) => [...digitalKeys.all, 'by-unit', query] as const,
};

export const digitalQueries = {
  /** Decision 766 numerators and denominators added up over the units asked for. */
  summary: (query: PeriodQuery) =>
    queryOptions({ queryKey: digitalKeys.summary(query), queryFn: ({ signal }) => getDigitalSummary(query, { signal }) }),
  /** Decision 766 numerators and denominators, unit by unit. */
  byUnit: (query: PeriodQuery) =>
    queryOptions({ queryKey: digitalKeys.byUnit(query), queryFn: ({ signal }) => getDigitalByUnit(query, { signal }) }),
};

export const useDigitalSummary = (query: PeriodQuery, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...digitalQueries.summary(query), enabled });
