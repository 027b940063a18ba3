import { screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setFault } from '../../mocks/node';
import { renderApp, signIn } from '../setup/render';

// Crashes switched on per test: the PAR INDEX chart's drawing (its CompositeChart, dataKey "year"; the receipts
// chart draws one too, by month, and keeps working), and the whole Tổng quan page.
const crash = vi.hoisted(() => ({ parChart: false, overviewPage: false }));

vi.mock('@mantine/charts', async (importOriginal) => {
  const charts = await importOriginal<typeof import('@mantine/charts')>();
  function CompositeChart(props: ComponentProps<typeof charts.CompositeChart>) {
    if (crash.parChart && props.dataKey === 'year') throw new Error('injected: the PAR INDEX chart failed to draw');
    return <charts.CompositeChart {...props} />;
  }
  return { ...charts, CompositeChart };
});

vi.mock('../../src/features/overview/components/overview', async (importOriginal) => {
  const page = await importOriginal<typeof import('../../src/features/overview/components/overview')>();
  function Overview() {
    if (crash.overviewPage) throw new Error('injected: the overview page failed to render');
    return <page.Overview />;
  }
  return { ...page, Overview };
});

const slow = { timeout: 20_000 };
const overview = '/?from=2022-01&to=2022-12&unit=all';
const parTitle = 'Chỉ số CCHC (PAR INDEX) của huyện qua các năm, đến năm 2022';

beforeEach(() => {
  // React and the boundaries report the injected crashes on the console; they are expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  crash.parChart = false;
  crash.overviewPage = false;
  setFault('none');
  vi.restoreAllMocks();
});

describe('a crash stays where it happened', () => {
  it('a chart that throws while drawing shows its error in its own card; the other cards, the navigation and the header work', { timeout: 60_000 }, async () => {
    crash.parChart = true;
    await signIn();
    const { user, currentUrl } = await renderApp(overview);
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Toàn huyện, năm 2022' }, slow);

    const par = await screen.findByRole('region', { name: parTitle }, slow);
    expect(await within(par).findByRole('alert', undefined, slow)).toHaveTextContent('Không vẽ được biểu đồ');
    // Its numbers are still there as a table.
    await user.click(within(par).getByRole('radio', { name: 'Bảng số liệu' }));
    expect(within(par).getByRole('table')).toHaveTextContent('2022');

    // Another chart of the same kind (CompositeChart) still draws.
    const receipts = screen.getByRole('region', { name: /^Hồ sơ tiếp nhận theo tháng và kênh/ });
    await waitFor(() => expect(receipts.querySelector('svg.recharts-surface')).not.toBeNull(), slow);
    expect(within(receipts).queryByRole('alert')).not.toBeInTheDocument();

    // The header's filters still change the page.
    await user.click(screen.getByRole('button', { name: 'Kỳ báo cáo: năm 2022' }));
    await user.click(screen.getByRole('button', { name: 'Quý I/2022' }));
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Toàn huyện, quý I/2022' }, slow);

    // And the navigation still leads elsewhere.
    await user.click(within(screen.getByRole('navigation', { name: 'Các màn hình' })).getByRole('link', { name: 'Hồ sơ TTHC' }));
    await waitFor(() => expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-03&unit=all'));
    await screen.findByRole('heading', { level: 1, name: /^Hồ sơ TTHC|^Kết quả giải quyết TTHC/ }, slow);
  });

  it('the chart draws again after "Thử lại" once the fault is gone', async () => {
    crash.parChart = true;
    await signIn();
    const { user } = await renderApp(overview);
    const par = await screen.findByRole('region', { name: parTitle }, slow);
    await within(par).findByRole('alert', undefined, slow);
    crash.parChart = false;
    await user.click(within(par).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(par.querySelector('svg.recharts-surface')).not.toBeNull(), slow);
    expect(within(par).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a page that throws keeps the shell: header, filters and navigation stay, the error sits in the content area', { timeout: 60_000 }, async () => {
    crash.overviewPage = true;
    await signIn();
    const { user, currentUrl } = await renderApp(overview);

    const main = await screen.findByRole('main', undefined, slow);
    expect(await within(main).findByRole('heading', { level: 1, name: 'Trang này gặp sự cố' }, slow)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Đã xảy ra lỗi' })).not.toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByRole('button', { name: 'Kỳ báo cáo: năm 2022' }, slow)).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();

    // The navigation leads away from the broken page…
    const nav = screen.getByRole('navigation', { name: 'Các màn hình' });
    await user.click(within(nav).getByRole('link', { name: 'Hồ sơ TTHC' }));
    await screen.findByRole('heading', { level: 1, name: /^Hồ sơ TTHC|^Kết quả giải quyết TTHC/ }, slow);
    expect(screen.queryByRole('heading', { level: 1, name: 'Trang này gặp sự cố' })).not.toBeInTheDocument();
    expect(currentUrl()).toBe('/ho-so?from=2022-01&to=2022-12&unit=all');

    // …and back to it; "Thử lại" renders it again, which works once the fault is gone.
    await user.click(within(nav).getByRole('link', { name: 'Tổng quan' }));
    await within(main).findByRole('heading', { level: 1, name: 'Trang này gặp sự cố' }, slow);
    crash.overviewPage = false;
    await user.click(within(main).getByRole('button', { name: 'Thử lại' }));
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Toàn huyện, năm 2022' }, slow);
    expect(currentUrl()).toBe(overview);
  });
});

describe.each(['offline', 'error'] as const)("the header's pickers in the '%s' scenario", (fault) => {
  it('stay on screen and still write the period and unit into the URL', async () => {
    await signIn();
    setFault(fault);
    const { user, currentUrl } = await renderApp('/?from=2022-01&to=2022-12&unit=huyen-thuong-tin');
    // The page says what failed…
    expect((await screen.findAllByRole('alert', undefined, slow)).length).toBeGreaterThan(0);
    // …and the pickers stay.
    const banner = screen.getByRole('banner');
    const period = await within(banner).findByRole('button', { name: 'Kỳ báo cáo: năm 2022' }, slow);
    const unit = within(banner).getByRole('combobox', { name: 'Đơn vị' });
    expect(unit).toHaveValue('huyen-thuong-tin');

    await user.click(period);
    await user.click(screen.getByRole('button', { name: 'Quý II/2022' }));
    await waitFor(() => expect(currentUrl()).toBe('/?from=2022-04&to=2022-06&unit=huyen-thuong-tin'));

    await user.click(unit);
    await user.click(screen.getByRole('option', { name: 'Tất cả đơn vị' }));
    await waitFor(() => expect(currentUrl()).toBe('/?from=2022-04&to=2022-06&unit=all'));
  });
});

describe("the header's pickers after /meta was read once", () => {
  it('without a period in the URL, the offline pickers take the last default period and coverage read here', async () => {
    await signIn();
    const first = await renderApp('/?unit=all');
    const banner = await screen.findByRole('banner');
    const online = await within(banner).findByRole('button', { name: /^Kỳ báo cáo: / }, slow);
    const label = online.getAttribute('aria-label');
    first.unmount();

    setFault('offline');
    const { user } = await renderApp('/?unit=all');
    const offline = await within(await screen.findByRole('banner')).findByRole('button', { name: label ?? '' }, slow);
    expect(offline).toBeEnabled();
    await user.click(offline);
    expect(screen.getByRole('combobox', { name: 'Năm' })).toHaveValue(label?.match(/\d{4}/)?.[0]);
  });
});
