import { describe, expect, it } from 'vitest';
import { belowTarget, rankBy } from '../../src/domain/ranking';
import { foldVietnamese, matchesSearch } from '../../src/domain/text';

describe('rankBy', () => {
  const units = [
    { id: 'a', rate: 0.97 },
    { id: 'b', rate: null },
    { id: 'c', rate: 0.99 },
    { id: 'd', rate: 0.97 },
    { id: 'e', rate: 0.92 },
  ];
  it('puts the best first, shares ranks on ties, leaves no-data unranked at the end', () => {
    const r = rankBy(units, (u) => u.rate);
    expect(r.map((x) => [x.item.id, x.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['d', 2],
      ['e', 4],
      ['b', null],
    ]);
  });
  it('ranks lower-is-better measures ascending', () => {
    expect(rankBy(units, (u) => u.rate, 'lower-is-better').map((x) => x.item.id)).toEqual(['e', 'a', 'd', 'c', 'b']);
  });
  it('says a rate is below target only when both exist', () => {
    expect(belowTarget(0.95, 0.98)).toBe(true);
    expect(belowTarget(0.98, 0.98)).toBe(false);
    expect(belowTarget(null, 0.98)).toBe(false);
    expect(belowTarget(0.5, null)).toBe(false);
  });
});

describe('search without diacritics', () => {
  it('folds Vietnamese letters', () => {
    expect(foldVietnamese('Thư Phú')).toBe('thu phu');
    expect(foldVietnamese('Dũng Tiến')).toBe('dung tien');
    expect(foldVietnamese('ĐƯỜNG')).toBe('duong');
  });
  it('finds by every word in any order', () => {
    expect(matchesSearch('Xã Thư Phú', 'thu phu')).toBe(true);
    expect(matchesSearch('Xã Thư Phú', 'phu thu')).toBe(true);
    expect(matchesSearch('Xã Thắng Lợi', 'thu phu')).toBe(false);
    expect(matchesSearch('Xã Văn Phú', '')).toBe(true);
  });
});
