import { dayNumber, daysInMonth, parseIsoDate } from './iso-date';

/** Calendar-month arithmetic on `YYYY-MM` strings. Months are inclusive at both ends. */

export interface Period {
  from: string;
  to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (s: string): boolean => MONTH.test(s);

/** Months since year 0, for arithmetic. */
export function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`Not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export const addMonths = (month: string, n: number) => monthFromIndex(monthIndex(month) + n);

/** Every month of the period, in order. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  for (let i = monthIndex(p.from); i <= monthIndex(p.to); i++) out.push(monthFromIndex(i));
  return out;
}

export const monthCount = (p: Period) => monthIndex(p.to) - monthIndex(p.from) + 1;

/** The same months one year earlier. */
export const samePeriodLastYear = (p: Period): Period => ({ from: addMonths(p.from, -12), to: addMonths(p.to, -12) });

/** Whether the period lies entirely within the coverage. */
export const isWithin = (p: Period, coverage: Period) => p.from >= coverage.from && p.to <= coverage.to;

export type PeriodProblem = 'malformed' | 'reversed' | 'outside-coverage';

/**
 * Reads a period from URL parameters. Missing parameters take the fallback; a bad one is reported,
 * never thrown, so the page can say what is wrong and show the fallback.
 */
export function parsePeriod(
  from: string | null,
  to: string | null,
  fallback: Period,
  coverage: Period,
): { period: Period; problem: PeriodProblem | null } {
  if (from === null && to === null) return { period: fallback, problem: null };
  const f = from ?? fallback.from;
  const t = to ?? fallback.to;
  if (!isMonth(f) || !isMonth(t)) return { period: fallback, problem: 'malformed' };
  if (f > t) return { period: fallback, problem: 'reversed' };
  if (!isWithin({ from: f, to: t }, coverage)) return { period: fallback, problem: 'outside-coverage' };
  return { period: { from: f, to: t }, problem: null };
}

/** A calendar year, a quarter, a half or the first months of a year, when the period is exactly one. */
export type PeriodShape =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half'; year: number; half: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'months'; from: string; to: string };

export function shapeOf(p: Period): PeriodShape {
  const [fy, fm] = [Number(p.from.slice(0, 4)), Number(p.from.slice(5))];
  const [ty, tm] = [Number(p.to.slice(0, 4)), Number(p.to.slice(5))];
  if (fy === ty) {
    if (fm === 1 && tm === 12) return { kind: 'year', year: fy };
    if (fm === tm) return { kind: 'month', year: fy, month: fm };
    if (tm - fm === 2 && fm % 3 === 1) return { kind: 'quarter', year: fy, quarter: (fm + 2) / 3 };
    if (tm - fm === 5 && (fm === 1 || fm === 7)) return { kind: 'half', year: fy, half: fm === 1 ? 1 : 2 };
  }
  return { kind: 'months', from: p.from, to: p.to };
}

/** The last day of a `YYYY-MM` month, as YYYY-MM-DD. */
export function lastDayOfMonth(month: string): string {
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** The first and the last day of a period of whole months: 2022-01..2022-12 → 2022-01-01, 2022-12-31. */
export function periodDays(p: Period): { first: string; last: string } {
  return { first: `${p.from}-01`, last: lastDayOfMonth(p.to) };
}

/**
 * Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier); NaN when either is
 * not a calendar date ("2022-02-30", "0000-01-01"), which formats as "—" rather than a wrong count.
 */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return a && b ? dayNumber(b) - dayNumber(a) : Number.NaN;
}
