import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './helpers';

// The production build on the reference server, two browsers on one database: the inspector of team 1 (A) and the
// secretariat (B, team 1 has no second member) open the same inspection in progress. B changes two criteria's notes
// (X and Y) and saves; A, still on the version both opened, changes Y differently and a result (Z) only A touched.
// A's save gets 409: the chooser asks about Y only, X and Z are merged by themselves, and the merge is saved with
// the new version; after a reload both browsers, and the API, hold X from B, Z from A and Y as A chose.

const inspectionId = 'insp-2025-07';
const url = `/kiem-tra/${inspectionId}`;

const X_B = 'Đã ban hành quy chế làm việc năm 2025';
const Y_B = 'Bố trí đủ 20 công chức theo đề án vị trí việc làm';
const Y_A = 'Thiếu 1 công chức địa chính – xây dựng';

interface CriterionResult {
  criterionId: string;
  result: string | null;
  note: string;
  evidence: string[];
}
interface Inspection {
  id: string;
  version: number;
  teamId: string;
  status: string;
  checklist: CriterionResult[];
  [field: string]: unknown;
}

async function token(page: Page): Promise<string> {
  const t = await page.evaluate(() => (JSON.parse(localStorage.getItem('cchc.session') ?? '{}') as { token?: string }).token);
  if (!t) throw new Error('no session token');
  return t;
}

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible();
  return page;
}

/** The statuses of the page's PATCHes of the inspection, in order. */
function patchStatuses(page: Page): number[] {
  const statuses: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'PATCH' && new URL(r.url()).pathname === `/api/inspections/${inspectionId}`) statuses.push(r.status());
  });
  return statuses;
}

const criterion = (page: Page, number: string) => page.getByRole('group', { name: new RegExp(`^${number.replace('.', '\\.')}\\. `) });
const note = (page: Page, number: string) => page.getByRole('textbox', { name: `Ghi chú tiêu chí ${number}` });
const passed = (page: Page, number: string) => criterion(page, number).getByRole('radio', { name: 'Đạt', exact: true });
const header = (page: Page) => page.getByRole('status', { name: 'Trạng thái đồng bộ' });

async function openRecord(page: Page) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: /Minh Cường/ })).toBeVisible();
  // Area 4 is the first with criteria left, so it is open; both users may write.
  await expect(note(page, '4.1')).toBeEditable();
}

test('a second browser saves first; the first gets the chooser for the one field both changed, and nothing is lost', async ({ browser }) => {
  // Two browsers, each signing in, saving and reloading: more than one page's worth of the default 60 s.
  test.setTimeout(180_000);
  const a = await signedInPage(browser, 'kiemtra');
  const b = await signedInPage(browser, 'vanphong');
  const auth = { Authorization: `Bearer ${await token(a)}` };
  const read = async () => (await (await a.request.get(`/api/inspections/${inspectionId}`, { headers: auth })).json()) as Inspection;
  const actionCount = async () =>
    ((await (await a.request.get(`/api/actions?inspectionId=${inspectionId}`, { headers: auth })).json()) as unknown[]).length;

  const before = await read();
  expect(before.teamId).toBe('doan-1');
  expect(before.status).toBe('in_progress');
  const actionsBefore = await actionCount();
  const template = (await (await a.request.get('/api/inspection-template', { headers: auth })).json()) as {
    areas: { id: number; criteria: { id: string }[] }[];
  };
  const [c1, c2, c3] = template.areas.find((x) => x.id === 4)!.criteria.map((c) => c.id);
  const entry = (i: Inspection, id: string | undefined) => i.checklist.find((c) => c.criterionId === id);
  // What the test writes is new to the seed: criteria 4.1–4.3 are not assessed and hold none of these notes.
  for (const id of [c1, c2, c3]) {
    expect(entry(before, id)?.result ?? null).toBeNull();
    expect([X_B, Y_B, Y_A]).not.toContain(entry(before, id)?.note ?? '');
  }

  const aPatches = patchStatuses(a);
  const bPatches = patchStatuses(b);
  await openRecord(a);
  await openRecord(b);

  // B: X (note 4.1) and Y (note 4.2), saved.
  await note(b, '4.1').fill(X_B);
  await note(b, '4.2').fill(Y_B);
  await expect(header(b)).toHaveText('Đã lưu');
  expect(bPatches.length).toBeGreaterThanOrEqual(1);
  expect(bPatches.every((s) => s === 200)).toBe(true);

  // A, on the version it opened (no reload): Y differently, and Z (criterion 4.3 đạt) that B did not touch. A's
  // connection drops meanwhile, so both changes go out in one write when it is back (else the chooser could open,
  // as a modal, between the two, and catch the click meant for Z).
  await expect(note(a, '4.2')).toHaveValue('');
  await a.context().setOffline(true);
  await note(a, '4.2').fill(Y_A);
  await passed(a, '4.3').click();
  await expect(passed(a, '4.3')).toBeChecked();
  await expect(header(a)).toContainText('Chưa đồng bộ');
  expect(aPatches).toEqual([]);
  await a.context().setOffline(false);

  // The save is refused with 409 and the chooser opens by itself, asking about Y only.
  const dialog = a.getByRole('dialog', { name: 'Chọn bản giữ lại' });
  await expect(dialog).toBeVisible();
  expect(aPatches[0]).toBe(409);
  const groups = dialog.getByRole('radiogroup');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toHaveAccessibleName('Tiêu chí 4.2 — Ghi chú');
  await expect(groups.first().getByRole('radio', { name: `Của tôi: ${Y_A}` })).toBeChecked();
  await expect(groups.first().getByRole('radio', { name: `Trên máy chủ: ${Y_B}` })).not.toBeChecked();
  // Neither X (B's alone) nor Z (A's alone) is asked.
  await expect(dialog.getByText(X_B)).toHaveCount(0);
  await expect(dialog.getByText(/Tiêu chí 4\.1|Tiêu chí 4\.3|Kết quả/)).toHaveCount(0);

  // "Để sau": the page keeps the conflict state, and its button opens the chooser again.
  await dialog.getByRole('button', { name: 'Để sau' }).first().click();
  await expect(dialog).toBeHidden();
  await expect(header(a)).toContainText('Có xung đột');
  await expect(a.locator('main').getByRole('status').filter({ hasText: 'Trùng thay đổi với người khác' })).toBeVisible();
  await a.locator('main').getByRole('button', { name: 'Chọn bản giữ lại' }).click();
  await expect(dialog).toBeVisible();

  // A keeps the server's Y; the merge goes out with the new version.
  await dialog.getByRole('radio', { name: `Trên máy chủ: ${Y_B}` }).check();
  await dialog.getByRole('button', { name: 'Lưu bản đã hợp nhất' }).click();
  await expect(dialog).toBeHidden();
  await expect(header(a)).toHaveText('Đã lưu');
  // One write refused, one merged write taken: never a second 409, never the stale version again.
  expect(aPatches).toEqual([409, 200]);

  // After a reload, both browsers show the same record: X from B, Y as chosen, Z from A.
  for (const page of [a, b]) {
    await page.reload();
    await expect(note(page, '4.1')).toHaveValue(X_B);
    await expect(note(page, '4.2')).toHaveValue(Y_B);
    await expect(passed(page, '4.3')).toBeChecked();
    await expect(header(page)).toHaveText('Đã lưu');
  }

  // The server: one version per write taken (B's, then A's merge), and nothing else changed.
  const after = await read();
  const taken = bPatches.filter((s) => s === 200).length + aPatches.filter((s) => s === 200).length;
  expect(after.version).toBe(before.version + taken);
  expect(entry(after, c1)).toMatchObject({ result: null, note: X_B });
  expect(entry(after, c2)).toMatchObject({ result: null, note: Y_B });
  expect(entry(after, c3)).toMatchObject({ result: 'pass', note: '' });
  const others = (i: Inspection) => i.checklist.filter((c) => ![c1, c2, c3].includes(c.criterionId));
  expect(others(after)).toEqual(others(before));
  const rest = ({ version: _v, checklist: _c, updatedAt: _u, updatedBy: _b, ...fields }: Inspection) => fields;
  expect(rest(after)).toEqual(rest(before));
  expect(await actionCount()).toBe(actionsBefore);

  await a.context().close();
  await b.context().close();
});
