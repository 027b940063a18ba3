import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Auto-advance and the kiosk link, on the page's own clock (Playwright's fake clock, fast-forwarded): each slide
 * stays its own time (30 s, the ranking 40 s), A pauses and resumes, the countdown is on screen; the kiosk link
 * opens the deck advancing by itself with every control hidden.
 */
const FILTERS = 'from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const DECK = `/trinh-chieu?${FILTERS}`;
const title = (page: Page) => page.getByRole('heading', { level: 1 });
const timer = (page: Page) => page.getByRole('timer', { name: 'Thời gian còn lại của trang' });

test('auto-advance: A turns it on, each slide keeps its own time, A pauses and resumes, the button turns it off', async ({ page }) => {
  await page.clock.install();
  await page.goto(DECK);
  await signIn(page, 'vanphong');
  await expect(title(page)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  const toggle = page.getByRole('button', { name: 'Tự chuyển trang' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(timer(page)).toBeHidden();

  await page.keyboard.press('a');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(timer(page)).toHaveText('Chuyển trang sau 0:30');
  await expect(page).toHaveURL(/auto=1/);
  await page.clock.fastForward(10_000);
  await expect(timer(page)).toHaveText(/^Chuyển trang sau 0:(20|19)$/);
  await expect(title(page)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  await page.clock.fastForward(20_500);
  await expect(title(page)).toHaveText('Hồ sơ tiếp nhận theo tháng');
  await expect(page).toHaveURL(/slide=2/);

  // A pauses: the time left holds however long the pause lasts.
  await page.keyboard.press('a');
  await expect(timer(page)).toHaveText(/^Đã tạm dừng · còn 0:(30|29)$/);
  const held = await timer(page).textContent();
  await page.clock.fastForward(120_000);
  await expect(title(page)).toHaveText('Hồ sơ tiếp nhận theo tháng');
  await expect(timer(page)).toHaveText(held!);
  // The button resumes.
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(timer(page)).toHaveText(/^Chuyển trang sau 0:(30|29)$/);
  await page.clock.fastForward(31_000);
  await expect(title(page)).toHaveText('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  // The ranking is a table: 40 s.
  await expect(timer(page)).toHaveText(/^Chuyển trang sau 0:(40|39)$/);

  // Moving by hand gives the new slide its full time.
  await page.clock.fastForward(20_000);
  await page.keyboard.press('ArrowRight');
  await expect(title(page)).toHaveText('Kết quả kiểm tra và kiến nghị khắc phục');
  await expect(timer(page)).toHaveText(/^Chuyển trang sau 0:(30|29)$/);

  // "Tạm dừng" pauses, the toggle turns it off.
  await page.getByRole('button', { name: 'Tạm dừng' }).click();
  await expect(timer(page)).toHaveText(/^Đã tạm dừng/);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(timer(page)).toBeHidden();
  await expect(page).not.toHaveURL(/auto=1/);
  await page.clock.fastForward(120_000);
  await expect(title(page)).toHaveText('Kết quả kiểm tra và kiến nghị khắc phục');
});

test('auto-advance holds under a black screen and runs on when it lifts; axe clean with the countdown on', async ({ page }) => {
  await page.clock.install();
  await page.goto(`${DECK}&auto=1`);
  await signIn(page, 'vanphong');
  await expect(timer(page)).toHaveText(/^Chuyển trang sau 0:(30|29)$/);
  await expect(page.getByRole('button', { name: 'Tự chuyển trang' })).toHaveAttribute('aria-pressed', 'true');
  expect((await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze()).violations).toEqual([]);
  await page.clock.fastForward(10_000);
  await page.keyboard.press('b');
  await expect(page.getByRole('status', { name: /Màn hình đen/ })).toBeVisible();
  await page.clock.fastForward(120_000);
  await page.keyboard.press('b');
  await expect(page.getByRole('status', { name: /Màn hình đen/ })).toBeHidden();
  await expect(title(page)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  await expect(timer(page)).toHaveText(/^Chuyển trang sau 0:(20|19)$/);
  await page.clock.fastForward(20_500);
  await expect(title(page)).toHaveText('Hồ sơ tiếp nhận theo tháng');
});

test('the kiosk link opens the deck advancing by itself with no control on screen, and it loops', async ({ page, context }) => {
  await page.goto(`${DECK}&slide=2`);
  await signIn(page, 'vanphong');
  const link = page.getByRole('link', { name: 'Liên kết màn hình chờ (kiosk)' });
  await expect(link).toHaveAttribute('href', `/trinh-chieu?${FILTERS}&kiosk=1&auto=1`);
  // The copy button puts the whole address on the clipboard, and says so.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Sao chép liên kết kiosk' }).click();
  await expect(page.getByText('Đã sao chép liên kết màn hình chờ.')).toBeVisible();
  const origin = new URL(page.url()).origin;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/trinh-chieu?${FILTERS}&kiosk=1&auto=1`);

  const kiosk = await context.newPage();
  await kiosk.clock.install();
  await kiosk.goto((await link.getAttribute('href'))!);
  await expect(title(kiosk)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  await expect(kiosk.getByText('Trang 1/7')).toBeVisible();
  // Nothing to press: no button, link or box of the deck (the mock backend's own panel aside).
  const deck = kiosk.locator('body > :not(#mock-dev-panel)');
  await expect(deck.getByRole('button')).toHaveCount(0);
  await expect(deck.getByRole('link')).toHaveCount(0);
  await expect(deck.getByRole('checkbox')).toHaveCount(0);
  await expect(deck.getByRole('timer')).toHaveCount(0);

  await kiosk.clock.fastForward(30_500);
  await expect(title(kiosk)).toHaveText('Hồ sơ tiếp nhận theo tháng');
  await kiosk.clock.fastForward(30_500);
  await expect(title(kiosk)).toHaveText('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  // From the last slide (45 s), back to the first.
  await kiosk.keyboard.press('End');
  await expect(title(kiosk)).toHaveText('Tóm tắt và đơn vị cần quan tâm');
  await kiosk.clock.fastForward(44_000);
  await expect(title(kiosk)).toHaveText('Tóm tắt và đơn vị cần quan tâm');
  await kiosk.clock.fastForward(1_500);
  await expect(title(kiosk)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  await expect(kiosk.getByText('Trang 1/7')).toBeVisible();
});
