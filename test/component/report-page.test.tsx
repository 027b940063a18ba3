import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../setup/render-route';

vi.mock('@mantine/charts', async (importOriginal) => (await import('../setup/chart-drawing')).undrawnCharts(await importOriginal()));

const slow = { timeout: 15_000 };
const URL_2022 = '?from=2022-01&to=2022-12&unit=huyen-thuong-tin';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function openReport(search = URL_2022) {
  const app = await renderRoute('/bao-cao', { url: `/bao-cao${search}` });
  const doc = await screen.findByRole('article', { name: 'Báo cáo kết quả CCHC (bản in)' }, slow);
  return { ...app, doc };
}

describe('Báo cáo', () => {
  it('lays out the 2022 report of the district one-stop office as a Decree 30 document', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { doc, user } = await openReport();
    expect(within(doc).getByText('UBND HUYỆN THƯỜNG TÍN')).toBeInTheDocument();
    expect(within(doc).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(within(doc).getByText('Độc lập - Tự do - Hạnh phúc')).toBeInTheDocument();
    expect(within(doc).getByText(/^Thường Tín, ngày \d{2} tháng \d{1,2} năm \d{4}$/)).toBeInTheDocument();
    expect(within(doc).getByText('Số:        /BC-UBND', { normalizer: (s) => s })).toBeInTheDocument();
    expect(within(doc).getByRole('heading', { level: 1, name: 'BÁO CÁO' })).toBeInTheDocument();
    expect(within(doc).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'I. Tình hình chung và kết quả giải quyết hồ sơ thủ tục hành chính',
      'II. Công tác kiểm tra cải cách hành chính',
      'III. Chuyển đổi số',
      'IV. Đề xuất, kiến nghị',
    ]);
    // The period's figures, as the overview's cards give them (4.977 received, 100,0 % on time).
    expect(within(doc).getByText(/^Trong kỳ tiếp nhận 4\.977 hồ sơ, .*\(tỷ lệ 100,0 %\)/)).toBeInTheDocument();
    const table = within(doc).getByRole('table', { name: 'Bảng 1. Kết quả giải quyết hồ sơ TTHC theo đơn vị' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Trước và đúng hạn', 'Quá hạn', 'Đang giải quyết', 'Tỷ lệ đúng hạn',
    ]);
    const officeRow = within(table).getByRole('rowheader', { name: 'Bộ phận một cửa cấp huyện' }).closest('tr')!;
    expect(officeRow.querySelectorAll('td')[1]?.textContent).toBe('4.977');
    expect(within(doc).getByRole('img', { name: 'Biểu đồ: số hồ sơ tiếp nhận theo tháng' })).toBeInTheDocument();

    // Signature block and recipients.
    const signature = within(doc).getByRole('group', { name: 'CHỦ TỊCH' });
    expect(signature).toHaveTextContent('TM. ỦY BAN NHÂN DÂN');
    expect(signature).toHaveTextContent('(Ký, ghi rõ họ tên, đóng dấu)');
    expect(within(doc).getByText('Nơi nhận:')).toBeInTheDocument();
    expect(within(doc).getByText('- Lưu: VT, Văn phòng CCHC.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'In / Lưu PDF' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('writes the same summary paragraph as Tổng quan for the same period and unit', async () => {
    await renderRoute('/', { url: `/${URL_2022}` });
    const region = await screen.findByRole('region', { name: 'Tóm tắt tình hình' }, slow);
    await waitFor(() => expect(region.querySelector('p')?.textContent ?? '').toMatch(/4\.977/), slow);
    const overviewSummary = squash(region.querySelector('p')?.textContent);
    cleanup();

    const { doc } = await openReport();
    const reportSummary = squash(within(doc).getByTestId('report-summary').textContent);
    expect(reportSummary).toBe(overviewSummary);
  });

  it('counts the remediation actions and lists the overdue ones for every unit in 2023', async () => {
    const { doc } = await openReport('?from=2023-01&to=2023-12&unit=all');
    const section = within(doc).getByRole('heading', { level: 2, name: 'II. Công tác kiểm tra cải cách hành chính' }).closest('section')!;
    const intro = within(section).getByText(/^Tính đến ngày 31\/12\/2023, có \d+ kiến nghị khắc phục/);
    const total = Number(/có (\d+) kiến nghị/.exec(intro.textContent ?? '')?.[1]);
    const states = within(section).getAllByRole('listitem').map((li) => Number(/: (\d+)$/.exec(li.textContent ?? '')?.[1]));
    expect(states).toHaveLength(5);
    expect(states.reduce((a, b) => a + b, 0)).toBe(total);
    // The overdue ones on that day are listed, one row each (up to 15).
    const overdue = states[2]!;
    expect(overdue).toBeGreaterThan(0);
    const table = within(section).getByRole('table', { name: 'Bảng 2. Kiến nghị khắc phục quá hạn' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + Math.min(15, overdue));
  });
});

