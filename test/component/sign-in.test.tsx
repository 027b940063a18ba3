import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp } from '../setup/render';
import { renderRoute } from '../setup/render-route';

/** The sign-in page alone, signed out; where signing in leads is tested through the whole app (renderApp). */
async function openSignIn(url = '/dang-nhap') {
  const app = await renderRoute('/dang-nhap', { url, user: null });
  await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
  return app;
}

describe('Đăng nhập', () => {
  it('says what is missing when both fields are empty, and sends nothing', async () => {
    let calls = 0;
    server.events.on('request:start', () => void calls++);
    const { user } = await openSignIn();
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Nhập tên đăng nhập')).toBeInTheDocument();
    expect(screen.getByText('Nhập mật khẩu')).toBeInTheDocument();
    expect(screen.getByLabelText('Tên đăng nhập')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toBe(0);
    server.events.removeAllListeners();
  });

  it('says the credentials are wrong and keeps the typed username', async () => {
    const { user } = await openSignIn();
    await user.type(screen.getByLabelText('Tên đăng nhập'), 'lanhdao');
    await user.type(screen.getByLabelText('Mật khẩu'), 'sai-mat-khau');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sai tên đăng nhập hoặc mật khẩu');
    expect(screen.getByLabelText('Tên đăng nhập')).toHaveValue('lanhdao');
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
  });

  it('says the server has a problem on a 500, keeping the username', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }),
      ),
    );
    const { user } = await openSignIn();
    await user.type(screen.getByLabelText('Tên đăng nhập'), 'lanhdao');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Máy chủ đang gặp sự cố.*thử lại/);
    expect(screen.getByLabelText('Tên đăng nhập')).toHaveValue('lanhdao');
  });

  it('says the server cannot be reached when the network fails', async () => {
    server.use(http.post('*/api/auth/login', () => HttpResponse.error()));
    const { user } = await openSignIn();
    await user.type(screen.getByLabelText('Tên đăng nhập'), 'kiemtra');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được tới máy chủ');
    expect(screen.getByLabelText('Tên đăng nhập')).toHaveValue('kiemtra');
  });

  it('says the answer is not valid when the body breaks the contract', async () => {
    server.use(http.post('*/api/auth/login', () => HttpResponse.json({ token: 42 })));
    const { user } = await openSignIn();
    await user.type(screen.getByLabelText('Tên đăng nhập'), 'lanhdao');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Câu trả lời của máy chủ không hợp lệ');
  });

  it('lands on Tổng quan after a successful sign-in, showing who is signed in', async () => {
    const { user, currentUrl } = await renderApp('/dang-nhap');
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    await user.type(screen.getByLabelText('Tên đăng nhập'), 'vanphong');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /^Tổng quan/ })).toBeInTheDocument();
    expect(currentUrl()).toBe('/');
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Văn phòng CCHC')).toBeInTheDocument();
  });

  it('sends a visitor without a session to sign-in, then on to the page asked for', async () => {
    const url = '/?from=2022-01&to=2022-12&unit=huyen-thuong-tin';
    const { user, currentUrl } = await renderApp(url);
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    expect(screen.queryByText('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Tên đăng nhập'), 'lanhdao');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo{Enter}');
    await screen.findByRole('heading', { level: 1, name: /^Tổng quan/ });
    expect(currentUrl()).toBe(url);
  });
});
