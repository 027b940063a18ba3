import type { DossierCounts } from '../api/dossiers';
import { onTimeRate, received, resolved, resolvedEarlyOrOnTime } from './dossier-measures';
import { addMonths, monthsOf, type Period } from './period';
import type { Rate } from './rate';

type MonthRow = DossierCounts & { month: string };

/** The part of a period that lies within the coverage, or null when none does. */
export function coveredPart(p: Period, coverage: Period): Period | null {
  const from = p.from > coverage.from ? p.from : coverage.from;
  const to = p.to < coverage.to ? p.to : coverage.to;
  return from <= to ? { from, to } : null;
}

/** Every calendar year the period touches, in order. */
export function yearsOf(p: Period): number[] {
  const out: number[] = [];
  for (let y = Number(p.from.slice(0, 4)); y <= Number(p.to.slice(0, 4)); y++) out.push(y);
  return out;
}

export const yearOfMonth = (month: string) => Number(month.slice(0, 4));

export interface MonthlyReceipts {
  month: string;
  direct: number;
  online: number;
  postal: number;
  /** All channels: direct + online + postal. */
  received: number;
  /** Received in the same month a year earlier; null when last year has no figures for it. */
  lastYear: number | null;
}

/**
 * New dossiers month by month and channel by channel, each month beside the same month last year.
 * Every month of the period gets a row: one the backend did not send counts zero this year.
 */
export function monthlyReceipts(period: Period, rows: readonly MonthRow[], lastYearRows: readonly MonthRow[] | null): MonthlyReceipts[] {
  const current = new Map(rows.map((r) => [r.month, r]));
  const before = new Map((lastYearRows ?? []).map((r) => [r.month, r]));
  return monthsOf(period).map((month) => {
    const r = current.get(month);
    const b = before.get(addMonths(month, -12));
    return {
      month,
      direct: r?.receivedDirect ?? 0,
      online: r?.receivedOnline ?? 0,
      postal: r?.receivedPostal ?? 0,
      received: r ? received(r) : 0,
      lastYear: b ? received(b) : null,
    };
  });
}

export interface MonthlyOnTime {
  month: string;
  /** Resolved early or on time, and all resolved, in the month. */
  onTime: number;
  resolved: number;
  /** onTime ÷ resolved; null when nothing was resolved. */
  rate: Rate;
  /** The target of the month's own year; null when unknown. */
  target: number | null;
}

/** The on-time rate month by month, each against its own year's target (a period may span two years). */
export function monthlyOnTime(
  period: Period,
  rows: readonly MonthRow[],
  targetOf: (year: number) => number | null,
): MonthlyOnTime[] {
  const current = new Map(rows.map((r) => [r.month, r]));
  return monthsOf(period).map((month) => {
    const r = current.get(month);
    return {
      month,
      onTime: r ? resolvedEarlyOrOnTime(r) : 0,
      resolved: r ? resolved(r) : 0,
      rate: r ? onTimeRate(r) : null,
      target: targetOf(yearOfMonth(month)),
    };
  });
}

/**
 * The one target a whole period is judged against (the commune ranking, the summary): the target of
 * the year the period ends in, the one in force when it is reviewed.
 */
export function periodTarget(period: Period, targetOf: (year: number) => number | null): { year: number; value: number } | null {
  const year = yearOfMonth(period.to);
  const value = targetOf(year);
  return value === null ? null : { year, value };
}
