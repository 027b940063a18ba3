import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deckKey, openDeckSide } from '../../src/features/meeting/lib/presenter-channel';
import { renderRoute } from '../setup/render-route';

const slow = { timeout: 15_000 };
const URL_2022 = '/trinh-chieu/nguoi-trinh-bay?from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const DECK = deckKey({ period: { from: '2022-01', to: '2022-12' }, unit: 'huyen-thuong-tin' });
const notes = () => within(screen.getByRole('region', { name: 'Ghi chú cho người trình bày' })).getAllByRole('listitem').map((li) => li.textContent);

let closeDeck: (() => void) | null = null;
afterEach(() => {
  closeDeck?.();
  closeDeck = null;
});

describe('the presenter view', () => {
  it('without a deck says so, shows the first slide with its notes from the summary, and moves on its own', async () => {
    const { user } = await renderRoute('/trinh-chieu/nguoi-trinh-bay', { url: URL_2022, user: 'vanphong' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Màn hình người trình bày' }, slow)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Chưa thấy bài trình chiếu/);
    expect(screen.getByRole('heading', { level: 2, name: 'Trang hiện tại (1/7)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Kết quả giải quyết hồ sơ TTHC' })).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Trang tiếp theo' });
    expect(within(next).getByText('Hồ sơ tiếp nhận theo tháng', { selector: 'p' })).toBeInTheDocument();
    // The overview's own sentences: 4.977 received, 100,0 % on time, above the 2022 target.
    await waitFor(() => expect(notes()[0]).toMatch(/^Trong năm 2022, bộ phận một cửa cấp huyện tiếp nhận 4\.977 hồ sơ .*đạt chỉ tiêu năm 2022/), slow);
    expect(within(screen.getByRole('group', { name: 'Giờ' })).getByText(/^\d{2}:\d{2}$/)).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Đã trình bày' })).toHaveTextContent(/^\d{2}:\d{2}$/);
    expect(screen.getByRole('button', { name: 'Trang trước' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Trang hiện tại (2/7)' })).toBeInTheDocument();
    await waitFor(() => expect(notes()[0]).toMatch(/^Tháng tiếp nhận nhiều nhất là \d{2}\/2022 với [\d.]+ hồ sơ\.$/), slow);
    expect(notes()).toHaveLength(3);
  });

  it('follows a deck of the same filters and asks it to move', async () => {
    const deck = { slide: 4 };
    const onGo = vi.fn((s: number) => {
      deck.slide = s;
      side.announce();
    });
    const side = openDeckSide(DECK, { getState: () => ({ slide: deck.slide, count: 7, startedAt: Date.now() - 65_000 }), onGo, onReset: () => {} });
    closeDeck = () => side.close();
    const { user } = await renderRoute('/trinh-chieu/nguoi-trinh-bay', { url: URL_2022, user: 'vanphong' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Trang hiện tại (5/7)' }, slow)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Đang điều khiển bài trình chiếu ở tab khác.');
    expect(screen.getByRole('timer', { name: 'Đã trình bày' })).toHaveTextContent(/^01:0\d$/);
    await waitFor(() => expect(notes().join(' ')).toMatch(/chuyển đổi số/i), slow);

    await user.click(screen.getByRole('button', { name: 'Trang sau' }));
    await waitFor(() => expect(onGo).toHaveBeenCalledWith(5));
    expect(await screen.findByRole('heading', { level: 2, name: 'Trang hiện tại (6/7)' })).toBeInTheDocument();
    await waitFor(() => expect(notes()[0]).toMatch(/^Chỉ số cải cách hành chính \(PAR INDEX\) năm 2022 của huyện đạt 90,36 điểm/), slow);

    side.close();
    closeDeck = null;
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Bài trình chiếu đã đóng. Mở lại để điều khiển tiếp.'));
  });
});
