import { z } from 'zod';
import { monthSchema, periodQuerySchema, type PeriodQuery } from './common';
import { request, type FetchOptions } from './client';

const count = z.number().int().nonnegative();

/**
 * The columns of the standard one-stop report. Over a period: `carriedOver` is what was pending at
 * its start, `pendingOnTime`/`pendingOverdue` what is pending at its end, the rest are sums, so that
 * carriedOver + received = resolved + pending + returned.
 */
export const dossierCountsSchema = z.object({
  carriedOver: count,
  receivedOnline: count,
  receivedDirect: count,
  receivedPostal: count,
  resolvedEarly: count,
  resolvedOnTime: count,
  resolvedLate: count,
  pendingOnTime: count,
  pendingOverdue: count,
  returned: count,
  apologyLetters: count,
});
export type DossierCounts = z.infer<typeof dossierCountsSchema>;
export const dossierCountKeys = Object.keys(dossierCountsSchema.shape) as (keyof DossierCounts)[];

export const dossierQuerySchema = periodQuerySchema;

const periodEcho = z.object({
  from: monthSchema,
  to: monthSchema,
  unit: z.string(),
  level: z.enum(['district', 'commune', 'all']),
  field: z.string().optional(),
});

export const dossierSummarySchema = z.object({ query: periodEcho, totals: dossierCountsSchema });
export type DossierSummary = z.infer<typeof dossierSummarySchema>;

export const dossiersByMonthSchema = z.object({
  query: periodEcho,
  rows: z.array(dossierCountsSchema.extend({ month: monthSchema })),
});
export type DossiersByMonth = z.infer<typeof dossiersByMonthSchema>;

export const dossiersByUnitSchema = z.object({
  query: periodEcho,
  rows: z.array(dossierCountsSchema.extend({ unitId: z.string() })),
});
export type DossiersByUnit = z.infer<typeof dossiersByUnitSchema>;

export const dossiersByFieldSchema = z.object({
  query: periodEcho,
  rows: z.array(dossierCountsSchema.extend({ fieldId: z.string() })),
});
export type DossiersByField = z.infer<typeof dossiersByFieldSchema>;

export const getDossierSummary = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/dossiers/summary', { query, response: dossierSummarySchema, signal });
export const getDossiersByMonth = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/dossiers/by-month', { query, response: dossiersByMonthSchema, signal });
export const getDossiersByUnit = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/dossiers/by-unit', { query, response: dossiersByUnitSchema, signal });
export const getDossiersByField = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/dossiers/by-field', { query, response: dossiersByFieldSchema, signal });
