import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

const scorecard2022 = '/chuyen-doi-so?from=2022-01&to=2022-12&unit=all';

async function openScorecard(page: Page, username: string, url = scorecard2022) {
  await page.goto(url);
  await signIn(page, username);
  await expect(page.getByRole('heading', { level: 1, name: 'Chuyển đổi số: Toàn huyện, năm 2022' })).toBeVisible();
  await expect(page.getByTestId('digital-total')).toHaveText('67,6/100 điểm');
}

test('the 2022 district scorecard shows its total, and a click on a low sub-indicator opens its numbers', async ({ page }) => {
  await openScorecard(page, 'lanhdao');
  await expect(page.getByText('Xếp loại: Khá')).toBeVisible();
  await page.getByRole('button', { name: 'Vì sao thấp? 3.3 Hồ sơ tiếp nhận trực tuyến' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vì sao thấp? 3.3 Hồ sơ tiếp nhận trực tuyến' });
  await expect(dialog.getByRole('row', { name: /^Tử số/ })).toContainText('13.265');
  await expect(dialog.getByRole('row', { name: /^Mẫu số/ })).toContainText('83.604');
  await expect(dialog.getByTestId('why-more')).toHaveText('Cần thêm 28.537 hồ sơ trực tuyến để đạt 50\u00a0%.');
});

test('the secretariat edits a target and the label changes here and on the overview', async ({ page }) => {
  await openScorecard(page, 'vanphong');
  await expect(page.getByTestId('target-label-onlineDossiers')).toHaveText('Không đạt');
  await page.getByRole('button', { name: 'Sửa chỉ tiêu năm 2022' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sửa chỉ tiêu năm 2022' });
  await dialog.getByRole('textbox', { name: /Tỷ lệ hồ sơ trực tuyến \(%\)/ }).fill('15');
  await dialog.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('target-label-onlineDossiers')).toHaveText('Đạt');
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  const card = page.getByRole('region', { name: /^Chỉ số chuyển đổi số/ });
  await expect(card).toContainText('Đạt chỉ tiêu 15\u00a0%');
});

test('a leader sees no edit control, and a PUT forced through is refused with 403', async ({ page }) => {
  await openScorecard(page, 'lanhdao');
  await expect(page.getByTestId('target-label-onlineDossiers')).toHaveText('Không đạt');
  await expect(page.getByRole('button', { name: /^Sửa chỉ tiêu/ })).toHaveCount(0);
  const answer = await page.evaluate(async () => {
    const session = JSON.parse(Object.values(localStorage).find((v) => v.includes('"token"')) ?? '{}') as { token?: string };
    const current = await (await fetch('/api/targets?year=2022', { headers: { Authorization: `Bearer ${session.token}` } })).json();
    const res = await fetch('/api/targets/2022', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: current.version, values: { ...current.values, onlineShare: 0.1 } }),
    });
    return { status: res.status, body: await res.json() };
  });
  expect(answer.status).toBe(403);
  expect(answer.body.error.message).toBe('Chỉ văn phòng CCHC được sửa chỉ tiêu');
  await page.reload();
  await expect(page.getByTestId('target-label-onlineDossiers')).toHaveText('Không đạt');
});

test('Chuyển đổi số has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openScorecard(page, 'vanphong');
  await expect(page.getByRole('table', { name: /^Xếp hạng xã theo tổng điểm/ })).toBeVisible();
  const found: Record<string, string[]> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
    found[scheme] = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(found).toEqual({ light: [], dark: [] });
});
