import { expect, type Page } from '@playwright/test';

export const accounts = [
  { username: 'lanhdao', role: 'Lãnh đạo' },
  { username: 'kiemtra', role: 'Đoàn kiểm tra' },
  { username: 'vanphong', role: 'Văn phòng CCHC' },
] as const;

/** The view the article describes: the district-level one-stop office in 2022. */
export const district2022 = '/?from=2022-01&to=2022-12&unit=huyen-thuong-tin';

export async function signIn(page: Page, username: string, password = 'demo') {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function expectSignInPage(page: Page) {
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}
