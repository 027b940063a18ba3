import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/api/actions';
import type { CriterionResult, Finding, Inspection } from '../../src/api/inspections';
import { mergeInspection } from '../../src/domain/inspection-merge';
import { workOf, type InspectionWork, type WorkAction } from '../../src/domain/inspection-work';

const r = (criterionId: string, result: CriterionResult['result'], note = ''): CriterionResult => ({ criterionId, result, note, evidence: [] });
const finding = (id: string, extra: Partial<Finding> = {}): Finding => ({
  id,
  areaId: 3,
  title: 'Chưa niêm yết đủ TTHC',
  description: 'Thiếu 5 thủ tục',
  severity: 'medium',
  cause: '',
  ...extra,
});
const action = (id: string, findingId: string, extra: Partial<WorkAction> = {}): WorkAction => ({
  id,
  findingId,
  description: 'Niêm yết đủ TTHC',
  ownerUnitId: 'xa-van-binh',
  ownerName: 'Công chức Văn phòng - Thống kê',
  dueDate: '2025-07-31',
  status: 'not_started',
  ...extra,
});

const base: InspectionWork = {
  unitId: 'xa-van-binh',
  title: 'Kiểm tra CCHC năm 2025',
  teamId: 'doan-1',
  plannedDate: '2025-05-20',
  startDate: '2025-05-20',
  endDate: null,
  status: 'in_progress',
  areaIds: [1, 2, 3, 4, 5, 6, 7],
  checklist: [r('a1-c1', 'pass'), r('a1-c2', null), r('a3-c1', 'fail', 'Thiếu niêm yết')],
  findings: [finding('f-1'), finding('f-2', { areaId: 1, title: 'Kế hoạch ban hành muộn' })],
  goodPractices: [],
  actions: [action('a-1', 'f-1'), action('a-2', 'f-2')],
};
const edit = (changes: Partial<InspectionWork>): InspectionWork => ({ ...base, ...changes });

describe('three-way merge of a 409', () => {
  it('takes a change of the areas in scope from the one side that made it, and asks when both changed it differently', () => {
    const narrowed = mergeInspection(base, edit({ areaIds: [1, 3] }), edit({ title: 'Tên mới' }));
    expect(narrowed.conflicts).toEqual([]);
    expect([narrowed.merged.areaIds, narrowed.merged.title]).toEqual([[1, 3], 'Tên mới']);
    expect(mergeInspection(base, edit({ title: 'Tên mới' }), edit({ areaIds: [3, 7] })).merged.areaIds).toEqual([3, 7]);
    const both = mergeInspection(base, edit({ areaIds: [1, 3] }), edit({ areaIds: [3, 7] }));
    expect(both.conflicts).toEqual([{ kind: 'field', key: 'areaIds', field: 'areaIds', base: [1, 2, 3, 4, 5, 6, 7], mine: [1, 3], theirs: [3, 7] }]);
    expect(mergeInspection(base, edit({ areaIds: [1, 3] }), edit({ areaIds: [3, 7] }), { areaIds: 'theirs' }).merged.areaIds).toEqual([3, 7]);
    // The same new scope on both sides is no conflict.
    expect(mergeInspection(base, edit({ areaIds: [3] }), edit({ areaIds: [3] })).conflicts).toEqual([]);
  });

  it('takes without asking what only one side changed, and both sides making the same change', () => {
    const mine = edit({ title: 'Kiểm tra CCHC năm 2025 tại xã Văn Bình', endDate: '2025-05-21' });
    const theirs = edit({ plannedDate: '2025-05-19', endDate: '2025-05-21' });
    const { merged, conflicts } = mergeInspection(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({ ...base, title: 'Kiểm tra CCHC năm 2025 tại xã Văn Bình', plannedDate: '2025-05-19', endDate: '2025-05-21' });
  });

  it('lists as conflicts only the fields both changed differently, and keeps mine until the user chooses', () => {
    const mine = edit({ title: 'Tên của tôi', endDate: '2025-05-21' });
    const theirs = edit({ title: 'Tên của người kia', startDate: '2025-05-19' });
    const { merged, conflicts } = mergeInspection(base, mine, theirs);
    expect(conflicts).toEqual([
      { kind: 'field', key: 'title', field: 'title', base: base.title, mine: 'Tên của tôi', theirs: 'Tên của người kia' },
    ]);
    expect([merged.title, merged.startDate, merged.endDate]).toEqual(['Tên của tôi', '2025-05-19', '2025-05-21']);
    expect(mergeInspection(base, mine, theirs, { title: 'theirs' }).merged.title).toBe('Tên của người kia');
  });

  it('merges the checklist criterion by criterion and field by field', () => {
    const mine = edit({ checklist: [r('a1-c1', 'pass', 'Có kế hoạch số 12'), r('a1-c2', 'fail'), r('a3-c1', 'fail', 'Thiếu 5 TTHC')] });
    // The other side assessed a criterion mine never touched, and a new one mine lacks.
    const theirs = edit({ checklist: [r('a1-c1', 'na'), r('a1-c2', null), r('a3-c1', 'pass', 'Thiếu niêm yết'), r('a2-c1', 'pass')] });
    const { merged, conflicts } = mergeInspection(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.checklist).toEqual([
      r('a1-c1', 'na', 'Có kế hoạch số 12'),
      r('a1-c2', 'fail'),
      r('a3-c1', 'pass', 'Thiếu 5 TTHC'),
      r('a2-c1', 'pass'),
    ]);
  });

  it('reports a criterion both assessed differently as one conflict on that field', () => {
    const mine = edit({ checklist: [r('a1-c1', 'pass'), r('a1-c2', 'pass'), base.checklist[2]!] });
    const theirs = edit({ checklist: [r('a1-c1', 'pass'), r('a1-c2', 'fail'), base.checklist[2]!] });
    const { merged, conflicts } = mergeInspection(base, mine, theirs, { 'checklist/a1-c2/result': 'theirs' });
    expect(conflicts.map((c) => c.key)).toEqual(['checklist/a1-c2/result']);
    expect(merged.checklist[1]).toEqual(r('a1-c2', 'fail'));
  });

  it('merges two edits of one finding field by field; a field both changed is the only conflict', () => {
    const mine = edit({ findings: [finding('f-1', { cause: 'Chưa cập nhật quyết định công bố', severity: 'high' }), base.findings[1]!] });
    const theirs = edit({ findings: [finding('f-1', { description: 'Thiếu 6 thủ tục', severity: 'low' }), base.findings[1]!] });
    const { merged, conflicts } = mergeInspection(base, mine, theirs);
    expect(conflicts).toEqual([
      { kind: 'item-field', key: 'findings/f-1/severity', collection: 'findings', id: 'f-1', field: 'severity', base: 'medium', mine: 'high', theirs: 'low' },
    ]);
    expect(merged.findings[0]).toEqual(finding('f-1', { cause: 'Chưa cập nhật quyết định công bố', description: 'Thiếu 6 thủ tục', severity: 'high' }));
  });

  it('keeps a finding and an action added on either side: the server’s order, then mine’s additions', () => {
    const mine = edit({ findings: [...base.findings, finding('f-mine')], actions: [...base.actions, action('a-mine', 'f-mine')] });
    const theirs = edit({ findings: [finding('f-theirs'), ...base.findings], actions: [...base.actions, action('a-theirs', 'f-theirs')] });
    const { merged, conflicts } = mergeInspection(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.findings.map((f) => f.id)).toEqual(['f-theirs', 'f-1', 'f-2', 'f-mine']);
    expect(merged.actions.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-theirs', 'a-mine']);
  });

  it('deletes a finding one side deleted and the other left alone, and one both deleted', () => {
    const mine = edit({ findings: [base.findings[0]!] });
    const theirs = edit({ findings: [base.findings[0]!], title: 'Tên mới' });
    expect(mergeInspection(base, mine, theirs)).toEqual({ merged: { ...theirs }, conflicts: [] });
    const { merged, conflicts } = mergeInspection(base, edit({ findings: [base.findings[1]!] }), edit({ findings: [base.findings[0]!] }));
    expect(conflicts).toEqual([]);
    expect(merged.findings).toEqual([]);
  });

  it('makes a finding deleted on one side and edited on the other a conflict, kept for mine until chosen', () => {
    const edited = finding('f-2', { areaId: 1, title: 'Kế hoạch ban hành muộn 20 ngày' });
    // Mine deleted f-2; the server edited it.
    const mine = edit({ findings: [base.findings[0]!] });
    const theirs = edit({ findings: [base.findings[0]!, edited] });
    const r1 = mergeInspection(base, mine, theirs);
    expect(r1.conflicts).toEqual([
      { kind: 'item-deleted', key: 'findings/f-2', collection: 'findings', id: 'f-2', deletedBy: 'mine', base: base.findings[1], mine: null, theirs: edited },
    ]);
    expect(r1.merged.findings.map((f) => f.id)).toEqual(['f-1']);
    expect(mergeInspection(base, mine, theirs, { 'findings/f-2': 'theirs' }).merged.findings).toEqual([base.findings[0], edited]);
    // The other way round: the server deleted it, mine edited it.
    const r2 = mergeInspection(base, theirs, mine);
    expect(r2.conflicts.map((c) => [c.key, c.kind === 'item-deleted' && c.deletedBy])).toEqual([['findings/f-2', 'theirs']]);
    expect(r2.merged.findings).toEqual([base.findings[0], edited]);
    expect(mergeInspection(base, theirs, mine, { 'findings/f-2': 'theirs' }).merged.findings.map((f) => f.id)).toEqual(['f-1']);
  });

  it('merges actions by id: a status moved on the server and a due date changed here both hold', () => {
    const mine = edit({ actions: [action('a-1', 'f-1', { dueDate: '2025-08-15' }), base.actions[1]!] });
    const theirs = edit({ actions: [action('a-1', 'f-1', { status: 'in_progress' }), base.actions[1]!] });
    const { merged, conflicts } = mergeInspection(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.actions[0]).toEqual(action('a-1', 'f-1', { dueDate: '2025-08-15', status: 'in_progress' }));
  });

  it('compares evidence lists as values: the same list is no change, both adding different files conflict', () => {
    const withEvidence = (files: string[]) => edit({ checklist: [{ ...r('a1-c1', 'pass'), evidence: files }, ...base.checklist.slice(1)] });
    expect(mergeInspection(base, withEvidence(['ev-1']), withEvidence(['ev-1'])).conflicts).toEqual([]);
    const { conflicts } = mergeInspection(base, withEvidence(['ev-1']), withEvidence(['ev-2']));
    expect(conflicts.map((c) => c.key)).toEqual(['checklist/a1-c1/evidence']);
  });

  it('asks about every field the sides hold differently when the base is unknown, and keeps items of either side', () => {
    const mine = edit({ title: 'Tên của tôi', findings: [finding('f-1', { cause: 'Nguyên nhân' }), finding('f-mine')] });
    const theirs = edit({ endDate: '2025-05-21', findings: [finding('f-1'), finding('f-theirs')] });
    const { merged, conflicts } = mergeInspection(null, mine, theirs);
    expect(conflicts.map((c) => [c.key, c.base])).toEqual([
      ['title', null],
      ['endDate', null],
      ['findings/f-1/cause', undefined],
    ]);
    expect(merged.findings.map((f) => f.id)).toEqual(['f-1', 'f-theirs', 'f-mine']);
    expect(mergeInspection(null, mine, theirs, { endDate: 'theirs' }).merged.endDate).toBe('2025-05-21');
  });

  it('builds the server side from the inspection and only its own actions', () => {
    const inspection = { id: 'insp-1', version: 4, createdAt: '', updatedAt: '', updatedBy: 'u-kiemtra', ...base } as Inspection & { actions?: unknown };
    delete inspection.actions;
    const full = (a: WorkAction, inspectionId: string): Action => ({
      ...a,
      version: 1,
      inspectionId,
      unitId: 'xa-van-binh',
      history: [],
      updatedAt: '2025-05-20T09:00:00+07:00',
    });
    const work = workOf(inspection, [full(base.actions[0]!, 'insp-1'), full(action('a-9', 'f-1'), 'insp-2'), full(base.actions[1]!, 'insp-1')]);
    expect(work).toEqual(base);
  });
});
