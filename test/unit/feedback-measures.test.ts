import { describe, expect, it } from 'vitest';
import type { FeedbackCounts } from '../../src/api/feedback';
import { feedbackLateRate, feedbackOnTimeRate, feedbackSatisfactionRate } from '../../src/domain/feedback-measures';

const c = (some: Partial<FeedbackCounts>): FeedbackCounts => ({ received: 0, dueInPeriod: 0, handledOnTime: 0, handledLate: 0, pending: 0, rated: 0, satisfied: 0, ...some });

describe('PAKN measures', () => {
  it('on time and late are over the items due in the period, not over those received', () => {
    const x = c({ received: 50, dueInPeriod: 40, handledOnTime: 36, handledLate: 3, pending: 1 });
    expect(feedbackOnTimeRate(x)).toBe(0.9);
    expect(feedbackLateRate(x)).toBe(0.075);
  });
  it('satisfaction is satisfied ÷ rated', () => {
    expect(feedbackSatisfactionRate(c({ rated: 8, satisfied: 6 }))).toBe(0.75);
  });
  it('nothing due or rated: no data, not 0 %', () => {
    expect(feedbackOnTimeRate(c({ received: 5 }))).toBeNull();
    expect(feedbackSatisfactionRate(c({}))).toBeNull();
  });
});
