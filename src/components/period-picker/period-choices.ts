import { monthsOf, isWithin, type Period } from '../../domain/period';

const pad = (m: number) => String(m).padStart(2, '0');
const span = (year: number, fromMonth: number, toMonth: number): Period => ({
  from: `${year}-${pad(fromMonth)}`,
  to: `${year}-${pad(toMonth)}`,
});

/** The years the coverage touches, oldest first. */
export function coverageYears(coverage: Period): number[] {
  const first = Number(coverage.from.slice(0, 4));
  const last = Number(coverage.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The year, its halves and its quarters, each marked whether the data covers it whole. */
export function quickChoices(year: number, coverage: Period): { period: Period; available: boolean }[] {
  const periods = [
    span(year, 1, 12),
    span(year, 1, 6),
    span(year, 7, 12),
    span(year, 1, 3),
    span(year, 4, 6),
    span(year, 7, 9),
    span(year, 10, 12),
  ];
  return periods.map((period) => ({ period, available: isWithin(period, coverage) }));
}

/** Every month of the coverage, for the custom range. */
export const coverageMonths = (coverage: Period) => monthsOf(coverage);
