import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY } from '../../src/features/auth';
import { renderApp, signIn } from '../setup/render';

// The whole app, Tổng quan included; no test here looks at a chart's picture (overview-charts.test.tsx does).
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

const EXPIRED_MESSAGE = 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại';
const url = '/?from=2022-01&to=2022-12&unit=huyen-thuong-tin';

function storeSession(token: string, expiresAt: string) {
  localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({
      token,
      expiresAt,
      user: { id: 'u-lanhdao', username: 'lanhdao', name: 'Nguyễn Văn A', role: 'leader', teamIds: [] },
    }),
  );
}

async function signInThroughForm(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(screen.getByLabelText('Tên đăng nhập'), 'lanhdao');
  await user.type(screen.getByLabelText('Mật khẩu'), 'demo');
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('Phiên đăng nhập', () => {
  it('sends a user whose token the server refuses (401) to sign-in, then back to the same URL', async () => {
    storeSession('cchc-mock.garbage.00000000', new Date(Date.now() + 3_600_000).toISOString());
    const { user, currentUrl } = await renderApp(url);

    expect(await screen.findByText(EXPIRED_MESSAGE)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    await signInThroughForm(user);
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Bộ phận một cửa cấp huyện, năm 2022' });
    expect(currentUrl()).toBe(url);
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toMatchObject({ user: { username: 'lanhdao' } });
  });

  it('treats a stored session whose expiresAt has passed as expired, without asking the server', async () => {
    storeSession('whatever', '2020-01-01T00:00:00Z');
    await renderApp(url);
    expect(await screen.findByText(EXPIRED_MESSAGE)).toBeInTheDocument();
  });

  it('keeps the session across a reload (a new app on the same storage)', async () => {
    await signIn('kiemtra');
    const first = await renderApp(url);
    await screen.findByRole('heading', { level: 1, name: /^Tổng quan:/ });
    first.unmount();
    await renderApp(url);
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText('Đoàn kiểm tra')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeInTheDocument();
  });

  it('signs out: clears the session and goes to sign-in without the expiry message', async () => {
    await signIn();
    const { user, currentUrl } = await renderApp(url);
    await screen.findByRole('heading', { level: 1, name: /^Tổng quan:/ });
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    expect(currentUrl()).toBe('/dang-nhap');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(screen.queryByText(EXPIRED_MESSAGE)).not.toBeInTheDocument();
  });
});
