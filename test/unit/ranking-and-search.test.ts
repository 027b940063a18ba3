import { describe, expect, it } from 'vitest';
import { belowTarget, rankBy, rankingWindow, rankingWindowRows, type RankingWindowEntry } from '../../src/domain/ranking';
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

describe('rankingWindow', () => {
  const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const opts = { lowest: 20, highest: 10, showAllUpTo: 40 };
  /** Items as their numbers, gaps as "…from-to(hidden)" with 1-based positions. */
  const show = (entries: RankingWindowEntry<number>[]) =>
    entries.map((e) => (e.kind === 'item' ? e.item : `…${e.from + 1}-${e.to + 1}(${e.hidden})`));

  it('shows everything, uncut, up to showAllUpTo items (Thường Tín: 29 communes)', () => {
    const w = rankingWindow(ranks(29), opts);
    expect(w.cut).toBe(false);
    expect(w.shown).toBe(29);
    expect(w.hidden).toBe(0);
    expect(w.entries.map((e) => e.kind === 'item' && e.position)).toEqual(ranks(29).map((r) => r - 1));
    expect(rankingWindow(ranks(40), opts).cut).toBe(false);
  });

  it('keeps the 10 best and the 20 lowest of 3,321, with one break between them', () => {
    const w = rankingWindow(ranks(3321), opts);
    expect(w.cut).toBe(true);
    expect(w.shown).toBe(30);
    expect(w.hidden).toBe(3291);
    expect(w.entries).toHaveLength(31);
    expect(show(w.entries)).toEqual([...ranks(10), '…11-3301(3291)', ...ranks(3321).slice(3301)]);
    expect(w.entries[30]).toEqual({ kind: 'item', item: 3321, position: 3320 });
  });

  it('cuts from 41 items on', () => {
    const w = rankingWindow(ranks(41), opts);
    expect(show(w.entries)).toEqual([...ranks(10), '…11-21(11)', ...ranks(41).slice(21)]);
    expect(w.shown).toBe(30);
  });

  it('shows a kept item in the middle between two breaks', () => {
    const w = rankingWindow(ranks(3321), { ...opts, keep: (r) => r === 1502 });
    expect(w.shown).toBe(31);
    expect(w.hidden).toBe(3290);
    expect(show(w.entries).slice(9, 14)).toEqual([10, '…11-1501(1491)', 1502, '…1503-3301(1799)', 3302]);
    expect(w.entries).toHaveLength(33);
  });

  it('adds no break for a kept item next to a shown group', () => {
    expect(show(rankingWindow(ranks(100), { ...opts, keep: (r) => r === 11 }).entries).slice(9, 13)).toEqual([10, 11, '…12-80(69)', 81]);
    expect(show(rankingWindow(ranks(100), { ...opts, keep: (r) => r === 80 }).entries).slice(9, 13)).toEqual([10, '…11-79(69)', 80, 81]);
    expect(rankingWindow(ranks(100), { ...opts, keep: (r) => r === 3 }).shown).toBe(30);
  });

  it('does not cut when the two groups cover everything', () => {
    const w = rankingWindow(ranks(25), { lowest: 20, highest: 10, showAllUpTo: 5 });
    expect(w.cut).toBe(false);
    expect(w.entries).toHaveLength(25);
  });

  it('tells how many rows to expect before the data are in', () => {
    expect(rankingWindowRows(29, opts)).toBe(29);
    expect(rankingWindowRows(40, opts)).toBe(40);
    expect(rankingWindowRows(41, opts)).toBe(31);
    expect(rankingWindowRows(3321, opts)).toBe(31);
    expect(rankingWindowRows(0, opts)).toBe(0);
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
