import { describe, expect, it } from 'vitest';
import type { CriterionResult, Finding } from '../../src/api/inspections';
import type { InspectionTemplate } from '../../src/api/inspection-template';
import {
  completenessProblems,
  isComplete,
  type ActionForCompleteness,
  type InspectionForCompleteness,
} from '../../src/domain/inspection-completeness';

const template: InspectionTemplate = {
  version: 1,
  areas: [
    { id: 1, name: '', criteria: [{ id: 'a1-c1', text: '', points: 2 }, { id: 'a1-c2', text: '', points: 1 }] },
    { id: 2, name: '', criteria: [{ id: 'a2-c1', text: '', points: 3 }] },
    { id: 3, name: '', criteria: [{ id: 'a3-c1', text: '', points: 2 }, { id: 'a3-c2', text: '', points: 2 }] },
  ],
};

const r = (criterionId: string, result: CriterionResult['result']): CriterionResult => ({ criterionId, result, note: '', evidence: [] });
const finding = (id: string, areaId: number, title = 'Chưa niêm yết đủ TTHC'): Finding => ({
  id,
  areaId,
  title,
  description: '',
  severity: 'medium',
  cause: '',
});
const action = (id: string, findingId: string, extra: Partial<ActionForCompleteness> = {}): ActionForCompleteness => ({
  id,
  findingId,
  description: 'Niêm yết đủ TTHC tại bộ phận một cửa',
  ownerUnitId: 'xa-van-binh',
  ownerName: 'Công chức Văn phòng - Thống kê',
  dueDate: '2025-07-31',
  ...extra,
});

/** Areas 1 and 3 in scope, every criterion assessed, one finding with one full action. */
const complete: InspectionForCompleteness = {
  plannedDate: '2025-05-20',
  startDate: '2025-05-20',
  endDate: '2025-05-21',
  checklist: [r('a1-c1', 'pass'), r('a1-c2', 'na'), r('a3-c1', 'fail'), r('a3-c2', 'pass')],
  findings: [finding('f-1', 3)],
};
const scope = [1, 3];

describe('completeness before finalising', () => {
  it('finds nothing wrong with a complete inspection (an area out of scope need not be assessed)', () => {
    expect(completenessProblems(template, complete, [action('a-1', 'f-1')], scope)).toEqual([]);
    expect(isComplete(template, complete, [action('a-1', 'f-1')], scope)).toBe(true);
  });

  it('names every criterion of every area in scope still unassessed, null or missing, in template order', () => {
    const inspection = { ...complete, checklist: [r('a1-c2', null), r('a3-c2', 'fail'), r('a2-c1', null)] };
    expect(completenessProblems(template, inspection, [action('a-1', 'f-1')], scope)).toEqual([
      { code: 'criterion-unassessed', areaId: 1, criterionId: 'a1-c1' },
      { code: 'criterion-unassessed', areaId: 1, criterionId: 'a1-c2' },
      { code: 'criterion-unassessed', areaId: 3, criterionId: 'a3-c1' },
    ]);
  });

  it('takes the whole template as the scope when none is given', () => {
    expect(completenessProblems(template, complete, [action('a-1', 'f-1')])).toEqual([
      { code: 'criterion-unassessed', areaId: 2, criterionId: 'a2-c1' },
    ]);
  });

  it('counts không áp dụng as assessed', () => {
    const inspection = { ...complete, checklist: [r('a1-c1', 'na'), r('a1-c2', 'na'), r('a3-c1', 'na'), r('a3-c2', 'na')] };
    expect(isComplete(template, inspection, [action('a-1', 'f-1')], scope)).toBe(true);
  });

  it('requires at least one action for each finding; an action of another finding does not count', () => {
    const inspection = { ...complete, findings: [finding('f-1', 3), finding('f-2', 1)] };
    expect(completenessProblems(template, inspection, [action('a-1', 'f-1'), action('a-9', 'f-404')], scope)).toEqual([
      { code: 'finding-without-action', findingId: 'f-2' },
    ]);
  });

  it('requires what, owner unit, owner post and due date of each action; whitespace or a zero-width space is empty', () => {
    const actions = [
      action('a-1', 'f-1', { description: '   ', ownerName: '\u200b' }),
      action('a-2', 'f-1', { ownerUnitId: '', dueDate: '' }),
    ];
    expect(completenessProblems(template, complete, actions, scope)).toEqual([
      { code: 'action-field-missing', findingId: 'f-1', actionId: 'a-1', field: 'description' },
      { code: 'action-field-missing', findingId: 'f-1', actionId: 'a-1', field: 'ownerName' },
      { code: 'action-field-missing', findingId: 'f-1', actionId: 'a-2', field: 'ownerUnitId' },
      { code: 'action-field-missing', findingId: 'f-1', actionId: 'a-2', field: 'dueDate' },
    ]);
  });

  it('refuses a due date that is no calendar day, or before the visit (its start, else its planned date)', () => {
    const actions = [
      action('a-1', 'f-1', { dueDate: '2025-02-30' }),
      action('a-2', 'f-1', { dueDate: '2025-05-19' }),
      action('a-3', 'f-1', { dueDate: '2025-05-20' }), // the visit's day itself is allowed
    ];
    expect(completenessProblems(template, complete, actions, scope)).toEqual([
      { code: 'action-due-date-invalid', findingId: 'f-1', actionId: 'a-1' },
      { code: 'action-due-before-inspection', findingId: 'f-1', actionId: 'a-2' },
    ]);
    const planned = { ...complete, startDate: null, endDate: null, plannedDate: '2025-06-01' };
    expect(completenessProblems(template, planned, [action('a-1', 'f-1', { dueDate: '2025-05-31' })], scope)).toEqual([
      { code: 'start-date-missing' },
      { code: 'action-due-before-inspection', findingId: 'f-1', actionId: 'a-1' },
    ]);
  });

  it('requires the visit to have started, and to end no earlier than it started', () => {
    expect(completenessProblems(template, { ...complete, endDate: '2025-05-19' }, [action('a-1', 'f-1')], scope)).toEqual([
      { code: 'end-before-start' },
    ]);
  });

  it('flags a finding with a blank title or in an area out of scope', () => {
    const inspection = { ...complete, findings: [finding('f-1', 3, ' \t'), finding('f-2', 2)] };
    const actions = [action('a-1', 'f-1'), action('a-2', 'f-2')];
    expect(completenessProblems(template, inspection, actions, scope)).toEqual([
      { code: 'finding-title-missing', findingId: 'f-1' },
      { code: 'finding-area-out-of-scope', findingId: 'f-2', areaId: 2 },
    ]);
  });

  it('lists the problems in screen order: dates, criteria, then each finding with its actions', () => {
    const inspection = {
      ...complete,
      startDate: null,
      checklist: [],
      findings: [finding('f-1', 1), finding('f-2', 3)],
    };
    expect(completenessProblems(template, inspection, [action('a-2', 'f-2', { ownerName: '' })], [3]).map((p) => p.code)).toEqual([
      'start-date-missing',
      'criterion-unassessed',
      'criterion-unassessed',
      'finding-area-out-of-scope',
      'finding-without-action',
      'action-field-missing',
    ]);
  });
});
