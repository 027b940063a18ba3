import { z } from 'zod';
import { monthSchema, periodQuerySchema, type PeriodQuery } from './common';
import { request, type FetchOptions } from './client';

const count = z.number().int().nonnegative();

/** Citizen feedback and complaints (PAKN) over a period. */
export const feedbackCountsSchema = z.object({
  received: count,
  /** Those whose deadline fell inside the period: the denominator of "handled on time". */
  dueInPeriod: count,
  handledOnTime: count,
  handledLate: count,
  pending: count,
  rated: count,
  satisfied: count,
});
export type FeedbackCounts = z.infer<typeof feedbackCountsSchema>;

export const feedbackSummarySchema = z.object({
  query: z.object({ from: monthSchema, to: monthSchema, unit: z.string(), level: z.enum(['district', 'commune', 'all']) }),
  totals: feedbackCountsSchema,
  rows: z.array(feedbackCountsSchema.extend({ unitId: z.string() })),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

export const feedbackQuerySchema = periodQuerySchema;

export const getFeedbackSummary = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/feedback/summary', { query, response: feedbackSummarySchema, signal });
