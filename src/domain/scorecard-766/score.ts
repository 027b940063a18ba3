import type { Ratio } from '../../api/common';
import type { DigitalIndicatorKey, DigitalIndicators } from '../../api/digital';
import { sumDigitalIndicators } from '../digital-indicators';
import { rate, type Rate } from '../rate';
import { dossierSatisfaction, howManyMore, howManyMoreOnTime, lateOf } from './measures';
import { rules766, scorecardGroupIds, type NoDataRule, type RatingBand, type ScorecardGroupId, type ScorecardTable, type SubIndicatorRule } from './rules';

/** One contract ratio a sub-indicator uses, with its own rate. */
export interface ScorePart {
  key: DigitalIndicatorKey;
  /** `late`: the complement of the progress ratio (its denominator minus its numerator). */
  role: 'ratio' | 'late' | 'complaints';
  numerator: number;
  denominator: number;
  rate: Rate;
}

export interface SubIndicatorScore {
  rule: SubIndicatorRule;
  /** The single ratio's numerator and denominator; null for a formula of several ratios (see parts). */
  numerator: number | null;
  denominator: number | null;
  parts: ScorePart[];
  /** null: no data (empty denominator). */
  rate: Rate;
  threshold: number | null;
  /** Its maximum. */
  points: number;
  /** null when left out of the total (no data, rule `excluded`). */
  earned: number | null;
  lost: number | null;
  noData: boolean;
  /** The no-data rule that decided its points, or null when it had data. */
  appliedRule: NoDataRule | null;
  /**
   * Additional numerator cases that would reach the threshold (T = 100 % where none): for a ratio, of
   * its numerator; for 100 % − (late + complaints), late dossiers that would have had to be on time.
   * 0: reached; null: no data or out of reach.
   */
  moreNeeded: number | null;
}

export interface GroupScore {
  group: ScorecardGroupId;
  earned: number;
  /** Points of its rows that count (excluded rows left out). */
  max: number;
  /** Points of all its rows, as the table gives them. */
  fullMax: number;
  lost: number;
}

export interface Scorecard {
  rows: SubIndicatorScore[];
  groups: GroupScore[];
  earned: number;
  max: number;
  /** Out of 100: earned ÷ the points that count × 100; null when nothing counts. */
  total: number | null;
  band: RatingBand['band'] | null;
  bandsConfirmed: boolean;
}

const ratioOf = (indicators: DigitalIndicators, key: DigitalIndicatorKey): Ratio => {
  const r = indicators[key];
  return { numerator: r.numerator, denominator: r.denominator };
};

/** Full points at or above the threshold, rate × points ÷ T below it. */
export function pointsFor(r: number, points: number, threshold: number | null): number {
  const t = threshold ?? 1;
  return r >= t ? points : (Math.max(0, r) * points) / t;
}

function scoreRow(rule: SubIndicatorRule, indicators: DigitalIndicators): SubIndicatorScore {
  const target = rule.threshold ?? 1;
  let numerator: number | null = null;
  let denominator: number | null = null;
  let parts: ScorePart[];
  let r: Rate;
  let moreNeeded: number | null;
  if (rule.formula.kind === 'ratio') {
    const x = ratioOf(indicators, rule.formula.key);
    numerator = x.numerator;
    denominator = x.denominator;
    r = rate(x.numerator, x.denominator);
    parts = [{ key: rule.formula.key, role: 'ratio', ...x, rate: r }];
    moreNeeded = howManyMore(x.numerator, x.denominator, target, rule.growth);
  } else {
    const late = lateOf(ratioOf(indicators, rule.formula.progress));
    const complaints = ratioOf(indicators, rule.formula.complaints);
    r = dossierSatisfaction(late, complaints);
    parts = [
      { key: rule.formula.progress, role: 'late', ...late, rate: rate(late.numerator, late.denominator) },
      { key: rule.formula.complaints, role: 'complaints', ...complaints, rate: rate(complaints.numerator, complaints.denominator) },
    ];
    moreNeeded = r === null ? null : howManyMoreOnTime(late, complaints, target);
  }
  const noData = r === null;
  const base = { rule, numerator, denominator, parts, rate: r, threshold: rule.threshold, points: rule.points, noData, moreNeeded };
  if (r !== null) {
    const earned = pointsFor(r, rule.points, rule.threshold);
    return { ...base, earned, lost: rule.points - earned, appliedRule: null };
  }
  if (rule.noData === 'full-points') return { ...base, earned: rule.points, lost: 0, appliedRule: 'full-points' };
  return { ...base, earned: null, lost: null, appliedRule: 'excluded' };
}

export function bandOf(total: number | null, bands: readonly RatingBand[]): RatingBand['band'] | null {
  if (total === null) return null;
  return bands.find((b) => total >= b.min)?.band ?? null;
}

/**
 * The scorecard of one set of numerators and denominators (one unit, or several added up Σ÷Σ, over
 * the period's months). Every row of the table is scored; groups follow the table's rows.
 */
export function scoreIndicators(indicators: DigitalIndicators, table: ScorecardTable = rules766): Scorecard {
  const rows = table.rows.map((rule) => scoreRow(rule, indicators));
  const groups: GroupScore[] = scorecardGroupIds.map((group) => {
    const mine = rows.filter((r) => r.rule.group === group);
    const counted = mine.filter((r) => r.earned !== null);
    const earned = counted.reduce((s, r) => s + (r.earned as number), 0);
    const max = counted.reduce((s, r) => s + r.points, 0);
    const fullMax = mine.reduce((s, r) => s + r.points, 0);
    return { group, earned, max, fullMax, lost: max - earned };
  });
  const earned = groups.reduce((s, g) => s + g.earned, 0);
  const max = groups.reduce((s, g) => s + g.max, 0);
  // Out of 100 over the points that count: rows left out for lack of data shrink the base, not the score.
  const total = max > 0 ? (earned / max) * 100 : null;
  return { rows, groups, earned, max, total, band: bandOf(total, table.bands), bandsConfirmed: table.bandsConfirmed };
}

/** The scorecard of several units (and/or months) at once: numerators and denominators added up first. */
export function scoreUnits(rows: readonly { indicators: DigitalIndicators }[], table: ScorecardTable = rules766): Scorecard {
  return scoreIndicators(sumDigitalIndicators(rows), table);
}

/** Total against the previous period, in points; null when either has no total. */
export function totalChange(current: Scorecard, previous: Scorecard | null): number | null {
  if (!previous || current.total === null || previous.total === null) return null;
  return current.total - previous.total;
}
