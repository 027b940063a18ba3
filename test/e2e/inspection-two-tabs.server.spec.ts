import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

// One inspector, two tabs of the same browser on one inspection (the production build on the reference server): the
// tabs share the device's drafts; one tab at a time sends (a Web Lock), the other reads the draft again when told
// (a BroadcastChannel). A note typed in one tab shows in the other, and each change reaches the server once.

interface Inspection {
  id: string;
  version: number;
  teamId: string;
  status: string;
  checklist: { criterionId: string; note: string }[];
}

async function token(page: Page): Promise<string> {
  const t = await page.evaluate(() => (JSON.parse(localStorage.getItem('cchc.session') ?? '{}') as { token?: string }).token);
  if (!t) throw new Error('no session token');
  return t;
}

test('two tabs on one inspection: what one types shows in the other, and the server gets each change once', async ({ context }) => {
  test.setTimeout(90_000);
  const first = await context.newPage();
  await first.goto('/');
  await signIn(first, 'kiemtra');
  await expect(first.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible();

  const auth = { Authorization: `Bearer ${await token(first)}` };
  const list = (await (await first.request.get('/api/inspections', { headers: auth })).json()) as Inspection[];
  const inspection = list.find((i) => i.teamId === 'doan-1' && i.status === 'in_progress' && i.checklist.length > 0);
  if (!inspection) throw new Error('the demo seed has no inspection in progress for team 1');
  const url = `/kiem-tra/${encodeURIComponent(inspection.id)}`;

  const writes: string[] = [];
  context.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/api/inspections')) writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });

  await first.goto(url);
  const second = await context.newPage();
  await second.goto(url);
  // The first criterion's note, in each tab.
  const firstNote = first.getByRole('textbox', { name: /^Ghi chú tiêu chí/ }).first();
  const secondNote = second.getByRole('textbox', { name: /^Ghi chú tiêu chí/ }).first();
  await expect(firstNote).toBeVisible();
  await expect(secondNote).toBeVisible();

  await firstNote.fill('Ghi ở tab thứ nhất');
  await expect(first.getByRole('status', { name: 'Trạng thái đồng bộ' })).toHaveText('Đã lưu');
  // The other tab follows the device's draft without a reload.
  await expect(secondNote).toHaveValue('Ghi ở tab thứ nhất');
  await expect(second.getByRole('status', { name: 'Trạng thái đồng bộ' })).toHaveText('Đã lưu');

  // The user goes to the second tab (the field of the first loses focus: a field being typed in is never overwritten)
  // and types there: it goes out once, whichever tab holds the lock.
  await firstNote.blur();
  await secondNote.fill('Ghi ở tab thứ hai');
  await expect(second.getByRole('status', { name: 'Trạng thái đồng bộ' })).toHaveText('Đã lưu');
  await expect(firstNote).toHaveValue('Ghi ở tab thứ hai');

  const saved = (await (await first.request.get(`/api/inspections/${encodeURIComponent(inspection.id)}`, { headers: auth })).json()) as Inspection;
  expect(saved.checklist.filter((c) => c.note.startsWith('Ghi ở tab')).map((c) => c.note)).toEqual(['Ghi ở tab thứ hai']);
  // Two changes, two writes: no tab sent one twice, none sent the other tab's on top.
  expect(writes).toEqual([`PATCH /api/inspections/${inspection.id}`, `PATCH /api/inspections/${inspection.id}`]);
  expect(saved.version).toBe(inspection.version + 2);
});

test('a tab closed right after typing: the next tab finds the note and sends it', async ({ context }) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, 'kiemtra');
  await expect(page.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible();
  const auth = { Authorization: `Bearer ${await token(page)}` };
  const list = (await (await page.request.get('/api/inspections', { headers: auth })).json()) as Inspection[];
  const inspection = list.find((i) => i.teamId === 'doan-1' && i.status === 'in_progress' && i.checklist.length > 0)!;
  const url = `/kiem-tra/${encodeURIComponent(inspection.id)}`;

  await page.goto(url);
  const note = page.getByRole('textbox', { name: /^Ghi chú tiêu chí/ }).first();
  await note.fill('Gõ rồi đóng tab ngay');
  // Closed before the 600 ms after the last keystroke: nothing was sent yet.
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  await next.goto(url);
  await expect(next.getByRole('textbox', { name: /^Ghi chú tiêu chí/ }).first()).toHaveValue('Gõ rồi đóng tab ngay');
  await expect(next.getByRole('status', { name: 'Trạng thái đồng bộ' })).toHaveText('Đã lưu');
  const saved = (await (await next.request.get(`/api/inspections/${encodeURIComponent(inspection.id)}`, { headers: auth })).json()) as Inspection;
  expect(saved.checklist.some((c) => c.note === 'Gõ rồi đóng tab ngay')).toBe(true);
});
