import { describe, expect, it } from 'vitest';
import { feedbackCountsSchema, feedbackTopicIds, getFeedbackSummary, type FeedbackCounts } from '../../src/api/feedback';
import { communeId, dataset, setupMockBackend, signInAs } from './helpers';

setupMockBackend();

const KEYS = Object.keys(feedbackCountsSchema.shape) as (keyof FeedbackCounts)[];
const sum = (rows: FeedbackCounts[], k: keyof FeedbackCounts) => rows.reduce((s, r) => s + r[k], 0);

describe('GET /feedback/summary by topic and by month', () => {
  it.each([
    ['every unit, 2022', () => ({ from: '2022-01', to: '2022-12' })],
    ['one commune, 2023', () => ({ from: '2023-01', to: '2023-12', unit: communeId() })],
    ['across the 2025 merger', () => ({ from: '2024-07', to: '2025-06' })],
  ])('%s: every topic in the list’s order, adding up to the totals in every column', async (_, period) => {
    await signInAs('leader');
    const fb = await getFeedbackSummary(period());
    expect(fb.byTopic.map((r) => r.topicId)).toEqual(feedbackTopicIds);
    for (const k of KEYS) expect(sum(fb.byTopic, k), k).toBe(fb.totals[k]);
    expect(fb.totals.received).toBeGreaterThan(0);
  });

  it('gives every month of the period: flows add up to the totals, the last month’s pending is the totals’', async () => {
    await signInAs('leader');
    const fb = await getFeedbackSummary({ from: '2024-07', to: '2025-06' });
    expect(fb.byMonth.map((r) => r.month)).toEqual(['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    for (const k of KEYS) if (k !== 'pending') expect(sum(fb.byMonth, k), k).toBe(fb.totals[k]);
    expect(fb.byMonth.at(-1)!.pending).toBe(fb.totals.pending);
    const one = await getFeedbackSummary({ from: '2024-09', to: '2024-09' });
    expect(fb.byMonth[2]).toEqual({ month: '2024-09', ...one.totals });
  });

  it('answers the same topic split as the data for a month of the district office', async () => {
    await signInAs('leader');
    const q = { from: '2022-03', to: '2022-03', unit: dataset().meta.rootUnitId, level: 'all' as const };
    const fb = await getFeedbackSummary(q);
    expect(fb.byTopic).toEqual(dataset().feedbackByTopic(q));
  });

  it('gives zeros for every topic, and no month rows lost, when no unit matches', async () => {
    await signInAs('leader');
    const fb = await getFeedbackSummary({ from: '2022-01', to: '2022-02', unit: dataset().meta.rootUnitId, level: 'commune' });
    expect(fb.rows).toEqual([]);
    expect(fb.byTopic.map((r) => [r.topicId, r.received, r.pending])).toEqual(feedbackTopicIds.map((t) => [t, 0, 0]));
    expect(fb.byMonth.map((r) => [r.month, r.received])).toEqual([['2022-01', 0], ['2022-02', 0]]);
  });
});
