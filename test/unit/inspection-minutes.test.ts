import { describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/data';
import type { Action } from '../../src/api/actions';
import type { Inspection } from '../../src/api/inspections';
import { decreeDateParts, inspectionMinutesFacts } from '../../src/domain/inspection-minutes';

const ds = getDataset('thuong-tin');
const seeded = (id: string): Inspection => {
  const found = ds.seedInspections.find((i) => i.id === id);
  if (!found) throw new Error(`no seeded inspection ${id}`);
  return found;
};

describe('the minutes of a seeded finalised inspection (insp-2023-01, xã Nguyễn Trãi, 13–14/03/2023)', () => {
  const facts = inspectionMinutesFacts({ inspection: seeded('insp-2023-01'), template: ds.inspectionTemplate, actions: ds.seedActions });

  it('is a signed record dated on the visit’s last day', () => {
    expect(facts.draft).toBe(false);
    expect(facts.visit).toEqual({ from: '2023-03-13', to: '2023-03-14' });
    expect(facts.date).toBe('2023-03-14');
    expect(facts.teamId).toBe('doan-1');
  });

  it('scores every area of the template, "không áp dụng" dropping out', () => {
    expect(facts.areas.map((a) => [a.areaId, a.achieved, a.applicable])).toEqual([
      [1, 7, 8],
      [2, 2, 2],
      [3, 10, 13],
      [4, 3, 3],
      [5, 5, 5],
      [6, 5, 5],
      [7, 7, 8],
    ]);
    // Area 2: one criterion not applicable, the two others passed.
    expect(facts.areas[1]).toMatchObject({ criteria: 3, passed: 2, failed: 0, notApplicable: 1, score: 1 });
    expect(facts.areas[2]?.score).toBe(10 / 13);
    // Σ achieved ÷ Σ applicable, not the mean of the area scores.
    expect(facts.total).toEqual({ achieved: 39, applicable: 44, score: 39 / 44 });
    expect(facts.fullyMetAreaIds).toEqual([2, 4, 5, 6]);
  });

  it('numbers the findings in area order with their causes', () => {
    expect(facts.findings.map((f) => [f.number, f.id, f.areaId])).toEqual([
      [1, 'insp-2023-01-f1', 1],
      [2, 'insp-2023-01-f3', 3],
      [3, 'insp-2023-01-f4', 3],
      [4, 'insp-2023-01-f2', 7],
    ]);
    expect(facts.findings[1]).toMatchObject({
      title: 'Trang thiết bị tại bộ phận một cửa còn thiếu',
      cause: 'Kinh phí đầu tư trang thiết bị hạn chế',
      areaName: 'Cải cách thủ tục hành chính',
      recommendationNumbers: [2],
    });
  });

  it('lists each recommendation with its owner unit, owner post and deadline, in the findings’ order', () => {
    expect(facts.recommendations.map((r) => [r.number, r.actionId, r.findingNumber, r.ownerUnitId, r.ownerPost, r.dueDate])).toEqual([
      [1, 'act-2023-01-1-1', 1, 'xa-nguyen-trai', 'Chủ tịch UBND xã', '2023-04-14'],
      [2, 'act-2023-01-3-1', 2, 'xa-nguyen-trai', 'Chủ tịch UBND xã', '2023-08-14'],
      [3, 'act-2023-01-4-1', 3, 'xa-nguyen-trai', 'Công chức Văn phòng - Thống kê', '2023-06-14'],
      [4, 'act-2023-01-2-1', 4, 'xa-nguyen-trai', 'Công chức Bộ phận một cửa', '2023-05-14'],
    ]);
  });

  it('has no good practice when none was recorded', () => {
    expect(facts.goodPractices).toEqual([]);
  });
});

describe('the minutes, other cases', () => {
  it('keeps the good practices of insp-2023-11 with their area', () => {
    const facts = inspectionMinutesFacts({ inspection: seeded('insp-2023-11'), template: ds.inspectionTemplate, actions: ds.seedActions });
    expect(facts.goodPractices).toHaveLength(1);
    expect(facts.goodPractices[0]?.areaName).toBe(ds.inspectionTemplate.areas.find((a) => a.id === facts.goodPractices[0]?.areaId)?.name);
  });

  it('is a draft while the visit is in progress, dated on its start, with no actions yet', () => {
    const inspection = seeded('insp-2025-07');
    const facts = inspectionMinutesFacts({ inspection, template: ds.inspectionTemplate, actions: ds.seedActions });
    expect(facts.draft).toBe(true);
    expect(facts.status).toBe('in_progress');
    expect(facts.date).toBe(inspection.startDate);
    expect(facts.recommendations).toEqual([]);
    // Areas 1–3 assessed so far: the others are all unassessed and score "no data".
    expect(facts.areas.slice(3).every((a) => a.score === null && a.unassessed === a.criteria)).toBe(true);
  });

  it('keeps to the areas in scope when the inspection names them, and ignores other inspections’ actions', () => {
    const inspection = { ...seeded('insp-2023-01'), areaIds: [3, 1] };
    const foreign: Action = { ...(ds.seedActions.find((a) => a.inspectionId === 'insp-2023-02') as Action) };
    const facts = inspectionMinutesFacts({ inspection, template: ds.inspectionTemplate, actions: [foreign, ...ds.seedActions.filter((a) => a.inspectionId === 'insp-2023-01')] });
    expect(facts.areas.map((a) => a.areaId)).toEqual([1, 3]);
    expect(facts.total).toEqual({ achieved: 17, applicable: 21, score: 17 / 21 });
    expect(facts.recommendations.map((r) => r.actionId)).not.toContain(foreign.id);
    expect(facts.recommendations).toHaveLength(4);
  });

  it('puts an action whose finding is gone last, with no finding number', () => {
    const own = ds.seedActions.filter((a) => a.inspectionId === 'insp-2023-01');
    const orphan: Action = { ...(own[0] as Action), id: 'act-orphan', findingId: 'insp-2023-01-f99' };
    const facts = inspectionMinutesFacts({ inspection: seeded('insp-2023-01'), template: ds.inspectionTemplate, actions: [orphan, ...own] });
    expect(facts.recommendations.at(-1)).toMatchObject({ actionId: 'act-orphan', number: 5, findingNumber: null });
  });
});

describe('decreeDateParts', () => {
  it('pads a day under 10 and the months 1 and 2 only (Decree 30/2020/NĐ-CP)', () => {
    expect(decreeDateParts('2023-03-27')).toEqual({ day: '27', month: '3', year: '2023' });
    expect(decreeDateParts('2023-02-05')).toEqual({ day: '05', month: '02', year: '2023' });
    expect(decreeDateParts('2023-11-09')).toEqual({ day: '09', month: '11', year: '2023' });
    expect(decreeDateParts('2023-02-30')).toBeNull();
  });
});
