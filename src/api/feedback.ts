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

/**
 * The topics (lĩnh vực) a commune's PAKN is filed under, with stable ids and their Vietnamese names;
 * the server, the mock and the screen share this list, and its order is the order of `byTopic`.
 * Every item has exactly one topic, so the topics partition the counts.
 */
export const feedbackTopics = [
  { id: 'land', label: 'Đất đai' },
  { id: 'environment', label: 'Môi trường' },
  { id: 'construction', label: 'Trật tự xây dựng' },
  { id: 'civil-status', label: 'Hộ tịch, chứng thực' },
  { id: 'social-policy', label: 'Chính sách xã hội' },
  { id: 'other', label: 'Khác' },
] as const;
export type FeedbackTopicId = (typeof feedbackTopics)[number]['id'];
export const feedbackTopicIds = feedbackTopics.map((t) => t.id) as [FeedbackTopicId, ...FeedbackTopicId[]];
export const feedbackTopicIdSchema = z.enum(feedbackTopicIds);

export const feedbackSummarySchema = z.object({
  query: z.object({ from: monthSchema, to: monthSchema, unit: z.string(), level: z.enum(['district', 'commune', 'all']) }),
  totals: feedbackCountsSchema,
  /** One row per unit that existed in the period. */
  rows: z.array(feedbackCountsSchema.extend({ unitId: z.string() })),
  /**
   * One row per topic, every topic of `feedbackTopics` in its order (zeros included), over the same
   * units and period as `totals`: each column of the rows adds up to the totals.
   */
  byTopic: z.array(feedbackCountsSchema.extend({ topicId: feedbackTopicIdSchema })),
  /**
   * One row per month of the period inside the coverage, each month its own period: flows of the
   * month, pending the stock at its end, over the units that existed in it. The flows add up to the
   * totals; the last month's pending is the totals' pending.
   */
  byMonth: z.array(feedbackCountsSchema.extend({ month: monthSchema })),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;
export type FeedbackTopicRow = FeedbackSummary['byTopic'][number];

export const feedbackQuerySchema = periodQuerySchema;

export const getFeedbackSummary = (query: PeriodQuery, { signal }: FetchOptions = {}) =>
  request('GET', '/feedback/summary', { query, response: feedbackSummarySchema, signal });
