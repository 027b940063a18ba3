import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { activeDataset, server } from '../../mocks/node';
import type { DossierCounts } from '../../src/api/dossiers';
import { chartDrawing } from '../setup/chart-drawing';
import { renderRoute } from '../setup/render-route';
import {
  byRole,
  columnIndex,
  COUNT_COLUMNS,
  findPageHeading,
  ON_TIME,
  ONLINE,
  pct,
  PROGRESS,
  readTable,
  reportTable,
  rowNames,
  rowValues,
  sum,
  totalsHeader,
  type RowValues,
} from '../setup/report-table';

// Hồ sơ TTHC as one route (router, real mock backend; no shell: the app-level smoke test has it). Tests wait
// on cheap reads (row names, the h1) and read the whole table once per view: see test/setup/report-table.ts.

// Recharts drawing SVG in jsdom was a third of this file's time, redrawn on every change of view. The
// chart cards always render (titles, data, loading and error states, the channel list); the Recharts
// picture inside is drawn only in the tests that look at it (`chartDrawing.drawn = true`).
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));
beforeEach(() => {
  chartDrawing.drawn = false;
});

async function openReport(url: string) {
  const app = await renderRoute('/ho-so', { url });
  // The first render loads the route's modules: more than the usual wait on a busy machine.
  await findPageHeading(/^Hồ sơ TTHC:/, { timeout: 15_000 });
  // The totals row, found cheaply while the page loads, then checked once to be there for the user.
  const totals = await waitFor(() => totalsHeader(), { timeout: 15_000 });
  expect(totals).toBeVisible();
  return app;
}

describe('Hồ sơ TTHC: the report table', () => {
  it('has a totals row that is Σ of the rows in every count column and Σ÷Σ in the rates', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const { columns, rows, totals, names } = readTable();
    expect([...columns.values()]).toEqual([...Array(17).keys()].map((i) => i + 1)); // every header found, in form order
    expect(names).toHaveLength(30); // the district office and 29 communes and town
    expect(names[0]).toBe('Bộ phận một cửa cấp huyện');
    for (const col of COUNT_COLUMNS) expect(totals.get(col), col).toBe(sum(rows, col));

    const early = sum(rows, 'Trước hạn (Đã giải quyết)');
    const onTime = sum(rows, 'Đúng hạn (Đã giải quyết)');
    const resolved = sum(rows, 'Tổng số (Đã giải quyết)');
    const pendingOnTime = sum(rows, 'Trong hạn (Đang giải quyết)');
    const pending = sum(rows, 'Tổng số (Đang giải quyết)');
    const received = sum(rows, 'Tổng số (Tiếp nhận mới trong kỳ)');
    expect(totals.get(ON_TIME)).toBe(pct(early + onTime, resolved));
    expect(totals.get(PROGRESS)).toBe(pct(early + onTime + pendingOnTime, resolved + pending));
    expect(totals.get(ONLINE)).toBe(pct(sum(rows, 'Trực tuyến (Tiếp nhận mới trong kỳ)'), received));
    // Each row's group totals add up its sub-columns.
    for (const r of rows) {
      expect(r.get('Tổng số (Tiếp nhận mới trong kỳ)')).toBe(
        (r.get('Trực tuyến (Tiếp nhận mới trong kỳ)') ?? 0) + (r.get('Trực tiếp (Tiếp nhận mới trong kỳ)') ?? 0) + (r.get('BCCI (Tiếp nhận mới trong kỳ)') ?? 0),
      );
    }
    // One page: no pager, no "Dòng …" line.
    expect(screen.queryByRole('button', { name: 'Trang 2', ...byRole })).toBeNull();
    expect(screen.queryByText(/^Dòng \d/)).toBeNull();
    // Both exports are offered once the table is there.
    const exports = within(screen.getByRole('group', { name: 'Xuất bảng' }));
    expect(exports.getByRole('button', { name: 'Tải CSV' })).toBeEnabled();
    expect(exports.getByRole('button', { name: 'Tải Excel (mẫu báo cáo)' })).toBeEnabled();
  });

  it('shows the district one-stop office in 2022 by field: 4.977 received, 100,0 % early or on time', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hồ sơ TTHC: Bộ phận một cửa cấp huyện, năm 2022');
    const { columns, names, totalsRow } = readTable();
    const cells = within(totalsRow).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[(columns.get('Tổng số (Tiếp nhận mới trong kỳ)') as number) - 1]).toBe('4.977');
    expect(cells[(columns.get(ON_TIME) as number) - 1]).toBe('100,0\u00a0%');
    // The district office handles land, construction, business… not hộ tịch.
    expect(names).toContain('Đất đai');
    expect(names).not.toContain('Hộ tịch');
    expect(screen.getByRole('radio', { name: 'Lĩnh vực' })).toBeChecked();
  });

  it('takes carried over from the first month and pending from the last in the totals by month', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&by=month');
    const { rows, totals, names } = readTable();
    expect(names).toEqual(['01/2022', '02/2022', '03/2022', '04/2022', '05/2022', '06/2022', '07/2022', '08/2022', '09/2022', '10/2022', '11/2022', '12/2022']);
    const first = rows[0] as RowValues;
    const last = rows[11] as RowValues;
    expect(totals.get('Kỳ trước chuyển sang')).toBe(first.get('Kỳ trước chuyển sang'));
    for (const col of ['Trong hạn (Đang giải quyết)', 'Quá hạn (Đang giải quyết)', 'Tổng số (Đang giải quyết)']) {
      expect(totals.get(col), col).toBe(last.get(col));
    }
    for (const col of ['Tổng số (Tiếp nhận mới trong kỳ)', 'Tổng số (Đã giải quyết)', 'Trả lại, rút hồ sơ', 'Phiếu xin lỗi']) {
      expect(totals.get(col), col).toBe(sum(rows, col));
    }
    // The period balances: carried over + received = resolved + pending + returned.
    expect((totals.get('Kỳ trước chuyển sang') ?? 0) + (totals.get('Tổng số (Tiếp nhận mới trong kỳ)') ?? 0)).toBe(
      (totals.get('Tổng số (Đã giải quyết)') ?? 0) + (totals.get('Tổng số (Đang giải quyết)') ?? 0) + (totals.get('Trả lại, rút hồ sơ') ?? 0),
    );
  });

  it('filters by level: commune offices only, then the district office only', async () => {
    const { user, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const before = readTable();
    await user.click(screen.getByRole('radio', { name: 'Cấp xã' }));
    await waitFor(() => expect(currentUrl()).toContain('level=commune'));
    await waitFor(() => expect(rowNames()).toHaveLength(29));
    const communes = readTable();
    expect(communes.names).not.toContain('Bộ phận một cửa cấp huyện');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Toàn huyện (cấp xã), năm 2022');

    await user.click(screen.getByRole('radio', { name: 'Cấp huyện' }));
    await waitFor(() => expect(rowNames()).toEqual(['Bộ phận một cửa cấp huyện']));
    const district = readTable();
    // District + communes = all.
    const received = 'Tổng số (Tiếp nhận mới trong kỳ)';
    expect((district.totals.get(received) ?? 0) + (communes.totals.get(received) ?? 0)).toBe(before.totals.get(received));
  });

  it('sorts on a column, worst rate first, and back to the natural order', async () => {
    const { user, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const natural = rowNames();
    // The user sees the header; later looks skip the visibility check (same element, re-rendered).
    expect(screen.getByRole('columnheader', { name: ON_TIME })).toBeInTheDocument();
    const header = () => within(reportTable()).getByRole('columnheader', { name: ON_TIME, ...byRole });
    await user.click(within(header()).getByRole('button'));
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(header()).getByRole('button'));
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    expect(currentUrl()).toContain('sort=onTimeRate&order=asc');
    const { rows, names } = readTable();
    const rates = rows.map((r) => r.get(ON_TIME) as number);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(names[0]).toBe('Xã Tân Minh'); // the commune that lagged in 2022
    await user.click(within(header()).getByRole('button'));
    expect(header()).not.toHaveAttribute('aria-sort');
    expect(rowNames()).toEqual(natural);
  });

  it('shows merged units with their validity over a period spanning 01/01/2025, and the totals still add up', async () => {
    await openReport('/ho-so?from=2024-07&to=2025-06&unit=all');
    const note = screen.getByText('Kỳ báo cáo có đơn vị sáp nhập').closest('[role="alert"], .mantine-Alert-root') as HTMLElement;
    expect(note).toHaveTextContent('Xã Thống Nhất và Xã Vạn Điểm (đến 31/12/2024) hợp nhất thành Xã Vạn Nhất (từ 01/01/2025).');
    expect(note).toHaveTextContent('Xã Thư Phú (đến 31/12/2024) sáp nhập vào Xã Chương Dương.');
    const { names, rows, totals } = readTable();
    expect(names).toHaveLength(31);
    expect(names).toContain('Xã Thư Phú, đến 31/12/2024');
    expect(names).toContain('Xã Vạn Nhất, từ 01/01/2025');
    for (const col of COUNT_COLUMNS) expect(totals.get(col), col).toBe(sum(rows, col));
  });
});

describe('Hồ sơ TTHC: a long table, page by page', () => {
  // The national dataset takes ~9 s to generate here; the cheaper honest long table is Thường Tín's real
  // answers for each month of 2022 served as one row per unit and month: 30 × 12 = 360 rows, 4 pages of 100.
  type Row = DossierCounts & { unitId: string };
  function serveUnitMonths(): Row[] {
    const months = Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`);
    const served: Row[] = [];
    server.use(
      http.get('*/api/dossiers/by-unit', ({ request }) => {
        const url = new URL(request.url);
        const level = (url.searchParams.get('level') ?? 'all') as 'all' | 'district' | 'commune';
        const rows = months.flatMap((m) =>
          activeDataset()
            .dossiersByUnit({ from: m, to: m, unit: 'all', level })
            .map((r) => ({ ...r, unitId: `${r.unitId}-${m}` })),
        );
        served.splice(0, served.length, ...rows);
        return HttpResponse.json({ query: { from: '2022-01', to: '2022-12', unit: 'all', level }, rows });
      }),
    );
    return served;
  }
  const total = (rows: readonly Row[], keys: readonly (keyof DossierCounts)[]) => rows.reduce((s, r) => s + keys.reduce((t, k) => t + r[k], 0), 0);
  const pageButton = (name: string) => screen.getByRole('button', { name, ...byRole });

  it('shows 100 rows a page with the totals of all rows, keeps the page in the URL, and Back walks back', async () => {
    const served = serveUnitMonths();
    const { user, router, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    expect(served).toHaveLength(360);
    expect(rowNames()).toHaveLength(100);
    expect(screen.getByText(/^Dòng 1–100 trong 360\./)).toBeVisible();
    const first = readTable();
    // The totals row is Σ of all 360 rows (as served), not of the 100 shown; the rates Σ÷Σ of them all.
    const received = total(served, ['receivedOnline', 'receivedDirect', 'receivedPostal']);
    const resolved = total(served, ['resolvedEarly', 'resolvedOnTime', 'resolvedLate']);
    expect(first.totals.get('Tổng số (Tiếp nhận mới trong kỳ)')).toBe(received);
    expect(received).toBeGreaterThan(sum(first.rows, 'Tổng số (Tiếp nhận mới trong kỳ)'));
    expect(first.totals.get('Tổng số (Đã giải quyết)')).toBe(resolved);
    expect(first.totals.get('Phiếu xin lỗi')).toBe(total(served, ['apologyLetters']));
    expect(first.totals.get(ON_TIME)).toBe(pct(total(served, ['resolvedEarly', 'resolvedOnTime']), resolved));
    expect(first.totals.get(ONLINE)).toBe(pct(total(served, ['receivedOnline']), received));
    // Months of a year add up to the year: the same total as the real answer for 2022.
    const year = activeDataset().dossiersByUnit({ from: '2022-01', to: '2022-12', unit: 'all', level: 'all' });
    expect(received).toBe(total(year, ['receivedOnline', 'receivedDirect', 'receivedPostal']));

    await user.click(pageButton('Trang 2'));
    await waitFor(() => expect(screen.getByText(/^Dòng 101–200 trong 360\./)).toBeInTheDocument());
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=all&page=2');
    const second = rowNames();
    expect(second).toHaveLength(100);
    expect(second.filter((n) => first.names.includes(n))).toEqual([]);
    expect(rowValues(totalsHeader().closest('tr') as HTMLElement, first.columns)).toEqual(first.totals);

    await user.click(pageButton('Trang 4'));
    await waitFor(() => expect(rowNames()).toHaveLength(60));
    expect(screen.getByText(/^Dòng 301–360 trong 360\./)).toBeInTheDocument();
    expect(currentUrl()).toContain('page=4');

    await act(() => router.navigate(-1));
    await waitFor(() => expect(currentUrl()).toContain('page=2'));
    await waitFor(() => expect(rowNames()).toEqual(second), { timeout: 15_000 });
  });

  it('goes back to page 1 when the rows are sorted or the level changes', async () => {
    serveUnitMonths();
    const { user, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all&page=3');
    expect(screen.getByText(/^Dòng 201–300 trong 360\./)).toBeInTheDocument();
    const header = () => within(reportTable()).getByRole('columnheader', { name: ON_TIME, ...byRole });
    await user.click(within(header()).getByRole('button'));
    await waitFor(() => expect(screen.getByText(/^Dòng 1–100 trong 360\./)).toBeInTheDocument());
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=all&sort=onTimeRate&order=desc');
    // Sorted over every row, not within the page: the first page starts with the best rate of all.
    const firstRow = within(reportTable()).getAllByRole('row', byRole)[2] as HTMLElement; // after the two header lines
    expect(rowValues(firstRow, columnIndex(reportTable(), [ON_TIME])).get(ON_TIME)).toBe(100);

    await user.click(pageButton('Trang 2'));
    await waitFor(() => expect(currentUrl()).toContain('page=2'));
    await user.click(screen.getByRole('radio', { name: 'Cấp xã' }));
    await waitFor(() => expect(screen.getByText(/^Dòng 1–100 trong 348\./)).toBeInTheDocument()); // 29 communes × 12
    expect(currentUrl()).not.toContain('page=');
  });
});

describe('Hồ sơ TTHC: drill-down', () => {
  it('opens a unit’s fields, then a field’s months, with breadcrumbs, and Back walks back', async () => {
    chartDrawing.drawn = true; // the whole page, as the user sees it at each step
    const { user, router, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const start = currentUrl();

    await user.click(screen.getByRole('link', { name: 'Xã Thư Phú' }));
    await findPageHeading('Hồ sơ TTHC: Xã Thư Phú, năm 2022');
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&by=field');
    await waitFor(() => expect(rowNames()).toContain('Hộ tịch'));
    const crumbs = within(screen.getByRole('navigation', { name: 'Đường dẫn báo cáo' }));
    expect(crumbs.getByRole('link', { name: 'Toàn huyện' })).toBeInTheDocument();
    expect(crumbs.getByText('Xã Thư Phú')).toHaveAttribute('aria-current', 'page');
    // The charts follow: the unit's fields, drawn.
    const byField = screen.getByRole('region', { name: 'Hồ sơ tiếp nhận mới theo lĩnh vực, Xã Thư Phú, năm 2022' });
    await waitFor(() => expect(within(byField).getByRole('application')).toHaveTextContent('Hộ tịch'));

    // A click anywhere on the row follows its link.
    const hoTich = within(reportTable()).getByRole('rowheader', { name: 'Hộ tịch' }).closest('tr') as HTMLElement;
    await user.click(within(hoTich).getAllByRole('cell')[3] as HTMLElement);
    await findPageHeading('Hồ sơ TTHC: Xã Thư Phú – Hộ tịch, năm 2022');
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&by=month&field=ho-tich');
    await waitFor(() => expect(rowNames()).toHaveLength(12));
    const trail = within(screen.getByRole('navigation', { name: 'Đường dẫn báo cáo' }));
    expect(trail.getByRole('link', { name: 'Xã Thư Phú' })).toBeInTheDocument();
    expect(trail.getByText('Hộ tịch')).toHaveAttribute('aria-current', 'page');

    // Back, twice: the fields again, then every unit.
    await act(() => router.navigate(-1));
    await findPageHeading('Hồ sơ TTHC: Xã Thư Phú, năm 2022');
    await waitFor(() => expect(rowNames()).toContain('Hộ tịch'));
    await act(() => router.navigate(-1));
    await findPageHeading('Hồ sơ TTHC: Toàn huyện, năm 2022');
    expect(currentUrl()).toBe(start);
    await waitFor(() => expect(rowNames()).toHaveLength(30));
  });

  it('drills down with the keyboard and climbs back with a breadcrumb', async () => {
    const { user, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const link = screen.getByRole('link', { name: 'Xã Nhị Khê' });
    link.focus();
    await user.keyboard('{Enter}');
    await findPageHeading('Hồ sơ TTHC: Xã Nhị Khê, năm 2022');
    await waitFor(() => expect(rowNames()).toContain('Chứng thực'));
    screen.getByRole('link', { name: 'Chứng thực' }).focus();
    await user.keyboard('{Enter}');
    await findPageHeading('Hồ sơ TTHC: Xã Nhị Khê – Chứng thực, năm 2022');

    await user.click(within(screen.getByRole('navigation', { name: 'Đường dẫn báo cáo' })).getByRole('link', { name: 'Toàn huyện' }));
    await findPageHeading('Hồ sơ TTHC: Toàn huyện, năm 2022');
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=all&by=unit');
  });

  it('switches rows to months with "Xem theo" and keeps the view in the URL', async () => {
    const { user, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-06&unit=all');
    await user.click(screen.getByRole('radio', { name: 'Tháng' }));
    await waitFor(() => expect(rowNames()).toEqual(['01/2022', '02/2022', '03/2022', '04/2022', '05/2022', '06/2022']));
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-06&unit=all&by=month');
    // Months have nowhere further to go.
    expect(within(reportTable()).queryByRole('link', { name: '01/2022' })).toBeNull();
  });
});

describe('Hồ sơ TTHC: bad input and a failing part', () => {
  it('names an unknown field in the URL and shows every field', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&field=khong-co');
    expect(screen.getByRole('alert')).toHaveTextContent('Không có lĩnh vực mã "khong-co"; đang hiển thị mọi lĩnh vực.');
    expect(rowNames()).toContain('Hộ tịch');
  });

  it('names an unknown unit and an unknown view, and shows the default', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=xa-khong-co&by=tuan');
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent).join(' ');
    expect(alerts).toContain('Không có đơn vị mã "xa-khong-co"');
    expect(alerts).toContain('Không có cách xem "tuan"');
    expect(rowNames()).toHaveLength(30);
  });

  it('names a period outside the coverage and shows the default period', async () => {
    await openReport('/ho-so?from=2010-01&to=2010-12&unit=all');
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('nằm ngoài phạm vi số liệu');
    expect(rowNames().length).toBeGreaterThan(0);
  });

  it('keeps the charts when the table’s request fails, and recovers on retry', async () => {
    chartDrawing.drawn = true;
    let fail = true;
    server.use(
      http.get('*/api/dossiers/by-unit', () =>
        fail ? HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await renderRoute('/ho-so', { url: '/ho-so?from=2022-01&to=2022-12&unit=all' });
    const section = await screen.findByRole('region', { name: 'Kết quả giải quyết TTHC theo đơn vị, năm 2022' }, { timeout: 15_000 });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố');
    // The rest of the page works: the charts have their numbers, the controls respond.
    const channels = screen.getByRole('region', { name: /^Hồ sơ tiếp nhận mới theo kênh/ });
    await waitFor(() => expect(channels).toHaveTextContent(/Trực tuyến\s*[\d.]+/));
    expect(within(channels).getByRole('application')).toBeInTheDocument(); // the donut is drawn
    expect(screen.getByRole('button', { name: 'Tải CSV' })).toBeDisabled();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await waitFor(() => totalsHeader())).toBeVisible();
    expect(screen.getByRole('button', { name: 'Tải CSV' })).toBeEnabled();
  });

  it('says a chart’s answer is malformed and keeps the table', async () => {
    server.use(http.get('*/api/dossiers/by-field', () => HttpResponse.json({ rows: 'nope' })));
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const chart = screen.getByRole('region', { name: /^Hồ sơ tiếp nhận mới theo lĩnh vực/ });
    expect(await within(chart).findByText(/không đúng định dạng/)).toBeInTheDocument();
    expect(rowNames()).toHaveLength(30);
  });
});
