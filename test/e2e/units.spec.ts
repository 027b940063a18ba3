import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

const list2022 = '/don-vi?from=2022-01&to=2022-12&unit=all';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const unitsTable = (page: Page) => page.getByRole('table', { name: /^Chỉ số chính của các đơn vị/ });
/** The list's body rows (not the header or the totals row). */
const bodyRows = (page: Page) => unitsTable(page).locator('tbody tr');

test.describe('Đơn vị', () => {
  test('the 2022 list leads to a commune’s page with the same period', async ({ page }) => {
    await page.goto(list2022);
    await signIn(page, 'lanhdao');
    await expect(page.getByRole('heading', { level: 1, name: 'Các đơn vị, năm 2022' })).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(30);
    const district = page.getByRole('row', { name: /Bộ phận một cửa cấp huyện/ });
    await expect(district).toContainText('4.977');
    await expect(district).toContainText('100,0 %');

    await page.getByRole('link', { name: 'Xã Tân Minh' }).click();
    await expect(page).toHaveURL(/\/don-vi\/xa-tan-minh\?from=2022-01&to=2022-12&unit=xa-tan-minh$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Xã Tân Minh' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kỳ báo cáo: năm 2022' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Giải quyết trước và đúng hạn' })).toContainText('92,3 %');
    await expect(page.getByRole('region', { name: 'Xếp hạng giải quyết đúng hạn' })).toContainText('Hạng 29/29');

    // Back returns to the list as it was.
    await page.goBack();
    await expect(page).toHaveURL(/\/don-vi\?from=2022-01&to=2022-12&unit=all$/);
    await expect(bodyRows(page)).toHaveCount(30);
  });

  test('search without diacritics, kept in a copied URL', async ({ page, context }) => {
    await page.goto('/don-vi?from=2024-01&to=2024-12&unit=all');
    await signIn(page, 'lanhdao');
    await expect(bodyRows(page)).toHaveCount(30);
    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('thu phu');
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page).first()).toContainText('Xã Thư Phú');
    await expect(page).toHaveURL(/q=thu\+phu/);

    const other = await context.newPage();
    await other.goto(page.url());
    await expect(bodyRows(other)).toHaveCount(1);
    await expect(other.getByRole('searchbox', { name: 'Tìm đơn vị' })).toHaveValue('thu phu');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the list and a commune’s page have no serious or critical axe violation (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/don-vi?from=2024-07&to=2025-06&unit=all');
      await signIn(page, 'lanhdao');
      await expect(bodyRows(page)).toHaveCount(31);
      await expect(page.getByRole('row', { name: /Xã Vạn Nhất/ })).toContainText('Thành lập từ 01/01/2025');
      await expect(unitsTable(page).locator('svg[role="img"]').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=xa-tan-minh');
      await expect(page.getByRole('table', { name: 'Các cuộc kiểm tra và điểm theo lĩnh vực' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Kiến nghị đang mở, quá hạn trước' })).toBeVisible();
      await expect(page.getByRole('region', { name: /^Chỉ số chuyển đổi số/ })).toContainText('12,2 %');
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
