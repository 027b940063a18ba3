import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/api/actions';
import type { CriterionResult } from '../../src/api/inspections';
import type { InspectionTemplate } from '../../src/api/inspection-template';
import { inspectionAreaScores, inspectionTotalScore } from '../../src/domain/inspection-score';
import { isOverdue } from '../../src/domain/action-status';
import { daysOverdueAt, isOpenAction } from '../../src/domain/open-actions';

const template: InspectionTemplate = {
  version: 1,
  areas: [
    { id: 1, name: 'Chỉ đạo, điều hành', criteria: [{ id: 'a1-c1', text: '', points: 2 }, { id: 'a1-c2', text: '', points: 1 }, { id: 'a1-c3', text: '', points: 2 }] },
    { id: 2, name: 'Thể chế', criteria: [{ id: 'a2-c1', text: '', points: 3 }, { id: 'a2-c2', text: '', points: 1 }] },
    { id: 3, name: 'TTHC', criteria: [{ id: 'a3-c1', text: '', points: 2 }, { id: 'a3-c2', text: '', points: 1 }] },
    { id: 4, name: 'Bộ máy', criteria: [{ id: 'a4-c1', text: '', points: 1 }] },
  ],
};

const result = (criterionId: string, r: CriterionResult['result']): CriterionResult => ({ criterionId, result: r, note: '', evidence: [] });

describe('inspection area scores', () => {
  const checklist = [
    result('a1-c1', 'pass'),
    result('a1-c2', 'fail'),
    result('a1-c3', 'na'),
    result('a2-c1', 'pass'),
    result('a2-c2', null),
    result('a3-c1', 'na'),
    result('a3-c2', 'na'),
    // area 4 missing from the checklist; a criterion the template does not know is ignored
    result('a9-c9', 'pass'),
  ];
  const scores = inspectionAreaScores(template, checklist);

  it('drops "không áp dụng" criteria from the points applicable', () => {
    expect(scores[0]).toEqual({ areaId: 1, achieved: 2, applicable: 3, score: 2 / 3, passed: 1, failed: 1, notApplicable: 1, unassessed: 0 });
  });

  it('leaves a criterion not yet assessed out of the score and counts it', () => {
    expect(scores[1]).toMatchObject({ areaId: 2, achieved: 3, applicable: 3, score: 1, unassessed: 1 });
  });

  it('gives no data (null), not 0 %, for an area whose criteria are all not applicable', () => {
    expect(scores[2]).toMatchObject({ areaId: 3, achieved: 0, applicable: 0, score: null, notApplicable: 2 });
  });

  it('gives no data for an area missing from the checklist', () => {
    expect(scores[3]).toMatchObject({ areaId: 4, applicable: 0, score: null, unassessed: 1 });
  });

  it('scores a failed-only area 0 %, which is data', () => {
    const [a] = inspectionAreaScores(template, [result('a1-c1', 'fail'), result('a1-c2', 'fail'), result('a1-c3', 'fail')]);
    expect(a?.score).toBe(0);
    expect(a?.applicable).toBe(5);
  });

  it('totals Σ achieved ÷ Σ applicable, not the average of the area scores', () => {
    // (2 + 3) ÷ (3 + 3) = 0.8333…; the mean of 2/3 and 1 would be 0.8333… too, so check another mix.
    expect(inspectionTotalScore(scores)).toBeCloseTo(5 / 6, 12);
    const mixed = inspectionAreaScores(template, [result('a1-c1', 'pass'), result('a1-c2', 'fail'), result('a1-c3', 'fail'), result('a4-c1', 'pass')]);
    // area 1: 2/5 = 40 %, area 4: 1/1 = 100 %; pooled 3/6 = 50 %, the mean of the rates would be 70 %.
    expect(inspectionTotalScore(mixed)).toBe(0.5);
    expect(inspectionTotalScore(inspectionAreaScores(template, []))).toBeNull();
  });
});

describe('open and overdue actions', () => {
  const action = (status: Action['status'], dueDate: string) => ({ status, dueDate });
  const asOf = '2025-07-05';

  it('is open while not started or in progress', () => {
    expect(isOpenAction(action('not_started', '2025-01-01'))).toBe(true);
    expect(isOpenAction(action('in_progress', '2025-01-01'))).toBe(true);
    expect(isOpenAction(action('fixed', '2025-01-01'))).toBe(false);
    expect(isOpenAction(action('verified', '2025-01-01'))).toBe(false);
  });

  it('is overdue when open and due before asOf (the data date), not on asOf itself', () => {
    expect(isOverdue(action('in_progress', '2025-07-04'), asOf)).toBe(true);
    expect(isOverdue(action('in_progress', '2025-07-05'), asOf)).toBe(false);
    expect(isOverdue(action('not_started', '2025-08-16'), asOf)).toBe(false);
    expect(isOverdue(action('fixed', '2021-09-21'), asOf)).toBe(false);
  });

  it('counts whole days overdue across months and years', () => {
    expect(daysOverdueAt(action('in_progress', '2025-07-04'), asOf)).toBe(1);
    expect(daysOverdueAt(action('in_progress', '2024-07-05'), asOf)).toBe(365);
    expect(daysOverdueAt(action('in_progress', '2025-02-28'), '2025-03-01')).toBe(1);
    expect(daysOverdueAt(action('verified', '2020-01-01'), asOf)).toBe(0);
  });
});
