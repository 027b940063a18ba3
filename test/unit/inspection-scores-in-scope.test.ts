import { describe, expect, it } from 'vitest';
import type { CriterionResult } from '../../src/api/inspections';
import type { InspectionTemplate } from '../../src/api/inspection-template';
import { inspectionAreaScores, inspectionScores } from '../../src/domain/inspection-score';

// Three areas: 1 has 2 + 1 + 2 points, 2 has 3 + 1, 3 has 2.
const template: InspectionTemplate = {
  version: 1,
  areas: [
    { id: 1, name: '', criteria: [{ id: 'a1-c1', text: '', points: 2 }, { id: 'a1-c2', text: '', points: 1 }, { id: 'a1-c3', text: '', points: 2 }] },
    { id: 2, name: '', criteria: [{ id: 'a2-c1', text: '', points: 3 }, { id: 'a2-c2', text: '', points: 1 }] },
    { id: 3, name: '', criteria: [{ id: 'a3-c1', text: '', points: 2 }] },
  ],
};

const r = (criterionId: string, result: CriterionResult['result']): CriterionResult => ({ criterionId, result, note: '', evidence: [] });

describe('scores as the user records them, over the areas in scope', () => {
  it('starts with no data for every area and in total, never 0 %', () => {
    const s = inspectionScores(template, [], [1, 2]);
    expect(s.areas.map((a) => [a.areaId, a.score, a.unassessed])).toEqual([[1, null, 3], [2, null, 2]]);
    expect(s.total).toBeNull();
  });

  it('moves with each click: đạt, then chưa đạt, then không áp dụng drops the criterion out', () => {
    const steps: CriterionResult[][] = [
      [r('a1-c1', 'pass')],
      [r('a1-c1', 'pass'), r('a1-c2', 'fail')],
      [r('a1-c1', 'pass'), r('a1-c2', 'fail'), r('a1-c3', 'fail')],
      [r('a1-c1', 'pass'), r('a1-c2', 'fail'), r('a1-c3', 'na')],
    ];
    expect(steps.map((c) => inspectionScores(template, c, [1]).areas[0]!.score)).toEqual([1, 2 / 3, 2 / 5, 2 / 3]);
  });

  it('scores an area whose criteria are all không áp dụng as no data, and leaves it out of the total', () => {
    const s = inspectionScores(template, [r('a1-c1', 'pass'), r('a1-c2', 'na'), r('a1-c3', 'fail'), r('a3-c1', 'na')], [1, 3]);
    expect(s.areas[1]).toEqual({ areaId: 3, achieved: 0, applicable: 0, score: null, passed: 0, failed: 0, notApplicable: 1, unassessed: 0 });
    expect(s.total).toBe(2 / 4);
  });

  it('pools the total over the areas in scope (Σ achieved ÷ Σ applicable), not the mean of area scores', () => {
    // Area 1: 2 of 5 (40 %); area 2: 4 of 4 (100 %). Pooled 6 / 9, while the mean would be 70 %.
    const checklist = [r('a1-c1', 'pass'), r('a1-c2', 'fail'), r('a1-c3', 'fail'), r('a2-c1', 'pass'), r('a2-c2', 'pass')];
    const s = inspectionScores(template, checklist, [1, 2]);
    expect(s.areas.map((a) => a.score)).toEqual([2 / 5, 1]);
    expect(s.total).toBe(6 / 9);
  });

  it('ignores results of areas out of scope', () => {
    const checklist = [r('a1-c1', 'fail'), r('a2-c1', 'pass'), r('a3-c1', 'pass')];
    const s = inspectionScores(template, checklist, [2, 3]);
    expect(s.areas.map((a) => a.areaId)).toEqual([2, 3]);
    expect(s.total).toBe(5 / 5);
  });

  it('keeps the template order whatever the order of the scope, and ignores an area id the template lacks', () => {
    expect(inspectionAreaScores(template, [], [3, 9, 1]).map((a) => a.areaId)).toEqual([1, 3]);
  });

  it('takes every area of the template when no scope is given, and none for an empty scope', () => {
    expect(inspectionAreaScores(template, []).map((a) => a.areaId)).toEqual([1, 2, 3]);
    expect(inspectionScores(template, [r('a1-c1', 'pass')], [])).toEqual({ areas: [], total: null });
  });
});
