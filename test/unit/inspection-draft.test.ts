import { describe, expect, it } from 'vitest';
import { readDraft, startDraft, withEdit, withSaved, type InspectionDraft } from '../../src/domain/inspection-draft';
import type { InspectionWork } from '../../src/domain/inspection-work';

const longNote = 'Ghi chú dài '.repeat(1000); // 12,000 characters: more than the API takes, still the user's typing
const record: InspectionWork = {
  unitId: 'xa-van-binh',
  title: '', // not typed yet: a draft keeps it
  teamId: 'doan-1',
  plannedDate: '2025-05-20',
  startDate: '2025-05-20',
  endDate: null,
  status: 'in_progress',
  areaIds: [1, 3, 7],
  checklist: [{ criterionId: 'a1-c1', result: 'fail', note: longNote, evidence: ['ev-1'] }],
  findings: [{ id: 'f-1', areaId: 1, title: 'Kế hoạch ban hành muộn 👀', description: '', severity: 'high', cause: 'Tiếng Việt có dấu kết hợp' }],
  goodPractices: [{ id: 'g-1', areaId: 7, description: 'Số hóa hồ sơ' }],
  actions: [],
};

/** A draft as the first app wrote it: today's inspection as the API returns it, with its id and version. */
const v1 = {
  schemaVersion: 1,
  inspectionId: 'insp-2025-01',
  baseVersion: 3,
  record: {
    id: 'insp-2025-01',
    version: 3,
    createdAt: '2025-05-01T08:00:00+07:00',
    updatedAt: '2025-05-20T08:00:00+07:00',
    updatedBy: 'u-kiemtra',
    ...record,
    actions: undefined,
  },
  changedAt: '2025-05-20T09:15:00+07:00',
};

const v2: InspectionDraft = {
  schemaVersion: 2,
  draftId: 'local-7',
  inspectionId: null,
  userId: 'u-kiemtra',
  baseVersion: null,
  base: null,
  record: {
    ...record,
    actions: [
      { id: 'local-a-1', findingId: 'f-1', description: 'Ban hành kế hoạch', ownerUnitId: 'xa-van-binh', ownerName: 'Chủ tịch UBND xã', dueDate: '', status: 'not_started' },
    ],
  },
  serverIds: { 'local-a-0': 'act-123' },
  sync: { pendingChanges: 4, attempts: 2, nextAttemptAt: '2025-05-20T09:16:00+07:00', lastError: 'offline' },
  changedAt: '2025-05-20T09:15:30+07:00',
};

describe('reading and migrating local drafts', () => {
  it('reads a current draft as it was written, from a string or a parsed value', () => {
    expect(readDraft(JSON.stringify(v2))).toEqual({ status: 'current', draft: v2, repaired: [] });
    expect(readDraft(v2)).toEqual({ status: 'current', draft: v2, repaired: [] });
  });

  it('migrates a v1 draft: the same typing, no actions, base unknown, one change waiting', () => {
    expect(readDraft(JSON.stringify(v1))).toEqual({
      status: 'migrated',
      from: 1,
      repaired: [],
      draft: {
        schemaVersion: 2,
        draftId: 'insp-2025-01',
        inspectionId: 'insp-2025-01',
        userId: null,
        baseVersion: 3,
        base: null,
        record,
        serverIds: {},
        sync: { pendingChanges: 1, attempts: 0, nextAttemptAt: null, lastError: null },
        changedAt: '2025-05-20T09:15:00+07:00',
      },
    });
  });

  it('gives a draft written before inspections had a scope (no areaIds) every area, as a migration, not a repair', () => {
    const { areaIds: _v1Scope, ...v1Record } = v1.record;
    const oldV1 = readDraft(JSON.stringify({ ...v1, record: v1Record }));
    expect(oldV1.status === 'migrated' && [oldV1.draft.record.areaIds, oldV1.repaired]).toEqual([[1, 2, 3, 4, 5, 6, 7], []]);
    const { areaIds: _v2Scope, ...v2Record } = v2.record;
    const { areaIds: _baseScope, ...v2Base } = v2.record;
    const oldV2 = readDraft(JSON.stringify({ ...v2, base: v2Base, record: v2Record }));
    expect(oldV2.status === 'current' && [oldV2.draft.record.areaIds, oldV2.draft.base?.areaIds, oldV2.repaired]).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [1, 2, 3, 4, 5, 6, 7],
      [],
    ]);
    // A malformed scope is a repair: every area, and the screen says so.
    const bad = readDraft(JSON.stringify({ ...v2, record: { ...v2.record, areaIds: 'all' } }));
    expect(bad.status === 'current' && [bad.draft.record.areaIds, bad.repaired]).toEqual([[1, 2, 3, 4, 5, 6, 7], ['record.areaIds']]);
  });

  it('keeps the well-formed parts of a damaged record and names what it had to repair', () => {
    const damaged = {
      ...v2,
      record: {
        ...v2.record,
        title: 42,
        checklist: [...v2.record.checklist, { criterionId: 'a1-c2', result: 'maybe', note: '', evidence: [] }],
        findings: 'oops',
      },
      sync: null,
    };
    const result = readDraft(JSON.stringify(damaged));
    expect(result.status).toBe('current');
    if (result.status !== 'current') return;
    expect(result.repaired).toEqual(['record.title', 'record.checklist.1', 'record.findings', 'sync']);
    expect(result.draft.record.title).toBe('');
    expect(result.draft.record.checklist).toEqual(v2.record.checklist);
    expect(result.draft.record.findings).toEqual([]);
    expect(result.draft.record.actions).toEqual(v2.record.actions);
    expect(result.draft.sync).toEqual({ pendingChanges: 1, attempts: 0, nextAttemptAt: null, lastError: null });
  });

  it('never throws: anything else is unreadable, with the reason and the stored value kept for export', () => {
    const cases: [unknown, string, number | null][] = [
      ['{"schemaVersion": 2, "record": ', 'not-json', null],
      ['', 'not-json', null],
      [null, 'not-a-draft', null],
      ['null', 'not-a-draft', null],
      [[1, 2], 'not-a-draft', null],
      ['"text"', 'not-a-draft', null],
      [{ title: 'no version' }, 'not-a-draft', null],
      [{ schemaVersion: '2' }, 'unknown-version', null],
      [{ schemaVersion: 0 }, 'unknown-version', null],
      [{ schemaVersion: 1.5 }, 'unknown-version', null],
      [{ schemaVersion: 3, record }, 'newer-version', 3],
      [{ ...v1, inspectionId: '' }, 'invalid', 1],
      [{ ...v1, record: 'x' }, 'invalid', 1],
      [{ ...v1, changedAt: undefined }, 'invalid', 1],
      [{ ...v2, draftId: 7 }, 'invalid', 2],
      [{ ...v2, record: null }, 'invalid', 2],
      [{ ...v2, serverIds: { a: 1 } }, 'invalid', 2],
    ];
    for (const [stored, reason, schemaVersion] of cases) {
      expect(readDraft(stored), JSON.stringify(stored)).toEqual({ status: 'unreadable', reason, schemaVersion, raw: stored });
    }
  });

  it('repairs a broken base to unknown, so the merge asks rather than guesses', () => {
    const result = readDraft({ ...v2, base: { nothing: true, findings: 3 } });
    expect(result.status === 'current' && result.draft.base?.findings).toEqual([]);
    const lost = readDraft({ ...v2, base: 'x' });
    expect(lost.status === 'current' && [lost.draft.base, lost.repaired]).toEqual([null, ['base']]);
  });
});

describe('a draft through the sync queue', () => {
  const opened = startDraft({ draftId: 'insp-2025-01', inspectionId: 'insp-2025-01', userId: 'u-kiemtra', baseVersion: 3, base: record, now: 't0' });

  it('starts from the record as read, nothing waiting, and survives a write and a read back', () => {
    expect(opened.sync).toEqual({ pendingChanges: 0, attempts: 0, nextAttemptAt: null, lastError: null });
    expect(opened.record).toEqual(record);
    expect(opened.record).not.toBe(record); // editing the draft never edits the base
    expect(readDraft(JSON.stringify(opened))).toEqual({ status: 'current', draft: opened, repaired: [] });
  });

  it('starts a new inspection planned here from an empty record, with no server id or base', () => {
    const planned = startDraft({ draftId: 'local-1', inspectionId: null, userId: 'u-kiemtra', baseVersion: null, base: null, now: 't0' });
    expect([planned.inspectionId, planned.base, planned.record.title, planned.record.status, planned.record.findings]).toEqual([null, null, '', 'planned', []]);
    expect(readDraft(JSON.stringify(planned)).status).toBe('current');
  });

  it('counts each edit as waiting, and after a save keeps waiting only the edits made while it was sent', () => {
    const e1 = withEdit(opened, { ...record, title: 'Kiểm tra' }, 't1');
    const e2 = withEdit(e1, { ...record, title: 'Kiểm tra CCHC' }, 't2');
    expect([e2.sync.pendingChanges, e2.changedAt, e2.record.title]).toEqual([2, 't2', 'Kiểm tra CCHC']);
    // Sent with 2 changes; one more typed before the answer came.
    const e3 = withEdit({ ...e2, sync: { ...e2.sync, attempts: 1, lastError: '500' } }, { ...record, title: 'Kiểm tra CCHC 2025' }, 't3');
    const serverWork = { ...record, title: 'Kiểm tra CCHC' };
    const afterSave = withSaved(e3, { inspectionId: 'insp-2025-01', version: 4, work: serverWork }, 2);
    expect([afterSave.baseVersion, afterSave.base, afterSave.record.title, afterSave.sync]).toEqual([
      4,
      serverWork,
      'Kiểm tra CCHC 2025',
      { pendingChanges: 1, attempts: 0, nextAttemptAt: null, lastError: null },
    ]);
    const allSaved = withSaved(e2, { inspectionId: 'insp-2025-01', version: 4, work: serverWork }, 2);
    expect([allSaved.record, allSaved.sync.pendingChanges]).toEqual([serverWork, 0]);
  });

  it('takes the id the server gave a draft planned here', () => {
    const planned = startDraft({ draftId: 'local-1', inspectionId: null, userId: 'u-kiemtra', baseVersion: null, base: null, now: 't0' });
    const typed = withEdit(planned, { ...planned.record, title: 'Kế hoạch' }, 't1');
    const saved = withSaved(typed, { inspectionId: 'insp-abc', version: 1, work: typed.record }, 1);
    expect([saved.draftId, saved.inspectionId, saved.baseVersion, saved.sync.pendingChanges]).toEqual(['local-1', 'insp-abc', 1, 0]);
  });
});
