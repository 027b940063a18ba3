import { describe, expect, it } from 'vitest';
import type { DossierCounts } from '../../src/api/dossiers';
import { emptyCounts } from '../../src/domain/dossier-measures';
import { reportFigures, reportTotals, sortReportRows } from '../../src/domain/dossier-report';
import { periodDays } from '../../src/domain/period';

const counts = (over: Partial<DossierCounts>): DossierCounts => ({ ...emptyCounts(), ...over });

// Two communes over the same period. Each balances: carriedOver + received = resolved + pending + returned.
const a = counts({
  carriedOver: 10,
  receivedOnline: 30,
  receivedDirect: 60,
  receivedPostal: 10, // received 100
  resolvedEarly: 40,
  resolvedOnTime: 50,
  resolvedLate: 5, // resolved 95
  pendingOnTime: 8,
  pendingOverdue: 2, // pending 10
  returned: 5,
  apologyLetters: 4,
});
const b = counts({
  carriedOver: 0,
  receivedOnline: 1,
  receivedDirect: 9,
  receivedPostal: 0, // received 10
  resolvedEarly: 0,
  resolvedOnTime: 5,
  resolvedLate: 5, // resolved 10
  pendingOnTime: 0,
  pendingOverdue: 0,
  returned: 0,
  apologyLetters: 5,
});

describe('reportFigures', () => {
  it('adds the group totals and the three rates of one row', () => {
    const f = reportFigures(a);
    expect(f).toMatchObject({ received: 100, resolved: 95, pending: 10, carriedOver: 10, returned: 5, apologyLetters: 4 });
    expect(f.onTimeRate).toBeCloseTo(90 / 95, 12);
    expect(f.progressRate).toBeCloseTo(98 / 105, 12);
    expect(f.onlineShare).toBe(0.3);
  });

  it('gives "no data" (null), never 0 or NaN, for every rate whose denominator is empty', () => {
    const f = reportFigures(counts({ carriedOver: 3, pendingOnTime: 3 }));
    expect(f.onTimeRate).toBeNull(); // nothing resolved
    expect(f.onlineShare).toBeNull(); // nothing received
    expect(f.progressRate).toBe(1); // 3 pending within deadline ÷ 3
    const none = reportFigures(emptyCounts());
    expect([none.onTimeRate, none.progressRate, none.onlineShare]).toEqual([null, null, null]);
  });
});

describe('reportTotals by unit or field', () => {
  it('is Σ of the rows in every column, stocks included', () => {
    const t = reportTotals([a, b], 'unit');
    expect(t).toMatchObject({
      carriedOver: 10,
      receivedOnline: 31,
      receivedDirect: 69,
      receivedPostal: 10,
      received: 110,
      resolvedEarly: 40,
      resolvedOnTime: 55,
      resolvedLate: 10,
      resolved: 105,
      pendingOnTime: 8,
      pendingOverdue: 2,
      pending: 10,
      returned: 5,
      apologyLetters: 9,
    });
    expect(reportTotals([a, b], 'field')).toEqual(t);
  });

  it('computes the rates Σ÷Σ, not as the average of the rows’ rates', () => {
    const t = reportTotals([a, b], 'unit');
    expect(t.onTimeRate).toBeCloseTo(95 / 105, 12); // the average of rates would be (90/95 + 0.5) / 2 ≈ 0.7237
    expect(t.progressRate).toBeCloseTo(103 / 115, 12);
    expect(t.onlineShare).toBeCloseTo(31 / 110, 12);
  });

  it('has no data for the rates and zeros for the counts when there are no rows', () => {
    const t = reportTotals([], 'unit');
    expect(t.received).toBe(0);
    expect(t.pending).toBe(0);
    expect([t.onTimeRate, t.progressRate, t.onlineShare]).toEqual([null, null, null]);
  });
});

describe('reportTotals by month', () => {
  // Three months in a row: each month carries in what the previous one left pending.
  const jan = counts({ carriedOver: 5, receivedOnline: 10, resolvedOnTime: 9, pendingOnTime: 6 });
  const feb = counts({ carriedOver: 6, receivedDirect: 20, resolvedEarly: 15, resolvedLate: 1, pendingOnTime: 7, pendingOverdue: 2, returned: 1, apologyLetters: 1 });
  const mar = counts({ carriedOver: 9, receivedPostal: 4, receivedOnline: 6, resolvedOnTime: 12, pendingOnTime: 4, pendingOverdue: 3 });

  it('adds the flows, takes carried over from the first month and pending from the last', () => {
    const t = reportTotals([jan, feb, mar], 'month');
    expect(t).toMatchObject({
      carriedOver: 5,
      received: 40,
      receivedOnline: 16,
      receivedDirect: 20,
      receivedPostal: 4,
      resolved: 37,
      resolvedEarly: 15,
      resolvedOnTime: 21,
      resolvedLate: 1,
      pendingOnTime: 4,
      pendingOverdue: 3,
      pending: 7,
      returned: 1,
      apologyLetters: 1,
    });
    // The period still balances: 5 + 40 = 37 + 7 + 1.
    expect(t.carriedOver + t.received).toBe(t.resolved + t.pending + t.returned);
    // A plain Σ would count month-end stocks three times.
    expect(reportTotals([jan, feb, mar], 'unit').pending).toBe(22);
  });

  it('computes the rates from the combined counts', () => {
    const t = reportTotals([jan, feb, mar], 'month');
    expect(t.onTimeRate).toBeCloseTo(36 / 37, 12);
    expect(t.progressRate).toBeCloseTo((36 + 4) / (37 + 7), 12);
    expect(t.onlineShare).toBeCloseTo(16 / 40, 12);
  });
});

describe('periodDays', () => {
  it('gives the first and the last day of a period of months', () => {
    expect(periodDays({ from: '2022-01', to: '2022-12' })).toEqual({ first: '2022-01-01', last: '2022-12-31' });
    expect(periodDays({ from: '2024-02', to: '2024-02' })).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(periodDays({ from: '2023-04', to: '2023-06' })).toEqual({ first: '2023-04-01', last: '2023-06-30' });
  });
});

describe('sortReportRows', () => {
  const rows = [
    { id: 'x', figures: reportFigures(a) }, // onTime 0.947
    { id: 'none', figures: reportFigures(emptyCounts()) }, // no data
    { id: 'y', figures: reportFigures(b) }, // onTime 0.5
    { id: 'z', figures: reportFigures(counts({ resolvedOnTime: 4 })) }, // onTime 1
  ];
  it('orders on a rate either way and keeps "no data" last', () => {
    expect(sortReportRows(rows, 'onTimeRate', 'asc').map((r) => r.id)).toEqual(['y', 'x', 'z', 'none']);
    expect(sortReportRows(rows, 'onTimeRate', 'desc').map((r) => r.id)).toEqual(['z', 'x', 'y', 'none']);
  });
  it('orders on a count, ties in their original order', () => {
    expect(sortReportRows(rows, 'received', 'desc').map((r) => r.id)).toEqual(['x', 'y', 'none', 'z']);
    expect(sortReportRows(rows, 'received', 'asc').map((r) => r.id)).toEqual(['none', 'z', 'y', 'x']);
  });
});
