import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../setup/render-route';

// No test here looks at a chart's picture (overview-charts.test.tsx does).
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

// Waits for a page's queries: longer than Testing Library's default on a busy machine.
const slow = { timeout: 10_000 };

const card = (name: string) => screen.getByRole('region', { name });

/** Tổng quan alone; with the header's pickers where a test drives them. */
async function openOverview(url: string, { filters = false } = {}) {
  const app = await renderRoute('/', { url, filters });
  await screen.findByRole('heading', { level: 1, name: /^Tổng quan:/ }, slow);
  return app;
}

/** The headline figure of a card, once it has loaded. */
async function cardValue(name: string) {
  await waitFor(() => expect(card(name)).not.toHaveAttribute('aria-busy'), slow);
  return card(name).querySelector('p')?.textContent ?? '';
}

describe('Tổng quan', () => {
  it('shows the district one-stop office in 2022: 4.977 received, 100,0 % on time', async () => {
    await openOverview('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tổng quan: Bộ phận một cửa cấp huyện, năm 2022' }),
    ).toBeInTheDocument();
    expect(await cardValue('Hồ sơ tiếp nhận mới')).toBe('4.977');
    expect(await cardValue('Giải quyết trước và đúng hạn')).toBe('100,0\u00a0%');
    // Against 2021, which the data covers: a change and last year's value.
    const received = card('Hồ sơ tiếp nhận mới');
    expect(await within(received).findByText(/Cùng kỳ năm trước/, undefined, slow)).toBeInTheDocument();
    expect(within(received).getByRole('list', { name: 'Theo kênh tiếp nhận' })).toHaveTextContent(/Trực tuyến/);
  });

  it('colours each change by whether it is good news for that measure, and says so in words', async () => {
    await openOverview('/?from=2022-01&to=2022-12&unit=all');
    await cardValue('Hồ sơ tiếp nhận mới');
    const change = (name: string) => card(name).querySelector('[data-verdict]');
    // More dossiers is neither good nor bad news.
    expect(change('Hồ sơ tiếp nhận mới')).toHaveTextContent('+18,8 %');
    expect(change('Hồ sơ tiếp nhận mới')).toHaveAttribute('data-verdict', 'neutral');
    // A lower on-time rate is bad news, in points.
    expect(change('Giải quyết trước và đúng hạn')).toHaveTextContent('−0,1 điểm %');
    expect(change('Giải quyết trước và đúng hạn')).toHaveAttribute('data-verdict', 'bad');
    expect(card('Giải quyết trước và đúng hạn')).toHaveTextContent('(kém hơn cùng kỳ)');
    // Fewer overdue dossiers is good news (lower is better).
    expect(change('Đang giải quyết quá hạn')).toHaveTextContent('−16,1 %');
    expect(change('Đang giải quyết quá hạn')).toHaveAttribute('data-verdict', 'good');
    expect(card('Đang giải quyết quá hạn')).toHaveTextContent('(tốt hơn cùng kỳ)');
    expect(change('Tỷ lệ tiếp nhận trực tuyến')).toHaveTextContent('+9,7 điểm %');
    expect(change('Tỷ lệ tiếp nhận trực tuyến')).toHaveAttribute('data-verdict', 'good');
    expect(card('Tỷ lệ tiếp nhận trực tuyến')).toHaveTextContent('Cùng kỳ năm trước: 6,1 %');
  });

  it('says there is no data for last year when it is outside the coverage', async () => {
    await openOverview('/?from=2020-01&to=2020-12&unit=all');
    await cardValue('Hồ sơ tiếp nhận mới');
    for (const name of ['Hồ sơ tiếp nhận mới', 'Giải quyết trước và đúng hạn', 'Tỷ lệ tiếp nhận trực tuyến']) {
      expect(within(card(name)).getByText('Không có số liệu cùng kỳ')).toBeInTheDocument();
    }
  });

  it('changes the numbers and the URL when another period is picked in the header', async () => {
    const { user, currentUrl } = await openOverview('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin', { filters: true });
    expect(await cardValue('Hồ sơ tiếp nhận mới')).toBe('4.977');

    await user.click(screen.getByRole('button', { name: 'Kỳ báo cáo: năm 2022' }));
    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    await user.click(screen.getByRole('option', { name: '2023' }));
    await user.click(screen.getByRole('button', { name: 'Quý I/2023' }));

    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Bộ phận một cửa cấp huyện, quý I/2023' }, slow);
    expect(currentUrl()).toBe('/?from=2023-01&to=2023-03&unit=huyen-thuong-tin');
    const value = await cardValue('Hồ sơ tiếp nhận mới');
    expect(value).toMatch(/^\d{1,3}(\.\d{3})*$/);
    expect(value).not.toBe('4.977');
    expect(screen.getByRole('button', { name: 'Kỳ báo cáo: quý I/2023' })).toBeInTheDocument();
  });

  it('takes a custom range of months', async () => {
    const { user, currentUrl } = await openOverview('/?from=2022-01&to=2022-12&unit=all', { filters: true });
    await user.click(screen.getByRole('button', { name: 'Kỳ báo cáo: năm 2022' }));
    await user.click(screen.getByRole('combobox', { name: 'Từ tháng' }));
    await user.click(screen.getByRole('option', { name: '03/2022' }));
    await user.click(screen.getByRole('combobox', { name: 'Đến tháng' }));
    await user.click(screen.getByRole('option', { name: '05/2022' }));
    await user.click(screen.getByRole('button', { name: 'Áp dụng' }));
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Toàn huyện, 03/2022 – 05/2022' }, slow);
    expect(currentUrl()).toBe('/?from=2022-03&to=2022-05&unit=all');
  });

  it('changes the unit through the header picker, finding a commune typed without diacritics', async () => {
    const { user, currentUrl } = await openOverview('/?from=2022-01&to=2022-12&unit=all', { filters: true });
    const before = await cardValue('Hồ sơ tiếp nhận mới');
    const picker = screen.getByRole('combobox', { name: 'Đơn vị' });
    await user.click(picker);
    await user.clear(picker);
    await user.type(picker, 'thu phu');
    await user.click(screen.getByRole('option', { name: /^Xã Thư Phú/ }));
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Xã Thư Phú, năm 2022' }, slow);
    expect(currentUrl()).toBe('/?from=2022-01&to=2022-12&unit=xa-thu-phu');
    expect(await cardValue('Hồ sơ tiếp nhận mới')).not.toBe(before);
  });

  it('shows a Vietnamese message and the default view for an unknown unit', async () => {
    await openOverview('/?from=2022-01&to=2022-12&unit=xa-khong-co');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Không có đơn vị mã "xa-khong-co"');
    expect(alert).toHaveTextContent('Đang hiển thị: Toàn huyện');
    expect(screen.getByRole('heading', { level: 1, name: 'Tổng quan: Toàn huyện, năm 2022' })).toBeInTheDocument();
    expect(await cardValue('Hồ sơ tiếp nhận mới')).toMatch(/^\d{1,3}(\.\d{3})+$/);
  });

  it('shows a Vietnamese message and the default period for a reversed period', async () => {
    await openOverview('/?from=2023-06&to=2022-01&unit=all');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Tháng bắt đầu (06/2023) sau tháng kết thúc (01/2022)');
    expect(alert).toHaveTextContent('Đang hiển thị kỳ mặc định');
    // The default period comes from /meta, not from the clock.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toMatch(/^Tổng quan: Toàn huyện, /);
    expect(await cardValue('Hồ sơ tiếp nhận mới')).toMatch(/^\d/);
  });

  it('shows a message for a malformed month and a period outside the coverage', async () => {
    await openOverview('/?from=2022-13&to=2022-12');
    expect(screen.getByRole('alert')).toHaveTextContent('phải có dạng YYYY-MM');
  });

  it('shows a message for a period outside the coverage', async () => {
    await openOverview('/?from=2010-01&to=2010-12');
    expect(screen.getByRole('alert')).toHaveTextContent('nằm ngoài phạm vi số liệu');
  });

  it('shows an error with "Thử lại" when the summary fails, and recovers on retry', async () => {
    let fail = true;
    server.use(
      http.get('*/api/dossiers/summary', () =>
        fail ? HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await openOverview('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin', { filters: true });
    const alert = await screen.findByRole('alert', undefined, slow);
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố');
    // The rest of the page still works.
    expect(screen.getByRole('button', { name: 'Kỳ báo cáo: năm 2022' })).toBeEnabled();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await cardValue('Hồ sơ tiếp nhận mới')).toBe('4.977');
  });

  it('says the answer is not valid when the summary breaks the contract', async () => {
    server.use(http.get('*/api/dossiers/summary', () => HttpResponse.json({ totals: 'nope' })));
    await openOverview('/?from=2022-01&to=2022-12&unit=all');
    expect(await screen.findByRole('alert', undefined, slow)).toHaveTextContent('không đúng định dạng');
  });
});
