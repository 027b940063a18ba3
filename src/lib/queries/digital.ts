import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../api/common';
import { getDigitalByMonth, getDigitalByUnit, getDigitalRanking, getDigitalSummary, type DigitalRankingQuery } from '../../api/digital';

/** Generic to specific, as every resource (see dossiers.ts). */
export const digitalKeys = {
  all: ['digital'] as const,
  summary: (query: PeriodQuery) => [...digitalKeys.all, 'summary', query] as const,
  byUnit: (query: PeriodQuery) => [...digitalKeys.all, 'by-unit', query] as const,
  byMonth: (query: PeriodQuery) => [...digitalKeys.all, 'by-month', query] as const,
  ranking: (query: DigitalRankingQuery) => [...digitalKeys.all, 'ranking', query] as const,
};

export const digitalQueries = {
  /** Decision 766 numerators and denominators added up over the units asked for. */
  summary: (query: PeriodQuery) =>
    queryOptions({ queryKey: digitalKeys.summary(query), queryFn: ({ signal }) => getDigitalSummary(query, { signal }) }),
  /** Decision 766 numerators and denominators, unit by unit. */
  byUnit: (query: PeriodQuery) =>
    queryOptions({ queryKey: digitalKeys.byUnit(query), queryFn: ({ signal }) => getDigitalByUnit(query, { signal }) }),
  /** Decision 766 numerators and denominators month by month, added up over the units asked for. */
  byMonth: (query: PeriodQuery) =>
    queryOptions({ queryKey: digitalKeys.byMonth(query), queryFn: ({ signal }) => getDigitalByMonth(query, { signal }) }),
  /** Units ranked by their 766 score, a page at a time (the backend scores and sorts). */
  ranking: (query: DigitalRankingQuery) =>
    queryOptions({ queryKey: digitalKeys.ranking(query), queryFn: ({ signal }) => getDigitalRanking(query, { signal }), placeholderData: (previous) => previous }),
};

export const useDigitalSummary = (query: PeriodQuery, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...digitalQueries.summary(query), enabled });

export const useDigitalByUnit = (query: PeriodQuery, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...digitalQueries.byUnit(query), enabled });

export const useDigitalByMonth = (query: PeriodQuery, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...digitalQueries.byMonth(query), enabled });

export const useDigitalRanking = (query: DigitalRankingQuery) => useQuery(digitalQueries.ranking(query));
