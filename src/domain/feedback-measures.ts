import type { FeedbackCounts } from '../api/feedback';
import { rate, type Rate } from './rate';

/** PAKN handled on time ÷ those that fell due in the period. */
export const feedbackOnTimeRate = (c: FeedbackCounts): Rate => rate(c.handledOnTime, c.dueInPeriod);

/** Citizens satisfied with the handling ÷ those who rated it. */
export const feedbackSatisfactionRate = (c: FeedbackCounts): Rate => rate(c.satisfied, c.rated);

/** Handled late ÷ due in the period. */
export const feedbackLateRate = (c: FeedbackCounts): Rate => rate(c.handledLate, c.dueInPeriod);
