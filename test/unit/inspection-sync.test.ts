import 'fake-indexeddb/auto';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { login } from '../../src/api/auth';
import { configureApiClient } from '../../src/api/client';
import { getActions } from '../../src/api/actions';
import { getInspection, patchInspection } from '../../src/api/inspections';
import { workOf, type InspectionWork } from '../../src/domain/inspection-work';
import { openLocalStore, type LocalStore } from '../../src/lib/inspection-sync/db';
import { SyncEngine, type SyncDeps } from '../../src/lib/inspection-sync/engine';
import { resetStore, server, setFault } from '../../mocks/node';
import { listInspections } from '../../mocks/store';

/**
 * The sync queue against the real mock backend (MSW in Node) over a fake IndexedDB: what goes out, in which order,
 * how often, and what the user is told.
 */
const BASE = 'http://localhost/api';
let token: string | null = null;
let store: LocalStore;
const engines: SyncEngine[] = [];
let online = true;
const requests: string[] = [];

async function signIn(username: string) {
  const res = await login({ username, password: 'demo' });
  token = res.token;
  return res.user;
}

function makeEngine(deps: Partial<SyncDeps> = {}) {
  const engine = new SyncEngine({ store, deps: { editDelayMs: 0, backoffMs: () => 50, online: () => online, ...deps } });
  engines.push(engine);
  return engine;
}

/** Inspections of the inspector's team that are still open, the first with a checklist to write notes in. */
function ownInspections() {
  const open = listInspections().filter((i) => i.teamId === 'doan-1' && (i.status === 'in_progress' || i.status === 'planned'));
  const withChecklist = open.filter((i) => i.checklist.length > 0);
  expect(withChecklist.length).toBeGreaterThanOrEqual(1);
  const list = [withChecklist[0]!, ...open.filter((i) => i !== withChecklist[0])];
  expect(list.length).toBeGreaterThanOrEqual(2);
  return list.map((i) => i.id);
}

async function serverWork(id: string): Promise<{ work: InspectionWork; version: number }> {
  const [inspection, actions] = await Promise.all([getInspection(id), getActions({ inspectionId: id })]);
  return { work: workOf(inspection, actions), version: inspection.version };
}

const setNote = (note: string) => (w: InspectionWork): InspectionWork => ({
  ...w,
  checklist: w.checklist.map((c, i) => (i === 0 ? { ...c, note } : c)),
});

const writes = () => requests.filter((r) => !r.startsWith('GET') && !r.includes('/auth/'));

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  configureApiClient({ baseUrl: BASE, getToken: () => token, onUnauthorized: () => {} });
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname.replace('/api', '')}`);
  });
});
beforeEach(async () => {
  store = openLocalStore();
  await store.clear();
  online = true;
  requests.length = 0;
});
afterEach(async () => {
  for (const e of engines.splice(0)) {
    // A write to the device still under way would land in the next test's database.
    await e.flushWrites();
    e.dispose();
  }
  server.resetHandlers();
  resetStore();
  setFault('none');
  token = null;
});
afterAll(() => server.close());

describe('the sync queue', () => {
  it('keeps edits made offline and sends each once, in order, when the connection returns', async () => {
    const user = await signIn('kiemtra');
    const [a, b] = ownInspections() as [string, string];
    const engine = makeEngine();
    await engine.setUser(user.id);
    const [wa, wb] = await Promise.all([serverWork(a), serverWork(b)]);
    online = false;
    engine.edit(a, setNote('Ghi chú A1'), wa);
    engine.edit(b, (w) => ({ ...w, title: 'Tên B' }), wb);
    engine.edit(a, setNote('Ghi chú A2'), wa);
    await new Promise((r) => setTimeout(r, 100));
    expect(engine.getSnapshot().drafts.get(a)?.sync).toEqual({ kind: 'waiting', pending: 2, nextAttemptAt: null, reason: 'offline' });
    expect(writes()).toEqual([]);

    online = true;
    engine.retryNow();
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(b)?.sync.kind).toBe('saved'));
    // b's last change is older than a's: b goes first; each inspection once, with both of a's edits in one PATCH.
    expect(writes()).toEqual([`PATCH /inspections/${b}`, `PATCH /inspections/${a}`]);
    expect((await getInspection(a)).checklist[0]!.note).toBe('Ghi chú A2');
    expect((await getInspection(a)).version).toBe(wa.version + 1);
    expect((await getInspection(b)).title).toBe('Tên B');
  });

  it('waits on a 500, says when it tries again, then saves', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    let failures = 1;
    server.use(
      http.patch(`${BASE}/inspections/:id`, () => {
        if (failures-- > 0) return HttpResponse.json({ error: { code: 'server', message: 'Máy chủ gặp sự cố' } }, { status: 500 });
        return undefined;
      }),
    );
    const engine = makeEngine({ backoffMs: () => 300 });
    await engine.setUser(user.id);
    engine.edit(a, setNote('Sau lỗi 500'), await serverWork(a));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('waiting'));
    const waiting = engine.getSnapshot().drafts.get(a)!.sync;
    expect(waiting).toMatchObject({ kind: 'waiting', pending: 1, reason: 'server' });
    expect(waiting.kind === 'waiting' && waiting.nextAttemptAt !== null && Date.parse(waiting.nextAttemptAt) > Date.now()).toBe(true);
    expect(engine.getSnapshot().drafts.get(a)!.draft.sync).toMatchObject({ attempts: 1, lastError: '500' });
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'), { timeout: 3000 });
    expect(writes()).toEqual([`PATCH /inspections/${a}`, `PATCH /inspections/${a}`]);
    expect((await getInspection(a)).checklist[0]!.note).toBe('Sau lỗi 500');
  });

  it('saves a 409 by itself when the two sides changed different fields', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const engine = makeEngine();
    await engine.setUser(user.id);
    const start = await serverWork(a);
    online = false;
    engine.edit(a, setNote('Ghi chú của tôi'), start);
    // Someone else saves the title meanwhile.
    await patchInspection(a, { version: start.version, title: 'Tên do người khác sửa' });
    online = true;
    engine.retryNow();
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    const now = await getInspection(a);
    expect(now.title).toBe('Tên do người khác sửa');
    expect(now.checklist[0]!.note).toBe('Ghi chú của tôi');
    expect(now.version).toBe(start.version + 2);
    expect(engine.getSnapshot().drafts.get(a)!.conflict).toBeNull();
  });

  it('shows exactly the fields both sides changed on a 409, and saves the choice', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const engine = makeEngine();
    await engine.setUser(user.id);
    const start = await serverWork(a);
    online = false;
    engine.edit(a, (w) => ({ ...setNote('Ghi chú của tôi')(w), title: 'Tên của tôi' }), start);
    await patchInspection(a, {
      version: start.version,
      title: 'Tên của người khác',
      checklist: setNote('Ghi chú của người khác')(start.work).checklist,
      endDate: null,
    });
    online = true;
    engine.retryNow();
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('conflict'));
    const conflict = engine.getSnapshot().drafts.get(a)!.conflict!;
    const firstCriterion = start.work.checklist[0]!.criterionId;
    expect(conflict.conflicts.map((c) => c.key).sort()).toEqual([`checklist/${firstCriterion}/note`, 'title']);
    expect(conflict.theirsVersion).toBe(start.version + 1);

    engine.resolve(a, { title: 'theirs' });
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    const now = await getInspection(a);
    expect(now.title).toBe('Tên của người khác');
    expect(now.checklist[0]!.note).toBe('Ghi chú của tôi');
  });

  it('finds the draft again after a reload and sends it then', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const first = makeEngine();
    await first.setUser(user.id);
    online = false;
    first.edit(a, setNote('Gõ trước khi tải lại'), await serverWork(a));
    await first.flushWrites();
    first.dispose();

    const second = makeEngine();
    await second.setUser(user.id);
    const draft = second.getSnapshot().drafts.get(a)!;
    expect(draft.draft.record.checklist[0]!.note).toBe('Gõ trước khi tải lại');
    expect(draft.sync).toMatchObject({ kind: 'waiting', pending: 1, reason: 'offline' });
    online = true;
    second.retryNow();
    await vi.waitFor(() => expect(second.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    expect(writes()).toEqual([`PATCH /inspections/${a}`]);
    expect((await getInspection(a)).checklist[0]!.note).toBe('Gõ trước khi tải lại');
  });

  it('creates each new action once though a later write fails, and maps its id', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    let postFailures = 1;
    let posts = 0;
    server.use(
      http.post(`${BASE}/actions`, () => {
        posts++;
        // The second action's first POST fails; the first action's must not be sent again.
        if (posts === 2 && postFailures-- > 0) return HttpResponse.json({ error: { code: 'server', message: 'Lỗi' } }, { status: 503 });
        return undefined;
      }),
    );
    const engine = makeEngine();
    await engine.setUser(user.id);
    const start = await serverWork(a);
    const before = start.work.actions.length;
    engine.edit(
      a,
      (w) => ({
        ...w,
        findings: [...w.findings, { id: 'f-new', areaId: 1, title: 'Chưa niêm yết thủ tục', description: '', severity: 'medium', cause: '' }],
        actions: [
          ...w.actions,
          { id: 'local-act-1', findingId: 'f-new', description: 'Niêm yết lại', ownerUnitId: w.unitId, ownerName: 'Công chức một cửa', dueDate: '2026-12-31', status: 'not_started' },
          { id: 'local-act-2', findingId: 'f-new', description: 'Kiểm tra lại', ownerUnitId: w.unitId, ownerName: 'Chủ tịch UBND xã', dueDate: '2026-12-31', status: 'not_started' },
        ],
      }),
      start,
    );
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync).toMatchObject({ kind: 'waiting', reason: 'server' }));
    expect(engine.getSnapshot().drafts.get(a)!.draft.serverIds).toHaveProperty('local-act-1');
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'), { timeout: 3000 });
    expect(writes()).toEqual([`PATCH /inspections/${a}`, 'POST /actions', 'POST /actions', 'POST /actions']);
    const actions = await getActions({ inspectionId: a });
    expect(actions).toHaveLength(before + 2);
    expect(actions.filter((x) => x.findingId === 'f-new').map((x) => x.description).sort()).toEqual(['Kiểm tra lại', 'Niêm yết lại']);
    // The record now holds the server's ids.
    const draft = engine.getSnapshot().drafts.get(a)!.draft;
    expect(draft.record.actions.some((x) => x.id.startsWith('local-'))).toBe(false);
  });

  it('deletes the actions removed here, before the finding they belonged to, once each', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const engine = makeEngine();
    await engine.setUser(user.id);
    const start = await serverWork(a);
    engine.edit(
      a,
      (w) => ({
        ...w,
        findings: [...w.findings, { id: 'f-new', areaId: 1, title: 'Chưa niêm yết thủ tục', description: '', severity: 'medium', cause: '' }],
        actions: [
          ...w.actions,
          { id: 'local-act-1', findingId: 'f-new', description: 'Niêm yết lại', ownerUnitId: w.unitId, ownerName: 'Công chức một cửa', dueDate: '2026-12-31', status: 'not_started' },
          { id: 'local-act-2', findingId: 'f-new', description: 'Kiểm tra lại', ownerUnitId: w.unitId, ownerName: 'Chủ tịch UBND xã', dueDate: '2026-12-31', status: 'not_started' },
        ],
      }),
      start,
    );
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    const [first, second] = (await getActions({ inspectionId: a })).filter((x) => x.findingId === 'f-new').sort((x, y) => x.description.localeCompare(y.description));
    requests.length = 0;

    // One action removed: a DELETE, nothing else.
    engine.edit(a, (w) => ({ ...w, actions: w.actions.filter((x) => x.id !== second!.id) }));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    expect(writes()).toEqual([`DELETE /actions/${second!.id}`]);
    requests.length = 0;

    // The finding with its last action: the action first, so that the finding may go.
    engine.edit(a, (w) => ({ ...w, findings: w.findings.filter((f) => f.id !== 'f-new'), actions: w.actions.filter((x) => x.findingId !== 'f-new') }));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    expect(writes()).toEqual([`DELETE /actions/${first!.id}`, `PATCH /inspections/${a}`]);
    expect((await getActions({ inspectionId: a })).some((x) => x.findingId === 'f-new')).toBe(false);
    expect((await getInspection(a)).findings.some((f) => f.id === 'f-new')).toBe(false);
    expect(engine.getSnapshot().drafts.get(a)!.draft.record.actions).toEqual(start.work.actions);
  });

  it('uploads evidence kept on the device once, before the inspection, with the server id in the checklist', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    let patchFailures = 1;
    server.use(
      http.patch(`${BASE}/inspections/:id`, () => {
        if (patchFailures-- > 0) return HttpResponse.json({ error: { code: 'server', message: 'Lỗi' } }, { status: 500 });
        return undefined;
      }),
    );
    const engine = makeEngine();
    await engine.setUser(user.id);
    const localId = await engine.keepEvidence(a, { blob: new Blob(['%PDF-1.4 biên bản'], { type: 'application/pdf' }), thumbnail: null, name: 'bien-ban.pdf', type: 'application/pdf' });
    expect(localId).toMatch(/^local-ev-/);
    engine.edit(a, (w) => ({ ...w, checklist: w.checklist.map((c, i) => (i === 0 ? { ...c, evidence: [...c.evidence, localId] } : c)) }), await serverWork(a));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'), { timeout: 3000 });
    expect(writes()).toEqual(['POST /evidence', `PATCH /inspections/${a}`, `PATCH /inspections/${a}`]);
    const serverId = engine.getSnapshot().drafts.get(a)!.draft.serverIds[localId]!;
    expect((await getInspection(a)).checklist[0]!.evidence).toContain(serverId);
    expect((await getInspection(a)).checklist[0]!.evidence.some((e) => e.startsWith('local-'))).toBe(false);
    expect((await store.evidenceByServerId(serverId))?.name).toBe('bien-ban.pdf');
  });

  it('waits for the session on a 401 and sends once the same user is signed in again', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const engine = makeEngine();
    await engine.setUser(user.id);
    const start = await serverWork(a);
    setFault('expired');
    engine.edit(a, setNote('Trước khi hết phiên'), start);
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync).toEqual({ kind: 'waiting', pending: 1, nextAttemptAt: null, reason: 'session' }));
    // Signed out by the expiry, then in again.
    setFault('none');
    await engine.setUser(null);
    expect(engine.getSnapshot().drafts.size).toBe(0);
    await signIn('kiemtra');
    await engine.setUser(user.id);
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    expect((await getInspection(a)).checklist[0]!.note).toBe('Trước khi hết phiên');
  });

  it('is refused with the server message at the field on a 422, and tries again after the next edit', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    // A rule only the server knows (the request schemas pass): its 422 is shown, with its words by the field.
    let refusals = 1;
    server.use(
      http.patch(`${BASE}/inspections/:id`, () => {
        if (refusals-- > 0)
          return HttpResponse.json({ error: { code: 'validation', message: 'Dữ liệu không hợp lệ', fields: { title: ['Tên đã dùng cho cuộc kiểm tra khác'] } } }, { status: 422 });
        return undefined;
      }),
    );
    const engine = makeEngine();
    await engine.setUser(user.id);
    const start = await serverWork(a);
    engine.edit(a, (w) => ({ ...w, title: 'Kiểm tra CCHC' }), start);
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('refused'));
    const refused = engine.getSnapshot().drafts.get(a)!.sync;
    expect(refused).toMatchObject({ kind: 'refused', status: 422, pending: 1 });
    expect(refused.kind === 'refused' && refused.fields.title).toBe('Tên đã dùng cho cuộc kiểm tra khác');
    // The typing is still there, and nothing is tried again until the user changes something.
    expect(engine.getSnapshot().drafts.get(a)!.draft.record.title).toBe('Kiểm tra CCHC');
    expect(writes()).toEqual([`PATCH /inspections/${a}`]);
    engine.edit(a, (w) => ({ ...w, title: 'Kiểm tra CCHC năm 2026' }));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    expect((await getInspection(a)).title).toBe('Kiểm tra CCHC năm 2026');
  });

  it('keeps a draft the request schemas refuse on the device, says what is missing, and sends it once complete', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const engine = makeEngine();
    await engine.setUser(user.id);
    const start = await serverWork(a);
    const finding = { id: 'f-new', areaId: 1, title: 'Chưa niêm yết thủ tục', description: '', severity: 'medium' as const, cause: '' };
    const action = { id: 'local-act-1', findingId: 'f-new', description: 'Niêm yết lại', ownerUnitId: start.work.unitId, ownerName: '', dueDate: '', status: 'not_started' as const };
    // The action is still being typed: no owner post, no due date yet.
    engine.edit(a, (w) => ({ ...setNote('Ghi chú cùng lúc')(w), findings: [...w.findings, finding], actions: [...w.actions, action] }), start);
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('incomplete'));
    const n = start.work.findings.length + 1;
    expect(engine.getSnapshot().drafts.get(a)!.sync).toEqual({
      kind: 'incomplete',
      pending: 1,
      problems: [
        { finding: n, action: 1, field: 'ownerName', message: 'Nhập người chịu trách nhiệm' },
        { finding: n, action: 1, field: 'dueDate', message: 'Ngày phải có dạng YYYY-MM-DD' },
      ],
    });
    expect(writes()).toEqual([]);
    engine.edit(a, (w) => ({ ...w, actions: w.actions.map((x) => (x.id === 'local-act-1' ? { ...x, ownerName: 'Chủ tịch UBND xã' } : x)) }));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync).toMatchObject({ kind: 'incomplete', pending: 2, problems: [{ field: 'dueDate' }] }));
    expect(writes()).toEqual([]);
    engine.edit(a, (w) => ({ ...w, actions: w.actions.map((x) => (x.id === 'local-act-1' ? { ...x, dueDate: '2026-12-31' } : x)) }));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    expect(writes()).toEqual([`PATCH /inspections/${a}`, 'POST /actions']);
    expect((await getActions({ inspectionId: a })).find((x) => x.findingId === 'f-new')).toMatchObject({ ownerName: 'Chủ tịch UBND xã', dueDate: '2026-12-31' });
  });

  it('sends the newer draft, not a refusal, when the user changed it while a refused write was on its way', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const engine = makeEngine();
    let release: () => void = () => {};
    let first = true;
    server.use(
      http.patch(`${BASE}/inspections/:id`, async () => {
        if (!first) return undefined;
        first = false;
        await new Promise<void>((r) => (release = r));
        return HttpResponse.json({ error: { code: 'validation', message: 'Dữ liệu không hợp lệ', fields: { note: ['Ghi chú này bị từ chối'] } } }, { status: 422 });
      }),
    );
    await engine.setUser(user.id);
    engine.edit(a, setNote('Bản đầu'), await serverWork(a));
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saving'));
    await vi.waitFor(() => expect(writes()).toHaveLength(1));
    // Typed while the first write is out; the server then refuses the first.
    engine.edit(a, setNote('Bản sửa lại'));
    release();
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    expect(writes()).toEqual([`PATCH /inspections/${a}`, `PATCH /inspections/${a}`]);
    expect((await getInspection(a)).checklist[0]!.note).toBe('Bản sửa lại');
  });

  it('removes the user’s drafts and evidence at sign-out and leaves another user’s', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const engine = makeEngine();
    await engine.setUser(user.id);
    online = false;
    engine.edit(a, setNote('Của kiemtra'), await serverWork(a));
    await engine.keepEvidence(a, { blob: new Blob(['x']), thumbnail: null, name: 'a.jpg', type: 'image/jpeg' });
    await store.putDraft('u-kiemtra2/other', { schemaVersion: 2, draftId: 'other', inspectionId: 'other', userId: 'u-kiemtra2', baseVersion: 1, base: null, record: {}, serverIds: {}, sync: { pendingChanges: 1, attempts: 0, nextAttemptAt: null, lastError: null }, changedAt: '2026-01-01T00:00:00Z' });
    await engine.discardUserData(user.id);
    expect((await store.allDrafts()).map((d) => d.key)).toEqual(['u-kiemtra2/other']);
    expect(await store.allEvidence()).toEqual([]);
    expect(engine.getSnapshot().drafts.size).toBe(0);
  });

  it('reads a draft of the older app (v1), keeps an unreadable one aside, and still opens', async () => {
    const user = await signIn('kiemtra');
    const [a] = ownInspections() as [string];
    const start = await serverWork(a);
    const { actions: _actions, ...fields } = setNote('Viết bởi bản cũ')(start.work);
    await store.putDraft(a, { schemaVersion: 1, inspectionId: a, baseVersion: start.version, record: fields, changedAt: '2026-01-02T03:04:05.000Z' });
    await store.putDraft('broken', '{"schemaVersion": 2, "draftId": ');
    online = false;
    const engine = makeEngine();
    await engine.setUser(user.id);
    const snap = engine.getSnapshot();
    expect(snap.loaded).toBe(true);
    expect(snap.drafts.get(a)?.draft).toMatchObject({ schemaVersion: 2, userId: user.id, inspectionId: a, base: null });
    expect(snap.drafts.get(a)?.draft.record.checklist[0]!.note).toBe('Viết bởi bản cũ');
    expect(snap.quarantined.map((q) => [q.key, q.reason])).toEqual([['broken', 'not-json']]);
    await engine.flushWrites();
    // Stored again in the current shape under the user's key; the unreadable one moved, not lost.
    expect((await store.allDrafts()).map((d) => d.key)).toEqual([`${user.id}/${a}`]);
    expect((await store.allQuarantined())[0]!.raw).toBe('{"schemaVersion": 2, "draftId": ');
    // No base was kept by the old app: the server's record is read first, the same version is taken as the base.
    online = true;
    engine.retryNow();
    await vi.waitFor(() => expect(engine.getSnapshot().drafts.get(a)?.sync.kind).toBe('saved'));
    expect((await getInspection(a)).checklist[0]!.note).toBe('Viết bởi bản cũ');
  });
});
