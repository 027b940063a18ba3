import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../api/common';
import { getDossierSummary } from '../../api/dossiers';

/** Generic to specific: every dossier query, then summaries, then this filter. */
export const dossierSummaryKeys = {
  all: ['dossiers'] as const,
  summaries: () => [...dossierSummaryKeys.all, 'summary'] as const,
  summary: (query: PeriodQuery) => [...dossierSummaryKeys.summaries(), query] as const,
};

export const getDossierSummaryQueryOptions = (query: PeriodQuery) =>
  queryOptions({ queryKey: dossierSummaryKeys.summary(query), queryFn: () => getDossierSummary(query) });

/** The standard one-stop columns summed over a period and unit (GET /dossiers/summary). */
export const useDossierSummary = (query: PeriodQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDossierSummaryQueryOptions(query), enabled: options.enabled ?? true });
