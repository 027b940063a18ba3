import { feedbackQuerySchema, feedbackSummarySchema, type FeedbackCounts } from '../../src/api/feedback';
import { checkPeriod, echo, periodParams, SELECTED_UNITS } from '../http/period';
import type { Api, Deps } from '../http/types';

const KEYS = ['received', 'dueInPeriod', 'handledOnTime', 'handledLate', 'pending', 'rated', 'satisfied'] as const satisfies readonly (keyof FeedbackCounts)[];

export function feedbackRoutes(api: Api, { db }: Deps) {
  api.get('/feedback/summary', { schema: { querystring: feedbackQuerySchema, response: { 200: feedbackSummarySchema } } }, async (req) => {
    const q = await checkPeriod(db, req.query);
    // Flows summed over the unit's months in the period; pending is the stock at its last month.
    const rows = await db.query<FeedbackCounts & { unitId: string }>(
      `WITH s AS (${SELECTED_UNITS})
       SELECT s.id AS "unitId",
              coalesce(sum(f.received), 0)::int AS "received",
              coalesce(sum(f.due_in_period), 0)::int AS "dueInPeriod",
              coalesce(sum(f.handled_on_time), 0)::int AS "handledOnTime",
              coalesce(sum(f.handled_late), 0)::int AS "handledLate",
              coalesce(sum(f.pending) FILTER (WHERE f.month = s.ub), 0)::int AS "pending",
              coalesce(sum(f.rated), 0)::int AS "rated",
              coalesce(sum(f.satisfied), 0)::int AS "satisfied"
         FROM s LEFT JOIN feedback_monthly f ON f.unit_id = s.id AND f.month BETWEEN s.ua AND s.ub AND f.month BETWEEN $1::text AND $2::text
        GROUP BY s.id, s.ord ORDER BY s.ord`,
      periodParams(q),
    );
    const totals = Object.fromEntries(KEYS.map((k) => [k, 0])) as FeedbackCounts;
    for (const r of rows) for (const k of KEYS) totals[k] += r[k];
    return { query: echo(q, false), totals, rows };
  });
}
