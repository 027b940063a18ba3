import type { FeedbackCounts } from '../../src/api/feedback';
import type { CountArray } from './dossier-generator';
import { Rng } from './prng';

/** PAKN columns, in the order of feedbackCountsSchema. */
export const FEEDBACK_COLUMNS = [
  'received',
  'dueInPeriod',
  'handledOnTime',
  'handledLate',
  'pending',
  'rated',
  'satisfied',
] as const satisfies readonly (keyof FeedbackCounts)[];
export const NFB = FEEDBACK_COLUMNS.length;
/** Index of the one stock column: over a period it is the value at the end, the rest are sums. */
export const FB_PENDING = 4;

/** Feedback per unit × month × column (layout [u][m][c]). */
export interface FeedbackStore {
  monthCount: number;
  data: CountArray;
}

export interface UnitFeedbackProfile {
  firstMonth: number;
  lastMonth: number;
  /** Expected feedback items a month. */
  monthlyVolume: number;
  /** Share of items due in a month that are handled late. */
  lateShare: (m: number) => number;
  /** Share of rated handlings the citizen was satisfied with. */
  satisfaction: number;
  closeBooks: boolean;
}

/**
 * One chain per unit: items received this month are mostly handled within it; what is left is due next
 * month. dueInPeriod = what fell due this month (the denominator of "handled on time"), and every item
 * due is handled this month, on time or late, or stays pending overdue.
 */
export function generateUnitFeedback(store: FeedbackStore, u: number, p: UnitFeedbackProfile, rng: Rng): void {
  const { data, monthCount } = store;
  let pending = 0;
  for (let m = p.firstMonth; m <= p.lastMonth; m++) {
    const received = rng.round(p.monthlyVolume * Math.exp(0.35 * rng.normal()));
    const open = pending + received;
    // Items carried in are due now; of the new ones, most are due within the month.
    const dueNew = rng.round(received * 0.75);
    const due = pending + dueNew;
    const handledLate = Math.min(due, rng.round(due * p.lateShare(m)));
    const handledOnTime = due - handledLate;
    const handled = handledOnTime + handledLate;
    let left = open - handled;
    // A dissolved unit hands everything over before it closes.
    let extraOnTime = 0;
    if (p.closeBooks && m === p.lastMonth) {
      extraOnTime = left;
      left = 0;
    }
    const rated = rng.round((handled + extraOnTime) * 0.6);
    const satisfied = Math.min(rated, rng.round(rated * p.satisfaction));
    const i = (u * monthCount + m) * NFB;
    data[i] = received;
    data[i + 1] = due + extraOnTime;
    data[i + 2] = handledOnTime + extraOnTime;
    data[i + 3] = handledLate;
    data[i + 4] = left;
    data[i + 5] = rated;
    data[i + 6] = satisfied;
    pending = left;
  }
}
