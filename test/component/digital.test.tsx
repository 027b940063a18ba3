import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { getDataset } from '../../mocks/data';
import { server } from '../../mocks/node';
import { digitalIndicatorKeys } from '../../src/api/digital';
import { getTargets, putTargets } from '../../src/api/targets';
import { renderRoute } from '../setup/render-route';

// The charts' pictures are not looked at here; their cards, tables and the screen's numbers are.
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

const YEAR_2022 = '/chuyen-doi-so?from=2022-01&to=2022-12&unit=all';
/** "13.265" → 13265 (vi-VN thousands). */
const count = (s: string | null | undefined) => Number((s ?? '').replace(/\./g, ''));

async function openScreen(url = YEAR_2022, user: 'lanhdao' | 'vanphong' | 'kiemtra' = 'lanhdao') {
  const app = await renderRoute('/chuyen-doi-so', { url, user });
  await screen.findByTestId('digital-total', {}, { timeout: 15_000 });
  return app;
}

describe('Chuyển đổi số: the 766 scorecard', () => {
  it('shows the 2022 district total out of 100 with its band and the change against 2021', async () => {
    await openScreen();
    expect(screen.getByTestId('digital-total')).toHaveTextContent('67,6/100 điểm');
    expect(screen.getByText('Xếp loại: Khá')).toBeInTheDocument();
    expect(screen.getByText('Ngưỡng xếp loại chưa được xác nhận từ văn bản chính thức')).toBeInTheDocument();
    expect(screen.getByText(/^So với năm 2021: \+7,78 điểm$/)).toBeInTheDocument();
  });

  it('lists every sub-indicator with its rate, threshold and points, unconfirmed ones marked', async () => {
    await openScreen();
    const table = screen.getByRole('table', { name: /^Các chỉ số thành phần, năm 2022/ });
    const online = within(table).getByRole('row', { name: /Hồ sơ tiếp nhận trực tuyến/ });
    expect(within(online).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3.3', '15,9\u00a0%', '50\u00a0%', '—', '—']);
    const progress = within(table).getByRole('row', { name: /Hồ sơ giải quyết và đang giải quyết trong hạn/ });
    expect(within(progress).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2.1', '98,4\u00a0%', '100\u00a0%', '19,69/20', '0,31']);
    expect(within(table).getAllByText('công thức chưa được xác nhận')).toHaveLength(21);
  });

  it('a click on a sub-indicator opens "vì sao thấp?" with its numerator, denominator and how many more dossiers reach the threshold', async () => {
    const { user } = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Vì sao thấp? 3.3 Hồ sơ tiếp nhận trực tuyến' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vì sao thấp? 3.3 Hồ sơ tiếp nhận trực tuyến' });
    const numerator = within(dialog).getByRole('rowheader', { name: 'Tử số' }).nextElementSibling?.textContent;
    const denominator = within(dialog).getByRole('rowheader', { name: 'Mẫu số' }).nextElementSibling?.textContent;
    expect([count(numerator), count(denominator)]).toEqual([13265, 83604]);
    // 50 % of 83.604 = 41.802; 41.802 − 13.265 = 28.537 (the matcher reads the no-break space before % as a space).
    expect(within(dialog).getByTestId('why-more')).toHaveTextContent('Cần thêm 28.537 hồ sơ trực tuyến để đạt 50 %.');
    // The units that pull it down most, largest shortfall first.
    const worst = await within(dialog).findByRole('region', { name: 'Các đơn vị kéo chỉ số xuống nhiều nhất' });
    const shortfalls = within(worst).getAllByRole('row').slice(1).map((r) => count(within(r).getAllByRole('cell')[1]?.textContent));
    expect(shortfalls.length).toBeGreaterThan(0);
    expect(shortfalls).toEqual([...shortfalls].sort((a, b) => b - a));
  });
});

describe('Chuyển đổi số: the ranking', () => {
  it('ranks the communes by total, best first, and places the chosen commune with its neighbours', async () => {
    await openScreen('/chuyen-doi-so?from=2022-01&to=2022-12&unit=xa-nhi-khe');
    const ranking = await screen.findByRole('table', { name: /^Xếp hạng xã theo tổng điểm, năm 2022/ });
    const rows = within(ranking).getAllByRole('row').slice(1);
    const ranks = rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(ranks.slice(0, 3)).toEqual(['1', '2', '3']);
    const totals = rows.map((r) => Number(within(r).getAllByRole('cell')[1]?.textContent?.replace(',', '.')));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const around = await screen.findByRole('table', { name: /^Vị trí của Xã Nhị Khê: hạng \d+\/29$/ });
    expect(within(around).getByRole('row', { current: true })).toHaveTextContent('Xã Nhị Khê');
  });

  it('the last page holds the lowest-ranked communes, down to the last rank', async () => {
    const { user } = await openScreen();
    await screen.findByRole('table', { name: /^Xếp hạng xã theo tổng điểm, năm 2022/ });
    await user.click(screen.getByRole('button', { name: 'Trang cuối (thấp nhất)' }));
    await waitFor(() => {
      const rows = within(screen.getByRole('table', { name: /^Xếp hạng xã theo tổng điểm, năm 2022/ })).getAllByRole('row').slice(1);
      expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['21', '22', '23', '24', '25', '26', '27', '28', '29']);
    });
  });
});

describe('Chuyển đổi số: the year’s targets', () => {
  it('a leader sees the labels but no edit control', async () => {
    await openScreen();
    expect(await screen.findByTestId('target-label-onlineDossiers')).toHaveTextContent('Không đạt');
    expect(screen.queryByRole('button', { name: /^Sửa chỉ tiêu/ })).not.toBeInTheDocument();
  });

  it('the secretariat lowers the online-share target to 15 % and the label turns to "Đạt"', async () => {
    const { user } = await openScreen(YEAR_2022, 'vanphong');
    // 2022's online share is 15,9 % against a target of 20 %.
    expect(await screen.findByTestId('target-label-onlineDossiers')).toHaveTextContent('Không đạt');
    await user.click(await screen.findByRole('button', { name: 'Sửa chỉ tiêu năm 2022' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa chỉ tiêu năm 2022' });
    const field = within(dialog).getByRole('textbox', { name: /Tỷ lệ hồ sơ trực tuyến \(%\)/ });
    expect(field).toHaveValue('20');
    await user.clear(field);
    await user.type(field, '15');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu chỉ tiêu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('target-label-onlineDossiers')).toHaveTextContent('Đạt'));
  });

  it('says what is wrong at each field and keeps what was typed', async () => {
    const { user } = await openScreen(YEAR_2022, 'vanphong');
    await user.click(await screen.findByRole('button', { name: 'Sửa chỉ tiêu năm 2022' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa chỉ tiêu năm 2022' });
    const typeInto = async (name: RegExp, text: string) => {
      const f = within(dialog).getByRole('textbox', { name });
      await user.clear(f);
      if (text) await user.type(f, text);
      return f;
    };
    const online = await typeInto(/Tỷ lệ hồ sơ trực tuyến \(%\)/, '120');
    const digitised = await typeInto(/Tỷ lệ hồ sơ được số hóa/, 'abc');
    const payment = await typeInto(/Tỷ lệ thanh toán trực tuyến/, '-1');
    const results = await typeInto(/Tỷ lệ kết quả điện tử/, '');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu chỉ tiêu' }));
    expect(online).toHaveAccessibleDescription('Chỉ tiêu không quá 100 %');
    expect(digitised).toHaveAccessibleDescription('Chỉ nhập số, ví dụ 45 hoặc 45,5');
    expect(payment).toHaveAccessibleDescription('Chỉ tiêu không được âm');
    expect(results).toHaveAccessibleDescription('Nhập một số từ 0 đến 100');
    expect([online, digitised, payment].map((f) => (f as HTMLInputElement).value)).toEqual(['120', 'abc', '-1']);
    // Nothing was sent: the dialog is still open and the label unchanged.
    expect(screen.getByRole('dialog', { name: 'Sửa chỉ tiêu năm 2022' })).toBeInTheDocument();
    expect(screen.getByTestId('target-label-onlineDossiers')).toHaveTextContent('Không đạt');
  });
});

describe('Chuyển đổi số: a stale version', () => {
  it('says someone saved first, keeps what was typed, and saves on the second try', async () => {
    const { user } = await openScreen(YEAR_2022, 'vanphong');
    await user.click(await screen.findByRole('button', { name: 'Sửa chỉ tiêu năm 2022' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa chỉ tiêu năm 2022' });
    // Someone else saves the year's targets while the form is open.
    const current = await getTargets(2022);
    await putTargets(2022, { version: current.version, values: { ...current.values, onTimeRate: 0.99 } });
    const field = within(dialog).getByRole('textbox', { name: /Tỷ lệ hồ sơ trực tuyến \(%\)/ });
    await user.clear(field);
    await user.type(field, '15');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu chỉ tiêu' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Chỉ tiêu năm 2022 vừa được người khác sửa. Số bạn đã nhập vẫn còn');
    expect(field).toHaveValue('15');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu chỉ tiêu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('target-label-onlineDossiers')).toHaveTextContent('Đạt'));
    expect((await getTargets(2022)).values.onlineShare).toBe(0.15);
  });
});

describe('Chuyển đổi số: phản ánh, kiến nghị', () => {
  it('shows the period’s PAKN as Σ÷Σ with the formulas stated, and the units lowest on time', async () => {
    await openScreen();
    const rows = getDataset('thuong-tin').feedbackByUnit({ from: '2022-01', to: '2022-12', unit: 'all', level: 'all' });
    const sum = (k: 'received' | 'dueInPeriod' | 'handledOnTime' | 'rated' | 'satisfied') => rows.reduce((s, r) => s + r[k], 0);
    const card = await screen.findByRole('region', { name: /^Phản ánh, kiến nghị \(PAKN\): Toàn huyện, năm 2022/ });
    await within(card).findByText('Tiếp nhận', { selector: 'dt' });
    const figure = (term: string) => within(card).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
    expect(count(figure('Tiếp nhận'))).toBe(sum('received'));
    const pct = (n: number, d: number) => `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace('.', ',')}\u00a0%`;
    expect(figure('Xử lý đúng hạn')).toContain(pct(sum('handledOnTime'), sum('dueInPeriod')));
    expect(figure('Hài lòng')).toContain(pct(sum('satisfied'), sum('rated')));
    expect(within(card).getByText(/Mức độ hài lòng trong giải quyết TTHC \(6\.3\) = 100 % − \(tỷ lệ hồ sơ trễ hạn \+ tỷ lệ hồ sơ có phản ánh\)/)).toBeInTheDocument();
    const lowest = within(card).getAllByRole('row').slice(1).map((r) => Number(within(r).getAllByRole('cell')[0]?.textContent?.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(lowest).toHaveLength(10);
    expect(lowest).toEqual([...lowest].sort((a, b) => a - b));
  });
});

describe('Chuyển đổi số: a malformed answer', () => {
  it('an answer that lacks a sub-indicator shows a clear message and no score', async () => {
    server.use(
      http.get('*/api/digital/summary', () => {
        const totals: Record<string, unknown> = Object.fromEntries(digitalIndicatorKeys.map((k) => [k, { numerator: 1, denominator: 2 }]));
        delete totals.progress;
        return HttpResponse.json({ query: { from: '2022-01', to: '2022-12', unit: 'all', level: 'all' }, totals });
      }),
    );
    await renderRoute('/chuyen-doi-so', { url: YEAR_2022 });
    expect(await screen.findByText(/^Dữ liệu trả về từ \/digital\/summary không đúng định dạng, không thể hiển thị/, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('digital-total')).not.toBeInTheDocument();
  });
});
