import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { login } from '../../src/api/auth';
import { SESSION_STORAGE_KEY } from '../../src/features/auth';
import { authKeys } from '../../src/lib/queries/auth';
import { renderApp, signIn } from '../setup/render';

const url = '/?from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const overviewHeading = { level: 1, name: /^Tổng quan:/ } as const;
// Whole routes on a loaded 2-core machine take longer than Testing Library's default wait.
const slow = { timeout: 20_000 };

/** What another tab does to the shared storage, and the `storage` event this tab then receives. */
function otherTabWrites(value: string | null) {
  const oldValue = localStorage.getItem(SESSION_STORAGE_KEY);
  if (value === null) localStorage.removeItem(SESSION_STORAGE_KEY);
  else localStorage.setItem(SESSION_STORAGE_KEY, value);
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', { key: SESSION_STORAGE_KEY, oldValue, newValue: value, storageArea: localStorage }),
    );
  });
}

/** Signs `username` in through the mock backend as another tab would, and returns its stored session. */
async function otherTabSignsIn(username: string) {
  const res = await login({ username, password: 'demo' });
  return JSON.stringify({ token: res.token, expiresAt: res.expiresAt, user: res.user });
}

describe('Phiên đăng nhập ở hai thẻ', () => {
  it('signing out in another tab and in as another user shows the new user here, not the previous one', async () => {
    await signIn('lanhdao');
    const { queryClient } = await renderApp(url);
    await screen.findByRole('heading', overviewHeading, slow);
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Lãnh đạo UBND huyện', undefined, slow)).toBeInTheDocument();

    otherTabWrites(null);
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' }, slow);
    const kiemtra = await otherTabSignsIn('kiemtra');
    otherTabWrites(kiemtra);

    await screen.findByRole('heading', overviewHeading, slow);
    await waitFor(() => expect(queryClient.isFetching()).toBe(0), slow);
    const newBanner = screen.getByRole('banner');
    expect(await within(newBanner).findByText('Thành viên Đoàn kiểm tra số 1', undefined, slow)).toBeInTheDocument();
    expect(within(newBanner).getByText('Đoàn kiểm tra')).toBeInTheDocument();
    expect(within(newBanner).queryByText('Lãnh đạo UBND huyện')).not.toBeInTheDocument();
    // The stored session keeps the new token with its own user, not the previous user over it.
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toEqual(JSON.parse(kiemtra));
  });

  it("another user's session replacing this one drops every cached answer and asks the server again", async () => {
    await signIn('lanhdao');
    const { queryClient } = await renderApp(url);
    await screen.findByRole('heading', overviewHeading, slow);
    await waitFor(() => expect(queryClient.getQueryData(authKeys.me())).toMatchObject({ username: 'lanhdao' }), slow);
    const before = queryClient.getQueryCache().findAll().length;
    expect(before).toBeGreaterThan(1);
    const cachedBefore = new Set(queryClient.getQueryCache().findAll());

    otherTabWrites(await otherTabSignsIn('vanphong'));

    const banner = await screen.findByRole('banner', undefined, slow);
    expect(await within(banner).findByText('Chuyên viên Văn phòng CCHC', undefined, slow)).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryData(authKeys.me())).toMatchObject({ username: 'vanphong' }), slow);
    await screen.findByRole('heading', overviewHeading, slow);
    // Not one answer of the previous session is left in the cache.
    expect(queryClient.getQueryCache().findAll().filter((q) => cachedBefore.has(q))).toEqual([]);
  });
});
