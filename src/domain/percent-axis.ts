/**
 * The value axis of a chart of rates (0–1): a domain and ticks that the axis can write exactly.
 *
 * Charts used to let Recharts choose the ticks inside a domain such as [0.95, 1]: it picked 0.9625 and
 * 0.975 and the axis, formatted without decimals, wrote them "96 %" and "98 %"; with too many ticks for
 * the height it also hid some of them. Here every tick is a whole multiple of a round step, and
 * `decimals` is the number of decimals that writes each tick exactly (0 for whole percents).
 */
export interface PercentAxis {
  domain: [number, number];
  /** From the bottom of the domain to its top, every step, all drawn (give the chart interval 0). */
  ticks: number[];
  /** Decimals of the percent that write every tick exactly: 0.95 → "95 %". */
  decimals: number;
}

export interface PercentAxisOptions {
  /**
   * 'fit': start a round step at least half a step below the lowest value, so small differences
   * between rates near 100 % show and the lowest bar keeps some length (the chart says where it starts).
   * 'zero': start at 0 % (shares far from 100 %, such as the online share).
   */
  from?: 'fit' | 'zero';
  /**
   * 'full': end at 100 % (on-time rates); 'fit': end at the first tick above the highest value, so a
   * target or a month at the top is not drawn on the frame.
   */
  to?: 'full' | 'fit';
  /** At most this many ticks, both ends included. */
  maxTicks?: number;
}

/** Tick steps in tenths of a percentage point, smallest first: 1, 2, 5, 10, 20, 25 and 50 points. */
const STEPS = [10, 20, 50, 100, 200, 250, 500];
/** The axis works in tenths of a point (0.001 of a rate) so that ticks are exact integers until the end. */
const UNITS = 1000;

/**
 * The axis for rates `values` (the data and the target; nulls are skipped). Exact by construction:
 * ticks are integers of tenths of a point divided by 1000 once, never sums of floating steps.
 */
export function percentAxis(values: readonly (number | null | undefined)[], options: PercentAxisOptions = {}): PercentAxis {
  const { from = 'fit', to = 'full', maxTicks = 6 } = options;
  const shown = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const clamp = (v: number) => Math.min(UNITS, Math.max(0, Math.round(v * UNITS)));
  const low = shown.length > 0 ? clamp(Math.min(...shown)) : 0;
  const high = shown.length > 0 ? clamp(Math.max(...shown)) : UNITS;

  let chosen: { bottom: number; top: number; step: number } | null = null;
  for (const step of STEPS) {
    const top = to === 'full' ? UNITS : Math.min(UNITS, (Math.floor(high / step) + 1) * step);
    let bottom = from === 'zero' ? 0 : Math.max(0, Math.floor((low - step / 2) / step) * step);
    // At least two intervals, so a flat series at 100 % still has an axis to read.
    if ((top - bottom) / step < 2) bottom = Math.max(0, top - 2 * step);
    chosen = { bottom, top, step };
    if ((top - bottom) / step + 1 <= maxTicks) break;
  }
  const { bottom, top, step } = chosen as { bottom: number; top: number; step: number };

  const ticks: number[] = [];
  for (let v = bottom; v <= top; v += step) ticks.push(v / UNITS);
  return { domain: [bottom / UNITS, top / UNITS], ticks, decimals: step % 10 === 0 ? 0 : 1 };
}

/**
 * The fewest decimals (0 to 2) that write a rate's percent exactly: a 97 % target is "97 %", a 97.5 %
 * one "97,5 %" (never rounded to "98 %"). Floating noise below 1e-9 of a point is ignored.
 */
export function exactPercentDigits(rate: number): number {
  for (let digits = 0; digits < 2; digits++) {
    const scaled = rate * 100 * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * 10 ** digits) return digits;
  }
  return 2;
}
