import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDataset } from '../../mocks/data';
import { server } from '../../mocks/node';
import { received } from '../../src/domain/dossier-measures';
import { chartDrawing } from '../setup/chart-drawing';
import { renderRoute, type RenderRouteOptions } from '../setup/render-route';

// The trend charts' pictures are drawn in one test, which looks at them; elsewhere only their cards are.
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));
beforeEach(() => {
  chartDrawing.drawn = false;
});

type PageOptions = Omit<RenderRouteOptions, 'url'>;

/** "83.604" → 83604 (vi-VN thousands). */
const count = (s: string | null | undefined) => Number((s ?? '').replace(/\./g, ''));

/** Đơn vị alone; with the header's pickers, or a unit's page to follow a link to, where a test needs them. */
async function openList(url: string, options: PageOptions = {}) {
  const app = await renderRoute('/don-vi', { url, ...options });
  const table = await screen.findByRole('table', { name: /^Chỉ số chính của các đơn vị/ }, { timeout: 10_000 });
  await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
  return { ...app, table };
}

/** The list's body rows, each as its unit's name and its cells' text. */
function bodyRows(table: HTMLElement) {
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body as HTMLElement)
    .getAllByRole('row')
    .map((row) => ({
      row,
      name: within(row).getByRole('link').textContent,
      cells: within(row).getAllByRole('cell').map((c) => c.textContent ?? ''),
    }));
}

function totalsRow(table: HTMLElement) {
  const groups = within(table).getAllByRole('rowgroup');
  const foot = groups[groups.length - 1] as HTMLElement;
  const row = within(foot).getByRole('row');
  return { row, cells: within(row).getAllByRole('cell').map((c) => c.textContent ?? '') };
}

describe('Đơn vị: the list', () => {
  it('sorts by a column when its header is clicked, and keeps the sort in the URL', async () => {
    const { user, table, currentUrl } = await openList('/don-vi?from=2022-01&to=2022-12&unit=all');
    // Default: names A→Z.
    expect(bodyRows(table).map((r) => r.name).slice(0, 3)).toEqual(['Bộ phận một cửa cấp huyện', 'Thị trấn Thường Tín', 'Xã Chương Dương']);

    const onTime = within(table).getByRole('button', { name: 'Giải quyết trước và đúng hạn' });
    await user.click(onTime);
    // Best first: the district office resolved 100 % in 2022.
    expect(bodyRows(table)[0]?.name).toBe('Bộ phận một cửa cấp huyện');
    expect(within(table).getByRole('columnheader', { name: 'Giải quyết trước và đúng hạn' })).toHaveAttribute('aria-sort', 'descending');
    expect(currentUrl()).toContain('sort=onTime&dir=desc');

    await user.click(onTime);
    // Worst first: the lagging communes of 2022.
    const asc = bodyRows(table);
    expect(asc.slice(0, 2).map((r) => [r.name, r.cells[1]])).toEqual([
      ['Xã Tân Minh', '92,3\u00a0%(dưới chỉ tiêu 97\u00a0% năm 2022)'],
      ['Xã Nhị Khê', '95,6\u00a0%(dưới chỉ tiêu 97\u00a0% năm 2022)'],
    ]);
    expect(currentUrl()).toContain('sort=onTime&dir=asc');
    const rates = asc.map((r) => Number(/^[\d,]+/.exec(r.cells[1] ?? '')?.[0].replace(',', '.')));
    expect(rates).toEqual([...rates].sort((a, b) => a - b));

    await user.click(within(table).getByRole('button', { name: 'Tiếp nhận mới' }));
    const byReceived = bodyRows(table).map((r) => count(r.cells[0]));
    expect(byReceived).toEqual([...byReceived].sort((a, b) => b - a));
  });

  it('reads the sort from a pasted URL', async () => {
    const { table } = await openList('/don-vi?from=2022-01&to=2022-12&unit=all&sort=overdue&dir=desc');
    const first = bodyRows(table)[0];
    expect(first?.name).toBe('Xã Tân Minh');
    expect(first?.cells[2]).toBe('7');
  });

  it('finds Thư Phú from "thu phu" typed without diacritics, and keeps q in the URL', async () => {
    const { user, table, currentUrl } = await openList('/don-vi?from=2024-01&to=2024-12&unit=all');
    expect(bodyRows(table).length).toBe(30);
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'thu phu');
    await waitFor(() => expect(bodyRows(table).map((r) => r.name)).toEqual(['Xã Thư Phú']));
    expect(currentUrl()).toContain('q=thu+phu');
    expect(screen.getByText('Hiển thị 1/30 đơn vị')).toBeInTheDocument();
    // The totals row follows the search: it is the one row.
    expect(totalsRow(table).cells[0]).toBe(bodyRows(table)[0]?.cells[0]);
  });

  it('has a totals row equal to the sum of the rows', async () => {
    const { table } = await openList('/don-vi?from=2022-01&to=2022-12&unit=all');
    const rows = bodyRows(table);
    const totals = totalsRow(table);
    expect(within(totals.row).getByRole('rowheader')).toHaveTextContent('Tổng cộng (30 đơn vị)');
    expect(count(totals.cells[0])).toBe(rows.reduce((s, r) => s + count(r.cells[0]), 0));
    expect(count(totals.cells[2])).toBe(rows.reduce((s, r) => s + count(r.cells[2]), 0));
    expect(totals.cells[0]).toBe('83.604');
  });

  it('shows merged units with a note over a period spanning the 2025 merger, and the totals still add up', async () => {
    const { table } = await openList('/don-vi?from=2024-07&to=2025-06&unit=all');
    const rows = bodyRows(table);
    const row = (name: string) => rows.find((r) => r.name === name)?.row as HTMLElement;
    expect(row('Xã Vạn Nhất')).toHaveTextContent('Thành lập từ 01/01/2025 trên cơ sở xã Vạn Điểm và xã Thống Nhất');
    expect(row('Xã Thư Phú')).toHaveTextContent('Sáp nhập vào xã Chương Dương từ 01/01/2025');
    expect(row('Xã Vạn Điểm')).toHaveTextContent('Hợp nhất với xã Thống Nhất thành xã Vạn Nhất từ 01/01/2025');
    expect(row('Xã Chương Dương')).toHaveTextContent('Tiếp nhận xã Thư Phú sáp nhập vào từ 01/01/2025');
    expect(row('Xã Khánh Hà')).not.toHaveTextContent('01/01/2025');
    // 31 rows (the old and the new units), adding up to the district's own total for the period.
    expect(rows).toHaveLength(31);
    const district = received(getDataset('thuong-tin').dossierSummary({ from: '2024-07', to: '2025-06', unit: 'all', level: 'all' }));
    expect(count(totalsRow(table).cells[0])).toBe(district);
    expect(rows.reduce((s, r) => s + count(r.cells[0]), 0)).toBe(district);
  });

  it('opens a unit’s page when a unit is picked in the header, and goes back to the list', async () => {
    const { user, currentUrl, router } = await openList('/don-vi?from=2024-01&to=2024-12&unit=all', {
      filters: true,
      alsoRoutes: ['/don-vi/:unitId'],
    });
    const picker = screen.getByRole('combobox', { name: 'Đơn vị' });
    await user.click(picker);
    await user.clear(picker);
    await user.type(picker, 'thu phu');
    await user.click(screen.getByRole('option', { name: /^Xã Thư Phú/ }));
    await screen.findByRole('heading', { level: 1, name: 'Xã Thư Phú' });
    expect(currentUrl()).toBe('/don-vi/xa-thu-phu?from=2024-01&to=2024-12&unit=xa-thu-phu');
    // Back is a router update outside any user event: inside act, so React applies it before the next read.
    await act(() => router.navigate(-1));
    await screen.findByRole('heading', { level: 1, name: 'Các đơn vị, năm 2024' });
    expect(currentUrl()).toBe('/don-vi?from=2024-01&to=2024-12&unit=all');
  });

  it('links a unit to its page with the same period', async () => {
    const { user, currentUrl } = await openList('/don-vi?from=2022-01&to=2022-12&unit=all&sort=onTime&dir=asc&q=tan', {
      alsoRoutes: ['/don-vi/:unitId'],
    });
    await user.click(screen.getByRole('link', { name: 'Xã Tân Minh' }));
    await screen.findByRole('heading', { level: 1, name: 'Xã Tân Minh' });
    expect(currentUrl()).toBe('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=xa-tan-minh');
  });
});

/** A unit's page alone; with the header's pickers, or the list to follow a link to, where a test needs them. */
async function openUnit(url: string, name: string, options: PageOptions = {}) {
  const app = await renderRoute('/don-vi/:unitId', { url, ...options });
  await screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
  return app;
}

/** The text of a table's cell in the row named `row` and the column named `column`. */
function cell(table: HTMLElement, row: RegExp, column: string) {
  const headers = within(table).getAllByRole('columnheader');
  const index = headers.findIndex((h) => within(h).queryByText(column) !== null || h.textContent === column);
  const r = within(table).getByRole('row', { name: row });
  const cells = [...within(r).queryAllByRole('rowheader'), ...within(r).getAllByRole('cell')];
  return cells[index]?.textContent;
}

describe('Đơn vị: a commune’s page', () => {
  it('shows the rank, an inspection’s area scores, an open action and the trend charts drawn', async () => {
    chartDrawing.drawn = true;
    await openUnit('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=xa-tan-minh', 'Xã Tân Minh');
    // 92,3 % on time in 2022: last of the 29 communes and town.
    const rank = screen.getByRole('region', { name: 'Xếp hạng giải quyết đúng hạn' });
    await waitFor(() => expect(rank).not.toHaveAttribute('aria-busy'));
    expect(rank).toHaveTextContent('Hạng 29/29');
    expect(screen.getByRole('region', { name: 'Giải quyết trước và đúng hạn' })).toHaveTextContent('92,3 %');

    // The 2023 inspection: TTHC 8 of 13 points (62 %), overall 39 of 46 (84,8 %).
    const inspections = await screen.findByRole('table', { name: 'Các cuộc kiểm tra và điểm theo lĩnh vực' });
    expect(cell(inspections, /11\/04\/2023/, 'Cải cách thủ tục hành chính')).toBe('62\u00a0%');
    expect(cell(inspections, /11\/04\/2023/, 'Xây dựng, phát triển chính quyền điện tử, chính quyền số')).toBe('75\u00a0%');
    expect(cell(inspections, /11\/04\/2023/, 'Chung')).toBe('84,8\u00a0%');
    // 2021: a criterion of public finance was not applicable; the other three passed: 4 of 4.
    expect(cell(inspections, /21\/04\/2021/, 'Cải cách tài chính công')).toBe('100\u00a0%');
    expect(cell(inspections, /21\/04\/2021/, 'Cải cách chế độ công vụ')).toBe('60\u00a0%');

    // Open actions: due 21/09/2021, still in progress on 05/07/2025 (asOf) → 1.383 days overdue, listed first.
    const actions = await screen.findByRole('table', { name: 'Kiến nghị đang mở, quá hạn trước' });
    const [, body] = within(actions).getAllByRole('rowgroup');
    const first = within(body as HTMLElement).getAllByRole('row')[0] as HTMLElement;
    expect(first).toHaveTextContent('Ban hành kế hoạch tuyên truyền CCHC');
    expect(first).toHaveTextContent('21/09/2021');
    expect(first).toHaveTextContent('Quá hạn 1.383 ngày');
    // Verified and fixed actions are not open.
    expect(within(actions).queryByText(/Rà soát toàn bộ hồ sơ đang giải quyết quá hạn/)).toBeNull();
    expect(screen.getByText('5 kiến nghị, 1 quá hạn (tính đến 05/07/2025)')).toBeInTheDocument();

    // The monthly trends, drawn: three charts over the twelve months of 2022.
    await waitFor(() => expect(screen.getAllByRole('application')).toHaveLength(3));
    const pictures = screen.getAllByRole('application');
    for (const picture of pictures) expect(picture).toHaveTextContent(/^T1\/2022T2\/2022.*T12\/2022/);
    // The two rate charts draw the year's target as a dashed line named in their legends (not a label on the data).
    expect(screen.getAllByText('Chỉ tiêu', { selector: '.mantine-ChartLegend-legendItemName' })).toHaveLength(2);
  });

  it('shows the digital indicators as numerator ÷ denominator against the year’s target', async () => {
    await openUnit('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=xa-tan-minh', 'Xã Tân Minh');
    const digital = await screen.findByRole('region', { name: 'Chỉ số chuyển đổi số, Xã Tân Minh, năm 2022' });
    await waitFor(() => expect(digital).not.toHaveAttribute('aria-busy'));
    // 390 of 3.205 dossiers online = 12,2 %, short of the 2022 target of 20 %.
    expect(digital).toHaveTextContent('12,2 % (390/3.205)');
    expect(digital).toHaveTextContent('Chưa đạt chỉ tiêu 20 %');
  });

  it('notes a merger inside the period and links to the units it names', async () => {
    await openUnit('/don-vi/xa-van-nhat?from=2024-07&to=2025-06&unit=xa-van-nhat', 'Xã Vạn Nhất');
    expect(screen.getByText(/Thành lập từ 01\/01\/2025 trên cơ sở xã Vạn Điểm và xã Thống Nhất/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'xã Vạn Điểm' })).toHaveAttribute('href', '/don-vi/xa-van-diem?from=2024-07&to=2025-06&unit=xa-van-diem');
  });

  it('says a dissolved unit has no figures after it ended, and links to its successor', async () => {
    const { user, currentUrl } = await openUnit('/don-vi/xa-thu-phu?from=2025-01&to=2025-06&unit=xa-thu-phu', 'Xã Thư Phú');
    expect(screen.getByText(/Từ 01\/01\/2025, xã Thư Phú không còn là đơn vị riêng/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'xã Chương Dương' }));
    await screen.findByRole('heading', { level: 1, name: 'Xã Chương Dương' });
    expect(currentUrl()).toBe('/don-vi/xa-chuong-duong?from=2025-01&to=2025-06&unit=xa-chuong-duong');
  });

  it('names an unknown unit id and links back to the list', async () => {
    const { user, currentUrl } = await openUnit('/don-vi/xyz?from=2022-01&to=2022-12', 'Không tìm thấy đơn vị', { alsoRoutes: ['/don-vi'] });
    expect(screen.getByRole('alert')).toHaveTextContent('Không có đơn vị mã “xyz”.');
    await user.click(screen.getByRole('link', { name: 'Xem danh sách các đơn vị' }));
    await screen.findByRole('heading', { level: 1, name: 'Các đơn vị, năm 2022' });
    expect(currentUrl()).toBe('/don-vi?from=2022-01&to=2022-12&unit=all');
  });

  it('shows a failed section with "Thử lại" while the rest of the page works', async () => {
    let fail = true;
    server.use(
      http.get('*/api/inspections', () => (fail ? HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }) : undefined)),
    );
    const { user } = await openUnit('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=xa-tan-minh', 'Xã Tân Minh');
    const section = screen.getByRole('region', { name: 'Lịch sử kiểm tra' });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố');
    // The rest still works.
    expect(await screen.findByText('5 kiến nghị, 1 quá hạn (tính đến 05/07/2025)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toHaveTextContent('3.205'));
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await within(section).findByRole('table', { name: 'Các cuộc kiểm tra và điểm theo lĩnh vực' })).toBeInTheDocument();
  });

  it('opens another unit’s page when another unit is picked in the header', async () => {
    const { user, currentUrl } = await openUnit('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=all', 'Xã Tân Minh', { filters: true });
    // On arrival the header follows the page's unit.
    await waitFor(() => expect(currentUrl()).toBe('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=xa-tan-minh'));
    const picker = screen.getByRole('combobox', { name: 'Đơn vị' });
    await user.click(picker);
    await user.clear(picker);
    await user.type(picker, 'khanh ha');
    await user.click(screen.getByRole('option', { name: /^Xã Khánh Hà/ }));
    await screen.findByRole('heading', { level: 1, name: 'Xã Khánh Hà' });
    expect(currentUrl()).toBe('/don-vi/xa-khanh-ha?from=2022-01&to=2022-12&unit=xa-khanh-ha');
  });
});
