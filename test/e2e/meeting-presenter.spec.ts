import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

const FILTERS = '?from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const deckTitle = (page: Page) => page.getByRole('heading', { level: 1 });
const current = (page: Page, n: number) => page.getByRole('heading', { level: 2, name: `Trang hiện tại (${n}/7)` });
const notes = (page: Page) => page.getByRole('region', { name: 'Ghi chú cho người trình bày' });
const link = (page: Page) => page.getByRole('status').filter({ hasText: /bài trình chiếu/ });

test('the presenter view follows the deck, drives it, and finds it again after a reload of either side', async ({ context }) => {
  const deck = await context.newPage();
  await deck.goto(`/trinh-chieu${FILTERS}`);
  await signIn(deck, 'vanphong');
  await expect(deckTitle(deck)).toHaveText('Kết quả giải quyết hồ sơ TTHC');
  await expect(deck.getByRole('link', { name: 'Màn hình người trình bày' })).toHaveAttribute(
    'href',
    `/trinh-chieu/nguoi-trinh-bay${FILTERS}`,
  );

  // P opens the presenter view in a new tab, with the deck's filters.
  const [presenter] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('p')]);
  await expect(presenter).toHaveURL(new RegExp(`/trinh-chieu/nguoi-trinh-bay\\${FILTERS}$`));
  await expect(presenter.getByRole('heading', { level: 1, name: 'Màn hình người trình bày' })).toBeVisible();
  await expect(link(presenter)).toHaveText('Đang điều khiển bài trình chiếu ở tab khác.');
  await expect(current(presenter, 1)).toBeVisible();

  // The clock (HH:mm) and the elapsed time.
  await expect(presenter.getByRole('group', { name: 'Giờ' }).locator('time')).toHaveText(/^\d{2}:\d{2}$/);
  await expect(presenter.getByRole('timer', { name: 'Đã trình bày' })).toHaveText(/^\d{2}:\d{2}$/);

  // → in the deck moves the presenter, with slide 2's notes.
  await deck.keyboard.press('ArrowRight');
  await expect(deckTitle(deck)).toHaveText('Hồ sơ tiếp nhận theo tháng');
  await expect(current(presenter, 2)).toBeVisible();
  await expect(notes(presenter)).toContainText(/Tháng tiếp nhận nhiều nhất là \d{2}\/2022 với [\d.]+ hồ sơ\./);
  await expect(presenter.getByText('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất').first()).toBeVisible();

  // "Trang sau" in the presenter moves the deck.
  await presenter.getByRole('button', { name: 'Trang sau' }).click();
  await expect(deckTitle(deck)).toHaveText('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  await expect(deck).toHaveURL(/slide=3/);
  await expect(current(presenter, 3)).toBeVisible();

  // The presenter reloads: it asks the deck, and shows slide 3 again.
  await presenter.reload();
  await expect(current(presenter, 3)).toBeVisible();
  await expect(notes(presenter)).toContainText('Có 2/29 xã, thị trấn chưa đạt chỉ tiêu giải quyết đúng và trước hạn (97,0 %)');
  await expect(link(presenter)).toHaveText('Đang điều khiển bài trình chiếu ở tab khác.');

  // The deck reloads: the presenter sees it go and come back, and still drives it.
  await deck.reload();
  await expect(deckTitle(deck)).toHaveText('Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất');
  await expect(link(presenter)).toHaveText('Đang điều khiển bài trình chiếu ở tab khác.');
  await presenter.getByRole('button', { name: 'Trang trước' }).click();
  await expect(deckTitle(deck)).toHaveText('Hồ sơ tiếp nhận theo tháng');
});

test('the presenter view opened without a deck says so and still works', async ({ page }) => {
  await page.goto(`/trinh-chieu/nguoi-trinh-bay${FILTERS}`);
  await signIn(page, 'vanphong');
  await expect(link(page)).toHaveText(/^Chưa thấy bài trình chiếu/);
  await expect(current(page, 1)).toBeVisible();
  await page.getByRole('button', { name: 'Trang sau' }).click();
  await expect(current(page, 2)).toBeVisible();
  await expect(notes(page)).toContainText('Tháng tiếp nhận nhiều nhất là');
});
