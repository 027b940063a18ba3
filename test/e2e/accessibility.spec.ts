import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Axe on every page, in the light and the dark scheme. One test per page: it checks the light scheme,
 * then switches the system scheme (Mantine follows it without a reload) and checks again.
 * Where a table highlights the hovered row, a row is hovered first: axe only sees the current state,
 * and a link on Mantine's dark hover grey is where the dark scheme used to fall under 4.5:1.
 */

type Scheme = 'light' | 'dark';

async function seriousViolations(page: Page, { withMockPanel = false } = {}) {
  const axe = new AxeBuilder({ page });
  const results = await (withMockPanel ? axe : axe.exclude('#mock-dev-panel')).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function switchScheme(page: Page, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  // Let colour transitions (buttons, inputs) end before axe reads the colours.
  await page.waitForTimeout(300);
}

/** Hovers a table row and checks that the row does show the hover colour (so axe sees the hovered state). */
async function hoverRow(row: Locator) {
  await row.scrollIntoViewIfNeeded();
  await row.hover();
  await expect(row).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
}

/** Runs `check` and axe in the light scheme, then in the dark one; reports the violations of both. */
async function expectNoSeriousViolations(page: Page, check: () => Promise<void> = async () => {}, options = {}) {
  const found: Record<Scheme, string[]> = { light: [], dark: [] };
  for (const scheme of ['light', 'dark'] as const) {
    await switchScheme(page, scheme);
    await check();
    found[scheme] = await seriousViolations(page, options);
  }
  expect(found).toEqual({ light: [], dark: [] });
}

const reportTable = (page: Page) => page.getByRole('table', { name: /^Kết quả giải quyết thủ tục hành chính/ });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
});

test('Đăng nhập, with the mock backend panel open, has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto('/dang-nhap');
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  const panel = page.getByRole('complementary', { name: /^Máy chủ giả lập/ });
  await panel.getByText('Máy chủ giả lập').click();
  await expect(panel.getByLabel('Giả lập lỗi')).toBeVisible();
  await expectNoSeriousViolations(page, async () => {}, { withMockPanel: true });
  // The panel follows the app's scheme: dark background in the dark scheme.
  await expect(panel.locator('details')).toHaveCSS('background-color', 'rgb(46, 46, 46)');
});

test('Tổng quan, with every chart drawn, has no serious or critical axe violation (light and dark)', async ({ page }) => {
  // A commune: the ranking marks it, and its remediation chart has actions in every state.
  await page.goto('/?from=2022-01&to=2022-12&unit=xa-tan-minh');
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('region', { name: 'Tóm tắt tình hình' })).toContainText('Trong năm 2022');
  const charts = [/^Hồ sơ tiếp nhận theo tháng/, /^Tỷ lệ giải quyết đúng và trước hạn theo tháng/, /^Xếp hạng xã/, /^Tình hình khắc phục/, /^Chỉ số chuyển đổi số/, /^Chỉ số CCHC/];
  for (const title of charts) {
    const card = page.getByRole('region', { name: title });
    await expect(card).toBeVisible();
    await expect(card).not.toHaveAttribute('aria-busy', 'true');
  }
  await expectNoSeriousViolations(page);
});

test('Hồ sơ TTHC by unit, with a row hovered, has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto('/ho-so?from=2022-01&to=2022-12&unit=all');
  await signIn(page, 'lanhdao');
  const table = reportTable(page);
  await expect(table.getByRole('rowheader', { name: 'Tổng cộng' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Hồ sơ tiếp nhận mới theo kênh/ })).not.toHaveAttribute('aria-busy', 'true');
  await expectNoSeriousViolations(page, () => hoverRow(table.getByRole('row', { name: /^Xã Thư Phú/ })));
});

test('Hồ sơ TTHC drilled into a commune, with a row hovered, has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&by=field');
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ TTHC: Xã Thư Phú, năm 2022');
  const table = reportTable(page);
  await expect(table.getByRole('link', { name: 'Hộ tịch' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Hồ sơ tiếp nhận mới theo kênh/ })).not.toHaveAttribute('aria-busy', 'true');
  await expectNoSeriousViolations(page, () => hoverRow(table.getByRole('row', { name: /^Hộ tịch/ })));
});

test('Đơn vị, with a row hovered, has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto('/don-vi?from=2024-07&to=2025-06&unit=all');
  await signIn(page, 'lanhdao');
  const table = page.getByRole('table', { name: /^Chỉ số chính của các đơn vị/ });
  await expect(table.locator('tbody tr')).toHaveCount(31);
  await expect(table.getByRole('row', { name: /Xã Vạn Nhất/ })).toContainText('Thành lập từ 01/01/2025');
  await expect(table.locator('svg[role="img"]').first()).toBeVisible();
  const row = table.getByRole('row', { name: /^Xã Thư Phú/ });
  await expectNoSeriousViolations(page, async () => {
    // The unit's name is a link: on the hovered row it keeps ≥ 4.5:1 in both schemes.
    await hoverRow(row);
    await expect(row.getByRole('link', { name: 'Xã Thư Phú' })).toBeVisible();
  });
});

test('a merged commune’s page (Thư Phú) has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto('/don-vi/xa-thu-phu?from=2024-07&to=2025-06&unit=xa-thu-phu');
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('heading', { level: 1, name: 'Xã Thư Phú' })).toBeVisible();
  // The merger note's link sits inside a sentence.
  await expect(page.getByRole('link', { name: 'xã Chương Dương' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Các cuộc kiểm tra và điểm theo lĩnh vực' })).toContainText('Đã hoàn thành');
  await expect(page.getByRole('region', { name: /^Chỉ số chuyển đổi số/ })).toContainText('53,1 %');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('a commune’s page with open actions (Tân Minh, 2022) has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=xa-tan-minh');
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('table', { name: 'Kiến nghị đang mở, quá hạn trước' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Chỉ số chuyển đổi số/ })).toContainText('12,2 %');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('an unknown unit’s page (a link inside the alert’s sentence) has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto('/don-vi/xa-khong-co?from=2022-01&to=2022-12');
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('alert')).toContainText('Không có đơn vị mã “xa-khong-co”.');
  await expect(page.getByRole('alert').getByRole('link', { name: 'Xem danh sách các đơn vị' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
