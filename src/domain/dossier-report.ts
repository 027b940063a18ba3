import type { DossierCounts } from '../api/dossiers';
import {
  combineMonths,
  onlineShare,
  onTimeRate,
  pending,
  progressRate,
  received,
  resolved,
  sumCounts,
} from './dossier-measures';
import type { Rate } from './rate';

/**
 * One line of the standard one-stop report (the form a một cửa office sends up): the counts as the
 * API gives them, the three group totals and the three rates, each rate over its own row's counts.
 */
export interface ReportFigures extends DossierCounts {
  /** Received new in the period, all channels (trực tuyến + trực tiếp + BCCI). */
  received: number;
  /** Resolved early + on time + late. */
  resolved: number;
  /** Pending at the end of the period: within deadline + overdue. */
  pending: number;
  /** Resolved early or on time ÷ resolved. */
  onTimeRate: Rate;
  /** Decision 766, 2.1: (early + on time + pending within deadline) ÷ (resolved + pending). */
  progressRate: Rate;
  /** Received online ÷ received new. */
  onlineShare: Rate;
}

/** What the rows of a report stand for: units, fields (lĩnh vực) or months. */
export type ReportGrouping = 'unit' | 'field' | 'month';

/** The report's figures for one row of counts. */
export function reportFigures(c: DossierCounts): ReportFigures {
  return {
    carriedOver: c.carriedOver,
    receivedOnline: c.receivedOnline,
    receivedDirect: c.receivedDirect,
    receivedPostal: c.receivedPostal,
    resolvedEarly: c.resolvedEarly,
    resolvedOnTime: c.resolvedOnTime,
    resolvedLate: c.resolvedLate,
    pendingOnTime: c.pendingOnTime,
    pendingOverdue: c.pendingOverdue,
    returned: c.returned,
    apologyLetters: c.apologyLetters,
    received: received(c),
    resolved: resolved(c),
    pending: pending(c),
    onTimeRate: onTimeRate(c),
    progressRate: progressRate(c),
    onlineShare: onlineShare(c),
  };
}

/**
 * The totals row (Tổng cộng) of a report, from its rows' counts.
 *
 * - Rows by unit or by field cover the same period, so each row's carried-over stock is taken at the
 *   period's start and its pending stock at its end: every column, stocks included, is a plain Σ.
 * - Rows by month follow each other: the flows (received, resolved, returned, apology letters) add up,
 *   but the carried-over stock is the first month's and the pending stock the last month's — adding
 *   twelve month-end stocks would count the same open dossier up to twelve times. Month rows must be
 *   in order and contiguous (the API sends them so).
 *
 * Either way the totals keep carriedOver + received = resolved + pending + returned, and the rates are
 * recomputed from the totals (Σ numerators ÷ Σ denominators), never averaged; no rows or empty
 * denominators give "no data" (null).
 */
export function reportTotals(rows: readonly DossierCounts[], grouping: ReportGrouping): ReportFigures {
  return reportFigures(grouping === 'month' ? combineMonths(rows) : sumCounts(rows));
}

/** The keys of the report's numeric columns, in the order of the official form. */
export const reportCountKeys = [
  'carriedOver',
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'received',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'resolved',
  'pendingOnTime',
  'pendingOverdue',
  'pending',
  'returned',
  'apologyLetters',
] as const satisfies readonly (keyof ReportFigures)[];

export const reportRateKeys = ['onTimeRate', 'progressRate', 'onlineShare'] as const satisfies readonly (keyof ReportFigures)[];

export type ReportCountKey = (typeof reportCountKeys)[number];
export type ReportRateKey = (typeof reportRateKeys)[number];
export type ReportColumnKey = ReportCountKey | ReportRateKey;

/**
 * Orders report rows on a column: counts by value, rates by value with "no data" always last
 * (whatever the direction), ties in their original order.
 */
export function sortReportRows<T extends { figures: ReportFigures }>(
  rows: readonly T[],
  key: ReportColumnKey,
  direction: 'asc' | 'desc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: row.figures[key] }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      return sign * (a.v - b.v) || a.i - b.i;
    })
    .map((x) => x.row);
}
