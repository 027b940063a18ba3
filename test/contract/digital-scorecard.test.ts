import { describe, expect, it } from 'vitest';
import { digitalIndicatorKeys, digitalIndicatorsSchema, digitalRankingSchema, getDigitalByMonth, getDigitalByUnit, getDigitalRanking, getDigitalSummary } from '../../src/api/digital';
import { scoreIndicators } from '../../src/domain/scorecard-766';
import { communeId, expectApiError, setupMockBackend, signInAs } from './helpers';

setupMockBackend();

const period = { from: '2022-01', to: '2022-12' } as const;

describe('GET /digital/by-month', () => {
  it('gives one row per month whose flows add up to the period’s summary', async () => {
    await signInAs('leader');
    const [byMonth, summary] = await Promise.all([getDigitalByMonth({ ...period, unit: communeId() }), getDigitalSummary({ ...period, unit: communeId() })]);
    expect(byMonth.rows.map((r) => r.month)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2022-${m}`));
    for (const key of ['onlineDossiers', 'digitisedDossiers', 'dossiersPaidOnline', 'feedbackOnTime'] as const) {
      expect(byMonth.rows.reduce((s, r) => s + r.indicators[key].numerator, 0), key).toBe(summary.totals[key].numerator);
      expect(byMonth.rows.reduce((s, r) => s + r.indicators[key].denominator, 0), key).toBe(summary.totals[key].denominator);
    }
    expect(Object.keys(byMonth.rows[0]!.indicators).sort()).toEqual([...digitalIndicatorKeys].sort());
  });
});

describe('GET /digital/ranking', () => {
  it('ranks the communes by total, best first, with the same scores as the scorecard of each one', async () => {
    await signInAs('leader');
    const [ranking, byUnit] = await Promise.all([
      getDigitalRanking({ ...period, level: 'commune', pageSize: 100 }),
      getDigitalByUnit({ ...period, level: 'commune' }),
    ]);
    expect(ranking.totalRows).toBe(byUnit.rows.length);
    expect(ranking.rows.map((r) => r.rank)).toEqual(ranking.rows.map((_, i) => i + 1));
    const totals = ranking.rows.map((r) => r.total as number);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const first = ranking.rows[0]!;
    const own = byUnit.rows.find((r) => r.unitId === first.unitId)!;
    expect(first.total).toBeCloseTo(scoreIndicators(own.indicators).total as number, 10);
  });

  it('pages, and places a unit with 5 neighbours on each side', async () => {
    await signInAs('leader');
    const all = await getDigitalRanking({ ...period, level: 'commune', pageSize: 100 });
    const page2 = await getDigitalRanking({ ...period, level: 'commune', page: 2, pageSize: 5, around: all.rows[15]!.unitId });
    expect(page2.rows.map((r) => r.unitId)).toEqual(all.rows.slice(5, 10).map((r) => r.unitId));
    expect(page2.around?.map((r) => r.rank)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(page2.query).toMatchObject({ by: 'total', page: 2, pageSize: 5, level: 'commune' });
  });

  it('ranks by one group’s share of its points', async () => {
    await signInAs('leader');
    const r = await getDigitalRanking({ ...period, level: 'commune', by: 'digitisation', pageSize: 100 });
    const shares = r.rows.map((x) => x.groups.digitisation.earned / x.groups.digitisation.max);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it('a page size over 500 is a 422 with a Vietnamese message at the field', async () => {
    await signInAs('leader');
    await expectApiError(getDigitalRanking({ ...period, pageSize: 501 }), {
      kind: 'validation',
      status: 422,
      fields: { pageSize: ['Mỗi trang không quá 500 dòng'] },
    });
  });

  it('the contract refuses an answer that lacks a group or carries an unknown one', () => {
    const row = { rank: 1, unitId: 'x', total: 50, groups: { transparency: { earned: 1, max: 18 } } };
    const body = (r: unknown) => ({ query: { ...period, unit: 'all', level: 'all', by: 'total', page: 1, pageSize: 20 }, totalRows: 1, rows: [r], around: null });
    expect(digitalRankingSchema.safeParse(body(row)).success).toBe(false);
    const g = { earned: 1, max: 1 };
    const six = { transparency: g, progress: g, onlineServices: g, onlinePayment: g, digitisation: g, satisfaction: g };
    expect(digitalRankingSchema.safeParse(body({ ...row, groups: six })).success).toBe(true);
    expect(digitalRankingSchema.safeParse(body({ ...row, groups: { ...six, speed: g } })).success).toBe(false);
  });
});

describe('the digital indicators in an answer', () => {
  it('are refused when one is missing or an unknown one is added, so no score is computed from a partial answer', () => {
    const all = Object.fromEntries(digitalIndicatorKeys.map((k) => [k, { numerator: 1, denominator: 2 }]));
    expect(digitalIndicatorsSchema.safeParse(all).success).toBe(true);
    const { progress: _progress, ...lacking } = all;
    expect(digitalIndicatorsSchema.safeParse(lacking).success).toBe(false);
    expect(digitalIndicatorsSchema.safeParse({ ...all, speedOfLight: { numerator: 1, denominator: 1 } }).success).toBe(false);
  });
});
