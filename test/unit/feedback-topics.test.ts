import { describe, expect, it } from 'vitest';
import { feedbackTopicIds, feedbackTopics, type FeedbackCounts, type FeedbackTopicId } from '../../src/api/feedback';
import { feedbackTopicLines, topicsAddUp } from '../../src/domain/feedback-topics';
import { en } from '../../src/i18n/locales/en';
import { vi } from '../../src/i18n/locales/vi';

const c = (some: Partial<FeedbackCounts>): FeedbackCounts => ({ received: 0, dueInPeriod: 0, handledOnTime: 0, handledLate: 0, pending: 0, rated: 0, satisfied: 0, ...some });
const row = (topicId: FeedbackTopicId, some: Partial<FeedbackCounts>) => ({ topicId, ...c(some) });

const rows = [
  row('land', { received: 40, dueInPeriod: 32, handledOnTime: 28, handledLate: 4, pending: 8, rated: 20, satisfied: 15 }),
  row('environment', { received: 10, dueInPeriod: 8, handledOnTime: 8, rated: 5, satisfied: 5, pending: 2 }),
  row('construction', { received: 3, dueInPeriod: 0, pending: 3 }),
  row('civil-status', {}),
  row('social-policy', { received: 7, dueInPeriod: 7, handledOnTime: 6, handledLate: 1, rated: 3, satisfied: 1 }),
  row('other', { received: 1, dueInPeriod: 1, handledOnTime: 1 }),
];
const totals = c({ received: 61, dueInPeriod: 48, handledOnTime: 43, handledLate: 5, pending: 13, rated: 28, satisfied: 21 });

describe('PAKN by topic', () => {
  it('gives each topic its own Σ÷Σ rates, computed by hand', () => {
    const lines = feedbackTopicLines(rows);
    expect(lines.map((l) => l.topicId)).toEqual(feedbackTopicIds);
    const land = lines[0]!;
    expect([land.onTimeRate, land.lateRate, land.satisfactionRate]).toEqual([0.875, 0.125, 0.75]);
    expect(lines[1]!.onTimeRate).toBe(1);
    expect(lines[4]!.onTimeRate).toBeCloseTo(6 / 7, 12);
    expect(lines[4]!.satisfactionRate).toBeCloseTo(1 / 3, 12);
  });

  it('nothing due or nothing rated is no data, not 0 %', () => {
    const [, , construction, civil] = feedbackTopicLines(rows);
    expect(construction!.onTimeRate).toBeNull();
    expect(construction!.satisfactionRate).toBeNull();
    expect(civil!.received).toBe(0);
    expect(civil!.onTimeRate).toBeNull();
  });

  it('the topics’ rate of the whole is the totals’ Σ÷Σ, not the average of the topics’ rates', () => {
    const lines = feedbackTopicLines(rows);
    const handled = lines.reduce((s, l) => s + l.handledOnTime, 0);
    const due = lines.reduce((s, l) => s + l.dueInPeriod, 0);
    expect(handled / due).toBeCloseTo(43 / 48, 12);
    const rates = lines.map((l) => l.onTimeRate).filter((r): r is number => r !== null);
    expect(rates.reduce((s, r) => s + r, 0) / rates.length).not.toBeCloseTo(43 / 48, 3);
  });

  it('checks that the topics add up to the totals, and list every topic once', () => {
    expect(topicsAddUp(rows, totals)).toBe(true);
    expect(topicsAddUp(rows, { ...totals, received: 62 })).toBe(false);
    expect(topicsAddUp(rows.slice(1), totals)).toBe(false);
    expect(topicsAddUp([...rows.slice(0, 5), { ...rows[5]!, topicId: 'unknown' }], totals)).toBe(false);
  });

  it('names every topic in Vietnamese as the contract does, and in English', () => {
    for (const t of feedbackTopics) {
      expect(vi.digital.feedback.topics[t.id]).toBe(t.label);
      expect(en.digital.feedback.topics[t.id]).toMatch(/\w/);
    }
  });
});
