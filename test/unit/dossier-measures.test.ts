import { describe, expect, it } from 'vitest';
import type { DossierCounts } from '../../src/api/dossiers';
import {
  combineMonths,
  emptyCounts,
  handled,
  lateRate,
  onlineShare,
  onTimeRate,
  overdueShare,
  pending,
  progressRate,
  received,
  resolved,
  sumCounts,
} from '../../src/domain/dossier-measures';
import { pooledRate, rate } from '../../src/domain/rate';

const counts = (over: Partial<DossierCounts>): DossierCounts => ({ ...emptyCounts(), ...over });

describe('rate', () => {
  it('divides', () => {
    expect(rate(3, 4)).toBe(0.75);
  });
  it('is no data, never 0 or NaN, for an empty denominator', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(5, 0)).toBeNull();
    expect(rate(Number.NaN, 3)).toBeNull();
  });
  it('pools Σ numerators ÷ Σ denominators, not the average of rates', () => {
    const rows = [
      { ok: 99, all: 100 },
      { ok: 1, all: 10 },
    ];
    // average of rates would be (0.99 + 0.1) / 2 = 0.545
    expect(pooledRate(rows, (r) => r.ok, (r) => r.all)).toBeCloseTo(100 / 110, 12);
    expect(pooledRate([], (r: { a: number }) => r.a, (r) => r.a)).toBeNull();
  });
});

describe('dossier measures', () => {
  const c = counts({
    carriedOver: 40,
    receivedOnline: 300,
    receivedDirect: 650,
    receivedPostal: 50,
    resolvedEarly: 500,
    resolvedOnTime: 420,
    resolvedLate: 30,
    pendingOnTime: 35,
    pendingOverdue: 5,
    returned: 20,
    apologyLetters: 30,
  });

  it('counts received, resolved, pending and handled', () => {
    expect(received(c)).toBe(1000);
    expect(resolved(c)).toBe(950);
    expect(pending(c)).toBe(40);
    expect(handled(c)).toBe(1040);
  });

  it('computes the article measure: (early + on time) ÷ resolved', () => {
    expect(onTimeRate(c)).toBeCloseTo(920 / 950, 12);
    expect(lateRate(c)).toBeCloseTo(30 / 950, 12);
  });

  it('computes the 766 progress measure: (early + on time + pending in time) ÷ (resolved + pending)', () => {
    expect(progressRate(c)).toBeCloseTo(955 / 990, 12);
  });

  it('computes the online share over new dossiers', () => {
    expect(onlineShare(c)).toBe(0.3);
    expect(overdueShare(c)).toBe(0.125);
  });

  it('gives no data for a period with nothing resolved or received', () => {
    const empty = emptyCounts();
    expect(onTimeRate(empty)).toBeNull();
    expect(onlineShare(empty)).toBeNull();
    expect(progressRate(empty)).toBeNull();
  });

  it('is 100 % when nothing was late (the 2022 district figure)', () => {
    expect(onTimeRate(counts({ resolvedEarly: 3000, resolvedOnTime: 1900 }))).toBe(1);
  });

  it('adds two units Σ÷Σ: the pooled rate differs from the average of their rates', () => {
    const big = counts({ resolvedEarly: 900, resolvedOnTime: 90, resolvedLate: 10 }); // 99 %
    const small = counts({ resolvedEarly: 5, resolvedOnTime: 4, resolvedLate: 1 }); // 90 %
    const total = sumCounts([big, small]);
    expect(resolved(total)).toBe(1010);
    expect(onTimeRate(total)).toBeCloseTo(999 / 1010, 12); // 98.91 %
    const averageOfRates = ((onTimeRate(big) ?? 0) + (onTimeRate(small) ?? 0)) / 2; // 94.5 %
    expect(averageOfRates).toBeCloseTo(0.945, 12);
    expect(onTimeRate(total)).not.toBeCloseTo(averageOfRates, 2);
  });

  it('joins months: flows add, carried over from the first month, pending from the last', () => {
    const jan = counts({ carriedOver: 10, receivedDirect: 100, resolvedOnTime: 95, pendingOnTime: 15 });
    const feb = counts({ carriedOver: 15, receivedDirect: 80, resolvedOnTime: 85, pendingOnTime: 8, pendingOverdue: 2 });
    const q = combineMonths([jan, feb]);
    expect(q.carriedOver).toBe(10);
    expect(received(q)).toBe(180);
    expect(resolved(q)).toBe(180);
    expect(q.pendingOnTime).toBe(8);
    expect(q.pendingOverdue).toBe(2);
    expect(q.carriedOver + received(q)).toBe(resolved(q) + pending(q) + q.returned);
    expect(combineMonths([])).toEqual(emptyCounts());
  });
});
