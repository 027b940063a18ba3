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
});
