import { expect, test, type Page } from '@playwright/test';
import { district2022, signIn } from './helpers';

const rankingTitle = /^Xếp hạng xã, thị trấn theo tỷ lệ giải quyết đúng và trước hạn, năm 2022/;

/** Signs in on the deep link and waits until the cards, the summary and every chart have their data. */
async function openOverview(page: Page, url: string) {
  await page.goto(url);
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tóm tắt tình hình' })).toContainText('Trong năm 2022');
  for (const title of [/^Hồ sơ tiếp nhận theo tháng/, /^Tỷ lệ giải quyết đúng và trước hạn theo tháng/, rankingTitle, /^Tình hình khắc phục/, /^Chỉ số chuyển đổi số/, /^Chỉ số CCHC/]) {
    await expect(page.getByRole('region', { name: title })).not.toHaveAttribute('aria-busy', 'true');
  }
}

test('the 2022 district view shows 4.977 and 100 % in the cards and in the summary paragraph', async ({ page }) => {
  await openOverview(page, district2022);
  await expect(page.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toContainText('4.977');
  await expect(page.getByRole('region', { name: 'Giải quyết trước và đúng hạn' })).toContainText('100,0 %');
  const summary = page.getByRole('region', { name: 'Tóm tắt tình hình' });
  await expect(summary).toContainText(
    'Trong năm 2022, bộ phận một cửa cấp huyện tiếp nhận 4.977 hồ sơ (tăng 24,7 % so với cùng kỳ năm trước), giải quyết đúng và trước hạn 100,0 %',
  );
  await expect(summary).toContainText('xếp thứ 11/30, tăng 2 bậc');
  // Every chart drew its picture.
  for (const title of [/^Hồ sơ tiếp nhận theo tháng/, /^Tỷ lệ giải quyết đúng và trước hạn theo tháng/, rankingTitle, /^Chỉ số CCHC/]) {
    await expect(page.getByRole('region', { name: title }).locator('svg.recharts-surface').first()).toBeVisible();
  }
});

test('a click on a commune’s bar lands on its page with the same period', async ({ page }) => {
  await openOverview(page, '/?from=2022-01&to=2022-12&unit=all');
  const ranking = page.getByRole('region', { name: rankingTitle });
  // Best first: the last bar is Tân Minh, the 2022 laggard.
  await ranking.locator('.recharts-bar-rectangle').last().click();
  await expect(page).toHaveURL(/\/don-vi\/xa-tan-minh\?from=2022-01&to=2022-12$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?from=2022-01&to=2022-12&unit=all$/);
});

test('a commune’s name in the ranking is a link that works from the keyboard', async ({ page }) => {
  await openOverview(page, '/?from=2022-01&to=2022-12&unit=all');
  const link = page.getByRole('region', { name: rankingTitle }).getByRole('link', { name: /^Xã Nhị Khê: 95,6 %, hạng 28\/29, chưa đạt chỉ tiêu/ });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/don-vi\/xa-nhi-khe\?from=2022-01&to=2022-12$/);
});
