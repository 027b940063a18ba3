import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

/**
 * A leader reads an inspection's record but cannot change it: no result radio, text field or save control on the
 * page (a "Chỉ xem" notice instead), and a write forced from the page with the leader's own session is refused by the backend (403), the
 * record unchanged afterwards.
 */

const id = 'insp-2025-07';

test('lanhdao sees the recording page read-only and a forced PATCH is refused with 403', async ({ page }) => {
  await page.goto(`/kiem-tra/${id}`);
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('heading', { level: 1, name: /Minh Cường/ })).toBeVisible();
  const main = page.locator('main');
  // The page says it is read-only, in words.
  await expect(main.getByRole('alert', { name: 'Chỉ xem' })).toContainText('Lãnh đạo xem kết quả kiểm tra, không chỉnh sửa.');
  // The criteria are shown with their results as text, with nothing to choose or type.
  await expect(main.getByRole('region', { name: /^4\. / })).toContainText('4.1. Ban hành quy chế làm việc');
  await expect(main.getByRole('region', { name: /^4\. / })).toContainText('Kết quả: Chưa đánh giá');
  await expect(main.getByRole('article', { name: 'Tồn tại 1' })).toContainText('Kế hoạch CCHC năm ban hành chậm');
  await expect(main.getByRole('radio')).toHaveCount(0);
  await expect(main.getByRole('checkbox')).toHaveCount(0);
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expect(main.getByRole('combobox')).toHaveCount(0);
  await expect(main.locator('input[type=file]')).toHaveCount(0);
  // None of the inspector's controls.
  await expect(page.getByRole('button', { name: 'Hoàn thành kiểm tra' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thêm tồn tại, hạn chế' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thêm kiến nghị' })).toHaveCount(0);
  await expect(main.getByRole('button', { name: /^Lưu/ })).toHaveCount(0);

  // A write forced with the leader's token.
  const result = await page.evaluate(async (inspectionId) => {
    const token = (JSON.parse(localStorage.getItem('cchc.session') ?? '{}') as { token?: string }).token;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const before = (await (await fetch(`/api/inspections/${inspectionId}`, { headers })).json()) as { version: number; title: string };
    const res = await fetch(`/api/inspections/${inspectionId}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ version: before.version, title: 'Đổi tên bởi lãnh đạo' }),
    });
    const after = (await (await fetch(`/api/inspections/${inspectionId}`, { headers })).json()) as { version: number; title: string };
    return { status: res.status, body: await res.text(), before, after };
  }, id);
  expect(result.status).toBe(403);
  expect(result.after.title).toBe(result.before.title);
  expect(result.after.version).toBe(result.before.version);
  // The refusal says why, in Vietnamese.
  expect(result.body).toMatch(/quyền|không được/i);
});
