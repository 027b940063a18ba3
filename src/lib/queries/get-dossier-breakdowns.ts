import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../api/common';
import { getDossiersByField, getDossiersByMonth, getDossiersByUnit } from '../../api/dossiers';

/** Generic to specific: ['dossiers', 'by-month' | 'by-unit' | 'by-field', query]. */
export const dossierBreakdownKeys = {
  byMonth: (query: PeriodQuery) => ['dossiers', 'by-month', query] as const,
  byUnit: (query: PeriodQuery) => ['dossiers', 'by-unit', query] as const,
  byField: (query: PeriodQuery) => ['dossiers', 'by-field', query] as const,
};

export const getDossiersByMonthQueryOptions = (query: PeriodQuery) =>
  queryOptions({ queryKey: dossierBreakdownKeys.byMonth(query), queryFn: () => getDossiersByMonth(query) });
export const getDossiersByUnitQueryOptions = (query: PeriodQuery) =>
  queryOptions({ queryKey: dossierBreakdownKeys.byUnit(query), queryFn: () => getDossiersByUnit(query) });
export const getDossiersByFieldQueryOptions = (query: PeriodQuery) =>
  queryOptions({ queryKey: dossierBreakdownKeys.byField(query), queryFn: () => getDossiersByField(query) });

/** The standard columns month by month (GET /dossiers/by-month). */
export const useDossiersByMonth = (query: PeriodQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDossiersByMonthQueryOptions(query), enabled: options.enabled ?? true });
/** The standard columns unit by unit (GET /dossiers/by-unit). */
export const useDossiersByUnit = (query: PeriodQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDossiersByUnitQueryOptions(query), enabled: options.enabled ?? true });
/** The standard columns field by field (GET /dossiers/by-field). */
export const useDossiersByField = (query: PeriodQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDossiersByFieldQueryOptions(query), enabled: options.enabled ?? true });
