import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../setup/render-route';

// The charts' pictures are not looked at here; their cards and tables are.
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

const YEAR_2022 = '/chuyen-doi-so?from=2022-01&to=2022-12&unit=all';
const cells = (row: HTMLElement) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((c) => c.textContent?.replace(/\u00a0/g, ' '));

describe('Chuyển đổi số: PAKN by topic', () => {
  it('shows every topic of 2022 with received, on-time rate, overdue and satisfaction rate (Σ÷Σ), and the formula', async () => {
    await renderRoute('/chuyen-doi-so', { url: YEAR_2022, user: 'lanhdao' });
    const card = await screen.findByRole('region', { name: /^PAKN theo lĩnh vực: Toàn huyện, năm 2022/ }, { timeout: 15_000 });
    const table = await within(card).findByRole('table', { name: /^PAKN theo lĩnh vực: Toàn huyện, năm 2022/ });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(within(header!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Lĩnh vực', 'Tiếp nhận', 'Tỷ lệ đúng hạn', 'Quá hạn (xử lý trễ)', 'Tỷ lệ hài lòng',
    ]);
    // Hand-checked from the seed: land 323 on time of 346 due, 234 satisfied of 269 rated.
    expect(rows.map(cells)).toEqual([
      ['Đất đai', '347', '93,4 %', '23', '87,0 %'],
      ['Môi trường', '92', '98,9 %', '1', '100,0 %'],
      ['Trật tự xây dựng', '219', '98,6 %', '3', '97,4 %'],
      ['Hộ tịch, chứng thực', '75', '100,0 %', '0', '100,0 %'],
      ['Chính sách xã hội', '87', '98,8 %', '1', '100,0 %'],
      ['Khác', '62', '100,0 %', '0', '100,0 %'],
    ]);
    expect(within(card).getByText(/tỷ lệ hài lòng = số đánh giá hài lòng ÷ số đánh giá/)).toBeInTheDocument();
  });
});
