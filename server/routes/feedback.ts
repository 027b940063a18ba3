import { feedbackQuerySchema, feedbackSummarySchema, feedbackTopics, type FeedbackCounts, type FeedbackTopicId } from '../../src/api/feedback';
import { monthsOf } from '../../src/domain/period';
import { SPAN_UNITS, UNIT_FEEDBACK_COUNTS, unitPeriodRows } from '../db/rollups';
import { checkPeriod, echo, periodParams, type Period } from '../http/period';
import { sendCached } from '../http/answer-cache';
import type { Queryable } from '../db/database';
import type { Api, Deps } from '../http/types';

const KEYS = ['received', 'dueInPeriod', 'handledOnTime', 'handledLate', 'pending', 'rated', 'satisfied'] as const satisfies readonly (keyof FeedbackCounts)[];
const COLUMNS: Record<(typeof KEYS)[number], string> = {
  received: 'received',
  dueInPeriod: 'due_in_period',
  handledOnTime: 'handled_on_time',
  handledLate: 'handled_late',
  pending: 'pending',
  rated: 'rated',
  satisfied: 'satisfied',
};
const zero = () => Object.fromEntries(KEYS.map((k) => [k, 0])) as FeedbackCounts;

/**
 * The counts of `table` (feedback_monthly or feedback_topic_monthly) over the selected units' months
 * in the period, grouped by `by`: flows summed; pending, a stock, at each unit's last month in the
 * period for a topic, at the month itself for a month.
 */
const groupedCounts = (table: string, by: 'topic_id' | 'month') => `
  WITH s AS (${SPAN_UNITS})
  SELECT f.${by} AS key,
         ${KEYS.map((k) =>
           k === 'pending' && by === 'topic_id'
             ? `coalesce(sum(f.pending) FILTER (WHERE f.month = s.ub), 0)::int AS "pending"`
             : `sum(f.${COLUMNS[k]})::int AS "${k}"`,
         ).join(',\n         ')}
    FROM s JOIN ${table} f ON f.unit_id = s.id AND f.month BETWEEN s.ua AND s.ub
   GROUP BY f.${by}`;

async function countsBy(db: Queryable, table: string, by: 'topic_id' | 'month', q: Period) {
  const rows = await db.query<FeedbackCounts & { key: string }>(groupedCounts(table, by), periodParams(q));
  return new Map(rows.map(({ key, ...counts }) => [key, counts as FeedbackCounts]));
}

export function feedbackRoutes(api: Api, deps: Deps) {
  const { db } = deps;
  api.get('/feedback/summary', { schema: { querystring: feedbackQuerySchema, response: { 200: feedbackSummarySchema } } }, (req, reply) =>
    sendCached(deps, req, reply, feedbackSummarySchema, async () => {
      const q = await checkPeriod(db, req.query);
      // Flows summed over the unit's months in the period (running sums of unit_rollup_monthly);
      // pending is the stock at its last month. Feedback is not kept per field: $5 is null.
      const rows = await unitPeriodRows<FeedbackCounts>(db, UNIT_FEEDBACK_COUNTS, q);
      const totals = zero();
      for (const r of rows) for (const k of KEYS) totals[k] += r[k];
      const [topics, months] = await Promise.all([
        countsBy(db, 'feedback_topic_monthly', 'topic_id', q),
        countsBy(db, 'feedback_monthly', 'month', q),
      ]);
      // Every topic and every month of the period, with zeros where nothing was filed.
      const byTopic = feedbackTopics.map((t) => ({ topicId: t.id as FeedbackTopicId, ...(topics.get(t.id) ?? zero()) }));
      const byMonth = monthsOf(q).map((month) => ({ month, ...(months.get(month) ?? zero()) }));
      return { query: echo(q, false), totals, rows, byTopic, byMonth };
    }),
  );
}
