import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/domain/format';
import { exactPercentDigits, percentAxis } from '../../src/domain/percent-axis';

describe('percentAxis', () => {
  it('Thường Tín 2022: rates 97,4–100 % and the 95 % target give 94–100 % every 2 points', () => {
    expect(percentAxis([0.974, 0.986, 1, 0.95])).toEqual({ domain: [0.94, 1], ticks: [0.94, 0.96, 0.98, 1], decimals: 0 });
  });

  it('a narrow range: every point, the lowest value half a step above the bottom', () => {
    expect(percentAxis([0.981, 0.997, 1])).toEqual({ domain: [0.97, 1], ticks: [0.97, 0.98, 0.99, 1], decimals: 0 });
    // 97,0 % exactly would sit on the bottom: the axis starts a step lower.
    expect(percentAxis([0.97]).domain).toEqual([0.96, 1]);
  });

  it('a flat 100 % still has two intervals', () => {
    expect(percentAxis([1, 1, 1])).toEqual({ domain: [0.98, 1], ticks: [0.98, 0.99, 1], decimals: 0 });
  });

  it('a wide range takes a larger step and never goes below 0', () => {
    expect(percentAxis([0.62, 0.9])).toEqual({ domain: [0.5, 1], ticks: [0.5, 0.6, 0.7, 0.8, 0.9, 1], decimals: 0 });
    expect(percentAxis([0.05, 1])).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], decimals: 0 });
  });

  it('a share from zero to the first tick above the data and target (the online share)', () => {
    // Xã Tân Minh 2022: 6–17 % online against a 20 % target; the target is not drawn on the frame.
    expect(percentAxis([0.063, 0.171, 0.2], { from: 'zero', to: 'fit' })).toEqual({
      domain: [0, 0.25],
      ticks: [0, 0.05, 0.1, 0.15, 0.2, 0.25],
      decimals: 0,
    });
    expect(percentAxis([0.43, 0.59], { from: 'zero', to: 'fit' })).toEqual({
      domain: [0, 0.6],
      ticks: [0, 0.2, 0.4, 0.6],
      decimals: 0,
    });
    expect(percentAxis([0.96, 1], { from: 'zero', to: 'fit' }).domain).toEqual([0, 1]);
  });

  it('no data: 0–100 %', () => {
    expect(percentAxis([null, null])).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], decimals: 0 });
  });

  it('keeps to maxTicks', () => {
    expect(percentAxis([0.9], { maxTicks: 4 }).ticks).toEqual([0.85, 0.9, 0.95, 1]);
    expect(percentAxis([0.9], { maxTicks: 12 }).ticks).toEqual([0.89, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 1]);
  });

  it('every tick is written exactly with the axis’ decimals: no 97,5 % shown as "98 %"', () => {
    const cases: (number | null)[][] = [[0.975, 1], [0.9, 0.95], [0.333], [0.12, 0.2], [0.5], [0.999], [0]];
    for (const values of cases) {
      for (const options of [{}, { from: 'zero' as const, to: 'fit' as const }]) {
        const axis = percentAxis(values, options);
        for (const tick of axis.ticks) {
          const written = formatPercent(tick, 'en', axis.decimals);
          expect(Number(written.replace('%', '')) / 100).toBeCloseTo(tick, 12);
          // Exact in binary as far as a tick can be: no 0.9400000000000001.
          expect(String(tick).length).toBeLessThanOrEqual(5);
        }
        expect(axis.ticks[0]).toBe(axis.domain[0]);
        expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
        for (const v of values) if (v !== null) expect(v).toBeGreaterThanOrEqual(axis.domain[0]);
      }
    }
  });
});

describe('exactPercentDigits', () => {
  it('writes a target with the decimals it has, no more', () => {
    expect(exactPercentDigits(0.97)).toBe(0);
    expect(exactPercentDigits(0.2)).toBe(0);
    expect(exactPercentDigits(1)).toBe(0);
    expect(exactPercentDigits(0.975)).toBe(1);
    expect(exactPercentDigits(0.07)).toBe(0);
    expect(exactPercentDigits(0.9825)).toBe(2);
    expect(formatPercent(0.975, 'vi', exactPercentDigits(0.975))).toBe('97,5\u00a0%');
  });
});
