import { BarChart } from '@mantine/charts';
import { rem } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { toPng } from 'html-to-image';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import { ChartCard, useChartFormatters, type ChartCardProps } from '../../src/components/chart-card';
import * as download from '../../src/lib/export/download';
import { renderWithProviders } from '../setup/render-with-providers';

// html-to-image draws through a canvas and an SVG foreignObject, which jsdom cannot; the card's part is what it hands over.
vi.mock('html-to-image', () => ({ toPng: vi.fn(async () => 'data:image/png;base64,iVBORw0KGgo=') }));

const title = 'Hồ sơ tiếp nhận theo tháng, năm 2022';
const table: ChartCardProps['table'] = {
  columns: [
    { key: 'month', header: 'Tháng', format: 'text' },
    { key: 'received', header: 'Hồ sơ tiếp nhận', format: 'number' },
    { key: 'onTimeRate', header: 'Tỷ lệ đúng hạn', format: 'percent' },
  ],
  rows: [
    { month: 'T1/2022', received: 4977, onTimeRate: 0.986 },
    { month: 'T2/2022', received: 0, onTimeRate: null },
  ],
};

function Card(props: Partial<ChartCardProps>) {
  return (
    <ChartCard title={title} table={table} fileName="ho-so-theo-thang-2022" status="ready" height={240} {...props}>
      <BarChart
        h={240}
        data={table.rows}
        dataKey="month"
        series={[{ name: 'received', label: 'Hồ sơ tiếp nhận', color: 'cchc.7' }]}
      />
    </ChartCard>
  );
}

const region = () => screen.getByRole('region', { name: title });

/** Stops the real download and hands back what would have been saved. */
function catchDownloads() {
  return vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
}

/** What html-to-image was handed, looked at while the export ran (the copy is gone afterwards). */
function catchPictures() {
  const pictures: { node: HTMLElement; inDocument: boolean; html: string; text: string }[] = [];
  vi.mocked(toPng).mockImplementation(async (node) => {
    pictures.push({ node, inDocument: node.isConnected, html: node.outerHTML, text: node.textContent ?? '' });
    return 'data:image/png;base64,iVBORw0KGgo=';
  });
  return pictures;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(toPng).mockReset(); // back to the factory's implementation
});

describe('ChartCard', () => {
  it('is a region named by its title, with the chart drawn when ready', async () => {
    await renderWithProviders(<Card />);
    expect(within(region()).getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    expect(region().querySelector('svg.recharts-surface')).not.toBeNull();
    expect(within(region()).queryByRole('table')).not.toBeInTheDocument();
  });

  it('switches to its numbers as a table, formatted in Vietnamese, with "—" for no data', async () => {
    const { user } = await renderWithProviders(<Card />);
    const asTable = within(region()).getByRole('radio', { name: 'Bảng số liệu' });
    expect(asTable).not.toBeChecked();
    await user.click(asTable);
    expect(asTable).toBeChecked();

    const grid = within(region()).getByRole('table', { name: title });
    expect(region().querySelector('svg.recharts-surface')).toBeNull();
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Tháng',
      'Hồ sơ tiếp nhận',
      'Tỷ lệ đúng hạn',
    ]);
    const [, first, second] = within(grid).getAllByRole('row');
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('T1/2022');
    expect(within(first!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4.977', '98,6\u00a0%']);
    const cells = within(second!).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(/^0$/);
    expect(within(cells[1]!).getByText('—')).toBeInTheDocument();
    expect(within(cells[1]!).getByText('Không có số liệu')).toBeInTheDocument();

    // And back to the chart, from the keyboard.
    await user.keyboard('{ArrowLeft}');
    expect(within(region()).getByRole('radio', { name: 'Biểu đồ' })).toBeChecked();
    expect(within(region()).queryByRole('table')).not.toBeInTheDocument();
  });

  it('formats the table in English when the app is in English', async () => {
    const { user } = await renderWithProviders(<Card />, { language: 'en' });
    await user.click(within(region()).getByRole('radio', { name: 'Table' }));
    const [, first] = within(within(region()).getByRole('table')).getAllByRole('row');
    expect(within(first!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4,977', '98.6%']);
  });

  it('downloads the numbers as an XLSX workbook: the title, the header, real numbers and rates as percentages', async () => {
    const save = catchDownloads();
    const { user } = await renderWithProviders(<Card />);
    await user.click(within(region()).getByRole('button', { name: 'Tải xuống' }));
    await user.click(screen.getByRole('menuitem', { name: 'Tải Excel (XLSX)' }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [blob, fileName] = save.mock.calls[0]!;
    expect(fileName).toBe('ho-so-theo-thang-2022.xlsx');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(title);
    expect([1, 2, 3].map((c) => sheet.getRow(3).getCell(c).value)).toEqual(['Tháng', 'Hồ sơ tiếp nhận', 'Tỷ lệ đúng hạn']);
    expect([1, 2, 3].map((c) => sheet.getRow(4).getCell(c).value)).toEqual(['T1/2022', 4977, 0.986]);
    expect(sheet.getRow(4).getCell(3).numFmt).toBe('0.0%');
    expect([1, 2, 3].map((c) => sheet.getRow(5).getCell(c).value)).toEqual(['T2/2022', 0, null]);
  });

  it('downloads the numbers as CSV named after fileName, from either view', async () => {
    const save = catchDownloads();
    const { user } = await renderWithProviders(<Card />);
    await user.click(within(region()).getByRole('button', { name: 'Tải xuống' }));
    await user.click(screen.getByRole('menuitem', { name: 'Tải CSV' }));

    expect(save).toHaveBeenCalledTimes(1);
    const [blob, fileName] = save.mock.calls[0]!;
    expect(fileName).toBe('ho-so-theo-thang-2022.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      'Tháng;Hồ sơ tiếp nhận;Tỷ lệ đúng hạn (%)\r\nT1/2022;4977;98,6\r\nT2/2022;0;',
    );

    await user.click(within(region()).getByRole('radio', { name: 'Bảng số liệu' }));
    await user.click(within(region()).getByRole('button', { name: 'Tải xuống' }));
    await user.click(screen.getByRole('menuitem', { name: 'Tải CSV' }));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![1]).toBe('ho-so-theo-thang-2022.csv');
  });

  it('draws the card as a PNG, at twice the pixels on a white background, without its buttons', async () => {
    const save = catchDownloads();
    const pictures = catchPictures();
    const { user } = await renderWithProviders(<Card />);
    await user.click(within(region()).getByRole('button', { name: 'Tải xuống' }));
    await user.click(screen.getByRole('menuitem', { name: 'Tải ảnh PNG' }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(toPng).toHaveBeenCalledTimes(1);
    expect(vi.mocked(toPng).mock.calls[0]![1]).toMatchObject({ pixelRatio: 2, backgroundColor: '#fff' });
    // A copy of the card laid out in the page: the title and the chart, not the switch and the menu.
    const [picture] = pictures;
    expect(picture!.node).not.toBe(region());
    expect(picture!.inDocument).toBe(true);
    expect(picture!.text).toContain(title);
    expect(picture!.html).toContain('recharts-surface');
    expect(picture!.text).not.toContain('Tải xuống');
    expect(picture!.text).not.toContain('Bảng số liệu');
    expect(picture!.node.isConnected).toBe(false);

    const [blob, fileName] = save.mock.calls[0]!;
    expect(fileName).toBe('ho-so-theo-thang-2022.png');
    expect(blob.type).toBe('image/png');
    expect(within(region()).getByRole('button', { name: 'Tải xuống' })).toBeEnabled();
    // The page keeps one region of that name: the copy has left.
    expect(screen.getAllByRole('region', { name: title })).toHaveLength(1);
  });

  it('draws the whole table in the table view', async () => {
    catchDownloads();
    const pictures = catchPictures();
    const { user } = await renderWithProviders(<Card />);
    await user.click(within(region()).getByRole('radio', { name: 'Bảng số liệu' }));
    await user.click(within(region()).getByRole('button', { name: 'Tải xuống' }));
    await user.click(screen.getByRole('menuitem', { name: 'Tải ảnh PNG' }));
    await waitFor(() => expect(pictures).toHaveLength(1));
    const picture = pictures[0]!.node;
    expect(picture).toHaveAttribute('data-exporting');
    expect(within(picture).getAllByRole('row', { hidden: true })).toHaveLength(3);
    expect(pictures[0]!.text).toContain('4.977');
    expect(pictures[0]!.html).not.toContain('recharts-surface');
  });

  it('says so when the picture cannot be made, and keeps working', async () => {
    const save = catchDownloads();
    vi.mocked(toPng).mockRejectedValueOnce(new Error('tainted canvas'));
    const { user } = await renderWithProviders(<Card />);
    await user.click(within(region()).getByRole('button', { name: 'Tải xuống' }));
    await user.click(screen.getByRole('menuitem', { name: 'Tải ảnh PNG' }));
    expect(await within(region()).findByRole('alert')).toHaveTextContent('Không tạo được tệp tải xuống');
    expect(save).not.toHaveBeenCalled();
    expect(within(region()).getByRole('button', { name: 'Tải xuống' })).toBeEnabled();
  });

  it('keeps the chart height while loading, with exports and the table switch disabled', async () => {
    await renderWithProviders(<Card status="loading" height={320} />);
    expect(region()).toHaveAttribute('aria-busy', 'true');
    expect(region().querySelector('svg.recharts-surface')).toBeNull();
    const skeleton = region().querySelector<HTMLElement>('.mantine-Skeleton-root');
    // rem(320), as Mantine charts turn h={320} into.
    expect(skeleton?.style.getPropertyValue('--skeleton-height')).toBe(rem(320));
    expect(skeleton?.parentElement?.style.getPropertyValue('--chart-card-height')).toBe(rem(320));
    expect(within(region()).getByText('Đang tải biểu đồ…')).toBeInTheDocument();
    expect(within(region()).getByRole('button', { name: 'Tải xuống' })).toBeDisabled();
    expect(within(region()).getByRole('radio', { name: 'Bảng số liệu' })).toBeDisabled();
  });

  it('shows the error in place with "Thử lại" calling onRetry; the title stays', async () => {
    const onRetry = vi.fn();
    const { user } = await renderWithProviders(
      <Card status="error" error={new ApiError('server', 'boom', { status: 500 })} onRetry={onRetry} />,
    );
    const alert = within(region()).getByRole('alert');
    expect(alert).toHaveTextContent('Không tải được dữ liệu');
    expect(alert).toHaveTextContent('Máy chủ đang gặp sự cố');
    expect(within(region()).getByRole('heading', { name: title })).toBeInTheDocument();
    expect(within(region()).getByRole('button', { name: 'Tải xuống' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows a calm message when the period has no data, the caller’s own if given', async () => {
    const { rerender } = await renderWithProviders(<Card status="empty" />);
    expect(within(region()).getByText('Không có số liệu trong kỳ này')).toBeInTheDocument();
    expect(within(region()).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(region()).getByRole('button', { name: 'Tải xuống' })).toBeDisabled();
    rerender(<Card status="empty" emptyMessage="Chưa có đợt kiểm tra nào" />);
    expect(within(region()).getByText('Chưa có đợt kiểm tra nào')).toBeInTheDocument();
  });
});

describe('useChartFormatters', () => {
  function Probe() {
    const f = useChartFormatters();
    const shown = [f.number(4977), f.percent(0.986), f.percentAxis(0.95), f.month('2023-03'), f.number(null), f.percent(Number.NaN)];
    return <output>{shown.join(' | ')}</output>;
  }

  it('formats numbers, rates and months for charts in Vietnamese', async () => {
    await renderWithProviders(<Probe />);
    expect(screen.getByRole('status')).toHaveTextContent('4.977 | 98,6 % | 95 % | T3/2023 | — | —');
  });

  it('and in English', async () => {
    await renderWithProviders(<Probe />, { language: 'en' });
    expect(screen.getByRole('status')).toHaveTextContent('4,977 | 98.6% | 95% | 03/2023 | — | —');
  });
});
