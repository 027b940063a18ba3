import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

// The production build on the reference server: a note typed on the recording page, then the connection lost (the
// browser's own offline mode), more typing, a reload with no network (the service worker serves the app shell, the
// draft comes from IndexedDB), and the connection back: the server gets the change once.

async function token(page: Page): Promise<string> {
  const t = await page.evaluate(() => (JSON.parse(localStorage.getItem('cchc.session') ?? '{}') as { token?: string }).token);
  if (!t) throw new Error('no session token');
  return t;
}

interface Inspection {
  id: string;
  version: number;
  teamId: string;
  status: string;
  checklist: { criterionId: string; note: string }[];
}

test('typing offline survives a reload without network and reaches the server once when it is back', async ({ page, context }) => {
  await page.goto('/');
  await signIn(page, 'kiemtra');
  await expect(page.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible();
  // The app shell is cached once the service worker is active and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  const auth = { Authorization: `Bearer ${await token(page)}` };
  const list = (await (await page.request.get('/api/inspections', { headers: auth })).json()) as Inspection[];
  const inspection = list.find((i) => i.teamId === 'doan-1' && i.status === 'in_progress' && i.checklist.length > 0);
  if (!inspection) throw new Error('the demo seed has no inspection in progress for team 1');

  // The writes that reached the server (an answer came back). A try the browser could not send (no network) is not
  // one: after a reload in offline mode, some Chromium versions say navigator.onLine is true, and the sync tries,
  // fails with no connection and waits, as it should.
  const writes: string[] = [];
  page.on('response', (r) => {
    const q = r.request();
    if (q.method() !== 'GET' && q.url().includes('/api/inspections')) writes.push(`${q.method()} ${new URL(q.url()).pathname}`);
  });

  await page.goto(`/kiem-tra/${encodeURIComponent(inspection.id)}`);
  const note = page.getByRole('textbox', { name: /^Ghi chú tiêu chí/ }).first();
  await expect(note).toBeVisible();
  const header = page.getByRole('status', { name: 'Trạng thái đồng bộ' });

  await note.fill('Có niêm yết');
  await expect(header).toHaveText('Đã lưu');
  const savedBefore = writes.length;
  expect(savedBefore).toBeGreaterThanOrEqual(1);

  await context.setOffline(true);
  await note.pressSequentially(' đủ thủ tục');
  await expect(header).toContainText('Chưa đồng bộ');
  expect(writes.length).toBe(savedBefore);

  await page.reload();
  await expect(note).toHaveValue('Có niêm yết đủ thủ tục');
  await expect(header).toContainText('Chưa đồng bộ');

  await context.setOffline(false);
  await expect(header).toHaveText('Đã lưu', { timeout: 20_000 });
  expect(writes.slice(savedBefore)).toEqual([`PATCH /api/inspections/${inspection.id}`]);

  const now = (await (await page.request.get(`/api/inspections/${encodeURIComponent(inspection.id)}`, { headers: auth })).json()) as Inspection;
  expect(now.checklist.filter((c) => c.note.startsWith('Có niêm yết')).map((c) => c.note)).toEqual(['Có niêm yết đủ thủ tục']);
  // One version per write: those before going offline, and one after.
  expect(now.version).toBe(inspection.version + savedBefore + 1);
});
