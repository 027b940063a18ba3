import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Biên bản kiểm tra printed to PDF: the text must be in it (pdftotext), the pages A4 with nothing outside the
 * Decree 30 margins, a long table's header repeated on the next page; the pages are also rendered as PNG
 * (pdftoppm) beside the test's output for a person to look at. pdftotext, pdftoppm and pdfinfo come from
 * Debian's poppler-utils.
 */

const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;
const popplerMissing = 'pdftotext/pdftoppm not installed: apt-get install -y poppler-utils';

const MM = 72 / 25.4;
/** A4 in points, and the content box the page's margins leave (30 mm left, 15 mm right). */
const A4 = { width: 595.28, height: 841.89 };
const content = { left: 30 * MM, right: A4.width - 15 * MM };

async function printToPdf(page: Page, testInfo: TestInfo, name: string) {
  // What the print dialog lays out: the app's header and navigation, the toolbar and the notice are gone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeHidden();
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  return file;
}

function pdfPages(file: string): { count: number; size: string } {
  const info = execFileSync('pdfinfo', [file]).toString();
  return { count: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0), size: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '' };
}

const pageText = (file: string, n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']).toString();

/** Every word on the pages with its box in points (pdftotext -bbox). */
function words(file: string) {
  const html = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5] ?? '',
  }));
}

/** The pages as PNG at 60 dpi next to the PDF, attached to the report. */
async function renderPages(file: string, testInfo: TestInfo) {
  const prefix = file.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
  const dir = path.dirname(prefix);
  for (const png of readdirSync(dir).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png')).sort())
    await testInfo.attach(png, { path: path.join(dir, png), contentType: 'image/png' });
}

test.describe('Biên bản kiểm tra', () => {
  test('the minutes of a finalised inspection print to A4 with the finding and its action’s deadline as text', async ({ page }, testInfo) => {
    await page.goto('/kiem-tra/insp-2023-01/bien-ban');
    await signIn(page, 'kiemtra');
    const doc = page.getByRole('article', { name: 'Biên bản kiểm tra — bản để in' });
    await expect(doc.getByRole('heading', { level: 1, name: 'BIÊN BẢN KIỂM TRA' })).toBeVisible();
    await expect(doc).toContainText('Thường Tín, ngày 14 tháng 3 năm 2023');
    await expect(page.getByRole('link', { name: 'Về hồ sơ cuộc kiểm tra' })).toHaveAttribute('href', '/kiem-tra/insp-2023-01');

    const file = await printToPdf(page, testInfo, 'insp-2023-01');
    test.skip(!hasPoppler, popplerMissing);
    const { count, size } = pdfPages(file);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(size).toContain('(A4)');

    const text = Array.from({ length: count }, (_, i) => pageText(file, i + 1)).join('\n');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BIÊN BẢN KIỂM TRA');
    expect(text).toContain('Trang thiết bị tại bộ phận một cửa còn thiếu');
    expect(text).toContain('14/08/2023');
    expect(text).not.toContain('DỰ THẢO');

    // Nothing outside the margins: every word starts at or after 30 mm and ends by 15 mm from the right edge.
    const all = words(file);
    expect(all.length).toBeGreaterThan(200);
    const outside = all.filter((w) => w.xMin < content.left - 1 || w.xMax > content.right + 1);
    expect(outside.map((w) => w.text)).toEqual([]);
    await renderPages(file, testInfo);
  });

  test('a long recommendations table breaks across pages with its header repeated, no row split', async ({ page }, testInfo) => {
    await page.goto('/kiem-tra/insp-2023-01/bien-ban');
    await signIn(page, 'vanphong');
    await expect(page.getByRole('heading', { level: 1, name: 'BIÊN BẢN KIỂM TRA' })).toBeVisible();
    // Eighteen more recommendations through the API (the secretariat may add them), so table 2 cannot fit one page.
    const added = await page.evaluate(async () => {
      const token = (JSON.parse(localStorage.getItem('cchc.session') ?? '{}') as { token?: string }).token;
      let ok = 0;
      for (let i = 1; i <= 18; i++) {
        const res = await fetch('/api/actions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            inspectionId: 'insp-2023-01',
            findingId: 'insp-2023-01-f3',
            description: `Kiến nghị bổ sung số ${i}: rà soát, bổ sung trang thiết bị và báo cáo kết quả về Văn phòng CCHC`,
            ownerUnitId: 'xa-nguyen-trai',
            ownerName: 'Công chức Bộ phận một cửa',
            dueDate: '2023-09-30',
          }),
        });
        if (res.ok) ok++;
      }
      return ok;
    });
    expect(added).toBe(18);
    await page.reload();
    const table = page.getByRole('table', { name: 'Bảng 2. Kiến nghị khắc phục' });
    await expect(table.locator('tbody tr')).toHaveCount(22);

    const file = await printToPdf(page, testInfo, 'insp-2023-01-long');
    test.skip(!hasPoppler, popplerMissing);
    const { count } = pdfPages(file);
    const pagesWithRows = Array.from({ length: count }, (_, i) => i + 1).filter((n) => /Kiến nghị bổ sung số \d+/.test(pageText(file, n)));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    for (const n of pagesWithRows) expect(pageText(file, n), `page ${n}`).toContain('Nội dung kiến nghị');
    // No row split: each added row's number and its deadline are on the same page.
    for (let i = 1; i <= 18; i++) {
      const on = pagesWithRows.filter((n) => pageText(file, n).includes(`Kiến nghị bổ sung số ${i}:`));
      expect(on, `row ${i}`).toHaveLength(1);
    }
    const outside = words(file).filter((w) => w.xMin < content.left - 1 || w.xMax > content.right + 1);
    expect(outside.map((w) => w.text)).toEqual([]);
    await renderPages(file, testInfo);
  });

  test('an in-progress inspection’s minutes say DỰ THẢO on screen and on paper', async ({ page }, testInfo) => {
    await page.goto('/kiem-tra/insp-2025-07/bien-ban');
    await signIn(page, 'lanhdao');
    const doc = page.getByRole('article', { name: 'Biên bản kiểm tra — bản để in' });
    await expect(doc.getByRole('note')).toHaveText('DỰ THẢO');
    const file = await printToPdf(page, testInfo, 'insp-2025-07');
    test.skip(!hasPoppler, popplerMissing);
    expect(pageText(file, 1)).toContain('DỰ THẢO');
  });

  test('an unknown inspection id says so inside the shell', async ({ page }) => {
    await page.goto('/kiem-tra/insp-khong-co/bien-ban');
    await signIn(page, 'kiemtra');
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy cuộc kiểm tra' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeVisible();
  });

  test('axe finds nothing serious on the minutes, in the light and the dark scheme', async ({ page }) => {
    await page.goto('/kiem-tra/insp-2025-07/bien-ban');
    await signIn(page, 'kiemtra');
    await expect(page.getByRole('article', { name: 'Biên bản kiểm tra — bản để in' })).toBeVisible();
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
      for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
        found.push(`${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(found).toEqual([]);
  });
});
