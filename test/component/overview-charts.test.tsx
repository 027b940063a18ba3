import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server, setActiveDataset } from '../../mocks/node';
import { chartDrawing } from '../setup/chart-drawing';
import { renderRoute } from '../setup/render-route';

// The Recharts pictures are drawn where a test reads them: the first test draws every chart of the page,
// and the ranking's unit names are links drawn as the chart's y-axis ticks. Elsewhere only the cards are.
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));
beforeEach(() => {
  chartDrawing.drawn = true;
});

// Waits for a page's queries: longer than Testing Library's default on a busy machine.
const slow = { timeout: 10_000 };

async function openOverview(url: string) {
  const app = await renderRoute('/', { url });
  await screen.findByRole('heading', { level: 1, name: /^Tổng quan:/ }, slow);
  return app;
}

/** A chart card by the start of its title, once its data are in (its table switch is enabled). */
async function chart(titleStart: string) {
  const region = await screen.findByRole('region', { name: new RegExp(`^${titleStart}`) }, slow);
  await waitFor(() => expect(region).not.toHaveAttribute('aria-busy'), slow);
  return region;
}

/** Switches a chart card to its table and returns the rows' cell texts (header row first). */
async function tableOf(region: HTMLElement, user: { click: (el: Element) => Promise<void> }) {
  await user.click(within(region).getByRole('radio', { name: 'Bảng số liệu' }));
  const table = within(region).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

const viNumber = (s: string | null) => Number((s ?? '').replace(/\./g, '').replace(',', '.'));

describe('Tổng quan: charts for the district office in 2022', () => {
  it('shows each chart with a title saying what and when, and the right numbers in its table', async () => {
    const { user } = await openOverview('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin');

    // Dossiers by month and channel, with the same month of 2021.
    const receipts = await chart('Hồ sơ tiếp nhận theo tháng và kênh, năm 2022');
    const months = await tableOf(receipts, user);
    expect(months[0]).toEqual(['Tháng', 'Trực tiếp', 'Trực tuyến', 'Bưu chính công ích', 'Tổng tiếp nhận', 'Cùng tháng năm trước']);
    expect(months[1]).toEqual(['T1/2022', '411', '50', '6', '467', '342']);
    expect(months).toHaveLength(13);
    // The months add up to the article's 4.977 dossiers.
    expect(months.slice(1).reduce((sum, r) => sum + viNumber(r[4] ?? ''), 0)).toBe(4977);

    // On-time rate by month against the 2022 target.
    const onTime = await chart('Tỷ lệ giải quyết đúng và trước hạn theo tháng, năm 2022');
    const rates = await tableOf(onTime, user);
    expect(rates[0]).toEqual(['Tháng', 'Trước và đúng hạn', 'Đã giải quyết', 'Tỷ lệ trước và đúng hạn', 'Chỉ tiêu']);
    expect(rates[1]).toEqual(['T1/2022', '440', '440', '100,0\u00a0%', '97,0\u00a0%']);
    expect(rates.slice(1).every((r) => r[3] === '100,0\u00a0%' && r[4] === '97,0\u00a0%')).toBe(true);

    // The commune ranking ignores the unit filter: every commune of 2022, Tân Minh last and below target.
    const ranking = await chart('Xếp hạng xã, thị trấn theo tỷ lệ giải quyết đúng và trước hạn, năm 2022');
    expect(ranking).toHaveTextContent('chỉ tiêu năm 2022 (97,0 %)');
    const ranks = await tableOf(ranking, user);
    expect(ranks[0]).toEqual(['Hạng', 'Đơn vị', 'Trước và đúng hạn', 'Đã giải quyết', 'Tỷ lệ trước và đúng hạn', 'So với chỉ tiêu']);
    expect(ranks).toHaveLength(30);
    expect(ranks[29]).toEqual(['29', 'Xã Tân Minh', '2.938', '3.184', '92,3\u00a0%', 'Chưa đạt']);
    expect(ranks[28]?.[1]).toBe('Xã Nhị Khê');
    expect(ranks.filter((r) => r[5] === 'Chưa đạt')).toHaveLength(2);

    // No inspection of the district office itself: the remediation chart says so.
    const remediation = await chart('Tình hình khắc phục kiến nghị sau kiểm tra, đến ngày 31/12/2022');
    expect(remediation).toHaveTextContent('Không có kiến nghị nào phải theo dõi trong kỳ này.');

    // PAR INDEX: 2022 two places better than 2021.
    const par = await chart('Chỉ số CCHC \\(PAR INDEX\\) của huyện qua các năm, đến năm 2022');
    const years = await tableOf(par, user);
    expect(years[0]).toEqual(['Năm', 'Thứ hạng', 'Trong số', 'Thay đổi thứ hạng', 'Điểm', 'Thay đổi điểm']);
    expect(years.map((r) => r[0])).toEqual(['Năm', '2019', '2020', '2021', '2022']);
    expect(years[4]).toEqual(['2022', '11', '30', '↑2 bậc', '90,36', '+1,85 điểm']);

    // The summary paragraph opens with the article's sentence.
    const summary = screen.getByRole('region', { name: 'Tóm tắt tình hình' });
    expect(
      await within(summary).findByText(
        /^Trong năm 2022, bộ phận một cửa cấp huyện tiếp nhận 4\.977 hồ sơ .*giải quyết đúng và trước hạn 100,0 %/,
        undefined,
        slow,
      ),
    ).toBeInTheDocument();
    expect(summary).toHaveTextContent('xã Tân Minh (92,3 %) và xã Nhị Khê (95,6 %)');
    expect(summary).toHaveTextContent('xếp thứ 11/30, tăng 2 bậc và tăng 1,85 điểm so với năm 2021');
  });

  it('counts every unit’s remediation for the whole district, with overdue actions apart', async () => {
    chartDrawing.drawn = false; // tables and the summary only
    const { user } = await openOverview('/?from=2022-01&to=2022-12&unit=all');
    const receipts = await chart('Hồ sơ tiếp nhận theo tháng và kênh, năm 2022');
    expect((await tableOf(receipts, user))[1]).toEqual(['T1/2022', '6.718', '675', '82', '7.475', expect.any(String)]);

    const remediation = await chart('Tình hình khắc phục kiến nghị sau kiểm tra, đến ngày 31/12/2022');
    expect(await tableOf(remediation, user)).toEqual([
      ['Trạng thái', 'Số kiến nghị', 'Tỷ lệ'],
      ['Chưa thực hiện', '0', '0,0\u00a0%'],
      ['Đang thực hiện', '10', '12,0\u00a0%'],
      ['Quá hạn', '15', '18,1\u00a0%'],
      ['Đã khắc phục', '1', '1,2\u00a0%'],
      ['Đã xác minh', '57', '68,7\u00a0%'],
    ]);
    // Digital indicators: every unit's numerators and denominators added up, against the 2022 targets.
    const digital = await chart('Chỉ số chuyển đổi số, Toàn huyện, năm 2022');
    expect(within(digital).getByTestId('year-end-onlineDossiers')).toHaveTextContent('Cuối năm 2022: Không đạt (dự báo 15,9 %)');
    expect(await tableOf(digital, user)).toEqual([
      ['Chỉ số', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Chỉ tiêu năm 2022', 'Dự báo cuối năm', 'Đánh giá cuối năm 2022'],
      // A whole year: its year-end figure is the year's own rate.
      ['Hồ sơ tiếp nhận trực tuyến', '13.265', '83.604', '15,9\u00a0%', '20,0\u00a0%', '15,9\u00a0%', 'Không đạt'],
      ['Hồ sơ DVC trực tuyến toàn trình', '6.845', '44.766', '15,3\u00a0%', '20,0\u00a0%', '15,3\u00a0%', 'Không đạt'],
      ['Hồ sơ được số hóa', '47.163', '83.604', '56,4\u00a0%', '50,0\u00a0%', '56,4\u00a0%', 'Đạt'],
      ['Hồ sơ có kết quả điện tử', '38.490', '82.837', '46,5\u00a0%', '50,0\u00a0%', '46,5\u00a0%', 'Không đạt'],
      ['Hồ sơ thanh toán trực tuyến', '7.798', '45.983', '17,0\u00a0%', '20,0\u00a0%', '17,0\u00a0%', 'Không đạt'],
    ]);
    // The same online share as the KPI card's, from the same counts.
    expect(screen.getByRole('region', { name: 'Tỷ lệ tiếp nhận trực tuyến' })).toHaveTextContent('13.265 / 83.604');

    const summary = screen.getByRole('region', { name: 'Tóm tắt tình hình' });
    await within(summary).findByText(/^Trong năm 2022, toàn huyện tiếp nhận 83\.604 hồ sơ/, undefined, slow);
    expect(summary).toHaveTextContent('83 kiến nghị cần theo dõi: 57 đã xác minh, 1 đã khắc phục (chờ xác minh), 10 đang thực hiện và 15 quá hạn');
    // The digital sentence uses the same sums as the digital card above.
    expect(summary).toHaveTextContent(
      'Về chuyển đổi số, 1/5 chỉ số đạt chỉ tiêu năm 2022 (hồ sơ được số hóa 56,4 %); chưa đạt: hồ sơ tiếp nhận trực tuyến 15,9 % (chỉ tiêu 20,0 %), ' +
        'hồ sơ dịch vụ công trực tuyến toàn trình 15,3 % (chỉ tiêu 20,0 %), hồ sơ có kết quả điện tử 46,5 % (chỉ tiêu 50,0 %) và hồ sơ thanh toán trực tuyến 17,0 % (chỉ tiêu 20,0 %).',
    );
  });
});

describe('Tổng quan: the digital card part way through a year', () => {
  it('labels each indicator by its year-end projection, as the Chỉ tiêu panel of Chuyển đổi số does', async () => {
    chartDrawing.drawn = false;
    const { user } = await openOverview('/?from=2023-01&to=2023-06&unit=all');
    const digital = await chart('Chỉ số chuyển đổi số, Toàn huyện, 6 tháng đầu năm 2023');
    expect(within(digital).getByTestId('year-end-electronicResults')).toHaveTextContent('Cuối năm 2023: Đạt (dự báo 74,2 %)');
    const rows = await tableOf(digital, user);
    expect(rows[0]).toEqual(['Chỉ số', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Chỉ tiêu năm 2023', 'Dự báo cuối năm', 'Đánh giá cuối năm 2023']);
    // Rate so far, projected to December by the same months' share of 2022 (the panel's method), label.
    expect(rows.slice(1).map((r) => [r[0], r[3], r[5], r[6]])).toEqual([
      ['Hồ sơ tiếp nhận trực tuyến', '27,0\u00a0%', '35,5\u00a0%', 'Đạt'],
      ['Hồ sơ DVC trực tuyến toàn trình', '27,4\u00a0%', '37,6\u00a0%', 'Đạt'],
      ['Hồ sơ được số hóa', '72,8\u00a0%', '82,3\u00a0%', 'Đạt'],
      ['Hồ sơ có kết quả điện tử', '63,9\u00a0%', '74,2\u00a0%', 'Đạt'],
      ['Hồ sơ thanh toán trực tuyến', '28,1\u00a0%', '36,5\u00a0%', 'Đạt'],
    ]);
  });
});

describe('Tổng quan: a period whose last year lies outside the data', () => {
  it('compares with nothing, in the summary as in the cards and the monthly chart', async () => {
    chartDrawing.drawn = false; // the summary and the chart's note only
    await openOverview('/?from=2020-01&to=2020-06&unit=xa-ha-hoi');
    const summary = screen.getByRole('region', { name: 'Tóm tắt tình hình' });
    const text = await within(summary).findByText(/^Trong 6 tháng đầu năm 2020, xã Hà Hồi/, undefined, slow);
    expect(text.textContent).toMatch(
      /^Trong 6 tháng đầu năm 2020, xã Hà Hồi tiếp nhận 1\.496 hồ sơ, giải quyết đúng và trước hạn 91,2\u00a0% \(1\.347\/1\.477 hồ sơ đã giải quyết\), chưa đạt chỉ tiêu năm 2020 \(95,0\u00a0%\)\. /,
    );
    expect(text.textContent).not.toMatch(/cùng kỳ/);
    expect(text.textContent).toContain('xã Hà Hồi xếp thứ 29/29 xã, thị trấn');
    const receipts = await chart('Hồ sơ tiếp nhận theo tháng và kênh, 6 tháng đầu năm 2020');
    expect(receipts).toHaveTextContent('Không có số liệu cùng kỳ năm trước để so sánh.');
  });
});

describe('Tổng quan: the commune ranking', () => {
  it('opens a commune’s page with the same period from its link in the ranking', async () => {
    const { user, currentUrl } = await openOverview('/?from=2022-01&to=2022-12&unit=all');
    const ranking = await chart('Xếp hạng xã, thị trấn theo tỷ lệ giải quyết đúng và trước hạn, năm 2022');
    const link = within(ranking).getByRole('link', { name: /^Xã Tân Minh: 92,3\u00a0%, hạng 29\/29, chưa đạt chỉ tiêu/ });
    expect(link).toHaveAttribute('href', '/don-vi/xa-tan-minh?from=2022-01&to=2022-12');
    expect(link).toHaveTextContent('Tân Minh');
    await user.click(link);
    await waitFor(() => expect(currentUrl()).toBe('/don-vi/xa-tan-minh?from=2022-01&to=2022-12'));
  });

  it('still ranks every commune when one is chosen, and marks the chosen one', async () => {
    await openOverview('/?from=2022-01&to=2022-12&unit=xa-nhi-khe');
    const ranking = await chart('Xếp hạng xã, thị trấn theo tỷ lệ giải quyết đúng và trước hạn, năm 2022');
    expect(ranking).toHaveTextContent('Đang xem: Xã Nhị Khê');
    const links = within(ranking).getAllByRole('link');
    expect(links).toHaveLength(29);
    const chosen = within(ranking).getByRole('link', { name: /^Xã Nhị Khê: 95,6\u00a0%, hạng 28\/29/ });
    expect(chosen).toHaveTextContent('▶ Nhị Khê');
    expect(chosen).toHaveAttribute('data-selected');
    expect(links.filter((l) => l.hasAttribute('data-selected'))).toHaveLength(1);
  });
});

describe('Tổng quan: one failing request', () => {
  it('shows the error and "Thử lại" in the charts that need dossiers by month while the cards and the other charts still show', async () => {
    let fail = true;
    server.use(
      http.get('*/api/dossiers/by-month', () =>
        fail ? HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await openOverview('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin');

    const receipts = await chart('Hồ sơ tiếp nhận theo tháng và kênh, năm 2022');
    const alert = within(receipts).getByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố');
    expect(within(receipts).getByRole('radio', { name: 'Bảng số liệu' })).toBeDisabled();
    const onTime = await chart('Tỷ lệ giải quyết đúng và trước hạn theo tháng, năm 2022');
    expect(within(onTime).getByRole('alert')).toHaveTextContent('Máy chủ đang gặp sự cố');

    // The cards, the summary and the other charts are unaffected.
    const card = screen.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' });
    await waitFor(() => expect(card).toHaveTextContent('4.977'), slow);
    const ranking = await chart('Xếp hạng xã, thị trấn');
    expect(within(ranking).queryByRole('alert')).toBeNull();
    expect(within(ranking).getAllByRole('link')).toHaveLength(29);
    const par = await chart('Chỉ số CCHC');
    expect(within(par).getByRole('radio', { name: 'Bảng số liệu' })).toBeEnabled();
    expect(screen.getByRole('region', { name: 'Tóm tắt tình hình' })).toHaveTextContent(/4\.977 hồ sơ/);

    // Retry brings the chart back.
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(within(receipts).queryByRole('alert')).toBeNull(), slow);
    expect((await tableOf(receipts, user))[1]).toEqual(['T1/2022', '411', '50', '6', '467', '342']);
  });
});

describe('Tổng quan: the commune ranking on the national dataset (3,321 communes)', () => {
  afterEach(() => setActiveDataset('thuong-tin'));

  it('draws the 10 best, the 20 lowest and the chosen commune with their real ranks, says so and links to the full list', async () => {
    setActiveDataset('national');
    await openOverview('/?from=2022-01&to=2022-12&unit=xa-1502');
    // Scope words follow the dataset: the country's communes, wards and special zones.
    const ranking = await chart('Xếp hạng xã, phường, đặc khu theo tỷ lệ giải quyết đúng và trước hạn, năm 2022');

    // One link per commune drawn: 10 + 20 + the chosen one (not 3,321).
    const links = within(ranking).getAllByRole('link', { name: /Mở trang đơn vị$/ });
    expect(links).toHaveLength(31);
    expect(links[0]).toHaveAccessibleName(/^Xã Số 1186: 99,8\u00a0%, hạng 1\/3\.321\. /);
    expect(links[30]).toHaveAccessibleName(/^Xã Số 1082: 89,1\u00a0%, hạng 3\.321\/3\.321, chưa đạt chỉ tiêu/);
    expect(links[30]).toHaveAttribute('href', '/don-vi/xa-1082?from=2022-01&to=2022-12');

    // The chosen commune falls in the middle: shown between the two breaks, marked.
    const chosen = within(ranking).getByRole('link', { name: /^Xã Số 1502: 97,7\u00a0%, hạng 2\.561\/3\.321\. / });
    expect(chosen).toHaveAttribute('data-selected');
    expect(chosen).toHaveTextContent('▶ 2.561 · Số 1502');
    expect(links.indexOf(chosen)).toBe(10);
    expect(ranking).toHaveTextContent('⋯ 2.550 đơn vị khác');
    expect(ranking).toHaveTextContent('⋯ 740 đơn vị khác');

    // The note says what is shown, counts the laggards among all communes, and links to the whole list, lowest first.
    expect(ranking).toHaveTextContent(
      'Biểu đồ hiển thị 20 đơn vị thấp nhất và 10 đơn vị cao nhất trong 3.321 xã, phường, đặc khu; xem đủ tại trang Đơn vị. Chưa đạt chỉ tiêu: 78/3.321 đơn vị.',
    );
    const full = within(ranking).getByRole('link', { name: 'xem đủ tại trang Đơn vị' });
    expect(full).toHaveAttribute('href', '/don-vi?from=2022-01&to=2022-12&sort=onTime&dir=asc');
  });
});
