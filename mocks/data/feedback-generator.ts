import { feedbackTopics, type FeedbackCounts } from '../../src/api/feedback';
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

/** Topics of feedbackTopics, in its order. */
export const NTOPIC = feedbackTopics.length;

/** Feedback per unit × month × column (layout [u][m][c]); `topics` the same split by topic ([u][m][t][c]). */
export interface FeedbackStore {
  monthCount: number;
  data: CountArray;
  topics: CountArray;
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

/**
 * The expected share of each topic in a commune's PAKN (land disputes and building order lead), and
 * how each topic leans against the unit's late share and satisfaction (weights, not rates).
 */
const TOPIC_MIX = [0.3, 0.14, 0.18, 0.12, 0.14, 0.12];
const TOPIC_LATE = [1.8, 1.2, 1.5, 0.4, 0.8, 0.9];
const TOPIC_SATISFIED = [0.85, 0.95, 0.9, 1.1, 1.0, 1.05];

/**
 * Splits `total` into out[0..n) by `weights` (largest remainder), each part at most caps[t]; the caps
 * must hold the total. Deterministic: the leftovers go to the largest remainders, ties to the lower index.
 */
export function apportion(total: number, weights: ArrayLike<number>, caps: ArrayLike<number> | null, out: Int32Array): void {
  const n = out.length;
  let wsum = 0;
  for (let t = 0; t < n; t++) wsum += weights[t] as number;
  let left = total;
  const ideal = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    ideal[t] = wsum > 0 ? (total * (weights[t] as number)) / wsum : total / n;
    const share = Math.min(Math.floor(ideal[t] as number), caps ? (caps[t] as number) : Infinity);
    out[t] = share;
    left -= share;
  }
  while (left > 0) {
    let best = -1;
    for (let t = 0; t < n; t++) {
      if (caps && (out[t] as number) >= (caps[t] as number)) continue;
      if (best < 0 || (ideal[t] as number) - (out[t] as number) > (ideal[best] as number) - (out[best] as number)) best = t;
    }
    if (best < 0) throw new Error(`apportion: caps hold less than ${total}`);
    out[best] = (out[best] as number) + 1;
    left--;
  }
}

/**
 * Splits a unit's generated feedback by topic, month by month, from its own stream (so the totals and
 * every other figure stay as they were). Each topic keeps the chain of the totals: what it carries in
 * is due this month, its new items due this month are at most those received, and
 * pending = carried in + received − handled on time − handled late; rated ≤ handled, satisfied ≤ rated.
 * Every column of every month adds up over the topics to the unit's own.
 */
export function splitUnitFeedbackByTopic(store: FeedbackStore, u: number, firstMonth: number, lastMonth: number, rng: Rng): void {
  const { data, topics, monthCount } = store;
  const T = NTOPIC;
  const mix = TOPIC_MIX.map((w) => w * Math.exp(0.25 * rng.normal()));
  const w = new Float64Array(T);
  const received = new Int32Array(T);
  const dueNew = new Int32Array(T);
  const due = new Int32Array(T);
  const late = new Int32Array(T);
  const rated = new Int32Array(T);
  const satisfied = new Int32Array(T);
  const carried = new Int32Array(T);
  for (let m = firstMonth; m <= lastMonth; m++) {
    const i = (u * monthCount + m) * NFB;
    const tot = (c: number) => data[i + c] as number;
    let carriedIn = 0;
    for (let t = 0; t < T; t++) carriedIn += carried[t] as number;
    for (let t = 0; t < T; t++) w[t] = (mix[t] as number) * Math.exp(0.3 * rng.normal());
    apportion(tot(0), w, null, received);
    // Of the month's due, what it carried in is due as a whole; the rest is new items, by topic at most those received.
    apportion(tot(1) - carriedIn, received, received, dueNew);
    for (let t = 0; t < T; t++) {
      due[t] = (carried[t] as number) + (dueNew[t] as number);
      w[t] = (due[t] as number) * (TOPIC_LATE[t] as number);
    }
    apportion(tot(3), w, due, late);
    apportion(tot(5), due, due, rated);
    for (let t = 0; t < T; t++) w[t] = (rated[t] as number) * (TOPIC_SATISFIED[t] as number);
    apportion(tot(6), w, rated, satisfied);
    for (let t = 0; t < T; t++) {
      const o = ((u * monthCount + m) * T + t) * NFB;
      const left = (received[t] as number) - (dueNew[t] as number);
      topics[o] = received[t] as number;
      topics[o + 1] = due[t] as number;
      topics[o + 2] = (due[t] as number) - (late[t] as number);
      topics[o + 3] = late[t] as number;
      topics[o + 4] = left;
      topics[o + 5] = rated[t] as number;
      topics[o + 6] = satisfied[t] as number;
      carried[t] = left;
    }
  }
}
