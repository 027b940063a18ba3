import { execFileSync, spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { district2022, signIn } from './helpers';

/** Tổng quan printed: the page's filters and data date are on the paper, the navigation and header are not. */
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the overview prints with its filters and data date and without the navigation', async ({ page }, testInfo) => {
  await page.goto(district2022);
  await signIn(page, 'lanhdao');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('2022');
  const nav = page.getByRole('navigation', { name: 'Các màn hình' });
  const navLabels = (await nav.getByRole('link').allInnerTexts()).map(squash).filter(Boolean);
  const headingText = squash(await heading.innerText());
  const asOf = squash(await page.getByText(/Số liệu cập nhật đến ngày/).first().innerText());
  // The charts have drawn before printing.
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const file = testInfo.outputPath('tong-quan-2022.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  // Labels that only the navigation shows (read from the page as it printed): on paper they would be the navigation.
  const mainText = squash((await page.getByRole('main').textContent()) ?? '');
  const navOnly = navLabels.filter((l) => !mainText.includes(l));
  expect(navOnly.length).toBeGreaterThanOrEqual(2);
  test.skip(!hasPoppler, 'pdftotext/pdftoppm not installed');
  const text = squash(execFileSync('pdftotext', [file, '-']).toString());
  execFileSync('pdftoppm', ['-png', '-r', '50', file, file.replace(/\.pdf$/, '')]);
  expect(text).toContain(headingText);
  expect(text).toContain(asOf);
  for (const label of navOnly) expect(text, label).not.toContain(label);
});
