import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

/** The recording screen of an inspection in progress, as the inspector sees it, checked by axe in both schemes. */

test('axe finds no violation on the recording page, in the light and the dark scheme', async ({ page }) => {
  await page.goto('/kiem-tra/insp-2025-07');
  await signIn(page, 'kiemtra');
  await expect(page.getByRole('heading', { level: 1, name: /Minh Cường/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hoàn thành kiểm tra' })).toBeVisible();
  // An open area with its criteria, so the radios and notes are on the page being checked.
  await expect(page.getByRole('group', { name: /^4\.1\. / })).toBeVisible();
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).exclude('#mock-dev-panel').analyze();
    for (const v of results.violations)
      found.push(`${scheme} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(found).toEqual([]);
});
