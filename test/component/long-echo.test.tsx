import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../setup/render-route';

// No test here looks at a chart's picture.
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

describe('a long text typed or pasted is echoed cut, not in full', () => {
  it('an unknown path of 8,000 characters: the not-found page shows its start and end', async () => {
    const path = `/${'a'.repeat(4000)}${'z'.repeat(4000)}`;
    await renderRoute('/*', { url: path });
    const echo = await screen.findByText(/^Không có trang nào ở địa chỉ/);
    expect(echo.textContent?.length).toBeLessThan(140);
    expect(echo.textContent).toMatch(/^Không có trang nào ở địa chỉ \/a+…z+\.$/);
    expect(echo).toHaveStyle({ overflowWrap: 'anywhere' });
  });

  it('a units search of 10,000 characters: the no-match line shows 80 of them', async () => {
    const q = 'q'.repeat(10_000);
    await renderRoute('/don-vi', { url: `/don-vi?from=2024-01&to=2024-12&unit=all&q=${q}` });
    const echo = await screen.findByText(/^Không có đơn vị nào khớp với/, undefined, { timeout: 10_000 });
    expect(echo.textContent).toBe(`Không có đơn vị nào khớp với “${'q'.repeat(40)}…${'q'.repeat(39)}”.`);
    expect(echo).toHaveStyle({ overflowWrap: 'anywhere' });
  });
});
