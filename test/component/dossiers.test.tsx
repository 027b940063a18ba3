import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp, signIn } from '../setup/render';

// A 30-row table with ~600 cells re-renders slowly in jsdom: give findBy/waitFor more than a second.
configure({ asyncUtilTimeout: 8000 });

/** "4.977" → 4977; "98,6 %" → 98.6; "—" → null. */
function readNumber(text: string): number | null {
  const s = text.replace(/\s|%/g, '').replace(/Không có số liệu/g, '');
  if (s === '—' || s === '') return null;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

const reportTable = () => screen.getByRole('table', { name: /^Kết quả giải quyết thủ tục hành chính/ });

// Role queries with `hidden: true` skip jsdom's costly visibility check; the table has ~600 cells.
const byRole = { hidden: true } as const;

/**
 * The grid position of each named column header, worked out from the two header lines (rowSpan and
 * colSpan), so that cells can be read under their header: "Tổng số (Tiếp nhận mới trong kỳ)", …
 */
function columnIndex(table: HTMLElement, names: readonly string[]): Map<string, number> {
  const headerRows = within(table).getAllByRole('row', byRole).slice(0, 2);
  const taken: boolean[][] = [[], []];
  const position = new Map<Element, number>();
  headerRows.forEach((row, r) => {
    let col = 0;
    for (const th of within(row).getAllByRole('columnheader', byRole)) {
      while (taken[r]?.[col]) col++;
      const span = Number(th.getAttribute('colspan') ?? 1);
      const rows = Number(th.getAttribute('rowspan') ?? 1);
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < span; dc++) (taken[r + dr] as boolean[])[col + dc] = true;
      position.set(th, col);
      col += span;
    }
  });
  return new Map(names.map((name) => [name, position.get(within(table).getByRole('columnheader', { name, ...byRole })) as number]));
}

/** A body or footer row's values by column header: the first column is the row's name (a row header). */
function rowValues(row: HTMLElement, columns: Map<string, number>): Map<string, number | null> {
  const cells = within(row).getAllByRole('cell', byRole);
  const out = new Map<string, number | null>();
  for (const [name, col] of columns) out.set(name, readNumber(cells[col - 1]?.textContent ?? ''));
  return out;
}

async function openReport(url: string) {
  await signIn();
  const app = await renderApp(url);
  // The first render loads the route's modules: more than findBy's default second.
  await screen.findByRole('heading', { level: 1, name: /^Hồ sơ TTHC:/ }, { timeout: 15_000 });
  await screen.findByRole('rowheader', { name: 'Tổng cộng' }, { timeout: 15_000 });
  return app;
}

const COUNT_COLUMNS = [
  'Kỳ trước chuyển sang',
  'Trực tuyến (Tiếp nhận mới trong kỳ)',
  'Trực tiếp (Tiếp nhận mới trong kỳ)',
  'BCCI (Tiếp nhận mới trong kỳ)',
  'Tổng số (Tiếp nhận mới trong kỳ)',
  'Trước hạn (Đã giải quyết)',
  'Đúng hạn (Đã giải quyết)',
  'Quá hạn (Đã giải quyết)',
  'Tổng số (Đã giải quyết)',
  'Trong hạn (Đang giải quyết)',
  'Quá hạn (Đang giải quyết)',
  'Tổng số (Đang giải quyết)',
  'Trả lại, rút hồ sơ',
  'Phiếu xin lỗi',
];
const ON_TIME = 'Trước và đúng hạn (Tỷ lệ (%))';
const PROGRESS = 'Tiến độ (QĐ 766) (Tỷ lệ (%))';
const ONLINE = 'Trực tuyến (Tỷ lệ (%))';

const sum = (rows: Map<string, number | null>[], col: string) => rows.reduce((s, r) => s + (r.get(col) ?? 0), 0);
const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;

/** Every data row (tbody) and the totals row (tfoot) of the report table, by column header. */
function readTable() {
  const table = reportTable();
  const columns = columnIndex(table, [...COUNT_COLUMNS, ON_TIME, PROGRESS, ONLINE]);
  const [, , ...rest] = within(table).getAllByRole('row', byRole);
  const totalsRow = rest.find((r) => within(r).queryByRole('rowheader', { name: 'Tổng cộng', ...byRole }));
  const dataRows = rest.filter((r) => r !== totalsRow);
  return {
    columns,
    names: dataRows.map((r) => within(r).getByRole('rowheader', byRole).textContent ?? ''),
    rows: dataRows.map((r) => rowValues(r, columns)),
    totals: rowValues(totalsRow as HTMLElement, columns),
  };
}


describe('Hồ sơ TTHC: the report table', { timeout: 30_000 }, () => {
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
  });

  it('shows the district one-stop office in 2022 by field: 4.977 received, 100,0 % early or on time', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hồ sơ TTHC: Bộ phận một cửa cấp huyện, năm 2022');
    const totals = screen.getByRole('rowheader', { name: 'Tổng cộng' }).closest('tr') as HTMLElement;
    const cells = within(totals).getAllByRole('cell').map((c) => c.textContent);
    const { columns, names } = readTable();
    expect(cells[(columns.get('Tổng số (Tiếp nhận mới trong kỳ)') as number) - 1]).toBe('4.977');
    expect(cells[(columns.get(ON_TIME) as number) - 1]).toBe('100,0 %');
    // The district office handles land, construction, business… not hộ tịch.
    expect(names).toContain('Đất đai');
    expect(names).not.toContain('Hộ tịch');
    expect(screen.getByRole('radio', { name: 'Lĩnh vực' })).toBeChecked();
  });

  it('takes carried over from the first month and pending from the last in the totals by month', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&by=month');
    const { rows, totals, names } = readTable();
    expect(names).toEqual(['01/2022', '02/2022', '03/2022', '04/2022', '05/2022', '06/2022', '07/2022', '08/2022', '09/2022', '10/2022', '11/2022', '12/2022']);
    const first = rows[0] as Map<string, number | null>;
    const last = rows[11] as Map<string, number | null>;
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
    await waitFor(() => expect(readTable().names).toHaveLength(29));
    const communes = readTable();
    expect(communes.names).not.toContain('Bộ phận một cửa cấp huyện');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Toàn huyện (cấp xã), năm 2022');

    await user.click(screen.getByRole('radio', { name: 'Cấp huyện' }));
    await waitFor(() => expect(readTable().names).toEqual(['Bộ phận một cửa cấp huyện']));
    const district = readTable();
    // District + communes = all.
    const received = 'Tổng số (Tiếp nhận mới trong kỳ)';
    expect((district.totals.get(received) ?? 0) + (communes.totals.get(received) ?? 0)).toBe(before.totals.get(received));
  });

  it('sorts on a column, worst rate first, and back to the natural order', async () => {
    const { user, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const natural = readTable().names;
    const header = () => screen.getByRole('columnheader', { name: ON_TIME });
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
    expect(readTable().names).toEqual(natural);
  });
});

describe('Hồ sơ TTHC: drill-down', { timeout: 30_000 }, () => {
  it('opens a unit’s fields, then a field’s months, with breadcrumbs, and Back walks back', async () => {
    const { user, router, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const start = currentUrl();

    await user.click(screen.getByRole('link', { name: 'Xã Thư Phú' }));
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ TTHC: Xã Thư Phú, năm 2022' });
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&by=field');
    await waitFor(() => expect(readTable().names).toContain('Hộ tịch'));
    const crumbs = within(screen.getByRole('navigation', { name: 'Đường dẫn báo cáo' }));
    expect(crumbs.getByRole('link', { name: 'Toàn huyện' })).toBeInTheDocument();
    expect(crumbs.getByText('Xã Thư Phú')).toHaveAttribute('aria-current', 'page');

    // A click anywhere on the row follows its link.
    const hoTich = within(reportTable()).getByRole('rowheader', { name: 'Hộ tịch' }).closest('tr') as HTMLElement;
    await user.click(within(hoTich).getAllByRole('cell')[3] as HTMLElement);
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ TTHC: Xã Thư Phú – Hộ tịch, năm 2022' });
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&by=month&field=ho-tich');
    await waitFor(() => expect(readTable().names).toHaveLength(12));
    const trail = within(screen.getByRole('navigation', { name: 'Đường dẫn báo cáo' }));
    expect(trail.getByRole('link', { name: 'Xã Thư Phú' })).toBeInTheDocument();
    expect(trail.getByText('Hộ tịch')).toHaveAttribute('aria-current', 'page');

    // Back, twice.
    await router.navigate(-1);
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ TTHC: Xã Thư Phú, năm 2022' });
    await router.navigate(-1);
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ TTHC: Toàn huyện, năm 2022' });
    expect(currentUrl()).toBe(start);
  });

  it('drills down with the keyboard and climbs back with a breadcrumb', async () => {
    const { user, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const link = screen.getByRole('link', { name: 'Xã Nhị Khê' });
    link.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ TTHC: Xã Nhị Khê, năm 2022' });
    await waitFor(() => expect(readTable().names).toContain('Chứng thực'));
    screen.getByRole('link', { name: 'Chứng thực' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ TTHC: Xã Nhị Khê – Chứng thực, năm 2022' });

    await user.click(within(screen.getByRole('navigation', { name: 'Đường dẫn báo cáo' })).getByRole('link', { name: 'Toàn huyện' }));
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ TTHC: Toàn huyện, năm 2022' });
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=all&by=unit');
  });

  it('switches rows to months with "Xem theo" and keeps the view in the URL', async () => {
    const { user, currentUrl } = await openReport('/ho-so?from=2022-01&to=2022-06&unit=all');
    await user.click(screen.getByRole('radio', { name: 'Tháng' }));
    await waitFor(() => expect(readTable().names).toEqual(['01/2022', '02/2022', '03/2022', '04/2022', '05/2022', '06/2022']));
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-06&unit=all&by=month');
    // Months have nowhere further to go.
    expect(within(reportTable()).queryByRole('link', { name: '01/2022' })).toBeNull();
  });
});

describe('Hồ sơ TTHC: the merger and bad input', { timeout: 30_000 }, () => {
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

  it('names an unknown field in the URL and shows every field', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=xa-thu-phu&field=khong-co');
    expect(screen.getByRole('alert')).toHaveTextContent('Không có lĩnh vực mã "khong-co"; đang hiển thị mọi lĩnh vực.');
    expect(readTable().names).toContain('Hộ tịch');
  });

  it('names an unknown unit and an unknown view, and shows the default', async () => {
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=xa-khong-co&by=tuan');
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent).join(' ');
    expect(alerts).toContain('Không có đơn vị mã "xa-khong-co"');
    expect(alerts).toContain('Không có cách xem "tuan"');
    expect(readTable().names).toHaveLength(30);
  });

  it('names a period outside the coverage and shows the default period', async () => {
    await openReport('/ho-so?from=2010-01&to=2010-12&unit=all');
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('nằm ngoài phạm vi số liệu');
    expect(readTable().names.length).toBeGreaterThan(0);
  });

  it('keeps the charts when the table’s request fails, and recovers on retry', async () => {
    let fail = true;
    server.use(
      http.get('*/api/dossiers/by-unit', () =>
        fail ? HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }) : undefined,
      ),
    );
    await signIn();
    const { user } = await renderApp('/ho-so?from=2022-01&to=2022-12&unit=all');
    const section = await screen.findByRole('region', { name: 'Kết quả giải quyết TTHC theo đơn vị, năm 2022' }, { timeout: 15_000 });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố');
    // The rest of the page works: the charts have their numbers, the controls respond.
    const channels = screen.getByRole('region', { name: /^Hồ sơ tiếp nhận mới theo kênh/ });
    await waitFor(() => expect(channels).toHaveTextContent(/Trực tuyến\s*[\d.]+/));
    expect(screen.getByRole('button', { name: 'Tải CSV' })).toBeDisabled();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await screen.findByRole('rowheader', { name: 'Tổng cộng' });
    expect(screen.getByRole('button', { name: 'Tải CSV' })).toBeEnabled();
  });

  it('says a chart’s answer is malformed and keeps the table', async () => {
    server.use(http.get('*/api/dossiers/by-field', () => HttpResponse.json({ rows: 'nope' })));
    await openReport('/ho-so?from=2022-01&to=2022-12&unit=all');
    const chart = screen.getByRole('region', { name: /^Hồ sơ tiếp nhận mới theo lĩnh vực/ });
    expect(await within(chart).findByText(/không đúng định dạng/)).toBeInTheDocument();
    expect(readTable().names).toHaveLength(30);
  });
});
