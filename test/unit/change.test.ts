import { describe, expect, it } from 'vitest';
import { countChange, rateChange, trendOf, verdictOf } from '../../src/domain/change';

describe('change against a base', () => {
  it('gives delta and relative change of a count', () => {
    expect(countChange(4977, 4500)).toEqual({ kind: 'count', delta: 477, relative: 477 / 4500 });
  });
  it('has no relative change on a zero base, but still a delta', () => {
    expect(countChange(12, 0)).toEqual({ kind: 'count', delta: 12, relative: null });
  });
  it('is none when a side has no data', () => {
    expect(countChange(null, 5)).toEqual({ kind: 'none' });
    expect(rateChange(0.98, null)).toEqual({ kind: 'none' });
  });
  it('measures a rate change in percentage points', () => {
    const c = rateChange(0.986, 0.971);
    expect(c.kind).toBe('rate');
    expect(c.kind === 'rate' && c.points).toBeCloseTo(1.5, 10);
  });
  it('judges good and bad news by polarity', () => {
    expect(verdictOf(countChange(10, 4), 'lower-is-better')).toBe('bad');
    expect(verdictOf(countChange(3, 4), 'lower-is-better')).toBe('good');
    expect(verdictOf(rateChange(0.99, 0.97), 'higher-is-better')).toBe('good');
    expect(verdictOf(rateChange(0.9702, 0.97), 'higher-is-better')).toBe('neutral');
    expect(trendOf(countChange(5, 5))).toBe('flat');
    expect(trendOf({ kind: 'none' })).toBe('unknown');
  });
});
