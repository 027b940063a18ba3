import type { Ratio } from '../../api/common';
import type { DossierCounts } from '../../api/dossiers';
import { pending, resolved, resolvedEarlyOrOnTime } from '../dossier-measures';
import { rate, type Rate } from '../rate';
import type { Growth } from './rules';

/**
 * Decision 766, 2.1 from the one-stop report's columns: (resolved early + on time + pending within
 * deadline) ÷ (resolved + pending). Returned and withdrawn dossiers are in neither side.
 */
export function progressRatio(c: DossierCounts): Ratio {
  return { numerator: resolvedEarlyOrOnTime(c) + c.pendingOnTime, denominator: resolved(c) + pending(c) };
}

/**
 * Satisfaction with dossier handling = 100 % − (late rate + complaint rate), never below 0. An empty
 * side counts as 0 % (nothing late, nothing complained of); both empty: no data.
 */
export function dossierSatisfaction(late: Ratio, complaints: Ratio): Rate {
  if (late.denominator <= 0 && complaints.denominator <= 0) return null;
  const lateRate = rate(late.numerator, late.denominator) ?? 0;
  const complaintRate = rate(complaints.numerator, complaints.denominator) ?? 0;
  return Math.max(0, 1 - (lateRate + complaintRate));
}

/** The late side of a progress ratio: the handled dossiers that are not in its numerator. */
export const lateOf = (progress: Ratio): Ratio => ({
  numerator: Math.max(0, progress.denominator - progress.numerator),
  denominator: progress.denominator,
});

// Floating error of T × d (0.57 × 100 = 57.00000000000001) must not ask for one dossier too many.
const EPS = 1e-9;

/**
 * The smallest whole number of additional numerator cases that brings numerator ÷ denominator to the
 * threshold: 0 when it is already reached; null when there is no data or it cannot be reached
 * (`growing` with a threshold of 100 %).
 */
export function howManyMore(numerator: number, denominator: number, threshold: number, growth: Growth): number | null {
  if (denominator <= 0) return null;
  if (numerator / denominator >= threshold - EPS) return 0;
  if (growth === 'fixed') {
    const x = Math.ceil(threshold * denominator - numerator - EPS);
    return numerator + x <= denominator ? x : null;
  }
  if (threshold >= 1) return null;
  return Math.max(0, Math.ceil((threshold * denominator - numerator) / (1 - threshold) - EPS));
}

/**
 * For 100 % − (late + complaint rate): how many of the late dossiers would have had to be on time
 * (the late side's denominator fixed) for it to reach the threshold; null when complaints alone keep
 * it below, or no data.
 */
export function howManyMoreOnTime(late: Ratio, complaints: Ratio, threshold: number): number | null {
  if (late.denominator <= 0) return null;
  const complaintRate = rate(complaints.numerator, complaints.denominator) ?? 0;
  const allowedLateRate = 1 - threshold - complaintRate;
  if (allowedLateRate < -EPS) return null;
  const allowedLate = Math.floor(allowedLateRate * late.denominator + EPS);
  return Math.max(0, late.numerator - allowedLate);
}
