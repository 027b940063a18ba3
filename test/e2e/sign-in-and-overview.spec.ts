import { expect, test } from '@playwright/test';
import { accounts, district2022, expectSignInPage, signIn } from './helpers';

test.describe('sign in and see the 2022 figures', () => {
  for (const account of accounts) {
    test(`${account.username} signs in, sees 4.977 and 100 %, reloads and signs out`, async ({ page }) => {
      await page.goto(district2022);
      await expectSignInPage(page);
      await signIn(page, account.username);

      // Back on the deep link the user asked for, with the article's figures.
      await expect(page).toHaveURL(/from=2022-01&to=2022-12&unit=huyen-thuong-tin/);
      const received = page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' });
      await expect(received).toContainText('4.977');
      const onTime = page.getByRole('region', { name: 'Giải quyết trước và đúng hạn' });
      await expect(onTime).toContainText('100,0 %');
      await expect(page.getByRole('banner')).toContainText(account.role);

      // A reload keeps the session and the view.
      await page.reload();
      await expect(page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toContainText('4.977');

      // Signing out ends it: the deep link asks for sign-in again.
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await expectSignInPage(page);
      await page.goto(district2022);
      await expectSignInPage(page);
    });
  }

  test('a wrong password keeps the username and says why', async ({ page }) => {
    await page.goto('/');
    await signIn(page, 'lanhdao', 'sai-mat-khau');
    await expect(page.getByText('Sai tên đăng nhập hoặc mật khẩu')).toBeVisible();
    await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('lanhdao');
  });

  test('a copied URL reproduces the view in a new tab', async ({ page, context }) => {
    await page.goto('/');
    await signIn(page, 'lanhdao');
    await expect(page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toBeVisible();
    await page.goto(district2022);
    await expect(page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toContainText('4.977');
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toContainText('4.977');
  });

  test('an expired session sends the user to sign in and back to the page', async ({ page }) => {
    await page.goto('/');
    await signIn(page, 'lanhdao');
    await expect(page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toBeVisible();
    // The mock backend's fault flag: every authenticated call now answers 401.
    await page.goto(`${district2022}&mock=expired`);
    await expect(page.getByText('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại')).toBeVisible();
    // Back to normal answers: wait until the mock backend has read the flag before moving on,
    // or the next page load finds the tab's remembered scenario still "expired".
    await page.goto('/?mock=none');
    await expect(page.getByRole('complementary', { name: 'Máy chủ giả lập (chỉ khi phát triển)' })).toContainText(
      'Máy chủ giả lập',
    );
    await expect(page.getByRole('complementary', { name: 'Máy chủ giả lập (chỉ khi phát triển)' })).not.toContainText(
      'Giả lập:',
    );
    await page.goto(district2022);
    await signIn(page, 'lanhdao');
    await expect(page).toHaveURL(/unit=huyen-thuong-tin/);
    await expect(page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toContainText('4.977');
  });
});
