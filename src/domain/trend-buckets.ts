import { monthCount, monthsOf, type Period } from './period';

/** One point of a small trend line: a month, a calendar quarter or a calendar year, clipped to the period. */
export interface TrendBucket extends Period {
  kind: 'month' | 'quarter' | 'year';
}

/** At most this many months are drawn month by month; up to three times as many go by quarter, longer periods by year. */
export const MAX_MONTHLY_POINTS = 12;

/**
 * Splits a period into the points of a sparkline, so that a line never has more than about a dozen
 * points and each point is one request that answers for every unit at once (GET /dossiers/by-unit).
 */
export function trendBuckets(period: Period): TrendBucket[] {
  const n = monthCount(period);
  if (n <= MAX_MONTHLY_POINTS) return monthsOf(period).map((m) => ({ kind: 'month', from: m, to: m }));
  const kind = n <= 3 * MAX_MONTHLY_POINTS ? 'quarter' : 'year';
  const keyOf = (m: string) => (kind === 'year' ? m.slice(0, 4) : `${m.slice(0, 4)}-${Math.ceil(Number(m.slice(5, 7)) / 3)}`);
  const buckets: TrendBucket[] = [];
  for (const m of monthsOf(period)) {
    const last = buckets[buckets.length - 1];
    if (last && keyOf(last.from) === keyOf(m)) last.to = m;
    else buckets.push({ kind, from: m, to: m });
  }
  return buckets;
}
