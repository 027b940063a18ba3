import { feedbackCountsSchema, feedbackTopicIds, type FeedbackCounts, type FeedbackTopicId } from '../api/feedback';
import { feedbackLateRate, feedbackOnTimeRate, feedbackSatisfactionRate } from './feedback-measures';
import type { Rate } from './rate';

const KEYS = Object.keys(feedbackCountsSchema.shape) as (keyof FeedbackCounts)[];

/** One topic's line of the PAKN table: its counts and the same Σ÷Σ rates as the totals. */
export interface FeedbackTopicLine {
  topicId: FeedbackTopicId;
  received: number;
  dueInPeriod: number;
  handledOnTime: number;
  /** Handled after the deadline (quá hạn). */
  handledLate: number;
  onTimeRate: Rate;
  lateRate: Rate;
  satisfactionRate: Rate;
  rated: number;
  satisfied: number;
}

/**
 * Whether the topic rows are the partition the contract promises: every topic of the list once and
 * each column adding up to the totals. When not, the screen shows no topic figures as if they were right.
 */
export function topicsAddUp(byTopic: readonly (FeedbackCounts & { topicId: string })[], totals: FeedbackCounts): boolean {
  const ids = byTopic.map((r) => r.topicId);
  if (ids.length !== feedbackTopicIds.length || feedbackTopicIds.some((id) => !ids.includes(id))) return false;
  return KEYS.every((k) => byTopic.reduce((s, r) => s + r[k], 0) === totals[k]);
}

/**
 * The topic lines, in the order of the topic list; each rate is the topic's own Σ handled ÷ Σ due
 * (or Σ satisfied ÷ Σ rated) over the period and the units, never an average of monthly or unit rates.
 */
export function feedbackTopicLines(byTopic: readonly (FeedbackCounts & { topicId: FeedbackTopicId })[]): FeedbackTopicLine[] {
  const byId = new Map(byTopic.map((r) => [r.topicId, r]));
  return feedbackTopicIds.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        topicId: id,
        received: r.received,
        dueInPeriod: r.dueInPeriod,
        handledOnTime: r.handledOnTime,
        handledLate: r.handledLate,
        onTimeRate: feedbackOnTimeRate(r),
        lateRate: feedbackLateRate(r),
        satisfactionRate: feedbackSatisfactionRate(r),
        rated: r.rated,
        satisfied: r.satisfied,
      },
    ];
  });
}
