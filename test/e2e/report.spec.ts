import { execFileSync, spawnSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Báo cáo printed to PDF: the summary paragraph the page shows and the signature block must be text in the PDF
 * (pdftotext); each page is also rendered to PNG (pdftoppm) beside the test's output, for a person to look at.
 */
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;
const popplerMissing = 'pdftotext/pdftoppm not installed: apt-get install -y poppler-utils';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const REPORT = '/bao-cao?from=2022-01&to=2022-12&unit=huyen-thuong-tin';

async function printToPdf(page: Page, testInfo: TestInfo, name: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Các màn hình' })).toBeHidden();
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  return file;
}

function pdfText(file: string) {
  const text = execFileSync('pdftotext', [file, '-']).toString();
  execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
  return squash(text);
}

test.describe('Báo cáo', () => {
  test('prints the period’s report with the summary paragraph and the signature block as text', async ({ page }, testInfo) => {
    await page.goto(REPORT);
    await signIn(page, 'lanhdao');
    const doc = page.getByRole('article', { name: 'Báo cáo kết quả CCHC (bản in)' });
    await expect(doc.getByRole('heading', { level: 1, name: 'BÁO CÁO' })).toBeVisible();
    await expect(doc.getByRole('heading', { level: 2, name: 'I. Tình hình chung và kết quả giải quyết hồ sơ thủ tục hành chính' })).toBeVisible();
    await expect(doc.getByRole('heading', { level: 2, name: 'IV. Đề xuất, kiến nghị' })).toBeVisible();
    await expect(doc).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeEnabled();
    const summary = squash(await doc.getByTestId('report-summary').innerText());
    expect(summary.length).toBeGreaterThan(80);

    const file = await printToPdf(page, testInfo, 'bao-cao-2022');
    await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeHidden();
    test.skip(!hasPoppler, popplerMissing);
    const text = pdfText(file);
    expect(text).toContain(summary);
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toContain('(Ký, ghi rõ họ tên, đóng dấu)');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).not.toContain('In / Lưu PDF');
  });

  test('has no serious or critical axe violation (light and dark)', async ({ page }) => {
    await page.goto(REPORT);
    await signIn(page, 'lanhdao');
    const doc = page.getByRole('article', { name: 'Báo cáo kết quả CCHC (bản in)' });
    const found: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await expect(doc.getByRole('heading', { level: 1, name: 'BÁO CÁO' })).toBeVisible();
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
      found[scheme] = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(found).toEqual({ light: [], dark: [] });
  });
});
