import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signIn } from '../setup/render';

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
