import { z } from 'zod';
import { monthSchema, periodQuerySchema, ratioSchema, type PeriodQuery } from './common';
import { request, type FetchOptions } from './client';

/**
 * The numerators and denominators behind the Decision 766 sub-indicators, as the national portal
 * counts them. Scoring (weights, thresholds) is client data in src/domain, not part of the contract.
 */
export const digitalIndicatorKeys = [
  // transparency
  'proceduresPublishedOnTime',
  'proceduresUpdatedOnTime',
  'proceduresDisclosedComplete',
  'dossiersSynced',
  // progress: (early + on time + pending within deadline) ÷ handled
  'progress',
  // online services
  'fullyOnlineDossiers',
  'proceduresOnline',
  'onlineDossiers',
  // online payment
  'feeProceduresPayable',
  'proceduresPaidOnline',
  'dossiersPaidOnline',
  // digitisation
  'electronicResults',
  'digitisedDossiers',
  'electronicCopies',
  'reusedData',
  'personalDataStore',
  'populationDbDossiers',
  'populationDbProcedures',
  // satisfaction
  'feedbackOnTime',
  'feedbackSatisfaction',
  'complaintDossiers',
] as const;
export const digitalIndicatorKeySchema = z.enum(digitalIndicatorKeys);
export type DigitalIndicatorKey = z.infer<typeof digitalIndicatorKeySchema>;

export const digitalIndicatorsSchema = z.object(
  Object.fromEntries(digitalIndicatorKeys.map((k) => [k, ratioSchema])) as Record<DigitalIndicatorKey, typeof ratioSchema>,
);
export type DigitalIndicators = z.infer<typeof digitalIndicatorsSchema>;

export const digitalByUnitSchema = z.object({
  query: z.object({ from: monthSchema, to: monthSchema, unit: z.string(), level: z.enum(['district', 'commune', 'all']) }),
  rows: z.array(z.object({ unitId: z.string(), indicators: digitalIndicatorsSchema })),
});
export type DigitalByUnit = z.infer<typeof digitalByUnitSchema>;

/** The same numerators and denominators added up over the units asked for (the backend sums; Σ÷Σ). */
export const digitalSummarySchema = z.object({
  query: digitalByUnitSchema.shape.query,
  totals: digitalIndicatorsSchema,
});
export type DigitalSummary = z.infer<typeof digitalSummarySchema>;

export const digitalQuerySchema = periodQuerySchema;

export const getDigitalByUnit = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/digital/by-unit', { query, response: digitalByUnitSchema, signal });

export const getDigitalSummary = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/digital/summary', { query, response: digitalSummarySchema, signal });
