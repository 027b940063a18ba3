import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/api/actions';
import type { CriterionResult, Finding } from '../../src/api/inspections';
import type { InspectionTemplate } from '../../src/api/inspection-template';
import { getDataset } from '../../mocks/data';
import { remediationSnapshot } from '../../src/domain/action-status';
import {
  findingsByArea,
  inspectionResult,
  latestResults,
  overdueAtPeriodEnd,
  scoreBand,
  sortByTotal,
  unitResultsOverTime,
  verifiedOn,
  verifiedOnTimeByUnit,
  verifiedOnTimeShare,
  type ResultInspection,
} from '../../src/domain/inspection-results';

// Three areas: 1 has 2 + 1 + 2 points, 2 has 3 + 1, 3 has 2.
const template: InspectionTemplate = {
  version: 1,
  areas: [
    { id: 1, name: '', criteria: [{ id: 'a1-c1', text: '', points: 2 }, { id: 'a1-c2', text: '', points: 1 }, { id: 'a1-c3', text: '', points: 2 }] },
    { id: 2, name: '', criteria: [{ id: 'a2-c1', text: '', points: 3 }, { id: 'a2-c2', text: '', points: 1 }] },
    { id: 3, name: '', criteria: [{ id: 'a3-c1', text: '', points: 2 }] },
  ] as InspectionTemplate['areas'],
};

const r = (criterionId: string, result: CriterionResult['result']): CriterionResult => ({ criterionId, result, note: '', evidence: [] });
const finding = (id: string, areaId: number, title: string): Finding => ({ id, areaId, title, description: '', severity: 'low', cause: '' });

function inspection(over: Partial<ResultInspection> & Pick<ResultInspection, 'id' | 'unitId'>): ResultInspection {
  return { status: 'finalised', plannedDate: '2024-03-01', startDate: '2024-03-01', endDate: '2024-03-02', checklist: [], findings: [], ...over };
}

describe('score bands', () => {
  it('bands the score as its whole percent shows: 90 % good, 80 % fair, 65 % average, below weak', () => {
    expect([1, 0.9, 0.895, 0.894, 0.8, 0.795, 0.794, 0.65, 0.645, 0.644, 0].map(scoreBand)).toEqual([
      'good', 'good', 'good', 'fair', 'fair', 'fair', 'average', 'average', 'average', 'weak', 'weak',
    ]);
  });
});

describe('an inspection’s results by area', () => {
  it('scores the areas in scope, marks the others out of scope, and totals Σ achieved ÷ Σ applicable', () => {
    // Area 1: 2 + 2 of 5 (a1-c2 failed) = 80 %; area 2 out of scope; area 3: 0 of 2 = 0 %. Total 4 of 7.
    const res = inspectionResult(template, inspection({
      id: 'i1',
      unitId: 'xa-a',
      areaIds: [1, 3],
      checklist: [r('a1-c1', 'pass'), r('a1-c2', 'fail'), r('a1-c3', 'pass'), r('a2-c1', 'pass'), r('a3-c1', 'fail')],
    }));
    expect(res.areas).toEqual([
      { areaId: 1, kind: 'scored', score: 0.8, band: 'fair', achieved: 4, applicable: 5 },
      { areaId: 2, kind: 'out-of-scope' },
      { areaId: 3, kind: 'scored', score: 0, band: 'weak', achieved: 0, applicable: 2 },
    ]);
    expect(res.total).toBe(4 / 7);
    expect(res.totalBand).toBe('weak');
    expect(res.day).toBe('2024-03-02');
    expect(res.year).toBe(2024);
  });

  it('tells an area where nothing applied from one left unmarked, neither of them 0 %', () => {
    const res = inspectionResult(template, inspection({
      id: 'i1',
      unitId: 'xa-a',
      checklist: [r('a1-c1', 'pass'), r('a1-c2', 'pass'), r('a1-c3', 'pass'), r('a2-c1', 'na'), r('a2-c2', 'na')],
    }));
    expect(res.areas.map((a) => a.kind)).toEqual(['scored', 'not-applicable', 'not-assessed']);
    expect(res.total).toBe(1);
  });

  it('takes every area as in scope when the record has no areaIds', () => {
    const res = inspectionResult(template, inspection({ id: 'i1', unitId: 'xa-a', checklist: [r('a2-c1', 'pass'), r('a2-c2', 'fail')] }));
    expect(res.areas[1]).toEqual({ areaId: 2, kind: 'scored', score: 0.75, band: 'average', achieved: 3, applicable: 4 });
  });
});

describe('the heat map’s latest results', () => {
  const all = [r('a1-c1', 'pass'), r('a1-c2', 'pass'), r('a1-c3', 'pass'), r('a2-c1', 'pass'), r('a2-c2', 'pass'), r('a3-c1', 'pass')];
  const inspections = [
    inspection({ id: 'old', unitId: 'xa-a', endDate: '2022-05-02', checklist: [r('a1-c1', 'fail')] }),
    inspection({ id: 'new', unitId: 'xa-a', endDate: '2024-05-02', checklist: all }),
    inspection({ id: 'open', unitId: 'xa-a', status: 'in_progress', endDate: null, startDate: '2025-01-10', checklist: [r('a1-c1', 'fail')] }),
    inspection({ id: 'b', unitId: 'xa-b', endDate: '2023-01-01', checklist: [r('a2-c1', 'pass'), r('a2-c2', 'fail')] }),
    inspection({ id: 'c', unitId: 'xa-c', status: 'planned', startDate: null, endDate: null, plannedDate: '2023-01-01' }),
  ];

  it('takes each unit’s latest finalised inspection on or before the day, leaving out units with none', () => {
    expect(latestResults(template, inspections, '2025-07-05').map((x) => [x.unitId, x.inspectionId, x.total])).toEqual([
      ['xa-a', 'new', 1],
      ['xa-b', 'b', 0.75],
    ]);
    // At the end of 2022, xa-b had not been inspected and xa-a stood at its 2022 visit (0 of 2 points).
    expect(latestResults(template, inspections, '2022-12-31').map((x) => [x.unitId, x.inspectionId, x.total])).toEqual([['xa-a', 'old', 0]]);
  });

  it('sorts by total, highest or lowest first, with no total last', () => {
    const rows = [
      { unitId: 'a', total: 0.5 },
      { unitId: 'b', total: null },
      { unitId: 'c', total: 0.9 },
      { unitId: 'd', total: 0.5 },
    ];
    expect(sortByTotal(rows, 'desc').map((x) => x.unitId)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortByTotal(rows, 'asc').map((x) => x.unitId)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('lists one unit’s finalised inspections oldest first', () => {
    expect(unitResultsOverTime(template, inspections, 'xa-a').map((x) => [x.year, x.total])).toEqual([[2022, 0], [2024, 1]]);
  });
});

describe('the most frequent findings by area', () => {
  it('counts findings and inspections per area and the repeated titles, retyped titles together', () => {
    const res = findingsByArea(template, [
      inspection({ id: 'i1', unitId: 'xa-a', findings: [finding('f1', 1, 'Kế hoạch chậm'), finding('f2', 1, 'Tuyên truyền ít'), finding('f3', 3, 'Thiếu ghế')] }),
      inspection({ id: 'i2', unitId: 'xa-b', findings: [finding('f4', 1, '  kế hoạch   chậm '), finding('f5', 1, 'Kế hoạch chậm')] }),
      inspection({ id: 'i3', unitId: 'xa-c', status: 'in_progress', findings: [finding('f6', 1, 'Kế hoạch chậm')] }),
    ], 1);
    expect(res.inspections).toBe(2);
    expect(res.findings).toBe(5);
    expect(res.areas).toEqual([
      { areaId: 1, count: 4, inspections: 2, titles: [{ title: 'Kế hoạch chậm', count: 3, units: 2 }] },
      { areaId: 2, count: 0, inspections: 0, titles: [] },
      { areaId: 3, count: 1, inspections: 1, titles: [{ title: 'Thiếu ghế', count: 1, units: 1 }] },
    ]);
  });
});

function action(over: Partial<Action> & Pick<Action, 'id' | 'dueDate' | 'status'>): Action {
  return {
    version: 1,
    inspectionId: 'i1',
    findingId: 'f1',
    unitId: 'xa-a',
    description: 'x',
    ownerUnitId: 'xa-a',
    ownerName: 'Chủ tịch UBND xã',
    history: [],
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...over,
  };
}
const move = (at: string, from: Action['status'] | null, to: Action['status']) => ({ at, by: 'u', from, to, note: '' });

describe('the share of actions verified on time', () => {
  const asOf = '2024-06-30';
  const actions = [
    // Verified on its due day, in Viet Nam: 2024-03-31T20:00Z is 1 April at 03:00 there, a day late.
    action({ id: 'late-by-zone', dueDate: '2024-03-31', status: 'verified', history: [move('2024-03-31T20:00:00.000Z', 'fixed', 'verified')] }),
    action({ id: 'on-day', dueDate: '2024-04-30', status: 'verified', history: [move('2024-04-30T09:00:00.000Z', 'fixed', 'verified')] }),
    // Verified early, undone, verified again after the due date: the last move decides.
    action({
      id: 'reverified',
      dueDate: '2024-05-15',
      status: 'verified',
      history: [move('2024-05-01T03:00:00.000Z', 'fixed', 'verified'), move('2024-05-02T03:00:00.000Z', 'verified', 'fixed'), move('2024-05-20T03:00:00.000Z', 'fixed', 'verified')],
    }),
    // Verified in time once, then undone: it is fixed now and does not count.
    action({ id: 'undone', dueDate: '2024-05-31', status: 'fixed', history: [move('2024-05-10T03:00:00.000Z', 'fixed', 'verified'), move('2024-05-11T03:00:00.000Z', 'verified', 'fixed')] }),
    action({ id: 'fixed-only', unitId: 'xa-b', dueDate: '2024-02-01', status: 'fixed', history: [move('2024-01-20T03:00:00.000Z', 'in_progress', 'fixed')] }),
    action({ id: 'b-on-time', unitId: 'xa-b', dueDate: '2024-06-01', status: 'verified', history: [move('2024-05-20T03:00:00.000Z', 'fixed', 'verified')] }),
    // Due on asOf and after: not yet counted, even when already verified.
    action({ id: 'due-today', dueDate: asOf, status: 'verified', history: [move('2024-06-01T03:00:00.000Z', 'fixed', 'verified')] }),
    action({ id: 'future', dueDate: '2024-09-01', status: 'not_started' }),
  ];

  it('reads the last move to verified as a Viet Nam day, and nothing for an action not verified now', () => {
    expect(actions.map(verifiedOn)).toEqual(['2024-04-01', '2024-04-30', '2024-05-20', null, null, '2024-05-20', '2024-06-01', null]);
  });

  it('is verified on time ÷ due before asOf, pooled: 2 of 6', () => {
    expect(verifiedOnTimeShare(actions, asOf)).toEqual({ verifiedOnTime: 2, due: 6, share: 2 / 6 });
  });

  it('counts only actions due within a period when given one', () => {
    expect(verifiedOnTimeShare(actions, asOf, { from: '2024-04', to: '2024-05' })).toEqual({ verifiedOnTime: 1, due: 3, share: 1 / 3 });
    expect(verifiedOnTimeShare(actions, asOf, { from: '2023-01', to: '2023-12' })).toEqual({ verifiedOnTime: 0, due: 0, share: null });
  });

  it('splits by inspected unit; the pooled share is not the mean of the units’ shares', () => {
    expect(verifiedOnTimeByUnit(actions, asOf)).toEqual([
      { unitId: 'xa-a', verifiedOnTime: 1, due: 4, share: 0.25 },
      { unitId: 'xa-b', verifiedOnTime: 1, due: 2, share: 0.5 },
    ]);
    // (0.25 + 0.5) ÷ 2 = 0.375, not 2 ÷ 6.
  });
});

describe('on the seeded Thường Tín data', () => {
  const d = getDataset('thuong-tin');
  const asOf = d.meta.asOf;

  it('gives Tân Minh’s scores over the years, area by area, as the unit page shows them', () => {
    const rows = unitResultsOverTime(d.inspectionTemplate, d.seedInspections, 'xa-tan-minh');
    expect(rows.map((x) => [x.day, x.total])).toEqual([
      ['2021-04-21', 39 / 44],
      ['2023-04-11', 39 / 46],
      ['2025-06-16', 39 / 44],
    ]);
    // 2023: TTHC 8 of 13 (62 %, average), e-government 6 of 8 (75 %, average).
    const [, y2023] = rows;
    expect(y2023?.areas.map((a) => (a.kind === 'scored' ? [a.achieved, a.applicable, a.band] : a.kind))).toEqual([
      [8, 8, 'good'], [4, 4, 'good'], [8, 13, 'weak'], [3, 3, 'good'], [5, 5, 'good'], [5, 5, 'good'], [6, 8, 'average'],
    ]);
    expect(y2023?.totalBand).toBe('fair');
  });

  it('puts Tân Minh in the heat map with its 2025 visit, and 30 units in all', () => {
    const rows = latestResults(d.inspectionTemplate, d.seedInspections, asOf);
    expect(rows).toHaveLength(30);
    const tanMinh = rows.find((x) => x.unitId === 'xa-tan-minh');
    expect(tanMinh?.inspectionId).toBe(d.seedInspections.find((i) => i.unitId === 'xa-tan-minh' && i.plannedDate === '2025-06-16')?.id);
    // Public finance 2 of 5 = 40 %, weak.
    expect(tanMinh?.areas[5]).toEqual({ areaId: 6, kind: 'scored', score: 0.4, band: 'weak', achieved: 2, applicable: 5 });
  });

  it('counts Tân Minh’s actions verified on time: none of its 7 due before 05/07/2025', () => {
    const tanMinh = d.seedActions.filter((a) => a.unitId === 'xa-tan-minh');
    expect(verifiedOnTimeShare(tanMinh, asOf)).toEqual({ verifiedOnTime: 0, due: 7, share: 0 });
    expect(verifiedOnTimeShare(d.seedActions, asOf)).toEqual({ verifiedOnTime: 83, due: 272, share: 83 / 272 });
  });

  it('counts the overdue actions at a period’s end as the remediation snapshot does', () => {
    for (const period of [{ from: '2022-01', to: '2022-12' }, { from: '2025-01', to: '2025-06' }, { from: '2025-01', to: '2025-12' }]) {
      const snapshot = remediationSnapshot(d.seedActions, period, asOf);
      expect(overdueAtPeriodEnd(d.seedActions, period, asOf)).toEqual({ day: snapshot.day, count: snapshot.counts.overdue });
    }
    expect(overdueAtPeriodEnd(d.seedActions, { from: '2022-01', to: '2022-12' }, asOf)).toEqual({ day: '2022-12-31', count: 15 });
  });
});
