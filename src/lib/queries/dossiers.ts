/**
 * Server state, one module per resource of src/api (dossiers.ts here ↔ api/dossiers.ts there): its query-key
 * factory (generic to specific: ['dossiers'] ⊃ ['dossiers', 'summary'] ⊃ ['dossiers', 'summary', query]), its
 * queryOptions and its hooks. They live here, not beside the fetchers in src/api, because src/api is the
 * framework-free contract that the mock backend, the OpenAPI script and the contract tests load in Node without
 * TanStack Query; src/lib is the first layer that may use React. Every queryFn forwards TanStack's AbortSignal.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../api/common';
import { getDossierSummary, getDossiersByField, getDossiersByMonth, getDossiersByUnit } from '../../api/dossiers';

export const dossierKeys = {
  all: ['dossiers'] as const,
  summaries: () => [...dossierKeys.all, 'summary'] as const,
  summary: (query: PeriodQuery) => [...dossierKeys.summaries(), query] as const,
  byMonth: (query: PeriodQuery) => [...dossierKeys.all, 'by-month', query] as const,
  byUnit: (query: PeriodQuery) => [...dossierKeys.all, 'by-unit', query] as const,
  byField: (query: PeriodQuery) => [...dossierKeys.all, 'by-field', query] as const,
};

export const dossierQueries = {
  /** The standard one-stop columns summed over a period and unit (GET /dossiers/summary). */
  summary: (query: PeriodQuery) =>
    queryOptions({ queryKey: dossierKeys.summary(query), queryFn: ({ signal }) => getDossierSummary(query, { signal }) }),
  /** The standard columns month by month (GET /dossiers/by-month). */
  byMonth: (query: PeriodQuery) =>
    queryOptions({ queryKey: dossierKeys.byMonth(query), queryFn: ({ signal }) => getDossiersByMonth(query, { signal }) }),
  /** The standard columns unit by unit (GET /dossiers/by-unit). */
  byUnit: (query: PeriodQuery) =>
    queryOptions({ queryKey: dossierKeys.byUnit(query), queryFn: ({ signal }) => getDossiersByUnit(query, { signal }) }),
  /** The standard columns field by field (GET /dossiers/by-field). */
  byField: (query: PeriodQuery) =>
    queryOptions({ queryKey: dossierKeys.byField(query), queryFn: ({ signal }) => getDossiersByField(query, { signal }) }),
};

type Enabled = { enabled?: boolean };

export const useDossierSummary = (query: PeriodQuery, { enabled = true }: Enabled = {}) =>
  useQuery({ ...dossierQueries.summary(query), enabled });
export const useDossiersByMonth = (query: PeriodQuery, { enabled = true }: Enabled = {}) =>
  useQuery({ ...dossierQueries.byMonth(query), enabled });
export const useDossiersByUnit = (query: PeriodQuery, { enabled = true }: Enabled = {}) =>
  useQuery({ ...dossierQueries.byUnit(query), enabled });
export const useDossiersByField = (query: PeriodQuery, { enabled = true }: Enabled = {}) =>
  useQuery({ ...dossierQueries.byField(query), enabled });
