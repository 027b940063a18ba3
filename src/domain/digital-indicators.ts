import type { Ratio } from '../api/common';
import { digitalIndicatorKeys, type DigitalIndicatorKey, type DigitalIndicators } from '../api/digital';
import type { TargetValues } from '../api/targets';
import { belowTarget } from './ranking';
import { rate, type Rate } from './rate';

/** The digital indicators the dashboard shows, each with the year's target it is measured against. */
export const mainDigitalIndicators = [
  { key: 'onlineDossiers', target: 'onlineShare' },
  { key: 'fullyOnlineDossiers', target: 'fullyOnlineShare' },
  { key: 'digitisedDossiers', target: 'digitisedShare' },
  { key: 'electronicResults', target: 'electronicResultShare' },
  { key: 'dossiersPaidOnline', target: 'onlinePaymentShare' },
] as const satisfies readonly { key: DigitalIndicatorKey; target: keyof TargetValues }[];

export type MainDigitalIndicatorKey = (typeof mainDigitalIndicators)[number]['key'];

/**
 * Several units' indicators as one: numerators and denominators added up key by key, so every rate
 * is Σ numerators ÷ Σ denominators (never an average of the units' rates). No rows: all 0 ÷ 0.
 */
export function sumDigitalIndicators(rows: readonly { indicators: DigitalIndicators }[]): DigitalIndicators {
  const sum = Object.fromEntries(digitalIndicatorKeys.map((k) => [k, { numerator: 0, denominator: 0 }])) as Record<
    DigitalIndicatorKey,
    Ratio
  >;
  for (const { indicators } of rows) {
    for (const k of digitalIndicatorKeys) {
      sum[k].numerator += indicators[k].numerator;
      sum[k].denominator += indicators[k].denominator;
    }
  }
  return sum;
}

export type TargetVerdict = 'met' | 'below' | 'no-data' | 'no-target';

export interface DigitalIndicatorLine {
  key: MainDigitalIndicatorKey;
  numerator: number;
  denominator: number;
  /** null when the denominator is 0: no data, not 0 %. */
  rate: Rate;
  /** The year's target as a share, or null when there is none (or it could not be loaded). */
  target: number | null;
  verdict: TargetVerdict;
}

/** The main indicators of one set of sums, each against its target (`targets` null: none known). */
export function digitalIndicatorLines(sum: DigitalIndicators, targets: TargetValues | null): DigitalIndicatorLine[] {
  return mainDigitalIndicators.map(({ key, target: targetKey }) => {
    const { numerator, denominator } = sum[key];
    const r = rate(numerator, denominator);
    const target = targets ? targets[targetKey] : null;
    const verdict: TargetVerdict =
      r === null ? 'no-data' : target === null ? 'no-target' : belowTarget(r, target) ? 'below' : 'met';
    return { key, numerator, denominator, rate: r, target, verdict };
  });
}
