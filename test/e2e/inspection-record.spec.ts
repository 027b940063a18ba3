import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/**
 * The inspector of team 1 records on seeded insp-2025-07 (in progress, areas 1–3 assessed): two criteria of area 4,
 * a note, a finding with its action; after a reload every field is there as typed.
 */

const url = '/kiem-tra/insp-2025-07';
const criterion = (page: Page, number: string) => page.getByRole('group', { name: new RegExp(`^${number.replace('.', '\\.')}\\. `) });
const area = (page: Page, n: number) => page.getByRole('button', { name: new RegExp(`^${n}\\. `) });

test('kiemtra records area results, a finding with an action, and finds them after a reload', async ({ page }) => {
  // A long flow: on a loaded 2-core machine it takes 25–60 s.
  test.setTimeout(90_000);
  await page.goto(url);
  await signIn(page, 'kiemtra');
  await expect(page.getByRole('heading', { level: 1, name: /Minh Cường/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hoàn thành kiểm tra' })).toBeVisible();

  // Area 4 is the first with criteria left, so it is open.
  await criterion(page, '4.1').getByRole('radio', { name: 'Đạt', exact: true }).click();
  await criterion(page, '4.2').getByRole('radio', { name: 'Chưa đạt' }).click();
  await expect(area(page, 4)).toContainText('đạt 1/2 tiêu chí · 50,0 %');
  const note = page.getByRole('textbox', { name: 'Ghi chú tiêu chí 4.2' });
  await note.fill('Chưa rà soát chức năng, nhiệm vụ các bộ phận <img src=x onerror=alert(1)>');

  await page.getByRole('button', { name: 'Thêm tồn tại, hạn chế' }).click();
  const finding = page.getByRole('article', { name: 'Tồn tại 3' });
  await finding.getByRole('textbox', { name: /Nội dung tồn tại, hạn chế/ }).fill('Chưa rà soát chức năng, nhiệm vụ');
  await finding.getByRole('textbox', { name: 'Nguyên nhân' }).fill('Cán bộ kiêm nhiệm nhiều việc');
  await finding.getByRole('button', { name: 'Thêm kiến nghị' }).click();
  const action = finding.getByRole('region', { name: 'Kiến nghị 1' });
  await action.getByRole('textbox', { name: /Nội dung kiến nghị/ }).fill('Rà soát, ban hành quy chế làm việc');
  await action.getByRole('combobox', { name: /Đơn vị chủ trì/ }).click();
  await action.getByRole('combobox', { name: /Đơn vị chủ trì/ }).fill('Minh Cường');
  // The keyboard picks the one match: a click on the floating list can race its repositioning near the fold.
  await expect(page.getByRole('option', { name: 'Xã Minh Cường' })).toHaveCount(1);
  await action.getByRole('combobox', { name: /Đơn vị chủ trì/ }).press('ArrowDown');
  await action.getByRole('combobox', { name: /Đơn vị chủ trì/ }).press('Enter');
  await expect(action.getByRole('combobox', { name: /Đơn vị chủ trì/ })).toHaveValue('Xã Minh Cường');
  await action.getByRole('textbox', { name: /Chức danh người chịu trách nhiệm/ }).fill('Chủ tịch UBND xã');
  await action.getByLabel(/Hạn xử lý/).fill('2025-09-30');

  // Everything reaches the server by itself: nothing left saving or waiting.
  await expect(page.locator('main').getByText(/Đang lưu|Chưa đồng bộ/)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('main').getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Minh Cường/ })).toBeVisible();
  await expect(area(page, 4)).toContainText('đạt 1/2 tiêu chí · 50,0 %');
  await expect(criterion(page, '4.1').getByRole('radio', { name: 'Đạt', exact: true })).toBeChecked();
  await expect(criterion(page, '4.2').getByRole('radio', { name: 'Chưa đạt' })).toBeChecked();
  // The note is text, never markup.
  await expect(page.getByRole('textbox', { name: 'Ghi chú tiêu chí 4.2' })).toHaveValue(
    'Chưa rà soát chức năng, nhiệm vụ các bộ phận <img src=x onerror=alert(1)>',
  );
  const again = page.getByRole('article', { name: 'Tồn tại 3' });
  await expect(again.getByRole('textbox', { name: /Nội dung tồn tại, hạn chế/ })).toHaveValue('Chưa rà soát chức năng, nhiệm vụ');
  await expect(again.getByRole('textbox', { name: 'Nguyên nhân' })).toHaveValue('Cán bộ kiêm nhiệm nhiều việc');
  const saved = again.getByRole('region', { name: 'Kiến nghị 1' });
  await expect(saved.getByRole('textbox', { name: /Nội dung kiến nghị/ })).toHaveValue('Rà soát, ban hành quy chế làm việc');
  await expect(saved.getByRole('combobox', { name: /Đơn vị chủ trì/ })).toHaveValue('Xã Minh Cường');
  await expect(saved.getByRole('textbox', { name: /Chức danh người chịu trách nhiệm/ })).toHaveValue('Chủ tịch UBND xã');
  await expect(saved.getByLabel(/Hạn xử lý/)).toHaveValue('2025-09-30');
});
