import { describe, expect, it } from 'vitest';
import type { DossierCounts } from '../../src/api/dossiers';
import { counts } from '../setup/dossier-counts';
import { coveredPart, monthlyOnTime, monthlyReceipts, periodTarget, yearsOf } from '../../src/domain/monthly-series';

const row = (month: string, c: Partial<DossierCounts>): DossierCounts & { month: string } => ({ month, ...counts(c) });

const targets: Record<number, number> = { 2022: 0.97, 2023: 0.975 };
const targetOf = (y: number) => targets[y] ?? null;

describe('monthly series', () => {
  it('puts each month beside the same month last year, null where last year has no row', () => {
    const series = monthlyReceipts(
      { from: '2022-11', to: '2023-01' },
      [row('2022-11', { receivedDirect: 10, receivedOnline: 5, receivedPostal: 1 }), row('2023-01', { receivedDirect: 7 })],
      [row('2021-11', { receivedDirect: 12 }), row('2021-12', { receivedOnline: 3, receivedDirect: 4 })],
    );
    expect(series).toEqual([
      { month: '2022-11', direct: 10, online: 5, postal: 1, received: 16, lastYear: 12 },
      { month: '2022-12', direct: 0, online: 0, postal: 0, received: 0, lastYear: 7 },
      { month: '2023-01', direct: 7, online: 0, postal: 0, received: 7, lastYear: null },
    ]);
  });

  it('gives each month its on-time rate (null when nothing was resolved) and its own year’s target', () => {
    const series = monthlyOnTime(
      { from: '2022-12', to: '2023-01' },
      [row('2022-12', { resolvedEarly: 90, resolvedOnTime: 6, resolvedLate: 4 }), row('2023-01', {})],
      targetOf,
    );
    expect(series).toEqual([
      { month: '2022-12', onTime: 96, resolved: 100, rate: 0.96, target: 0.97 },
      { month: '2023-01', onTime: 0, resolved: 0, rate: null, target: 0.975 },
    ]);
  });

  it('judges a whole period by the target of the year it ends in', () => {
    expect(periodTarget({ from: '2022-07', to: '2023-06' }, targetOf)).toEqual({ year: 2023, value: 0.975 });
    expect(periodTarget({ from: '2024-01', to: '2024-06' }, targetOf)).toBeNull();
  });

  it('cuts a period to the coverage and lists its years', () => {
    const coverage = { from: '2020-01', to: '2025-06' };
    expect(coveredPart({ from: '2019-07', to: '2020-06' }, coverage)).toEqual({ from: '2020-01', to: '2020-06' });
    expect(coveredPart({ from: '2019-01', to: '2019-12' }, coverage)).toBeNull();
    expect(yearsOf({ from: '2022-07', to: '2024-02' })).toEqual([2022, 2023, 2024]);
  });
});
