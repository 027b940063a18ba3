import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/**
 * "Chọn trang": the user ticks and orders the slides; the deck, the URL (?deck=), the presenter view, the kiosk
 * link and the printout follow; the choice is kept for that user (localStorage, by user id), not for another.
 */
const FILTERS = 'from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const DECK = `/trinh-chieu?${FILTERS}`;
const title = (page: Page) => page.getByRole('heading', { level: 1 });

test('choose and order the slides: kept for the user, in the URL, followed by the presenter view, the kiosk link and the printout', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto(DECK);
  await signIn(page, 'vanphong');
  await expect(page.getByText('Trang 1/7')).toBeVisible();
  await page.getByRole('button', { name: 'Chọn trang' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chọn và sắp xếp trang chiếu' });
  await expect(dialog).toBeVisible();
  // Keys typed in the dialog do not move the deck behind it.
  await page.keyboard.press('ArrowRight');
  await dialog.getByRole('checkbox', { name: 'Hồ sơ tiếp nhận theo tháng' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Chỉ số PAR INDEX qua các năm' }).uncheck();
  await expect(dialog.getByRole('button', { name: 'Đưa “Kết quả giải quyết hồ sơ TTHC” lên' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Đưa “Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất” lên' }).click();
  await dialog.getByRole('button', { name: 'Đưa “Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất” lên' }).click();
  await expect(dialog.getByRole('checkbox').first()).toHaveAccessibleName('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  await page.screenshot({ path: testInfo.outputPath('chon-trang.png') });
  expect((await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  await expect(page).toHaveURL(/deck=ranking%2Ckpi%2Cactions%2Cdigital%2Cclosing|deck=ranking,kpi,actions,digital,closing/);
  await expect(title(page)).toHaveText('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  await expect(page.getByText('Trang 1/5')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText('Kết quả kiểm tra và kiến nghị khắc phục');
  await page.keyboard.press('End');
  await expect(title(page)).toHaveText('Tóm tắt và đơn vị cần quan tâm');
  await expect(page.getByText('Trang 5/5')).toBeVisible();

  // Kept for this user, under a key with the user's id.
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('cchc.meeting.deck:')));
  expect(kept).toHaveLength(1);
  expect(kept[0]![0]).toMatch(/^cchc\.meeting\.deck:.+/);
  expect(kept[0]![1]).toBe('ranking,kpi,actions,digital,closing');
  await page.goto(DECK);
  await expect(title(page)).toHaveText('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  await expect(page.getByText('Trang 1/5')).toBeVisible();

  // The presenter view and the kiosk link carry the choice.
  await expect(page.getByRole('link', { name: 'Liên kết màn hình chờ (kiosk)' })).toHaveAttribute(
    'href',
    `/trinh-chieu?${FILTERS}&deck=ranking%2Ckpi%2Cactions%2Cdigital%2Cclosing&kiosk=1&auto=1`,
  );
  const presenter = await page.context().newPage();
  await presenter.goto(`/trinh-chieu/nguoi-trinh-bay?${FILTERS}`);
  await expect(presenter.getByRole('heading', { level: 2, name: 'Trang hiện tại (1/5)' })).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 3, name: 'Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất' })).toBeVisible();
  await presenter.close();

  // The printout has the chosen slides, in their order.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('meeting-print-deck')).toBeAttached();
  await expect(page.getByTestId('meeting-print-deck')).not.toContainText('Đang tải số liệu');
  const file = testInfo.outputPath('chon-trang.pdf');
  await page.pdf({ path: file, format: 'A4', landscape: true, preferCSSPageSize: true });
  expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/^Pages:\s+5$/m);
  expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString()).toContain('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  await page.emulateMedia({ media: 'screen' });

  // Another user on the same browser has the whole deck.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(DECK);
  await signIn(second, 'lanhdao');
  await expect(second.getByText('Trang 1/7')).toBeVisible();
  await other.close();

  // "Mặc định" brings every slide back, and the URL forgets the choice.
  await page.getByRole('button', { name: 'Chọn trang' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mặc định' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Trang 1/7')).toBeVisible();
  await expect(page).not.toHaveURL(/deck=/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cchc.meeting.deck:')))).toEqual([]);
});

test('a ?deck= link shows those slides in that order, whatever the user kept; one that names no slide shows them all', async ({ page }) => {
  await page.goto(`${DECK}&deck=closing,kpi`);
  await signIn(page, 'vanphong');
  await expect(title(page)).toHaveText('Tóm tắt và đơn vị cần quan tâm');
  await expect(page.getByText('Trang 1/2')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  await page.goto(`${DECK}&deck=nothing`);
  await expect(page.getByText('Trang 1/7')).toBeVisible();
});
