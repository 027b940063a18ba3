import { beforeAll, describe, expect, it } from 'vitest';
import { dossierCountKeys } from '../../src/api/dossiers';
import { feedbackCountsSchema } from '../../src/api/feedback';
import { getDataset } from '../../mocks/data';
import type { AggregateQuery, Dataset } from '../../mocks/data/dataset';
import { DOSSIER_COLUMNS } from '../../mocks/data/dossier-generator';
import { FEEDBACK_COLUMNS } from '../../mocks/data/feedback-generator';
import { createNationalDataset, NATIONAL_SEED } from '../../mocks/data/national';
import { createThuongTinDataset, THUONG_TIN_SEED } from '../../mocks/data/thuong-tin';
import { expectBalanced, expectQueryConsistent, fingerprint, mergerHandovers, pending, received, resolved } from './data-helpers';

describe('data columns', () => {
  it('stores the columns in the order of the API schemas', () => {
    expect([...DOSSIER_COLUMNS]).toEqual(dossierCountKeys);
    expect([...FEEDBACK_COLUMNS]).toEqual(Object.keys(feedbackCountsSchema.shape));
  });
});

describe('Thường Tín: aggregates add up', () => {
  let ds: Dataset;
  beforeAll(() => {
    ds = getDataset('thuong-tin');
  });

  const periods: [string, string][] = [
    ['2020-01', '2025-06'],
    ['2022-01', '2022-12'],
    ['2024-07', '2025-06'], // spans the merger
    ['2024-12', '2025-01'],
    ['2025-01', '2025-06'],
    ['2021-02', '2021-02'],
  ];

  it.each(periods)('for every level, %s..%s', (from, to) => {
    for (const level of ['all', 'district', 'commune'] as const) expectQueryConsistent(ds, { from, to, unit: 'all', level });
  });

  it('for one field and for one unit', () => {
    for (const f of ds.fields) expectQueryConsistent(ds, { from: '2020-01', to: '2025-06', unit: 'all', level: 'all', field: f.id });
    for (const u of ds.units) expectQueryConsistent(ds, { from: '2023-03', to: '2025-06', unit: u.id, level: 'all' });
  });

  it('chains every unit × field month by month and balances every cell', () => {
    let cells = 0;
    for (const u of ds.units) {
      for (const f of ds.fields) {
        const q: AggregateQuery = { from: '2020-01', to: '2025-06', unit: u.id, level: 'all', field: f.id };
        const rows = ds.dossiersByMonth(q);
        // A merger moves a dissolved unit's closing balance into its successor's first month.
        const handovers = mergerHandovers(ds, q, (id) => id === u.id).byMonth;
        rows.forEach((r, k) => {
          expectBalanced(r, `${u.id} ${f.id} ${r.month}`);
          if (k > 0) expect(r.carriedOver, `${u.id} ${f.id} ${r.month}`).toBe(pending(rows[k - 1] as typeof r) + (handovers.get(r.month) ?? 0));
          cells++;
        });
        if (!f.levels.includes(u.level)) expect(received(ds.dossierSummary(q))).toBe(0);
      }
    }
    expect(cells).toBe(ds.fields.length * 66 * ds.units.length);
  });

  it('sums flows over months and takes stocks at the ends', () => {
    const q: AggregateQuery = { from: '2023-01', to: '2023-12', unit: 'xa-khanh-ha', level: 'all' };
    const months = ds.dossiersByMonth(q);
    const s = ds.dossierSummary(q);
    expect(received(s)).toBe(months.reduce((t, r) => t + received(r), 0));
    expect(s.carriedOver).toBe(ds.dossierSummary({ ...q, from: '2022-12', to: '2022-12' }).pendingOnTime + ds.dossierSummary({ ...q, from: '2022-12', to: '2022-12' }).pendingOverdue);
    expect(pending(s)).toBe(pending(months[11] as typeof s));
  });

  it('answers an empty selection with zeros and no rows', () => {
    const none = ds.dossierSummary({ from: '2022-01', to: '2022-12', unit: 'huyen-thuong-tin', level: 'commune' });
    expect(Object.values(none).every((v) => v === 0)).toBe(true);
    expect(ds.dossiersByUnit({ from: '2025-01', to: '2025-06', unit: 'xa-thu-phu', level: 'all' })).toEqual([]);
    expect(ds.dossiersByMonth({ from: '2019-01', to: '2019-12', unit: 'all', level: 'all' })).toEqual([]);
    expect(received(ds.dossierSummary({ from: '2022-01', to: '2022-12', unit: 'all', level: 'all', field: 'no-such-field' }))).toBe(0);
  });

  it('keeps feedback consistent: handled ≤ due, satisfied ≤ rated, and the stock chains', () => {
    const all = ds.feedbackByUnit({ from: '2020-01', to: '2025-06', unit: 'all', level: 'all' });
    expect(all).toHaveLength(ds.units.length);
    for (const r of all) {
      expect(r.handledOnTime + r.handledLate).toBeLessThanOrEqual(r.dueInPeriod);
      expect(r.satisfied).toBeLessThanOrEqual(r.rated);
      // Every unit starts from an empty book, so what is left is what came in and was not handled.
      expect(r.pending).toBe(r.received - r.handledOnTime - r.handledLate);
      expect(r.handledOnTime / r.dueInPeriod).toBeGreaterThan(0.8);
    }
  });

  it('keeps every digital numerator within its denominator and in step with the dossiers', () => {
    for (const period of [['2020-01', '2020-12'], ['2024-07', '2025-06'], ['2025-01', '2025-06']] as const) {
      const q: AggregateQuery = { from: period[0], to: period[1], unit: 'all', level: 'all' };
      const digital = ds.digitalByUnit(q);
      const dossiers = new Map(ds.dossiersByUnit(q).map((r) => [r.unitId, r]));
      expect(digital.map((r) => r.unitId)).toEqual([...dossiers.keys()]);
      for (const { unitId, indicators } of digital) {
        for (const [k, r] of Object.entries(indicators)) {
          if (r.numerator > r.denominator) throw new Error(`${unitId} ${k}: ${r.numerator} > ${r.denominator}`);
        }
        const c = dossiers.get(unitId);
        if (!c) throw new Error(unitId);
        expect(indicators.onlineDossiers).toEqual({ numerator: c.receivedOnline, denominator: received(c) });
        expect(indicators.progress).toEqual({
          numerator: c.resolvedEarly + c.resolvedOnTime + c.pendingOnTime,
          denominator: resolved(c) + pending(c),
        });
        expect(indicators.complaintDossiers.denominator).toBe(resolved(c));
      }
    }
  });
});

describe('national: aggregates add up (sampled)', () => {
  let ds: Dataset;
  beforeAll(() => {
    ds = getDataset('national');
  });

  it('has 3,321 communes and the root office', () => {
    expect(ds.units).toHaveLength(3322);
    expect(ds.units.filter((u) => u.level === 'commune')).toHaveLength(3321);
    expect(ds.units.find((u) => u.id === ds.meta.rootUnitId)?.level).toBe('district');
    expect(new Set(ds.units.map((u) => u.id)).size).toBe(3322);
  });

  it('adds up over the whole coverage and the whole country', () => {
    const { summary, byUnit } = expectQueryConsistent(ds, { from: '2020-01', to: '2025-06', unit: 'all', level: 'all' });
    expect(byUnit).toHaveLength(3322);
    // A commune of ~25,000 people handles several thousand dossiers a year.
    expect(received(summary) / 3321 / 5.5).toBeGreaterThan(3000);
    expect(received(summary) / 3321 / 5.5).toBeLessThan(15000);
  });

  it('adds up for a level, a field, a short period', () => {
    expectQueryConsistent(ds, { from: '2024-07', to: '2025-06', unit: 'all', level: 'commune' });
    expectQueryConsistent(ds, { from: '2022-01', to: '2022-12', unit: 'all', level: 'district' });
    expectQueryConsistent(ds, { from: '2021-03', to: '2021-05', unit: 'all', level: 'all', field: 'dat-dai' });
  });

  it('chains sampled units × fields month by month', () => {
    for (const id of ['tw', 'xa-0001', 'xa-1234', 'xa-2718', 'xa-3321']) {
      expectQueryConsistent(ds, { from: '2020-01', to: '2025-06', unit: id, level: 'all' });
      for (const f of ds.fields) {
        const rows = ds.dossiersByMonth({ from: '2020-01', to: '2025-06', unit: id, level: 'all', field: f.id });
        rows.forEach((r, k) => {
          expectBalanced(r, `${id} ${f.id} ${r.month}`);
          if (k > 0) expect(r.carriedOver).toBe(pending(rows[k - 1] as typeof r));
        });
      }
    }
  });

  it('keeps every digital numerator within its denominator', () => {
    const rows = ds.digitalByUnit({ from: '2025-01', to: '2025-06', unit: 'all', level: 'all' });
    expect(rows).toHaveLength(3322);
    for (const { unitId, indicators } of rows)
      for (const [k, r] of Object.entries(indicators)) if (r.numerator > r.denominator) throw new Error(`${unitId} ${k}`);
  });
});

describe('determinism', () => {
  const ttMonths = ['2020-01', '2021-08', '2022-12', '2024-12', '2025-01', '2025-06'];

  it('Thường Tín: the same seed gives the same data, another seed other data', () => {
    const a = fingerprint(createThuongTinDataset(THUONG_TIN_SEED), ttMonths);
    const b = fingerprint(createThuongTinDataset(THUONG_TIN_SEED), ttMonths);
    const c = fingerprint(createThuongTinDataset(THUONG_TIN_SEED + 1), ttMonths);
    expect(a).toBe(b);
    expect(a).toBe(fingerprint(getDataset('thuong-tin'), ttMonths));
    expect(c).not.toBe(a);
    // The article's fact holds whatever the seed.
    const other = createThuongTinDataset(THUONG_TIN_SEED + 1).dossierSummary({ from: '2022-01', to: '2022-12', unit: 'huyen-thuong-tin', level: 'all' });
    expect(received(other)).toBe(4977);
    expect(other.resolvedLate).toBe(0);
  });

  it('national: the same seed gives the same data, another seed other data', () => {
    const months = ['2020-01', '2023-06', '2025-06'];
    const a = fingerprint(getDataset('national'), months);
    expect(fingerprint(createNationalDataset(NATIONAL_SEED), months)).toBe(a);
    const other = createNationalDataset(NATIONAL_SEED + 1);
    expect(fingerprint(other, months)).not.toBe(a);
    expect(other.dossierSummary({ from: '2020-01', to: '2025-06', unit: 'all', level: 'all' })).not.toEqual(
      getDataset('national').dossierSummary({ from: '2020-01', to: '2025-06', unit: 'all', level: 'all' }),
    );
  }, 20_000);
});
