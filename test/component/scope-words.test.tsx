import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setActiveDataset } from '../../mocks/node';
import { renderApp, signIn } from '../setup/render';

// The national dataset's overview (3,321 communes) is a heavy render for jsdom on a busy machine.
vi.setConfig({ testTimeout: 90_000 });
const slow = { timeout: 40_000 };

describe('Scope words follow the dataset', () => {
  afterEach(() => setActiveDataset('thuong-tin'));

  it('says Toàn quốc, toàn quốc and xã, phường, đặc khu on the national dataset: heading, summary and chart titles', async () => {
    setActiveDataset('national');
    await signIn();
    await renderApp('/?from=2022-01&to=2022-12&unit=all');
    expect(await screen.findByRole('heading', { level: 1, name: /^Tổng quan:/ }, slow)).toHaveTextContent('Tổng quan: Toàn quốc, năm 2022');

    const summary = screen.getByRole('region', { name: 'Tóm tắt tình hình' });
    const text = await within(summary).findByText(/^Trong năm 2022, toàn quốc tiếp nhận /, undefined, slow);
    expect(text.textContent).toMatch(/ xã, phường, đặc khu (chưa đạt|có hồ sơ)/);
    expect(text.textContent).toContain('Chỉ số cải cách hành chính (PAR INDEX) năm 2022 đạt ');
    expect(text.textContent).not.toMatch(/huyện|thị trấn/);

    const ranking = await screen.findByRole('region', { name: /^Xếp hạng xã, phường, đặc khu theo tỷ lệ giải quyết đúng và trước hạn, năm 2022/ }, slow);
    await waitFor(() => expect(ranking).not.toHaveAttribute('aria-busy'), slow);
    expect(ranking).toHaveTextContent('trong 3.321 xã, phường, đặc khu;');
    expect(await screen.findByRole('region', { name: /^Chỉ số CCHC \(PAR INDEX\) qua các năm, đến năm 2022/ }, slow)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /của huyện/ })).toBeNull();
  });
});
