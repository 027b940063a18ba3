import type { Ratio } from '../../api/common';
import { rate, type Rate } from '../rate';

/**
 * - `last-year-share`: the months so far made up a share s of last year's numerator (and s' of its
 *   denominator) in the same months; the year's numerator is projected as so far ÷ s, its
 *   denominator as so far ÷ s'. This carries last year's seasonality and its rise within the year.
 * - `linear`: no usable last year (missing, or nothing in those months): both continue at the
 *   months-so-far monthly pace, so the projected rate is the rate so far.
 * - `complete`: all twelve months are in; the "projection" is the year's own rate.
 */
export type ProjectionMethod = 'last-year-share' | 'linear' | 'complete';

export interface YearEndProjection {
  /** The rate so far (Σ÷Σ of the months given). */
  soFar: Rate;
  /** The projected year-end rate, at most 100 %; null: no data so far. */
  projected: Rate;
  numerator: number | null;
  denominator: number | null;
  method: ProjectionMethod;
  monthsSoFar: number;
}

const EPS = 1e-9;

const sum = (xs: readonly Ratio[], pick: (r: Ratio) => number) => xs.reduce((s, r) => s + pick(r), 0);

/**
 * The year-end rate of a target indicator from the months so far. `thisYear` holds the year's months
 * from January in order (index 0 = January); `lastYear` the twelve months of the year before, or null.
 */
export function projectYearEnd(thisYear: readonly Ratio[], lastYear: readonly Ratio[] | null): YearEndProjection {
  const k = Math.min(12, thisYear.length);
  const months = thisYear.slice(0, k);
  const n = sum(months, (r) => r.numerator);
  const d = sum(months, (r) => r.denominator);
  const soFar = rate(n, d);
  const out = (numerator: number, denominator: number, method: ProjectionMethod): YearEndProjection => {
    const p = rate(numerator, denominator);
    return { soFar, projected: p === null ? null : Math.min(1, p), numerator, denominator, method, monthsSoFar: k };
  };
  if (soFar === null) return { soFar, projected: null, numerator: null, denominator: null, method: k === 12 ? 'complete' : 'linear', monthsSoFar: k };
  if (k === 12) return out(n, d, 'complete');
  if (lastYear && lastYear.length === 12) {
    const same = lastYear.slice(0, k);
    const shareN = sum(same, (r) => r.numerator) / sum(lastYear, (r) => r.numerator);
    const shareD = sum(same, (r) => r.denominator) / sum(lastYear, (r) => r.denominator);
    if (Number.isFinite(shareN) && Number.isFinite(shareD) && shareN > 0 && shareD > 0) {
      return out(n / shareN, d / shareD, 'last-year-share');
    }
  }
  return out((n * 12) / k, (d * 12) / k, 'linear');
}

/** đạt / có nguy cơ / không đạt, as codes; null when there is no projection or no target. */
export type TargetLabel = 'met' | 'at-risk' | 'missed';

/**
 * Met when the projected year-end rate reaches the target; at risk when it falls short by less than
 * the margin while months remain; missed otherwise (and whenever a complete year fell short).
 */
export function targetLabel(projection: YearEndProjection, target: number | null, atRiskMargin: number): TargetLabel | null {
  const p = projection.projected;
  if (p === null || target === null) return null;
  // Shares in floating point (0,45 − 0,4 = 0,04999…): a shortfall of exactly the margin is not under it.
  if (p >= target - EPS) return 'met';
  if (projection.method !== 'complete' && target - p < atRiskMargin - EPS) return 'at-risk';
  return 'missed';
}
