import type { DossierCounts } from '../api/dossiers';
import { dossierCountKeys } from '../api/dossiers';
import { rate, type Rate } from './rate';

/** New dossiers received in the period, all channels. */
export const received = (c: DossierCounts) => c.receivedOnline + c.receivedDirect + c.receivedPostal;

export const resolved = (c: DossierCounts) => c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;

export const resolvedEarlyOrOnTime = (c: DossierCounts) => c.resolvedEarly + c.resolvedOnTime;

export const pending = (c: DossierCounts) => c.pendingOnTime + c.pendingOverdue;

/** Dossiers handled in the period: what was carried over plus what came in. */
export const handled = (c: DossierCounts) => c.carriedOver + received(c);

/** The article's measure: resolved early or on time ÷ resolved. */
export const onTimeRate = (c: DossierCounts): Rate => rate(resolvedEarlyOrOnTime(c), resolved(c));

/** Resolved late ÷ resolved. */
export const lateRate = (c: DossierCounts): Rate => rate(c.resolvedLate, resolved(c));

/** Decision 766, 2.1: (early + on time + pending within deadline) ÷ (resolved + pending). */
export const progressRate = (c: DossierCounts): Rate =>
  rate(resolvedEarlyOrOnTime(c) + c.pendingOnTime, resolved(c) + pending(c));

/** Received online ÷ received new in the period. */
export const onlineShare = (c: DossierCounts): Rate => rate(c.receivedOnline, received(c));

/** Pending overdue ÷ pending at the end of the period. */
export const overdueShare = (c: DossierCounts): Rate => rate(c.pendingOverdue, pending(c));

export function emptyCounts(): DossierCounts {
  return Object.fromEntries(dossierCountKeys.map((k) => [k, 0])) as unknown as DossierCounts;
}

/**
 * Adds up rows of different units (or fields) for the same period: every column is a plain sum,
 * because each row's carried-over and pending stocks are taken at the same two instants.
 * Do not use it across months: see `combineMonths`.
 */
export function sumCounts(rows: readonly DossierCounts[]): DossierCounts {
  const total = emptyCounts();
  for (const row of rows) for (const k of dossierCountKeys) total[k] += row[k];
  return total;
}

/**
 * Joins consecutive periods (months in order) into one: flows add up, the carried-over stock is the
 * first period's and the pending stock the last one's.
 */
export function combineMonths(months: readonly DossierCounts[]): DossierCounts {
  const total = sumCounts(months);
  const first = months[0];
  const last = months[months.length - 1];
  total.carriedOver = first ? first.carriedOver : 0;
  total.pendingOnTime = last ? last.pendingOnTime : 0;
  total.pendingOverdue = last ? last.pendingOverdue : 0;
  return total;
}
