import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

const DECK = '/trinh-chieu?from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const title = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test('meeting mode: keys move the deck, a deep link opens slide 4 for its period, Esc goes back with the filters', async ({ page }) => {
  await page.goto(`${DECK}&slide=4`);
  await signIn(page, 'vanphong');
  await expect(title(page)).toHaveText('Kết quả kiểm tra và kiến nghị khắc phục');
  await expect(page.getByText('Trang 4/7')).toBeVisible();
  await expect(page.getByText(/năm 2022 · Số liệu đến/)).toBeVisible();
  // The heat map cut to the slide: the five lowest overall scores at the latest inspection up to 31/12/2022, each
  // cell a number and a grade word; the lowest is Nguyễn Trãi, 78,6 % shown as 79 %, Trung bình.
  await expect(page.getByText('5 đơn vị có điểm kiểm tra chung thấp nhất (lần kiểm tra gần nhất đến ngày 31/12/2022)')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Nguyễn Trãi');
  await expect(rows.nth(1).getByRole('cell').last()).toHaveText(/^79\s%Trung bình$/);
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(/^50\s%Yếu$/);
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText('Chỉ tiêu chuyển đổi số');
  await expect(page).toHaveURL(/slide=5/);
  await page.keyboard.press('PageUp');
  await expect(page.getByText('Trang 4/7')).toBeVisible();
  await page.keyboard.press('End');
  await expect(title(page)).toHaveText('Tóm tắt và đơn vị cần quan tâm');
  await page.keyboard.press('Home');
  await expect(title(page)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  await page.keyboard.press('Space');
  await expect(title(page)).toHaveText('Hồ sơ tiếp nhận theo tháng');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  await page.keyboard.press('b');
  await expect(page.getByRole('status', { name: /Màn hình đen/ })).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByRole('status', { name: /Màn hình đen/ })).toBeHidden();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?from=2022-01&to=2022-12&unit=huyen-thuong-tin$/);
});

test('meeting mode: a slide number past the end says so', async ({ page }) => {
  await page.goto(`${DECK}&slide=42`);
  await signIn(page, 'vanphong');
  await expect(page.getByText('Không có trang 42: bài trình chiếu có 7 trang.')).toBeVisible();
});
