import type { Rate } from './rate';

/** Whether a higher value of a measure is good or bad news. */
export type Polarity = 'higher-is-better' | 'lower-is-better';

export type Change =
  | { kind: 'none' } // one side has no data
  | { kind: 'count'; delta: number; relative: number | null } // relative: null when the base is 0
  | { kind: 'rate'; points: number }; // percentage points, e.g. +1.5

/** Change of a count against its base (e.g. the same period last year). */
export function countChange(current: number | null, base: number | null): Change {
  if (current === null || base === null) return { kind: 'none' };
  return { kind: 'count', delta: current - base, relative: base === 0 ? null : (current - base) / base };
}

/** Change of a rate against its base, in percentage points. */
export function rateChange(current: Rate, base: Rate): Change {
  if (current === null || base === null) return { kind: 'none' };
  return { kind: 'rate', points: (current - base) * 100 };
}

export type Trend = 'up' | 'down' | 'flat' | 'unknown';

/**
 * Direction of a change; a rate change under 0.05 points (0,0 at one decimal) counts as flat, though
 * its figure is still written with the decimals that show it (signedChange in format.ts).
 */
export function trendOf(change: Change): Trend {
  if (change.kind === 'none') return 'unknown';
  const v = change.kind === 'rate' ? change.points : change.delta;
  if (change.kind === 'rate' ? Math.abs(v) < 0.05 : v === 0) return 'flat';
  return v > 0 ? 'up' : 'down';
}

/** Good, bad or neutral news for the user, given the measure's polarity. */
export function verdictOf(change: Change, polarity: Polarity): 'good' | 'bad' | 'neutral' {
  const t = trendOf(change);
  if (t === 'unknown' || t === 'flat') return 'neutral';
  const up = t === 'up';
  return up === (polarity === 'higher-is-better') ? 'good' : 'bad';
}
