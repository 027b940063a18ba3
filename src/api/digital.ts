import { z } from 'zod';
import { idSchema, intParam, monthSchema, periodQuerySchema, ratioSchema, type PeriodQuery } from './common';
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

/** Strict: an answer that lacks a sub-indicator or carries an unknown one is refused, never scored as if complete. */
export const digitalIndicatorsSchema = z.strictObject(
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

/** The numerators and denominators month by month, added up over the units asked for. */
export const digitalByMonthSchema = z.object({
  query: digitalByUnitSchema.shape.query,
  rows: z.array(z.object({ month: monthSchema, indicators: digitalIndicatorsSchema })),
});
export type DigitalByMonth = z.infer<typeof digitalByMonthSchema>;

export const getDigitalByMonth = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/digital/by-month', { query, response: digitalByMonthSchema, signal });

/** The six group ids of the public-service index, as the national portal reports its scores. */
export const scoreGroupIds = ['transparency', 'progress', 'onlineServices', 'onlinePayment', 'digitisation', 'satisfaction'] as const;
export const rankingByValues = ['total', ...scoreGroupIds] as const;

/**
 * The units ranked by their Decision 766 score, computed by the backend (the client never downloads
 * every unit's sub-indicators to rank them). `by` ranks by the total or one group's share of its
 * points; `around` also returns that unit with up to 5 neighbours on each side.
 */
export const digitalRankingQuerySchema = periodQuerySchema.safeExtend({
  by: z.enum(rankingByValues).default('total'),
  page: intParam({ value: 1, message: 'Trang từ 1' }).default(1),
  pageSize: intParam({ value: 1, message: 'Mỗi trang từ 1 dòng' }, { value: 500, message: 'Mỗi trang không quá 500 dòng' }).default(20),
  around: idSchema().optional(),
});
export type DigitalRankingQuery = PeriodQuery & {
  by?: (typeof rankingByValues)[number];
  page?: number;
  pageSize?: number;
  around?: string;
};

const groupScoreSchema = z.object({ earned: z.number().nonnegative(), max: z.number().nonnegative() });
/** Strict: a response that lacks a group or carries an unknown one is an error, not a wrong score. */
export const rankingGroupsSchema = z.strictObject(
  Object.fromEntries(scoreGroupIds.map((g) => [g, groupScoreSchema])) as Record<(typeof scoreGroupIds)[number], typeof groupScoreSchema>,
);
export const rankingRowSchema = z.object({
  rank: z.number().int().min(1),
  unitId: z.string(),
  /** Out of 100; null when the unit has no data that counts. */
  total: z.number().min(0).max(100).nullable(),
  groups: rankingGroupsSchema,
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const digitalRankingSchema = z.object({
  query: digitalByUnitSchema.shape.query.extend({ by: z.enum(rankingByValues), page: z.number().int(), pageSize: z.number().int() }),
  /** Units ranked in all (units without a score last). */
  totalRows: z.number().int().nonnegative(),
  rows: z.array(rankingRowSchema),
  /** The `around` unit and its neighbours; null when not asked or not among the units ranked. */
  around: z.array(rankingRowSchema).nullable(),
});
export type DigitalRanking = z.infer<typeof digitalRankingSchema>;

export const getDigitalRanking = (query: DigitalRankingQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/digital/ranking', { query, response: digitalRankingSchema, signal });
