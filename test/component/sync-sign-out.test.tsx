import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getActions } from '../../src/api/actions';
import { getInspection } from '../../src/api/inspections';
import { UserBox } from '../../src/app/layout/user-box';
import { getSessionState, loadSession } from '../../src/features/auth/session-store';
import { workOf } from '../../src/domain/inspection-work';
import { openLocalStore } from '../../src/lib/inspection-sync/db';
import { getSyncEngine, replaceSyncEngine, SyncEngine } from '../../src/lib/inspection-sync';
import { listInspections } from '../../mocks/store';
import { signIn } from '../setup/render';
import { renderWithProviders } from '../setup/render-with-providers';

/** Signing out on a shared tablet: unsynced changes are not dropped without asking, and nothing is left behind. */
let online = true;
const store = () => openLocalStore();

async function draftOffline(note: string) {
  const inspection = listInspections().find((i) => i.teamId === 'doan-1' && i.checklist.length > 0 && i.status !== 'finalised')!;
  const [fresh, actions] = await Promise.all([getInspection(inspection.id), getActions({ inspectionId: inspection.id })]);
  const engine = getSyncEngine();
  await engine.whenLoaded();
  online = false;
  engine.edit(
    inspection.id,
    (w) => ({ ...w, checklist: w.checklist.map((c, i) => (i === 0 ? { ...c, note } : c)) }),
    { work: workOf(fresh, actions), version: fresh.version },
  );
  await engine.flushWrites();
  return inspection.id;
}

beforeEach(async () => {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  online = true;
  await store().clear();
  // Another user's draft on the same tablet (their session expired): it must stay.
  await store().putDraft('u-kiemtra2/insp-y', {
    schemaVersion: 2,
    draftId: 'insp-y',
    inspectionId: 'insp-y',
    userId: 'u-kiemtra2',
    baseVersion: 1,
    base: null,
    record: { checklist: [], findings: [], goodPractices: [], actions: [] },
    serverIds: {},
    sync: { pendingChanges: 1, attempts: 0, nextAttemptAt: null, lastError: null },
    changedAt: '2026-01-01T00:00:00.000Z',
  });
  await signIn('kiemtra');
  loadSession();
  replaceSyncEngine(new SyncEngine({ deps: { editDelayMs: 0 } }));
});
afterEach(async () => {
  await getSyncEngine().flushWrites();
  replaceSyncEngine(null);
  await store().clear();
});

describe('signing out with unsynced changes', () => {
  it('warns with the count, and after "discard" no draft or evidence of the user is left', async () => {
    // A draft written by a newer app: unreadable here, kept aside, offered for export, removed with this sign-out.
    await store().putDraft('u-kiemtra/insp-z', { schemaVersion: 99, whatever: true });
    await getSyncEngine().reload();
    await draftOffline('Chưa gửi');
    await getSyncEngine().keepEvidence('x', { blob: new Blob(['jpeg']), thumbnail: null, name: 'a.jpg', type: 'image/jpeg' });
    const { user } = await renderWithProviders(<UserBox />);
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    const dialog = await screen.findByRole('dialog', { name: 'Còn thay đổi chưa đồng bộ' });
    expect(within(dialog).getByText(/Còn 1 thay đổi chưa gửi lên máy chủ/)).toBeVisible();
    expect(within(dialog).getByText('Ngoài ra còn 1 bản nháp không đọc được, cũng sẽ bị xóa.')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Chờ đồng bộ rồi đăng xuất' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Xuất ra tệp JSON' })).toBeEnabled();
    expect(getSessionState().session).not.toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Bỏ thay đổi và đăng xuất' }));
    expect(getSessionState()).toMatchObject({ session: null, end: 'signed-out' });
    await waitFor(async () => expect((await store().allDrafts()).map((d) => d.key)).toEqual(['u-kiemtra2/insp-y']));
    // The unreadable draft: nobody can tell whose it is, so it goes with this sign-out (offered for export first).
    expect(await store().allEvidence()).toEqual([]);
    expect(await store().allQuarantined()).toEqual([]);
  });

  it('"wait" sends the changes, then signs out by itself', async () => {
    const id = await draftOffline('Gửi trước khi đăng xuất');
    const { user } = await renderWithProviders(<UserBox />);
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    const dialog = await screen.findByRole('dialog', { name: 'Còn thay đổi chưa đồng bộ' });
    online = true;
    await user.click(within(dialog).getByRole('button', { name: 'Chờ đồng bộ rồi đăng xuất' }));
    await waitFor(() => expect(getSessionState()).toMatchObject({ session: null, end: 'signed-out' }));
    await signIn('kiemtra');
    expect((await getInspection(id)).checklist[0]!.note).toBe('Gửi trước khi đăng xuất');
    await waitFor(async () => expect((await store().allDrafts()).map((d) => d.key)).toEqual(['u-kiemtra2/insp-y']));
  });

  it('signs out at once when everything is synced, and still leaves nothing', async () => {
    await draftOffline('Đã gửi');
    online = true;
    getSyncEngine().retryNow();
    await waitFor(() => expect([...getSyncEngine().getSnapshot().drafts.values()].map((d) => d.sync.kind)).toEqual(['saved']));
    const { user } = await renderWithProviders(<UserBox />);
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(getSessionState()).toMatchObject({ session: null, end: 'signed-out' });
    await waitFor(async () => expect((await store().allDrafts()).map((d) => d.key)).toEqual(['u-kiemtra2/insp-y']));
  });
});
