import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getInspection, patchInspection } from '../../src/api/inspections';
import { renderRoute } from '../setup/render-route';

const PAGE = '/kiem-tra';

async function openList(url: string, user: 'lanhdao' | 'kiemtra' | 'kiemtra2' | 'vanphong' = 'kiemtra') {
  const app = await renderRoute(PAGE, { url, user });
  await screen.findByText(LIST_CAPTION, {}, { timeout: 20_000 });
  return app;
}

const LIST_CAPTION = 'Các cuộc kiểm tra theo bộ lọc, ngày dự kiến gần nhất trước';
/** The list's table, found by its caption (a role query over the whole page is slow in jsdom). */
const listTable = () => screen.getByText(LIST_CAPTION).closest('table')!;
/** The body rows of the list (each has a row header: the commune). */
const listRows = () => within(listTable()).getAllByRole('row').slice(1);

afterEach(() => server.events.removeAllListeners());

describe('Kiểm tra: the list and its filters', () => {
  it('shows the 14 inspections of 2025 by default, and the filters change the rows and the URL', async () => {
    const { user, currentUrl } = await openList(PAGE);
    expect(listRows()).toHaveLength(14);
    expect(screen.getByText('14 cuộc kiểm tra')).toBeInTheDocument();

    const first = listRows().find((r) => within(r).queryByRole('link', { name: /Nguyễn Trãi$/ }))!;
    expect(within(first).getByRole('rowheader')).toHaveTextContent('Xã Nguyễn Trãi');
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Kiểm tra công tác CCHC năm 2025 tại UBND xã Nguyễn Trãi',
      '13/11/2025',
      'Đoàn kiểm tra CCHC số 2',
      'Kế hoạch',
      '',
      '',
    ]);
    expect(within(first).getByRole('link')).toHaveAttribute('href', '/kiem-tra/insp-2025-14');

    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Kế hoạch' }));
    await waitFor(() => expect(listRows()).toHaveLength(7));
    expect(currentUrl()).toContain('status=planned');

    await user.click(screen.getByRole('combobox', { name: 'Đoàn kiểm tra' }));
    await user.click(await screen.findByRole('option', { name: 'Đoàn kiểm tra CCHC số 1' }));
    await waitFor(() => expect(listRows()).toHaveLength(3));
    expect(currentUrl()).toContain('team=doan-1');
  });

  it('reads year, status and commune from the URL; a finalised inspection shows its score', async () => {
    await openList(`${PAGE}?year=all&unit=xa-van-nhat`);
    // Only the one inspection of Vạn Nhất (the 2025 merged unit), finalised, with its total score.
    const rows = listRows();
    expect(rows).toHaveLength(1);
    const cells = within(rows[0]!).getAllByRole('cell');
    expect(cells[3]).toHaveTextContent('Đã hoàn thành');
    expect(cells[4]!.textContent).toMatch(/^\d{1,3},\d\u00a0%$/);
  });

  it('reads a past year and a status from the URL', async () => {
    await openList(`${PAGE}?year=2024&status=finalised`);
    expect(listRows()).toHaveLength(15);
    expect(screen.getByRole('combobox', { name: 'Năm' })).toHaveValue('2024');
    expect(screen.getByRole('combobox', { name: 'Trạng thái' })).toHaveValue('Đã hoàn thành');
  });

  it('a leader sees the list but no "Lập kế hoạch" button and no edit control', async () => {
    await openList(`${PAGE}?status=planned`, 'lanhdao');
    expect(listRows()).toHaveLength(7);
    expect(screen.queryByRole('button', { name: 'Lập kế hoạch' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Sửa kế hoạch/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Thao tác' })).not.toBeInTheDocument();
  });

  it('an inspector gets edit controls only on their own team’s planned inspections', async () => {
    await openList(`${PAGE}?status=planned`, 'kiemtra');
    expect(screen.getAllByRole('button', { name: /^Sửa kế hoạch/ })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Sửa kế hoạch: Kiểm tra công tác CCHC năm 2025 tại UBND xã Hiền Giang' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa kế hoạch: Kiểm tra công tác CCHC năm 2025 tại UBND xã Văn Tự' })).not.toBeInTheDocument();
  });
});

describe('Kiểm tra: coverage and calendar', () => {
  it('names the two communes not inspected for two years, with a badge in words', async () => {
    await renderRoute(PAGE, { url: `${PAGE}?view=coverage`, user: 'lanhdao' });
    const table = (await screen.findByText('Lần kiểm tra gần nhất của từng xã, thị trấn; đơn vị chưa được kiểm tra trong 2 năm đứng đầu', {}, { timeout: 20_000 })).closest('table')!;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(27);
    expect(within(table).getAllByText('Chưa được kiểm tra trong 2 năm')).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Xã Nguyễn Trãi');
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['13/03/2023', 'Chưa được kiểm tra trong 2 năm', '13/11/2025']);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Xã Hiền Giang');
    expect(screen.getByText('2 xã, thị trấn chưa được kiểm tra trong 2 năm (tính đến 05/07/2025): Xã Nguyễn Trãi, Xã Hiền Giang.')).toBeInTheDocument();
  });

  it('shows August 2025’s two planned visits as links, and the arrow keys move between days', async () => {
    const { user, currentUrl } = await renderRoute(PAGE, { url: `${PAGE}?view=calendar&month=2025-08`, user: 'lanhdao' });
    const table = (await screen.findByText(/^Lịch kiểm tra tháng 08\/2025:/, {}, { timeout: 20_000 })).closest('table')!;
    expect(screen.getByText('2 cuộc kiểm tra trong tháng 08/2025')).toBeInTheDocument();
    const day14 = within(table).getByRole('cell', { name: 'Ngày 14/08/2025, 1 cuộc kiểm tra' });
    expect(within(day14).getByRole('link', { name: 'Xã Văn Tự, Kế hoạch' })).toHaveAttribute('href', '/kiem-tra/insp-2025-08');
    expect(within(table).getByRole('cell', { name: 'Ngày 27/08/2025, 1 cuộc kiểm tra' })).toBeInTheDocument();
    // The first day with a visit is the grid's one tab stop.
    expect(day14).toHaveAttribute('tabindex', '0');
    day14.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(table).getByRole('cell', { name: 'Ngày 21/08/2025' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(table).getByRole('cell', { name: 'Ngày 22/08/2025' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Tháng sau' }));
    expect(await screen.findByText(/^Lịch kiểm tra tháng 09\/2025:/)).toBeInTheDocument();
    expect(currentUrl()).toContain('month=2025-09');
    expect(await screen.findByText('2 cuộc kiểm tra trong tháng 09/2025')).toBeInTheDocument();
  });
});

describe('Kiểm tra: the plan form', () => {
  it('says at each field what is missing, and sends nothing', async () => {
    let posts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/inspections')) posts++;
    });
    const { user } = await openList(PAGE);
    await user.click(screen.getByRole('button', { name: 'Lập kế hoạch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lập kế hoạch kiểm tra' });
    // All seven areas are in scope by default.
    expect(within(dialog).getAllByRole('checkbox', { checked: true })).toHaveLength(7);
    for (const box of within(dialog).getAllByRole('checkbox')) await user.click(box);
    await user.type(within(dialog).getByRole('textbox', { name: /Tên cuộc kiểm tra/ }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kế hoạch' }));
    expect(within(dialog).getByText('Chọn đơn vị được kiểm tra')).toBeInTheDocument();
    expect(within(dialog).getByText('Nhập tên cuộc kiểm tra')).toBeInTheDocument();
    expect(within(dialog).getByText('Nhập ngày dự kiến')).toBeInTheDocument();
    expect(within(dialog).getByText('Chọn ít nhất một lĩnh vực kiểm tra')).toBeInTheDocument();
    // The first field to mend is a select: it is brought into view, not focused (which would open its list).
    expect(within(dialog).getByRole('combobox', { name: /Đơn vị được kiểm tra/ })).not.toHaveFocus();
    // kiemtra is in one team only: it is chosen for them.
    expect(within(dialog).queryByText('Chọn đoàn kiểm tra')).not.toBeInTheDocument();
    expect(posts).toBe(0);
  });

  it('creates an inspection once on a double click, tells so, and it appears in the list', async () => {
    let posts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/inspections')) posts++;
    });
    const { user } = await openList(PAGE);
    await user.click(screen.getByRole('button', { name: 'Lập kế hoạch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lập kế hoạch kiểm tra' });
    await user.click(within(dialog).getByRole('combobox', { name: /Đơn vị được kiểm tra/ }));
    await user.click(await screen.findByRole('option', { name: 'Xã Hà Hồi' }));
    expect(within(dialog).getByRole('textbox', { name: /Tên cuộc kiểm tra/ })).toHaveValue('Kiểm tra công tác CCHC năm 2025 tại UBND xã Hà Hồi');
    fireEvent.change(within(dialog).getByLabelText(/Ngày dự kiến/), { target: { value: '2025-12-03' } });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cải cách tài chính công' }));
    const save = within(dialog).getByRole('button', { name: 'Lưu kế hoạch' });
    await user.dblClick(save);
    expect(await screen.findByText('Đã lập kế hoạch “Kiểm tra công tác CCHC năm 2025 tại UBND xã Hà Hồi”.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Lập kế hoạch kiểm tra' })).not.toBeInTheDocument());
    await waitFor(() => expect(listRows()).toHaveLength(15));
    expect(posts).toBe(1);
    const row = listRows().find((r) => within(r).queryByRole('link', { name: 'Kiểm tra công tác CCHC năm 2025 tại UBND xã Hà Hồi' }))!;
    expect(within(row).getAllByRole('cell').slice(1, 4).map((c) => c.textContent)).toEqual(['03/12/2025', 'Đoàn kiểm tra CCHC số 1', 'Kế hoạch']);
    // The first row: the latest planned date.
    expect(listRows()[0]).toBe(row);
  });

  it('shows the server’s 422 message at its field and keeps what was typed', async () => {
    server.use(
      http.post('*/api/inspections', () =>
        HttpResponse.json(
          { error: { code: 'validation', message: 'Dữ liệu không hợp lệ', fields: { plannedDate: ['Ngày dự kiến trùng với một cuộc kiểm tra khác của đơn vị'] } } },
          { status: 422 },
        ),
      ),
    );
    const { user } = await openList(PAGE);
    await user.click(screen.getByRole('button', { name: 'Lập kế hoạch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lập kế hoạch kiểm tra' });
    await user.click(within(dialog).getByRole('combobox', { name: /Đơn vị được kiểm tra/ }));
    await user.click(await screen.findByRole('option', { name: 'Xã Hà Hồi' }));
    const title = within(dialog).getByRole('textbox', { name: /Tên cuộc kiểm tra/ });
    await user.clear(title);
    await user.type(title, 'Kiểm tra đột xuất 🙂 Hà Hồi');
    fireEvent.change(within(dialog).getByLabelText(/Ngày dự kiến/), { target: { value: '2025-12-03' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kế hoạch' }));
    expect(await within(dialog).findByText('Ngày dự kiến trùng với một cuộc kiểm tra khác của đơn vị')).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Kiểm tra lại các ô được đánh dấu.');
    expect(title).toHaveValue('Kiểm tra đột xuất 🙂 Hà Hồi');
    expect(within(dialog).getByLabelText(/Ngày dự kiến/)).toHaveValue('2025-12-03');
    expect(within(dialog).getByLabelText(/Ngày dự kiến/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('a stale version keeps the typing, says the record changed, and offers to load it', async () => {
    const { user } = await openList(`${PAGE}?status=planned`);
    await user.click(screen.getByRole('button', { name: 'Sửa kế hoạch: Kiểm tra công tác CCHC năm 2025 tại UBND xã Hiền Giang' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa kế hoạch kiểm tra' });
    // Someone else saves first.
    const current = await getInspection('insp-2025-09');
    await patchInspection('insp-2025-09', { version: current.version, plannedDate: '2025-08-28' });
    const title = within(dialog).getByRole('textbox', { name: /Tên cuộc kiểm tra/ });
    await user.clear(title);
    await user.type(title, 'Kiểm tra lại xã Hiền Giang');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kế hoạch' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cuộc kiểm tra vừa được người khác sửa. Nội dung bạn nhập vẫn còn');
    expect(title).toHaveValue('Kiểm tra lại xã Hiền Giang');
    await user.click(within(dialog).getByRole('button', { name: 'Tải bản mới nhất' }));
    expect(title).toHaveValue('Kiểm tra công tác CCHC năm 2025 tại UBND xã Hiền Giang');
    expect(within(dialog).getByLabelText(/Ngày dự kiến/)).toHaveValue('2025-08-28');
  });

  it('cancels after a confirmation, and deletes a planned one after another', async () => {
    const { user } = await openList(`${PAGE}?status=planned`);
    await user.click(screen.getByRole('button', { name: 'Hủy cuộc kiểm tra: Kiểm tra công tác CCHC năm 2025 tại UBND xã Hiền Giang' }));
    const confirm = await screen.findByRole('dialog', { name: 'Hủy cuộc kiểm tra?' });
    await user.click(within(confirm).getByRole('button', { name: 'Hủy cuộc kiểm tra' }));
    expect(await screen.findByText('Đã hủy cuộc kiểm tra “Kiểm tra công tác CCHC năm 2025 tại UBND xã Hiền Giang”.')).toBeInTheDocument();
    await waitFor(() => expect(listRows()).toHaveLength(6));
    expect((await getInspection('insp-2025-09')).status).toBe('cancelled');

    await user.click(screen.getByRole('button', { name: 'Xóa kế hoạch: Kiểm tra công tác CCHC năm 2025 tại UBND xã Hồng Vân' }));
    const confirmDelete = await screen.findByRole('dialog', { name: 'Xóa kế hoạch kiểm tra?' });
    await user.click(within(confirmDelete).getByRole('button', { name: 'Xóa kế hoạch' }));
    expect(await screen.findByText('Đã xóa kế hoạch “Kiểm tra công tác CCHC năm 2025 tại UBND xã Hồng Vân”.')).toBeInTheDocument();
    await waitFor(() => expect(listRows()).toHaveLength(5));
    await expect(getInspection('insp-2025-11')).rejects.toMatchObject({ kind: 'not_found' });
  });
});
