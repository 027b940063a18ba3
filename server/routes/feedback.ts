import { feedbackQuerySchema, feedbackSummarySchema, type FeedbackCounts } from '../../src/api/feedback';
import { UNIT_FEEDBACK_COUNTS, unitPeriodRows } from '../db/rollups';
import { checkPeriod, echo } from '../http/period';
import { sendCached } from '../http/answer-cache';
import type { Api, Deps } from '../http/types';

const KEYS = ['received', 'dueInPeriod', 'handledOnTime', 'handledLate', 'pending', 'rated', 'satisfied'] as const satisfies readonly (keyof FeedbackCounts)[];

export function feedbackRoutes(api: Api, deps: Deps) {
  const { db } = deps;
  api.get('/feedback/summary', { schema: { querystring: feedbackQuerySchema, response: { 200: feedbackSummarySchema } } }, (req, reply) =>
    sendCached(deps, req, reply, feedbackSummarySchema, async () => {
      const q = await checkPeriod(db, req.query);
      // Flows summed over the unit's months in the period (running sums of unit_rollup_monthly);
      // pending is the stock at its last month. Feedback is not kept per field: $5 is null.
      const rows = await unitPeriodRows<FeedbackCounts>(db, UNIT_FEEDBACK_COUNTS, q);
      const totals = Object.fromEntries(KEYS.map((k) => [k, 0])) as FeedbackCounts;
      for (const r of rows) for (const k of KEYS) totals[k] += r[k];
      return { query: echo(q, false), totals, rows };
    }),
  );
}
