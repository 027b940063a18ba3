import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, monthCount, monthsOf, parsePeriod, samePeriodLastYear, shapeOf } from '../../src/domain/period';

const coverage = { from: '2020-01', to: '2025-06' };
const fallback = { from: '2025-01', to: '2025-06' };

describe('period maths', () => {
  it('steps across years', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2020-01', -1)).toBe('2019-12');
    expect(monthsOf({ from: '2024-11', to: '2025-02' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthCount({ from: '2022-01', to: '2022-12' })).toBe(12);
  });
  it('finds the same period last year', () => {
    expect(samePeriodLastYear({ from: '2022-01', to: '2022-12' })).toEqual({ from: '2021-01', to: '2021-12' });
  });
  it('names years, quarters and halves', () => {
    expect(shapeOf({ from: '2022-01', to: '2022-12' })).toEqual({ kind: 'year', year: 2022 });
    expect(shapeOf({ from: '2023-04', to: '2023-06' })).toEqual({ kind: 'quarter', year: 2023, quarter: 2 });
    expect(shapeOf({ from: '2025-01', to: '2025-06' })).toEqual({ kind: 'half', year: 2025, half: 1 });
    expect(shapeOf({ from: '2023-02', to: '2023-04' }).kind).toBe('months');
  });
});

describe('reading a period from the URL', () => {
  it('takes the fallback when absent', () => {
    expect(parsePeriod(null, null, fallback, coverage)).toEqual({ period: fallback, problem: null });
  });
  it('accepts a valid period', () => {
    expect(parsePeriod('2022-01', '2022-12', fallback, coverage)).toEqual({
      period: { from: '2022-01', to: '2022-12' },
      problem: null,
    });
  });
  it('reports a reversed, malformed or uncovered period and falls back', () => {
    expect(parsePeriod('2022-12', '2022-01', fallback, coverage)).toEqual({ period: fallback, problem: 'reversed' });
    expect(parsePeriod('2022-13', '2022-12', fallback, coverage).problem).toBe('malformed');
    expect(parsePeriod('abc', null, fallback, coverage).problem).toBe('malformed');
    expect(parsePeriod('2019-01', '2019-12', fallback, coverage).problem).toBe('outside-coverage');
  });
});

describe('days of periods', () => {
  it('counts whole days between dates, across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2021-09-21', '2025-07-05')).toBe(1383);
    expect(daysBetween('2025-07-05', '2025-07-05')).toBe(0);
  });
});
