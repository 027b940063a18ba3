import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

const list2022 = '/don-vi?from=2022-01&to=2022-12&unit=all';

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
});
