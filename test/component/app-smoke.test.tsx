import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, signIn } from '../setup/render';
import { findPageHeading, readTable, totalsHeader } from '../setup/report-table';

// One test per screen through the whole app: the real router, the sign-in guard, the shell and its
// navigation. The screens' own behaviour, their charts drawn included, is tested route by route (renderRoute).
vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

const nav = () => within(screen.getByRole('navigation', { name: 'Các màn hình' }));

async function openApp(url: string) {
  await signIn();
  const app = await renderApp(url);
  // The shell is there: the header with the signed-in user, and the navigation.
  expect(await within(await screen.findByRole('banner')).findByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
  return app;
}

describe('the whole app, one screen at a time', () => {
  it('Tổng quan: from another screen through the navigation, 4.977 dossiers received in 2022', async () => {
    const { user, currentUrl } = await openApp('/ho-so?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    await user.click(nav().getByRole('link', { name: 'Tổng quan' }));
    await findPageHeading('Tổng quan: Bộ phận một cửa cấp huyện, năm 2022');
    expect(currentUrl()).toBe('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    const received = screen.getByRole('region', { name: 'Hồ sơ tiếp nhận mới' });
    await waitFor(() => expect(received).not.toHaveAttribute('aria-busy'));
    expect(received.querySelector('p')).toHaveTextContent('4.977');
  });

  it('Hồ sơ TTHC: through the navigation, keeping the period and unit, 4.977 received in the totals row', async () => {
    const { user, currentUrl } = await openApp('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    await findPageHeading(/^Tổng quan:/);
    await user.click(nav().getByRole('link', { name: 'Hồ sơ TTHC' }));
    await findPageHeading('Hồ sơ TTHC: Bộ phận một cửa cấp huyện, năm 2022');
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    await waitFor(() => totalsHeader());
    expect(readTable().totals.get('Tổng số (Tiếp nhận mới trong kỳ)')).toBe(4977);
  });

  it('Đơn vị: through the navigation, the list’s totals 83.604 in 2022, then a unit’s page from its link', async () => {
    const { user, currentUrl } = await openApp('/?from=2022-01&to=2022-12&unit=all');
    await findPageHeading(/^Tổng quan:/);
    await user.click(nav().getByRole('link', { name: 'Đơn vị' }));
    await findPageHeading('Các đơn vị, năm 2022');
    expect(currentUrl()).toBe('/don-vi?from=2022-01&to=2022-12&unit=all');
    const table = await screen.findByRole('table', { name: /^Chỉ số chính của các đơn vị/ });
    await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
    const groups = within(table).getAllByRole('rowgroup');
    const totals = within(groups[groups.length - 1] as HTMLElement).getByRole('row');
    expect(within(totals).getAllByRole('cell')[0]).toHaveTextContent('83.604');

    // A unit's page, in the same shell: Tân Minh resolved 92,3 % on time in 2022.
    await user.click(within(table).getByRole('link', { name: 'Xã Tân Minh' }));
    await findPageHeading('Xã Tân Minh');
    expect(currentUrl()).toBe('/don-vi/xa-tan-minh?from=2022-01&to=2022-12&unit=xa-tan-minh');
    const onTime = screen.getByRole('region', { name: 'Giải quyết trước và đúng hạn' });
    await waitFor(() => expect(onTime).toHaveTextContent('92,3 %'));
    expect(nav().getByRole('link', { name: 'Đơn vị' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('the inspection screens in the whole app', () => {
  it('Kiểm tra: through the navigation, this year’s visit to Minh Cường opens its record, and the record its minutes', async () => {
    const { user, currentUrl } = await openApp('/?from=2022-01&to=2022-12&unit=all');
    await findPageHeading(/^Tổng quan:/);
    await user.click(nav().getByRole('link', { name: 'Kiểm tra' }));
    await findPageHeading('Kiểm tra CCHC');
    expect(currentUrl()).toMatch(/^\/kiem-tra\?/);
    const visit = await screen.findByRole('link', { name: 'Kiểm tra công tác CCHC năm 2025 tại UBND xã Minh Cường' });
    await user.click(visit);
    await findPageHeading('Kiểm tra công tác CCHC năm 2025 tại UBND xã Minh Cường');
    expect(nav().getByRole('link', { name: 'Kiểm tra' })).toHaveAttribute('aria-current', 'page');
    await user.click(await screen.findByRole('link', { name: 'Biên bản kiểm tra' }));
    expect(await screen.findByText('BIÊN BẢN KIỂM TRA')).toBeInTheDocument();
    expect(currentUrl()).toMatch(/^\/kiem-tra\/[^/]+\/bien-ban/);
  });

  it('Khắc phục: through the navigation, the 289 actions of every inspection counted by status', async () => {
    const { user, currentUrl } = await openApp('/?from=2022-01&to=2022-12&unit=all');
    await findPageHeading(/^Tổng quan:/);
    await user.click(nav().getByRole('link', { name: 'Khắc phục' }));
    await findPageHeading('Theo dõi khắc phục');
    expect(currentUrl()).toMatch(/^\/khac-phuc/);
    await waitFor(() => expect(screen.getByText('Tổng cộng').parentElement).toHaveTextContent('289'));
  });

  it('Kết quả kiểm tra: through the navigation, the heat map of the latest scores for the period', async () => {
    const { user } = await openApp('/?from=2022-01&to=2022-12&unit=all');
    await findPageHeading(/^Tổng quan:/);
    await user.click(nav().getByRole('link', { name: 'Kết quả kiểm tra' }));
    await findPageHeading('Kết quả kiểm tra công tác CCHC, năm 2022');
    const map = await screen.findByRole('table', { name: /^Điểm theo lĩnh vực của lần kiểm tra gần nhất/ });
    expect(await within(map).findByRole('link', { name: 'Xã Tân Minh' })).toBeInTheDocument();
  });
});
