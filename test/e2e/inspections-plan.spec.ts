import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Kiểm tra in the browser: an inspector plans an inspection and finds it in the list and the calendar; the
 * screen's views and the plan form are axe-clean in the light and dark schemes; touch targets hold 44 px on a
 * portrait tablet.
 */

type Scheme = 'light' | 'dark';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function expectNoSeriousViolations(page: Page, check: () => Promise<void>) {
  const found: Record<Scheme, string[]> = { light: [], dark: [] };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.waitForTimeout(300);
    await check();
    found[scheme] = await seriousViolations(page);
  }
  expect(found).toEqual({ light: [], dark: [] });
}

const listTable = (page: Page) => page.getByRole('table', { name: /^Các cuộc kiểm tra theo bộ lọc/ });

async function openAs(page: Page, username: string, path = '/kiem-tra') {
  await page.goto(path);
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra CCHC' })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
});

test('kiemtra plans an inspection and finds it in the list and in the calendar', async ({ page }) => {
  await openAs(page, 'kiemtra');
  await expect(listTable(page).getByRole('row')).toHaveCount(15);

  await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lập kế hoạch kiểm tra' });
  await dialog.getByRole('combobox', { name: /Đơn vị được kiểm tra/ }).click();
  await dialog.getByRole('combobox', { name: /Đơn vị được kiểm tra/ }).fill('ha hoi');
  await page.getByRole('option', { name: 'Xã Hà Hồi' }).click();
  await expect(dialog.getByRole('textbox', { name: /Tên cuộc kiểm tra/ })).toHaveValue('Kiểm tra công tác CCHC năm 2025 tại UBND xã Hà Hồi');
  await dialog.getByLabel(/Ngày dự kiến/).fill('2025-12-03');
  await dialog.getByRole('checkbox', { name: 'Cải cách tài chính công' }).uncheck();
  await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByText('Đã lập kế hoạch “Kiểm tra công tác CCHC năm 2025 tại UBND xã Hà Hồi”.')).toBeVisible();
  await expect(dialog).toBeHidden();

  await expect(listTable(page).getByRole('row')).toHaveCount(16);
  const row = listTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: 'Kiểm tra công tác CCHC năm 2025 tại UBND xã Hà Hồi' }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText('03/12/2025');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Kế hoạch');

  // The calendar of December 2025 holds it, as a link to its page.
  await page.getByText('Lịch tháng', { exact: true }).click();
  await expect(page).toHaveURL(/view=calendar/);
  await expect(page.getByRole('heading', { name: 'Lịch kiểm tra tháng 07/2025' })).toBeVisible();
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Tháng sau' }).click();
  await expect(page.getByRole('heading', { name: 'Lịch kiểm tra tháng 12/2025' })).toBeVisible();
  await expect(page).toHaveURL(/month=2025-12/);
  const day = page.getByRole('cell', { name: 'Ngày 03/12/2025, 1 cuộc kiểm tra' });
  const link = day.getByRole('link', { name: 'Xã Hà Hồi, Kế hoạch' });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/kiem-tra\/[^/]+$/);

  // A reload keeps the view and the month (the URL), and the stored plan.
  await page.reload();
  await expect(page.getByRole('cell', { name: 'Ngày 03/12/2025, 1 cuộc kiểm tra' }).getByRole('link')).toHaveAttribute('href', href!);
});

test('the list and the calendar have no serious or critical axe violation (light and dark)', async ({ page }) => {
  await openAs(page, 'kiemtra');
  await expect(listTable(page).getByRole('row')).toHaveCount(15);
  await expectNoSeriousViolations(page, async () => {
    await listTable(page).getByRole('row').nth(1).hover();
  });

  await page.goto('/kiem-tra?view=calendar&month=2025-08');
  await expect(page.getByRole('link', { name: 'Xã Văn Tự, Kế hoạch' })).toBeVisible();
  await expectNoSeriousViolations(page, async () => {
    await page.getByRole('link', { name: 'Xã Văn Tự, Kế hoạch' }).hover();
  });

});

test('the coverage has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await openAs(page, 'kiemtra', '/kiem-tra?view=coverage');
  await expect(page.getByRole('table', { name: /^Lần kiểm tra gần nhất/ }).getByText('Chưa được kiểm tra trong 2 năm', { exact: true })).toHaveCount(2);
  await expectNoSeriousViolations(page, async () => {});
});

test('the plan form with its field messages has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await openAs(page, 'kiemtra');
  await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lập kế hoạch kiểm tra' });
  await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(dialog.getByText('Chọn đơn vị được kiểm tra')).toBeVisible();
  await expectNoSeriousViolations(page, async () => {});
});

test('on a portrait tablet the controls are at least 44 px and the calendar works from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openAs(page, 'kiemtra', '/kiem-tra?status=planned');
  await expect(listTable(page).getByRole('row')).toHaveCount(8);
  const targets = [
    page.getByRole('button', { name: 'Lập kế hoạch' }),
    page.getByRole('combobox', { name: 'Năm' }),
    page.getByRole('combobox', { name: 'Trạng thái' }),
    page.getByRole('button', { name: /^Sửa kế hoạch/ }).first(),
    page.getByRole('button', { name: /^Hủy cuộc kiểm tra/ }).first(),
    page.getByRole('button', { name: /^Xóa kế hoạch/ }).first(),
  ];
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  // Nothing spills sideways out of the page.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.goto('/kiem-tra?view=calendar&month=2025-08');
  const day14 = page.getByRole('cell', { name: 'Ngày 14/08/2025, 1 cuộc kiểm tra' });
  await day14.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('cell', { name: 'Ngày 21/08/2025' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('cell', { name: 'Ngày 27/08/2025, 1 cuộc kiểm tra' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Xã Hiền Giang, Kế hoạch' })).toBeFocused();
  const box = await page.getByRole('link', { name: 'Xã Hiền Giang, Kế hoạch' }).boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kiem-tra\/insp-2025-09$/);
});
