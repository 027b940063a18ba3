import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { signIn } from './helpers';

const district2022 = '/ho-so?from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const all2022 = '/ho-so?from=2022-01&to=2022-12&unit=all';

async function open(page: Page, url: string) {
  await page.goto(url);
  await signIn(page, 'lanhdao');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hồ sơ TTHC');
  await expect(totalsRow(page)).toBeVisible();
}

const reportTable = (page: Page) => page.getByRole('table', { name: /^Kết quả giải quyết thủ tục hành chính/ });
const totalsRow = (page: Page) => reportTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tổng cộng' }) });

/** The totals row's cells as shown (vi-VN text), in the order of the form's columns. */
async function shownTotals(page: Page): Promise<string[]> {
  return (await totalsRow(page).getByRole('cell').allTextContents()).map((s) => s.trim());
}

/** "4.977" → 4977, "100,0 %" → 100, "—" → null. */
const fromVi = (s: string) => (s.includes('—') ? null : Number(s.replace(/[\s%]/g, '').replace(/\./g, '').replace(',', '.')));

/** Rates in % that show the same on screen (one decimal): within half a tenth of a point. */
function expectSameRates(file: (number | null)[], screen: (number | null)[]) {
  expect(file.map((v) => v === null)).toEqual(screen.map((v) => v === null));
  file.forEach((v, i) => {
    if (v !== null) expect(Math.abs(v - (screen[i] as number))).toBeLessThanOrEqual(0.05 + 1e-9);
  });
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('Hồ sơ TTHC', () => {
  test('the district one-stop office in 2022: 4.977 received and 100,0 % early or on time', async ({ page }) => {
    await open(page, district2022);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ TTHC: Bộ phận một cửa cấp huyện, năm 2022');
    const totals = await shownTotals(page);
    // Columns: carried over, online, in person, BCCI, received total, … rates at the end.
    expect(totals[4]).toBe('4.977');
    expect(totals[14]).toBe('100,0\u00a0%');
  });

  test('the CSV and XLSX downloads parse and their totals equal the screen’s', async ({ page }) => {
    await open(page, all2022);
    const shown = (await shownTotals(page)).map(fromVi);

    const csv = await download(page, page.getByRole('button', { name: 'Tải CSV' }));
    expect(csv.name).toBe('bao-cao-tthc-theo-don-vi_all_2022-01_2022-12.csv');
    const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
    // In Vietnamese: semicolons between fields and decimal commas, as a Vietnamese spreadsheet reads them.
    expect(text.split('\r\n')[0]).toMatch(/^Đơn vị;Kỳ trước chuyển sang;/);
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed[0]?.[0]).toBe('Đơn vị');
    expect(parsed).toHaveLength(1 + 30 + 1);
    const csvTotals = parsed[parsed.length - 1] as string[];
    expect(csvTotals[0]).toBe('Tổng cộng');
    const csvValues = csvTotals.slice(1).map((v) => (v === '' ? null : Number(v.replace(',', '.'))));
    // Counts equal; rates (CSV: 98,63, two decimals) round to the screen's one decimal.
    expect(csvValues.slice(0, 14)).toEqual(shown.slice(0, 14));
    expectSameRates(csvValues.slice(14), shown.slice(14));

    const xlsx = await download(page, page.getByRole('button', { name: 'Tải Excel (mẫu báo cáo)' }));
    expect(xlsx.name).toBe('bao-cao-tthc-theo-don-vi_all_2022-01_2022-12.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const firstColumn = Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).value);
    expect(firstColumn).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(firstColumn).toContain('Kỳ báo cáo: từ 01/01/2022 đến 31/12/2022');
    let t = 1;
    while (t <= ws.rowCount && ws.getCell(t, 2).value !== 'Tổng cộng') t++;
    expect(t).toBeLessThanOrEqual(ws.rowCount);
    // A formula's cached result (exceljs reads a cached 0 back as no result: it is 0).
    const cell = (c: number) => {
      const v = ws.getCell(t, c).value;
      return (v && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : v) as number | string;
    };
    const [carried, online, direct, postal, received, early, onTime, late, resolved, pendingIn, pendingOver, pending, returned, apology] =
      shown as number[];
    // The form's columns (3)–(16) from the screen's: (3) = new + carried over, (5) = in person + by post, (16) = by post.
    const form = [received! + carried!, online, direct! + postal!, carried, resolved, early, onTime, late, pending, pendingIn, pendingOver, returned, apology, postal];
    expect(Array.from({ length: 14 }, (_, i) => cell(i + 3))).toEqual(form);
    expectSameRates([17, 18, 19].map((c) => cell(c)).map((v) => (typeof v === 'number' ? v * 100 : null)), shown.slice(14));
  });

  test('on the national dataset: 100 rows a page, the totals and both files over all 3.322 units', async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, `${all2022}&dataset=national&latency=0`);
    const body = reportTable(page).locator('tbody tr');
    await expect(body).toHaveCount(100);
    await expect(page.getByText('Dòng 1–100 trong 3.322.')).toBeVisible();
    const shown = (await shownTotals(page)).map(fromVi);

    await page.getByRole('button', { name: 'Trang 2', exact: true }).click();
    await expect(page.getByText('Dòng 101–200 trong 3.322.')).toBeVisible();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(body).toHaveCount(100);
    expect((await shownTotals(page)).map(fromVi)).toEqual(shown);

    const csv = await download(page, page.getByRole('button', { name: 'Tải CSV' }));
    const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(1 + 3322 + 1);
    const csvValues = (parsed[parsed.length - 1] as string[]).slice(1).map((v) => (v === '' ? null : Number(v.replace(',', '.'))));
    expect(csvValues.slice(0, 14)).toEqual(shown.slice(0, 14));

    const xlsx = await download(page, page.getByRole('button', { name: 'Tải Excel (mẫu báo cáo)' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    const numbered = Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).value).filter((v) => typeof v === 'number');
    expect(numbered).toHaveLength(3322);
  });

  test('drills down from the district to a commune and a field, and Back walks back', async ({ page }) => {
    await open(page, all2022);
    await reportTable(page).getByRole('link', { name: 'Xã Thư Phú' }).click();
    await expect(page).toHaveURL(/unit=xa-thu-phu&by=field/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ TTHC: Xã Thư Phú, năm 2022');
    await reportTable(page).getByRole('link', { name: 'Hộ tịch' }).click();
    await expect(page).toHaveURL(/unit=xa-thu-phu&by=month&field=ho-tich/);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn báo cáo' })).toContainText(/Toàn huyện\s*›\s*Xã Thư Phú\s*›\s*Hộ tịch/);
    await expect(reportTable(page).getByRole('rowheader', { name: '12/2022' })).toBeVisible();

    // A pasted URL reproduces the view.
    const other = await page.context().newPage();
    await other.goto(page.url());
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ TTHC: Xã Thư Phú – Hộ tịch, năm 2022');
    await other.close();

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ TTHC: Xã Thư Phú, năm 2022');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ TTHC: Toàn huyện, năm 2022');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no serious or critical axe violation (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '/ho-so?from=2024-07&to=2025-06&unit=all');
      await expect(page.getByText('Kỳ báo cáo có đơn vị sáp nhập')).toBeVisible();
      await expect(page.getByRole('region', { name: /^Hồ sơ tiếp nhận mới theo kênh/ })).toContainText('Trực tuyến');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
