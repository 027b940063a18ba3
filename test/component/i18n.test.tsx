import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../src/i18n';
import { renderApp, signIn } from '../setup/render';
import { renderRoute } from '../setup/render-route';

// The whole app, Tổng quan included; no test here looks at a chart's picture (overview-charts.test.tsx does).
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

describe('Ngôn ngữ', () => {
  it('switches every label, number and period to English, remembers it and sets <html lang>', async () => {
    await signIn();
    const { user } = await renderApp('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Bộ phận một cửa cấp huyện, năm 2022' });
    expect(document.documentElement.lang).toBe('vi');

    await user.click(screen.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' }));
    await user.click(screen.getByRole('menuitem', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Overview: District one-stop office, 2022' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('navigation', { name: 'Screens' })).toHaveTextContent('Overview');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    const received = screen.getByRole('region', { name: 'New dossiers received' });
    await waitFor(() => expect(received).not.toHaveAttribute('aria-busy'));
    expect(received.querySelector('p')).toHaveTextContent('4,977');
    expect(within(screen.getByRole('region', { name: 'Resolved early or on time' })).getByText('100.0%')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Leader')).toBeInTheDocument();
  });

  it('shows the sign-in page in English, with English field messages', async () => {
    const { user } = await renderRoute('/dang-nhap', { url: '/dang-nhap', user: null });
    await user.click(await screen.findByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' }));
    await user.click(screen.getByRole('menuitem', { name: 'English' }));
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your username')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });
});
