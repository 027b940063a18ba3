import { HttpResponse } from 'msw';
import { feedbackQuerySchema, type FeedbackCounts, type FeedbackSummary } from '../../src/api/feedback';
import { route } from '../http-helpers';
import { echo, parsePeriod } from '../period-query';

const zero = (): FeedbackCounts => ({
  received: 0,
  dueInPeriod: 0,
  handledOnTime: 0,
  handledLate: 0,
  pending: 0,
  rated: 0,
  satisfied: 0,
});

export const feedbackHandlers = [
  route('get', '/feedback/summary', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, feedbackQuerySchema);
    const rows = dataset.feedbackByUnit(q);
    const totals = zero();
    for (const row of rows) for (const k of Object.keys(totals) as (keyof FeedbackCounts)[]) totals[k] += row[k];
    const byTopic = dataset.feedbackByTopic(q);
    const byMonth = dataset.feedbackByMonth(q);
    return HttpResponse.json({ query: echo(q, false), totals, rows, byTopic, byMonth } satisfies FeedbackSummary);
  }),
];
