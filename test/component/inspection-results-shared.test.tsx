import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getDataset } from '../../mocks/data';
import { overdueAtPeriodEnd } from '../../src/domain/inspection-results';
import { renderRoute } from '../setup/render-route';

// Only the cards and tables are looked at, not the Recharts pictures.
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

const slow = { timeout: 10_000 };

describe('the overview and a unit’s page take their inspection figures from the results functions', () => {
  it('shows the overdue count on the remediation card: 15 on 31/12/2022 for the whole district', async () => {
    await renderRoute('/', { url: '/?from=2022-01&to=2022-12&unit=all' });
    const card = await screen.findByRole('region', { name: /^Tình hình khắc phục kiến nghị sau kiểm tra, đến ngày 31\/12\/2022/ }, slow);
    await waitFor(() => expect(card).not.toHaveAttribute('aria-busy'), slow);
    // The same 15 as the chart's "Quá hạn" bar and overdueAtPeriodEnd on the seed.
    await waitFor(() => expect(card).toHaveTextContent('15 kiến nghị quá hạn tại ngày 31/12/2022'), slow);
    const d = getDataset('thuong-tin');
    expect(overdueAtPeriodEnd(d.seedActions, { from: '2022-01', to: '2022-12' }, d.meta.asOf).count).toBe(15);
  });

  it('scores a unit’s inspection history as Kết quả kiểm tra does', async () => {
    await renderRoute('/don-vi/:unitId', { url: '/don-vi/xa-tan-minh?from=2025-01&to=2025-06&unit=xa-tan-minh' });
    const history = await screen.findByRole('table', { name: 'Các cuộc kiểm tra và điểm theo lĩnh vực' }, slow);
    const headers = within(history).getAllByRole('columnheader').map((h) => h.textContent);
    const row = within(history).getByRole('rowheader', { name: '16/06/2025' }).closest('tr') as HTMLElement;
    const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent);
    const at = (column: string) => cells[headers.findIndex((h) => h?.includes(column))];
    // 2025: public finance 2 of 5 = 40 %, overall 39 of 44 = 88,6 % (the heat map shows 89 %, khá).
    expect(at('Cải cách tài chính công')).toBe('40\u00a0%');
    expect(at('Chung')).toBe('88,6\u00a0%');
  });
});
