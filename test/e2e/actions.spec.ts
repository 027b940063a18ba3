import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Khắc phục in the browser: the secretariat verifies a fixed action and the overview's remediation card follows;
 * axe on the tracker with its history and move dialog open, in the light and the dark scheme; touch targets.
 */

const tracker = (page: Page) => page.getByRole('table', { name: /^Kiến nghị khắc phục/ });
const remediationCard = (page: Page) => page.getByRole('region', { name: /^Tình hình khắc phục/ });

/** The overview's remediation card as a table: state → count. */
async function remediationCounts(page: Page): Promise<Record<string, string>> {
  const card = remediationCard(page);
  await expect(card).not.toHaveAttribute('aria-busy', 'true');
  await card.getByText('Bảng số liệu').click();
  const rows = await card.getByRole('table').getByRole('row').all();
  const out: Record<string, string> = {};
  for (const row of rows.slice(1)) {
    const cells = await row.locator('th, td').allTextContents();
    out[cells[0] ?? ''] = cells[1] ?? '';
  }
  return out;
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
});

/** Verifies the first fixed action of Ninh Sở as the signed-in secretariat, with a double click on "Lưu". */
async function verifyFirstFixed(page: Page) {
  await page.goto('/khac-phuc?commune=xa-ninh-so&status=fixed');
  await expect(tracker(page)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Đã khắc phục: 4 kiến nghị/ })).toBeVisible();
  const row = tracker(page).getByRole('row').filter({ has: page.getByRole('button', { name: /^Cập nhật trạng thái/ }) }).first();
  const description = (await row.getByRole('cell').first().locator('p').first().textContent()) ?? '';
  await row.getByRole('button', { name: /^Cập nhật trạng thái/ }).click();

  const dialog = page.getByRole('dialog', { name: 'Cập nhật trạng thái kiến nghị' });
  await dialog.getByRole('radio', { name: /^Xác minh/ }).check();
  await dialog.getByRole('textbox', { name: /^Ghi chú/ }).fill('Đã đối chiếu minh chứng tại trụ sở UBND xã');
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().includes('/api/actions/')) patches.push(r.url());
  });
  await dialog.getByRole('button', { name: 'Lưu' }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã cập nhật kiến nghị')).toBeVisible();
  return { description, patches };
}

test('the secretariat verifies a fixed action once for a double click, and the counts and the history say so', async ({ page }) => {
  await page.goto('/khac-phuc?commune=xa-ninh-so&status=fixed');
  await signIn(page, 'vanphong');
  await expect(tracker(page)).toBeVisible();
  const { description, patches } = await verifyFirstFixed(page);
  expect(patches).toHaveLength(1);
  await expect(page.getByRole('button', { name: /^Đã khắc phục: 3 kiến nghị/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Đã xác minh: 9 kiến nghị/ })).toBeVisible();

  // Its history, under the verified ones, names the secretariat's post and the note.
  await page.getByRole('button', { name: /^Đã xác minh: 9 kiến nghị/ }).click();
  const verifiedRow = tracker(page).getByRole('row').filter({ hasText: description.slice(0, 40) }).first();
  await verifiedRow.getByRole('button', { name: /^Xem lịch sử/ }).click();
  const last = page.getByRole('table', { name: 'Lịch sử cập nhật' }).getByRole('row').last();
  await expect(last).toContainText('Chuyên viên Văn phòng CCHC (bạn)');
  await expect(last).toContainText('Đã khắc phục → Đã xác minh');
  await expect(last).toContainText('Đã đối chiếu minh chứng tại trụ sở UBND xã');
  // The team member who reported it fixed is named by post.
  await expect(page.getByRole('table', { name: 'Lịch sử cập nhật' })).toContainText('Thành viên Đoàn kiểm tra số 2');
});

// The overview's default period is the latest the statistics cover, so its card reads each action as it stands now
// (snapshotDay): a move made today counts at once.
test('the secretariat verifies a fixed action and the overview’s remediation counts change', async ({ page }) => {
  await page.goto('/?unit=xa-ninh-so');
  await signIn(page, 'vanphong');
  await expect(page.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible();
  const before = await remediationCounts(page);
  await verifyFirstFixed(page);
  await page.goto('/?unit=xa-ninh-so');
  await expect(page.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible();
  const after = await remediationCounts(page);
  const n = (s: string | undefined) => Number((s ?? '').replace(/\./g, ''));
  expect(n(after['Đã khắc phục'])).toBe(n(before['Đã khắc phục']) - 1);
  expect(n(after['Đã xác minh'])).toBe(n(before['Đã xác minh']) + 1);
});

test('a note with markup is kept as text in the history', async ({ page }) => {
  await page.goto('/khac-phuc?commune=xa-ninh-so&status=in_progress');
  await signIn(page, 'kiemtra2');
  const row = tracker(page).getByRole('row').filter({ has: page.getByRole('button', { name: /^Cập nhật trạng thái/ }) }).first();
  await row.getByRole('button', { name: /^Cập nhật trạng thái/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cập nhật trạng thái kiến nghị' });
  await dialog.getByRole('textbox', { name: /^Nội dung đã khắc phục/ }).fill('<img src=x onerror=alert(1)>');
  let alerted = false;
  page.on('dialog', (d) => {
    alerted = true;
    void d.dismiss();
  });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await page.goto('/khac-phuc?commune=xa-ninh-so&status=fixed');
  const fixed = tracker(page).getByRole('row').filter({ has: page.getByRole('button', { name: /^Xem lịch sử/ }) });
  await expect(fixed).toHaveCount(5);
  for (const r of await fixed.all()) await r.getByRole('button', { name: /^Xem lịch sử/ }).click();
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
  expect(alerted).toBe(false);
});

test('a PDF attached to a move is uploaded and named in the note of the history', async ({ page }) => {
  await page.goto('/khac-phuc?commune=xa-ninh-so&status=in_progress');
  await signIn(page, 'kiemtra2');
  const row = tracker(page).getByRole('row').filter({ has: page.getByRole('button', { name: /^Cập nhật trạng thái/ }) }).first();
  await row.getByRole('button', { name: /^Cập nhật trạng thái/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cập nhật trạng thái kiến nghị' });
  await dialog.getByRole('textbox', { name: /^Nội dung đã khắc phục/ }).fill('Đã ban hành quy chế sửa đổi');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'quyet-dinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%test\n') });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await page.goto('/khac-phuc?commune=xa-ninh-so&status=fixed');
  const fixed = tracker(page).getByRole('row').filter({ has: page.getByRole('button', { name: /^Xem lịch sử/ }) });
  await expect(fixed).toHaveCount(5);
  for (const r of await fixed.all()) await r.getByRole('button', { name: /^Xem lịch sử/ }).click();
  await expect(page.getByText(/^Đã ban hành quy chế sửa đổi\s+Minh chứng: quyet-dinh\.pdf \(mã \S+\)$/)).toBeVisible();
});

type Scheme = 'light' | 'dark';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function switchScheme(page: Page, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  await page.waitForTimeout(300);
}

async function hoverRow(row: Locator) {
  await row.scrollIntoViewIfNeeded();
  await row.hover();
}

test('Khắc phục, with a history open, a row hovered and the move dialog, has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto('/khac-phuc?commune=xa-ninh-so');
  await signIn(page, 'vanphong');
  await expect(tracker(page)).toBeVisible();
  await expect(tracker(page).getByRole('link', { name: /^Cuộc kiểm tra:/ }).first()).toBeVisible();
  const rows = tracker(page).getByRole('row').filter({ has: page.getByRole('button', { name: /^Xem lịch sử/ }) });
  await rows.first().getByRole('button', { name: /^Xem lịch sử/ }).click();
  const found: Record<Scheme, string[]> = { light: [], dark: [] };
  for (const scheme of ['light', 'dark'] as const) {
    await switchScheme(page, scheme);
    await hoverRow(rows.nth(1));
    found[scheme] = await seriousViolations(page);
  }
  // With the move dialog open.
  await rows.first().getByRole('button', { name: /^Cập nhật trạng thái/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cập nhật trạng thái kiến nghị' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  for (const scheme of ['light', 'dark'] as const) {
    await switchScheme(page, scheme);
    found[scheme].push(...(await seriousViolations(page)));
  }
  expect(found).toEqual({ light: [], dark: [] });
});

for (const size of [
  { width: 768, height: 1024 },
  { width: 1366, height: 768 },
]) {
  test(`at ${size.width}×${size.height} every control of the tracker is at least 44 px high and the page does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/khac-phuc?commune=xa-ninh-so');
    await signIn(page, 'vanphong');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: /^Cuộc kiểm tra:/ }).first()).toBeVisible();
    // Open a history too: its toggle and the rows around it keep their size.
    await main.getByRole('button', { name: /^Xem lịch sử/ }).first().click();
    const controls = main.locator('button:visible, input:visible:not([type=checkbox]), .mantine-Checkbox-label');
    const small: string[] = [];
    for (const c of await controls.all()) {
      const box = await c.boundingBox();
      if (box && box.height < 44) small.push(`${(await c.getAttribute('aria-label')) ?? (await c.textContent())}: ${box.height}`);
    }
    expect(small).toEqual([]);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
  });
}
