import type { DigitalIndicatorKey, DigitalIndicators } from '../../api/digital';
import type { Meta } from '../../api/meta';
import { isWithin, type Period } from '../period';
import type { TargetValues } from '../../api/targets';
import { projectYearEnd, targetLabel, type TargetLabel, type YearEndProjection } from './projection';
import { rules766 } from './rules';

/** The digital indicators the year's targets are set for, each with its target's key. */
export const targetIndicators = [
  { key: 'onlineDossiers', target: 'onlineShare' },
  { key: 'fullyOnlineDossiers', target: 'fullyOnlineShare' },
  { key: 'digitisedDossiers', target: 'digitisedShare' },
  { key: 'electronicResults', target: 'electronicResultShare' },
  { key: 'dossiersPaidOnline', target: 'onlinePaymentShare' },
  { key: 'feedbackOnTime', target: 'feedbackOnTimeRate' },
] as const satisfies readonly { key: DigitalIndicatorKey; target: keyof TargetValues }[];

export type TargetIndicatorKey = (typeof targetIndicators)[number]['key'];

export interface TargetLine {
  key: TargetIndicatorKey;
  targetKey: (typeof targetIndicators)[number]['target'];
  target: number | null;
  projection: YearEndProjection;
  label: TargetLabel | null;
}

/**
 * Each target indicator of a year: its rate so far, its year-end projection and its label.
 * `thisYear`: the year's months so far from January, in order; `lastYear`: the twelve months before, or null.
 */
export function targetLines(
  thisYear: readonly DigitalIndicators[],
  lastYear: readonly DigitalIndicators[] | null,
  targets: TargetValues | null,
  atRiskMargin: number = rules766.atRiskMargin,
): TargetLine[] {
  return targetIndicators.map(({ key, target: targetKey }) => {
    const projection = projectYearEnd(
      thisYear.map((m) => m[key]),
      lastYear && lastYear.length === 12 ? lastYear.map((m) => m[key]) : null,
    );
    const target = targets ? targets[targetKey] : null;
    return { key, targetKey, target, projection, label: targetLabel(projection, target, atRiskMargin) };
  });
}

/**
 * The target year's months so far (January to the period's last month, within the coverage) and
 * last year's twelve months when the data covers them.
 */
export function targetYearPeriods(period: Period, meta: Meta): { year: number; thisYear: Period | null; lastYear: Period | null } {
  const year = Number(period.to.slice(0, 4));
  const from = `${year}-01`;
  const to = period.to < meta.coverage.to ? period.to : meta.coverage.to;
  // A projection counts months from January: a year whose January the data does not cover has none.
  const thisYear = from >= meta.coverage.from && from <= to ? { from, to } : null;
  const last = { from: `${year - 1}-01`, to: `${year - 1}-12` };
  return { year, thisYear, lastYear: isWithin(last, meta.coverage) ? last : null };
}
