import 'fake-indexeddb/auto';
import { TextInput } from '@mantine/core';
import { act, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getInspection } from '../../src/api/inspections';
import { SyncStatus } from '../../src/components/sync-status';
import { loadSession } from '../../src/features/auth';
import { openLocalStore } from '../../src/lib/inspection-sync/db';
import { getSyncEngine, replaceSyncEngine, SyncEngine, useInspectionDraft } from '../../src/lib/inspection-sync';
import { server } from '../../mocks/node';
import { listInspections } from '../../mocks/store';
import { signIn } from '../setup/render';
import { renderWithProviders } from '../setup/render-with-providers';

/** A stand-in for the recording screen: one criterion's note, edited through the draft handle. */
function NoteProbe({ inspectionId }: { inspectionId: string }) {
  const draft = useInspectionDraft(inspectionId);
  if (draft.status !== 'ready' || !draft.record) return <p>…</p>;
  const note = draft.record.checklist[0]?.note ?? '';
  return (
    <TextInput
      label="Ghi chú"
      value={note}
      onChange={(e) => {
        const value = e.currentTarget.value;
        draft.edit((w) => ({ ...w, checklist: w.checklist.map((c, i) => (i === 0 ? { ...c, note: value } : c)) }));
      }}
    />
  );
}

let online = true;
const writes: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  if (request.method !== 'GET' && !request.url.includes('/auth/')) writes.push(`${request.method} ${new URL(request.url).pathname}`);
};

function setOnline(value: boolean) {
  online = value;
  act(() => void window.dispatchEvent(new Event(value ? 'online' : 'offline')));
}

beforeEach(async () => {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  online = true;
  writes.length = 0;
  server.events.on('request:start', onRequest);
  await openLocalStore().clear();
});
afterEach(async () => {
  server.events.removeListener('request:start', onRequest);
  await getSyncEngine().flushWrites();
  replaceSyncEngine(null);
  await openLocalStore().clear();
});

describe('SyncStatus', () => {
  it('says nothing without drafts, then follows the draft through offline → online, and the server gets it once', async () => {
    await signIn('kiemtra');
    loadSession();
    const inspection = listInspections().find((i) => i.teamId === 'doan-1' && i.status === 'in_progress' && i.checklist.length > 0)!;
    replaceSyncEngine(new SyncEngine({ deps: { editDelayMs: 0 } }));
    const { user } = await renderWithProviders(
      <MemoryRouter>
        <SyncStatus />
        <NoteProbe inspectionId={inspection.id} />
      </MemoryRouter>,
    );
    const field = await screen.findByRole('textbox', { name: 'Ghi chú' });
    const status = screen.getByRole('status', { name: 'Trạng thái đồng bộ' });
    expect(status).toHaveTextContent(/^$/);

    setOnline(false);
    await user.clear(field);
    await user.type(field, 'Đủ hồ sơ');
    expect(field).toHaveValue('Đủ hồ sơ');
    // One change for the clearing, one per character typed.
    await waitFor(() => expect(status).toHaveTextContent('Chưa đồng bộ — chờ có mạng (9 thay đổi)'));
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    expect(writes).toEqual([]);

    setOnline(true);
    await waitFor(() => expect(status).toHaveTextContent('Đã lưu'));
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
    expect(writes).toEqual([`PATCH /api/inspections/${inspection.id}`]);
    const saved = await getInspection(inspection.id);
    expect(saved.checklist[0]!.note).toBe('Đủ hồ sơ');
    expect(saved.version).toBe(inspection.version + 1);
  });
});
