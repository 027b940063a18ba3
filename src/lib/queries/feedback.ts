import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../api/common';
import { getFeedbackSummary } from '../../api/feedback';

/** Generic to specific, as every resource (see dossiers.ts). */
export const feedbackKeys = {
  all: ['feedback'] as const,
  summary: (query: PeriodQuery) => [...feedbackKeys.all, 'summary', query] as const,
};

export const feedbackQueries = {
  /** PAKN counts over the period: the totals and one row per unit. */
  summary: (query: PeriodQuery) =>
    queryOptions({ queryKey: feedbackKeys.summary(query), queryFn: ({ signal }) => getFeedbackSummary(query, { signal }) }),
};

export const useFeedbackSummary = (query: PeriodQuery) => useQuery(feedbackQueries.summary(query));
