import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/** Kết quả kiểm tra in the browser: the heat map read and sorted, a link followed, the layout at tablet width, axe. */

const URL_2025 = '/ket-qua-kiem-tra?from=2025-01&to=2025-06&unit=all';
const heatMap = (page: Page) => page.getByRole('table', { name: 'Điểm theo lĩnh vực của lần kiểm tra gần nhất mỗi đơn vị, kèm xếp loại' });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(page: Page, url = URL_2025) {
  await page.goto(url);
  await signIn(page, 'kiemtra');
  await expect(page.getByRole('heading', { level: 1, name: /^Kết quả kiểm tra công tác CCHC/ })).toBeVisible();
  await expect(heatMap(page).getByRole('rowheader', { name: /^Xã Tân Minh/ })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
});

test('an inspector reads a commune’s grade in the heat map, sorts by the overall score and opens the commune', async ({ page }) => {
  await open(page);
  const row = heatMap(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Xã Tân Minh/ }) });
  // Public finance (the 7th cell after the row header: areas 1–7, then the total).
  await expect(row.getByRole('cell').nth(5)).toHaveText(/^40\s%Yếu$/);
  await expect(row.getByRole('cell').nth(7)).toHaveText(/^89\s%Khá$/);

  await heatMap(page).getByRole('button', { name: /^Chung/ }).click();
  await expect(page).toHaveURL(/sort=total-desc/);
  await expect(heatMap(page).getByRole('rowheader').first()).toContainText('Xã Thống Nhất');

  await heatMap(page).getByRole('link', { name: 'Xã Tân Minh' }).click();
  await expect(page).toHaveURL(/\/don-vi\/xa-tan-minh/);
  await expect(page.getByRole('heading', { level: 1, name: /Xã Tân Minh/ })).toBeVisible();
});

test('at 768×1024 the page fits the width: the heat map scrolls inside its card, the cells keep their words', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await open(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const sort = heatMap(page).getByRole('button', { name: /^Chung/ });
  const box = await sort.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await expect(page.getByRole('combobox', { name: 'Xã, thị trấn' })).toHaveValue('Thị trấn Thường Tín');
});

test('Kết quả kiểm tra has no serious or critical axe violation (light and dark)', async ({ page }) => {
  // Axe reads some 300 heat-map cells twice: more than the default minute on a busy machine.
  test.slow();
  await open(page, '/ket-qua-kiem-tra?from=2023-01&to=2023-12&unit=xa-tan-minh');
  await expect(page.getByRole('region', { name: /^Kiến nghị được xác minh đúng hạn/ })).toContainText('Tỷ lệ chung');
  const found: Record<'light' | 'dark', string[]> = { light: [], dark: [] };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.waitForTimeout(300);
    // A hovered row: axe sees only the current state.
    const row = heatMap(page).getByRole('row').nth(3);
    await row.scrollIntoViewIfNeeded();
    await row.hover();
    found[scheme] = await seriousViolations(page);
  }
  expect(found).toEqual({ light: [], dark: [] });
});
