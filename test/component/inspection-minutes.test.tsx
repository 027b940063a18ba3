import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { i18n } from '../../src/i18n';
import { renderRoute, type DemoUser } from '../setup/render-route';

const pattern = '/kiem-tra/:inspectionId/bien-ban';

async function openMinutes(inspectionId: string, user: DemoUser) {
  const app = await renderRoute(pattern, { url: `/kiem-tra/${inspectionId}/bien-ban`, user });
  return app;
}

/** The cells' text of the row of `table` whose text contains `text`. */
function rowCells(table: HTMLElement, text: string): string[] {
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.textContent?.includes(text));
  if (!row) throw new Error(`no row with "${text}"`);
  // Cells and row headers in order (a row's header is its area or its label).
  return [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
}

describe('Biên bản kiểm tra', () => {
  it('lays out the finalised insp-2023-01 as Decree 30 minutes: header, title, results, findings and deadlines', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = await openMinutes('insp-2023-01', 'kiemtra');
    const doc = await screen.findByRole('article', { name: 'Biên bản kiểm tra — bản để in' }, { timeout: 10_000 });

    // Letterhead: issuing body and team on the left, the national motto and the place and date on the right.
    expect(within(doc).getByText('UBND HUYỆN THƯỜNG TÍN')).toBeInTheDocument();
    expect(within(doc).getByText('ĐOÀN KIỂM TRA CCHC SỐ 1')).toBeInTheDocument();
    expect(within(doc).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(within(doc).getByText('Độc lập - Tự do - Hạnh phúc')).toBeInTheDocument();
    expect(within(doc).getByText('Thường Tín, ngày 14 tháng 3 năm 2023')).toBeInTheDocument();

    expect(within(doc).getByRole('heading', { level: 1, name: 'BIÊN BẢN KIỂM TRA' })).toBeInTheDocument();
    expect(within(doc).getByText('Công tác cải cách hành chính tại UBND xã Nguyễn Trãi')).toBeInTheDocument();
    expect(within(doc).getByText('Thời gian: từ ngày 13/03/2023 đến ngày 14/03/2023.')).toBeInTheDocument();
    // A signed record: no draft mark.
    expect(within(doc).queryByText('DỰ THẢO')).not.toBeInTheDocument();

    // Numbered sections.
    expect(within(doc).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'I. Thời gian, địa điểm',
      'II. Thành phần',
      'III. Kết quả kiểm tra theo lĩnh vực',
      'IV. Ưu điểm, điển hình, sáng kiến',
      'V. Tồn tại, hạn chế và nguyên nhân',
      'VI. Kiến nghị',
    ]);

    const results = within(doc).getByRole('table', { name: 'Bảng 1. Kết quả chấm điểm theo lĩnh vực' });
    expect(rowCells(results, 'Cải cách thủ tục hành chính')).toEqual(['3', 'Cải cách thủ tục hành chính', '4/6', '10/13', '76,9\u00a0%']);
    expect(rowCells(results, 'Tổng cộng')).toEqual(['', 'Tổng cộng', '25/29', '39/44', '88,6\u00a0%']);

    // A finding with its cause, and the deadline of the action that follows from it.
    expect(within(doc).getByRole('heading', { level: 3, name: '2. Trang thiết bị tại bộ phận một cửa còn thiếu' })).toBeInTheDocument();
    expect(within(doc).getByText('Kinh phí đầu tư trang thiết bị hạn chế')).toBeInTheDocument();
    const recommendations = within(doc).getByRole('table', { name: 'Bảng 2. Kiến nghị khắc phục' });
    expect(rowCells(recommendations, 'Bố trí kinh phí trang bị máy quét')).toEqual([
      '2',
      'Bố trí kinh phí trang bị máy quét, máy tính tra cứu tại bộ phận một cửa',
      '2',
      'UBND xã Nguyễn Trãi',
      'Chủ tịch UBND xã',
      '14/08/2023',
    ]);

    // Signature blocks and recipients.
    expect(within(doc).getByText('TRƯỞNG ĐOÀN KIỂM TRA')).toBeInTheDocument();
    expect(within(doc).getByText('ĐẠI DIỆN UBND XÃ NGUYỄN TRÃI')).toBeInTheDocument();
    expect(within(doc).getByText('Nơi nhận:')).toBeInTheDocument();

    // The title names the minutes, the commune and the day: a browser offers it as the PDF's file name.
    expect(document.title).toBe('Biên bản kiểm tra · Xã Nguyễn Trãi · 14/03/2023');
    expect(screen.getByRole('link', { name: 'Về hồ sơ cuộc kiểm tra' })).toHaveAttribute('href', '/kiem-tra/insp-2023-01');
    await user.click(screen.getByRole('button', { name: 'In / Lưu PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('marks the minutes of an inspection still in progress as a draft, for a leader too', async () => {
    await openMinutes('insp-2025-07', 'lanhdao');
    const doc = await screen.findByRole('article', { name: 'Biên bản kiểm tra — bản để in' }, { timeout: 10_000 });
    expect(within(doc).getByRole('note')).toHaveTextContent('DỰ THẢO');
    expect(screen.getByText('Bản dự thảo')).toBeInTheDocument();
    // No action yet: the recommendations section says so.
    expect(within(doc).getByText('Không có kiến nghị.')).toBeInTheDocument();
  });

  it('says so for an unknown inspection id', async () => {
    await openMinutes('insp-khong-co', 'vanphong');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy cuộc kiểm tra' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Không có cuộc kiểm tra mã «insp-khong-co»');
    expect(screen.getByRole('link', { name: 'Về danh sách cuộc kiểm tra' })).toHaveAttribute('href', '/kiem-tra');
  });

  it('shows a failed load with "Thử lại", and the minutes once the retry succeeds', async () => {
    let fail = true;
    server.use(
      http.get('*/api/actions', () => (fail ? HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }) : undefined)),
    );
    const { user } = await openMinutes('insp-2023-01', 'kiemtra');
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Không tải được biên bản');
    expect(screen.getByRole('button', { name: 'In / Lưu PDF' })).toBeDisabled();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    const doc = await screen.findByRole('article', { name: 'Biên bản kiểm tra — bản để in' }, { timeout: 10_000 });
    expect(within(doc).getByText('14/08/2023')).toBeInTheDocument();
  });

  it('speaks English when switched, the data staying as recorded', async () => {
    await openMinutes('insp-2023-01', 'kiemtra2');
    await screen.findByRole('article', { name: 'Biên bản kiểm tra — bản để in' }, { timeout: 10_000 });
    await act(() => i18n.changeLanguage('en'));
    const doc = await screen.findByRole('article', { name: 'Inspection minutes — print version' }, { timeout: 10_000 });
    expect(within(doc).getByRole('heading', { level: 1, name: 'INSPECTION MINUTES' })).toBeInTheDocument();
    expect(within(doc).getByText('Thường Tín, 14/3/2023')).toBeInTheDocument();
    const recommendations = within(doc).getByRole('table', { name: 'Table 2. Recommendations' });
    expect(rowCells(recommendations, 'Bố trí kinh phí')).toContain('14/08/2023');
    expect(rowCells(within(doc).getByRole('table', { name: 'Table 1. Scores by area' }), 'Total')).toContain('88.6%');
    // The recorded Vietnamese text is marked as such for screen readers.
    expect(within(doc).getByText('Trang thiết bị tại bộ phận một cửa còn thiếu')).toHaveAttribute('lang', 'vi');
  });
});
