import { execFileSync, spawnSync } from 'node:child_process';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { signIn } from './helpers';

/**
 * The deck on paper: one slide per A4 landscape page, every slide of the deck (not only the one on screen), each
 * page's text holding its slide's title; with "In kèm ghi chú", each slide's speaker notes on their own page after
 * it. Page 1 is rendered to PNG (pdftoppm) beside the test's output, for a person to look at.
 */
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdfinfo', ['-v']).error === undefined;
const DECK = '/trinh-chieu?from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const TITLES = [
  'Kết quả giải quyết hồ sơ TTHC',
  'Hồ sơ tiếp nhận theo tháng',
  'Xã, thị trấn: tỷ lệ giải quyết đúng hạn thấp nhất',
  'Kết quả kiểm tra và kiến nghị khắc phục',
  'Chỉ tiêu chuyển đổi số',
  'Chỉ số PAR INDEX qua các năm',
  'Tóm tắt và đơn vị cần quan tâm',
];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function printDeck(page: Page, testInfo: TestInfo, name: string) {
  await page.emulateMedia({ media: 'print' });
  // Printing renders every slide; their figures have loaded before the page is printed.
  await expect(page.getByTestId('meeting-print-deck')).toBeAttached();
  await expect(page.getByTestId('meeting-print-deck')).not.toContainText('Đang tải số liệu');
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
  return file;
}

function pages(file: string) {
  const info = execFileSync('pdfinfo', [file]).toString();
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const text = Array.from({ length: count }, (_, i) =>
    squash(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-']).toString()),
  );
  return { count, width: Number(size?.[1]), height: Number(size?.[2]), text };
}

test.describe('Trình chiếu on paper', () => {
  test.skip(!hasPoppler, 'pdftotext/pdfinfo not installed: apt-get install -y poppler-utils');

  test('prints every slide, one per A4 landscape page, whichever slide is on screen', async ({ page }, testInfo) => {
    await page.goto(`${DECK}&slide=3`);
    await signIn(page, 'vanphong');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[2]!);
    await expect(page.getByRole('button', { name: 'In trang chiếu' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'In kèm ghi chú' })).not.toBeChecked();
    // The button prints the page (window.print, counted here rather than opening the dialog).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'In trang chiếu' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const file = await printDeck(page, testInfo, 'trinh-chieu');
    const pdf = pages(file);
    expect(pdf.count).toBe(7);
    // A4 landscape: 842 x 595 points.
    expect(Math.round(pdf.width)).toBe(842);
    expect(Math.round(pdf.height)).toBe(595);
    TITLES.forEach((title, i) => {
      expect(pdf.text[i]).toContain(title);
      expect(pdf.text[i]).toContain(`Trang ${i + 1}/7`);
      expect(pdf.text[i]).toContain('năm 2022 · Số liệu đến');
    });
    // The slides' figures, not a loading line, and no control.
    expect(pdf.text[0]).toContain('4.977');
    expect(pdf.text.join(' ')).not.toContain('Trang sau');
    expect(pdf.text.join(' ')).not.toContain('In trang chiếu');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, testInfo.outputPath('trinh-chieu-1')]);
  });

  test('with "In kèm ghi chú", each slide is followed by a page of its speaker notes', async ({ page }, testInfo) => {
    await page.goto(DECK);
    await signIn(page, 'vanphong');
    await page.getByRole('checkbox', { name: 'In kèm ghi chú' }).check();
    await expect(page).toHaveURL(/notes=1/);
    // The arrow keys still move the deck after the box was ticked.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[1]!);

    const file = await printDeck(page, testInfo, 'trinh-chieu-ghi-chu');
    const pdf = pages(file);
    expect(pdf.count).toBe(14);
    TITLES.forEach((title, i) => {
      expect(pdf.text[2 * i]).toContain(title);
      expect(pdf.text[2 * i]).not.toContain('Ghi chú:');
      expect(pdf.text[2 * i + 1]).toContain(`Ghi chú: ${title}`);
      expect(pdf.text[2 * i + 1]).toContain(`Ghi chú của Trang ${i + 1}/7`);
    });
    expect(pdf.text[3]).toMatch(/Tháng tiếp nhận nhiều nhất là \d{2}\/2022 với [\d.]+ hồ sơ\./);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', file, testInfo.outputPath('trinh-chieu-ghi-chu')]);
  });
});
