import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { DossierKpiCards, dossierKpiMeasures, type DossierKpiCardSpec, type DossierKpiCardsProps } from '../../src/components/kpi-card';
import { received, resolved, resolvedEarlyOrOnTime } from '../../src/domain/dossier-measures';
import { formatNumber } from '../../src/domain/format';
import { signIn } from '../setup/render';
import { renderWithProviders } from '../setup/render-with-providers';

// The shared KPI grid of Tổng quan and a unit's page, on its own, against the real mock backend.
// Xã Nhị Khê, 2022 against 2021 (the year it lagged):
//   2022: received 370 + 2.265 + 32 = 2.667; resolved early or on time 2.532 of 2.648; 1 pending overdue
//   2021: received 124 + 2.064 + 23 = 2.211; resolved early or on time 2.040 of 2.197; 5 pending overdue

const cards: DossierKpiCardSpec[] = [
  {
    key: 'received',
    measure: dossierKpiMeasures.received,
    title: 'Hồ sơ tiếp nhận mới',
    icon: null,
    detail: (c, l) => `trực tuyến ${formatNumber(c.receivedOnline, l)}`,
    extra: (c) => <p>{c ? `theo kênh: ${formatNumber(received(c), 'vi')}` : 'đang tải kênh'}</p>,
  },
  {
    key: 'onTime',
    measure: dossierKpiMeasures.onTime,
    title: 'Giải quyết trước và đúng hạn',
    icon: null,
    detail: (c, l) => `${formatNumber(resolvedEarlyOrOnTime(c), l)} / ${formatNumber(resolved(c), l)}`,
  },
  { key: 'overdue', measure: dossierKpiMeasures.overdue, title: 'Đang giải quyết quá hạn', icon: null, detail: () => 'quá hạn' },
  { key: 'online', measure: dossierKpiMeasures.online, title: 'Tỷ lệ tiếp nhận trực tuyến', icon: null, detail: () => 'trực tuyến' },
];

const nhiKhe2022 = { unit: 'xa-nhi-khe', period: { from: '2022-01', to: '2022-12' } };

/** The summary requests sent, as "from..to" of each. */
function summaryRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/dossiers/summary')) seen.push(`${url.searchParams.get('from')}..${url.searchParams.get('to')}`);
  });
  return seen;
}

afterEach(() => server.events.removeAllListeners());

async function renderCards(props: Partial<DossierKpiCardsProps> = {}) {
  await signIn();
  return renderWithProviders(
    <DossierKpiCards heading="Chỉ số chính" scope={nhiKhe2022} lastYearUnavailable={null} cards={cards} cols={{ base: 1 }} {...props}>
      <p>thẻ thêm</p>
    </DossierKpiCards>,
  );
}

const section = () => screen.getByRole('region', { name: 'Chỉ số chính' });
const card = (name: string) => within(section()).getByRole('region', { name });
const loaded = (name: string) => waitFor(() => expect(card(name)).not.toHaveAttribute('aria-busy'));
const change = (name: string) => card(name).querySelector('[data-verdict]');

describe('DossierKpiCards', () => {
  it('shows each measure against the same months last year, with the change worded and coloured by polarity', async () => {
    const requests = summaryRequests();
    await renderCards();
    await loaded('Hồ sơ tiếp nhận mới');
    await waitFor(() => expect(card('Hồ sơ tiếp nhận mới')).toHaveTextContent('Cùng kỳ năm trước: 2.211'));

    const receivedCard = card('Hồ sơ tiếp nhận mới');
    expect(receivedCard).toHaveTextContent('2.667');
    expect(receivedCard).toHaveTextContent('trực tuyến 370');
    expect(within(receivedCard).getByText('theo kênh: 2.667')).toBeInTheDocument();
    expect(change('Hồ sơ tiếp nhận mới')).toHaveTextContent('+20,6 %'); // 2.667 ÷ 2.211 − 1
    expect(change('Hồ sơ tiếp nhận mới')).toHaveAttribute('data-verdict', 'neutral');

    expect(card('Giải quyết trước và đúng hạn')).toHaveTextContent('95,6 %'); // 2.532 ÷ 2.648
    expect(card('Giải quyết trước và đúng hạn')).toHaveTextContent('2.532 / 2.648');
    expect(card('Giải quyết trước và đúng hạn')).toHaveTextContent('Cùng kỳ năm trước: 92,9 %'); // 2.040 ÷ 2.197
    expect(change('Giải quyết trước và đúng hạn')).toHaveTextContent('+2,8 điểm %');
    expect(change('Giải quyết trước và đúng hạn')).toHaveAttribute('data-verdict', 'good');
    expect(card('Giải quyết trước và đúng hạn')).toHaveTextContent('(tốt hơn cùng kỳ)');

    // Fewer overdue dossiers is good news, and the card says lower is better.
    expect(change('Đang giải quyết quá hạn')).toHaveTextContent('−80,0 %'); // 1 against 5
    expect(change('Đang giải quyết quá hạn')).toHaveAttribute('data-verdict', 'good');
    expect(card('Đang giải quyết quá hạn')).toHaveTextContent('Càng thấp càng tốt');
    for (const other of ['Hồ sơ tiếp nhận mới', 'Giải quyết trước và đúng hạn', 'Tỷ lệ tiếp nhận trực tuyến']) {
      expect(card(other)).not.toHaveTextContent('Càng thấp càng tốt');
    }

    expect(card('Tỷ lệ tiếp nhận trực tuyến')).toHaveTextContent('13,9 %'); // 370 ÷ 2.667
    expect(card('Tỷ lệ tiếp nhận trực tuyến')).toHaveTextContent('Cùng kỳ năm trước: 5,6 %'); // 124 ÷ 2.211
    expect(change('Tỷ lệ tiếp nhận trực tuyến')).toHaveTextContent('+8,3 điểm %');

    // The page's own cards come after the measures, in the same grid; one request a period.
    expect(within(section()).getByText('thẻ thêm')).toBeInTheDocument();
    expect([...requests].sort()).toEqual(['2021-01..2021-12', '2022-01..2022-12']);
  });

  it('says why last year is not compared, and does not ask for it', async () => {
    const requests = summaryRequests();
    await renderCards({ lastYearUnavailable: 'Đơn vị chưa có trong kỳ năm trước' });
    await loaded('Hồ sơ tiếp nhận mới');
    for (const c of cards) {
      expect(card(c.title)).toHaveTextContent('Đơn vị chưa có trong kỳ năm trước');
      expect(change(c.title)).toBeNull();
    }
    expect(card('Hồ sơ tiếp nhận mới')).toHaveTextContent('2.667');
    expect(requests).toEqual(['2022-01..2022-12']);
  });

  it('waits with skeletons and asks nothing while the page has no unit and period yet', async () => {
    const requests = summaryRequests();
    await renderCards({ scope: null });
    for (const c of cards) expect(card(c.title)).toHaveAttribute('aria-busy', 'true');
    expect(within(card('Hồ sơ tiếp nhận mới')).getByText('đang tải kênh')).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('replaces the grid with the error and "Thử lại" when the summary fails, and recovers', async () => {
    let fail = true;
    server.use(
      http.get('*/api/dossiers/summary', () =>
        fail ? HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await renderCards();
    const alert = await within(section()).findByRole('alert');
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố');
    expect(within(section()).queryByRole('region', { name: 'Hồ sơ tiếp nhận mới' })).toBeNull();
    expect(within(section()).queryByText('thẻ thêm')).toBeNull();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await loaded('Hồ sơ tiếp nhận mới');
    expect(card('Hồ sơ tiếp nhận mới')).toHaveTextContent('2.667');
  });

  it('keeps the figures when only last year fails, with "Thử lại" on each comparison', async () => {
    let fail = true;
    server.use(
      http.get('*/api/dossiers/summary', ({ request }) =>
        fail && new URL(request.url).searchParams.get('from') === '2021-01'
          ? HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 })
          : undefined,
      ),
    );
    const { user } = await renderCards();
    const onTime = () => card('Giải quyết trước và đúng hạn');
    await waitFor(() => expect(within(onTime()).getByRole('alert')).toHaveTextContent('Không tải được số liệu cùng kỳ'));
    expect(onTime()).toHaveTextContent('95,6 %');
    fail = false;
    await user.click(within(onTime()).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(onTime()).toHaveTextContent('Cùng kỳ năm trước: 92,9 %'));
    expect(within(section()).queryByRole('alert')).toBeNull();
  });
});
