import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, signIn } from '../setup/render';

// The whole app, Tổng quan included; no test here looks at a chart's picture (overview-charts.test.tsx does).
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

describe('Trang không tồn tại', () => {
  it('says the page does not exist and links back to Tổng quan, keeping the app shell', async () => {
    await signIn();
    const { user, currentUrl } = await renderApp('/khong-co-trang-nay');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByText('Không có trang nào ở địa chỉ /khong-co-trang-nay.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Về trang Tổng quan' }));
    await screen.findByRole('heading', { level: 1, name: /^Tổng quan:/ });
    expect(currentUrl()).toBe('/');
  });
});
