import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getDataset } from '../../mocks/data';
import { server } from '../../mocks/node';
import { i18n } from '../../src/i18n';
import { renderRoute } from '../setup/render-route';

// The line chart's picture is not looked at: its card and table are.
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

const slow = { timeout: 10_000 };
// toHaveTextContent collapses whitespace, so a no-break space ("40\u00a0%") is matched as a space there.
const PAGE = '/ket-qua-kiem-tra';

async function open(url: string, user: 'kiemtra' | 'lanhdao' = 'kiemtra') {
  const app = await renderRoute(PAGE, { url, user });
  await screen.findByRole('heading', { level: 1, name: /^Kết quả kiểm tra công tác CCHC/ }, slow);
  return app;
}

/** A table once its rows are in. */
async function table(name: string | RegExp) {
  return screen.findByRole('table', { name }, slow);
}

/** The cell of a row (found by its row header) under a column (found by its header's name). */
function cell(t: HTMLElement, row: string | RegExp, column: string): HTMLElement {
  const headers = within(t).getAllByRole('columnheader');
  const index = headers.findIndex((h) => within(h).queryByText(column) !== null || h.textContent === column);
  if (index < 0) throw new Error(`no column ${column}`);
  const rowHeader = within(t).getByRole('rowheader', { name: row });
  const tr = rowHeader.closest('tr') as HTMLElement;
  return [...tr.querySelectorAll('th, td')][index] as HTMLElement;
}

const rowNames = (t: HTMLElement) => {
  const [, body] = within(t).getAllByRole('rowgroup');
  return within(body as HTMLElement).getAllByRole('rowheader').map((h) => within(h).getByRole('link').textContent);
};

describe('Kết quả kiểm tra: the heat map', () => {
  it('shows each commune’s latest scores by area as a number and a grade word, linking to its page', async () => {
    await open(`${PAGE}?from=2025-01&to=2025-06&unit=all`);
    const heat = await table('Điểm theo lĩnh vực của lần kiểm tra gần nhất mỗi đơn vị, kèm xếp loại');
    // Tân Minh, 16/06/2025: public finance 2 of 5 points = 40 %, weak; overall 39 of 44 = 88,6 %, shown 89 %, fair.
    expect(cell(heat, /^Xã Tân Minh/, 'Cải cách tài chính công')).toHaveTextContent(/^40 %Yếu$/);
    expect(cell(heat, /^Xã Tân Minh/, 'Cải cách thủ tục hành chính')).toHaveTextContent(/^92 %Tốt$/);
    expect(cell(heat, /^Xã Tân Minh/, 'Chung')).toHaveTextContent(/^89 %Khá$/);
    expect(within(heat).getByRole('rowheader', { name: /^Xã Tân Minh/ })).toHaveTextContent('16/06/2025');
    expect(within(heat).getByRole('link', { name: 'Xã Tân Minh' })).toHaveAttribute('href', '/don-vi/xa-tan-minh');
    // 30 units inspected up to 30/06/2025.
    expect(rowNames(heat)).toHaveLength(30);
  });

  it('sorts by the overall score, highest first then lowest, and keeps the order in the URL', async () => {
    const { user, currentUrl } = await open(`${PAGE}?from=2025-01&to=2025-06&unit=all`);
    const heat = await table(/^Điểm theo lĩnh vực/);
    const sort = within(heat).getByRole('button', { name: /^Chung/ });
    await user.click(sort);
    expect(within(heat).getByRole('columnheader', { name: /^Chung/ })).toHaveAttribute('aria-sort', 'descending');
    // Thống Nhất and Thư Phú both 44 of 46 (95,7 %); ties by id.
    expect(rowNames(heat).slice(0, 3)).toEqual(['Xã Thống Nhất', 'Xã Thư Phú', 'Thị trấn Thường Tín']);
    expect(currentUrl()).toContain('sort=total-desc');
    await user.click(within(heat).getByRole('button', { name: /^Chung/ }));
    expect(rowNames(heat).slice(0, 2)).toEqual(['Xã Hồng Vân', 'Xã Liên Phương']);
    expect(currentUrl()).toContain('sort=total-asc');
  });

  it('shows an area out of the inspection’s scope as “—” with the reason, and totals over the areas in scope', async () => {
    // Tân Minh's 2025 visit without public finance in its scope.
    const inspections = getDataset('thuong-tin').seedInspections.map((i) =>
      i.unitId === 'xa-tan-minh' && i.plannedDate === '2025-06-16' ? { ...i, areaIds: [1, 2, 3, 4, 5, 7] } : i,
    );
    server.use(http.get('*/api/inspections', () => HttpResponse.json(inspections)));
    await open(`${PAGE}?from=2025-01&to=2025-06&unit=all`);
    const heat = await table('Điểm theo lĩnh vực của lần kiểm tra gần nhất mỗi đơn vị, kèm xếp loại');
    expect(cell(heat, /^Xã Tân Minh/, 'Cải cách tài chính công')).toHaveTextContent(/^—Ngoài phạm vi$/);
    // (39 − 2) of (44 − 5) points = 94,9 %, shown 95 %, good.
    expect(cell(heat, /^Xã Tân Minh/, 'Chung')).toHaveTextContent(/^95 %Tốt$/);
  });

  it('looks back: at the end of 2022 it shows the visits made by then', async () => {
    await open(`${PAGE}?from=2022-01&to=2022-12&unit=all`);
    const heat = await table('Điểm theo lĩnh vực của lần kiểm tra gần nhất mỗi đơn vị, kèm xếp loại');
    expect(screen.getByRole('heading', { name: 'Điểm theo lĩnh vực của lần kiểm tra gần nhất, đến ngày 31/12/2022' })).toBeInTheDocument();
    expect(rowNames(heat)).toHaveLength(29);
    // Tân Minh stands at its 2021 visit: civil service 3 of 5 = 60 %, weak.
    expect(cell(heat, /^Xã Tân Minh/, 'Cải cách chế độ công vụ')).toHaveTextContent(/^60 %Yếu$/);
  });
});

describe('Kết quả kiểm tra: verified on time, findings and a commune over the years', () => {
  it('gives the share of actions verified on time over those due in 2022, overall and per commune', async () => {
    await open(`${PAGE}?from=2022-01&to=2022-12&unit=all`);
    const region = await screen.findByRole('region', { name: 'Kiến nghị được xác minh đúng hạn, năm 2022' }, slow);
    // 19 of the 62 actions due in 2022 were verified by their due date.
    await waitFor(() => expect(region).toHaveTextContent('Tỷ lệ chung: 30,6 % (19/62)'), slow);
    const t = within(region).getByRole('table', { name: 'Kiến nghị được xác minh đúng hạn theo đơn vị được kiểm tra' });
    expect(cell(t, 'Xã Tô Hiệu', 'Kiến nghị đến hạn')).toHaveTextContent('5');
    expect(cell(t, 'Xã Tô Hiệu', 'Xác minh đúng hạn')).toHaveTextContent('3');
    expect(cell(t, 'Xã Tô Hiệu', 'Tỷ lệ')).toHaveTextContent('60,0 %');
  });

  it('follows the header’s commune: its findings, its share and its scores over the years', async () => {
    const { user } = await open(`${PAGE}?from=2020-01&to=2025-06&unit=xa-tan-minh`);
    // Over the years: preset to Tân Minh, three finalised visits.
    expect(await screen.findByLabelText('Xã, thị trấn', { selector: 'input' }, slow)).toHaveValue('Xã Tân Minh');
    const chart = await screen.findByRole('region', { name: 'Điểm qua các năm: Xã Tân Minh' }, slow);
    await waitFor(() => expect(chart).not.toHaveAttribute('aria-busy'), slow);
    await user.click(within(chart).getByRole('radio', { name: 'Bảng số liệu' }));
    const rows = within(within(chart).getByRole('table'))
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows.map((r) => [r[0], r[3], r[8]])).toEqual([
      ['Ngày kiểm tra', 'Cải cách thủ tục hành chính', 'Điểm chung'],
      ['21/04/2021', '84,6\u00a0%', '88,6\u00a0%'],
      ['11/04/2023', '61,5\u00a0%', '84,8\u00a0%'],
      ['16/06/2025', '92,3\u00a0%', '88,6\u00a0%'],
    ]);

    // Findings of its three visits: 4 about procedures.
    const findings = await table('Số tồn tại, hạn chế theo lĩnh vực và các nội dung lặp lại nhiều nhất');
    expect(cell(findings, 'Cải cách thủ tục hành chính', 'Số tồn tại, hạn chế')).toHaveTextContent('4');
    // Its actions: none of the 7 due before 05/07/2025 verified by its due date.
    const onTime = screen.getByRole('region', { name: /^Kiến nghị được xác minh đúng hạn, Xã Tân Minh/ });
    await waitFor(() => expect(onTime).toHaveTextContent('Tỷ lệ chung: 0,0 % (0/7)'), slow);

    // The heat map still compares every commune and marks this one.
    const heat = await table(/^Điểm theo lĩnh vực/);
    expect(within(heat).getByRole('rowheader', { name: /^Xã Tân Minh/ }).closest('tr')).toHaveAttribute('aria-current', 'true');
  });

  it('speaks English, with the grade words translated', async () => {
    await open(`${PAGE}?from=2025-01&to=2025-06&unit=all`, 'lanhdao');
    await table(/^Điểm theo lĩnh vực/);
    try {
      await act(() => i18n.changeLanguage('en'));
      const heat = await screen.findByRole('table', { name: 'Scores by area of each unit’s latest inspection, with their grade' }, slow);
      expect(cell(heat, /^Xã Tân Minh/, 'Cải cách tài chính công')).toHaveTextContent(/^40%Weak$/);
      expect(cell(heat, /^Xã Tân Minh/, 'Overall')).toHaveTextContent(/^89%Fair$/);
    } finally {
      await act(() => i18n.changeLanguage('vi'));
    }
  });
});
