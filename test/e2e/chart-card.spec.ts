import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './helpers';

// The chart frame every screen uses (src/components/chart-card), tried on the Hồ sơ TTHC charts, in a real browser:
// what jsdom cannot do — the PNG drawing, downloads, print styles, layout while loading.
const dossiers2022 = '/ho-so?from=2022-01&to=2022-12&unit=all';
const fieldChartTitle = 'Hồ sơ tiếp nhận mới theo lĩnh vực, Toàn huyện, năm 2022';

async function openChart(page: Page, url = dossiers2022): Promise<Locator> {
  await page.goto(url);
  await signIn(page, 'lanhdao');
  const card = page.getByRole('region', { name: fieldChartTitle });
  await expect(card.locator('svg.recharts-surface')).toBeVisible();
  return card;
}

async function downloadFrom(page: Page, card: Locator, item: 'Tải CSV' | 'Tải ảnh PNG') {
  await card.getByRole('button', { name: 'Tải xuống' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the table view holds the numbers in Vietnamese format, reached from the keyboard', async ({ page }) => {
  const card = await openChart(page);
  await card.getByRole('radio', { name: 'Biểu đồ' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(card.getByRole('radio', { name: 'Bảng số liệu' })).toBeChecked();
  const table = card.getByRole('table', { name: fieldChartTitle });
  await expect(table).toBeVisible();
  await expect(card.locator('svg.recharts-surface')).toHaveCount(0);
  // Counts over a thousand carry the Vietnamese thousands dot.
  await expect(table.getByRole('cell', { name: /^\d{1,3}(\.\d{3})+$/ }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('CSV has the table’s columns and rows, PNG is a real PNG at twice the card’s width', async ({ page }) => {
  const card = await openChart(page);
  await card.getByText('Bảng số liệu').click();
  const table = card.getByRole('table', { name: fieldChartTitle });
  const headers = await table.getByRole('columnheader').allTextContents();
  const rows = await table.locator('tbody tr').count();

  const csv = await downloadFrom(page, card, 'Tải CSV');
  expect(csv.name).toMatch(/^[\w-]+\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  // Vietnamese CSV: semicolons between fields (the decimal mark is a comma).
  expect(lines[0]!.split(';').map((h) => h.replace(/ \(%\)$/, ''))).toEqual(headers);
  expect(lines).toHaveLength(rows + 1);

  const png = await downloadFrom(page, card, 'Tải ảnh PNG');
  expect(png.name).toBe(csv.name.replace(/\.csv$/, '.png'));
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const cardWidth = (await card.boundingBox())!.width;
  // The table view is drawn whole: at least the card's width, twice the pixels.
  expect(width).toBeGreaterThanOrEqual(Math.floor(cardWidth * 2) - 2);
  // The page is as it was: one card of that name, the buttons back.
  await expect(page.getByRole('region', { name: fieldChartTitle })).toHaveCount(1);
  await expect(card.getByRole('button', { name: 'Tải xuống' })).toBeEnabled();
});

test('nothing moves when the charts arrive', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('navigation')).toBeVisible();
  // The mock backend's slow scenario: every answer waits 4–6 s.
  await page.goto(`${dossiers2022}&mock=slow`);
  const card = page.getByRole('region', { name: fieldChartTitle });
  await expect(card).toHaveAttribute('aria-busy', 'true');
  await expect(card.getByRole('button', { name: 'Tải xuống' })).toBeDisabled();
  const loading = (await card.boundingBox())!;
  await expect(card.locator('svg.recharts-surface')).toBeVisible({ timeout: 20_000 });
  const ready = (await card.boundingBox())!;
  expect(ready.height).toBe(loading.height);
  expect(ready.width).toBe(loading.width);
  await page.goto('/?mock=none');
});

test('prints the chart at paper width without the buttons', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const card = await openChart(page);
  await page.emulateMedia({ media: 'print' });
  await expect(card.getByRole('radiogroup', { name: 'Cách xem' })).toBeHidden();
  await expect(card.getByRole('button', { name: 'Tải xuống' })).toBeHidden();
  const chart = (await card.locator('svg.recharts-surface').boundingBox())!;
  expect(chart.width).toBeGreaterThan(0);
  // 17 cm at 96 px per inch.
  expect(chart.width).toBeLessThanOrEqual(643);
});

test('the table view has no serious axe violation in the dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const card = await openChart(page);
  await card.getByText('Bảng số liệu').click();
  await expect(card.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
