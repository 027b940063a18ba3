import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { findAction, listInspections, saveAction } from '../../mocks/store';
import { i18n } from '../../src/i18n';
import { renderRoute, type DemoUser } from '../setup/render-route';

// Waits for the page's queries: longer than Testing Library's default on a busy machine.
const slow = { timeout: 10_000 };

async function openTracker(url: string, user: DemoUser = 'lanhdao') {
  const app = await renderRoute('/khac-phuc', { url, user });
  await screen.findByRole('table', { name: /^Kiến nghị khắc phục/ }, slow);
  // The inspections are in (their titles name the links): an inspector's moves depend on their teams.
  await screen.findAllByRole('link', { name: /^Cuộc kiểm tra:/ }, slow);
  return app;
}

/** The count buttons at the top, as "word: number" pairs. */
function counts() {
  const group = screen.getByRole('group', { name: 'Số kiến nghị theo trạng thái' });
  return within(group)
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label')?.replace(/ kiến nghị\..*$/, ''));
}

/** The four fixed actions of the seed, all of Ninh Sở (team 2). */
const ninhSoFixed = ['act-2025-04-1-1', 'act-2025-04-2-1', 'act-2025-04-3-1', 'act-2025-04-4-1'];

/** The required note's message, said at the field (Mantine puts it in the field's description). */
const noteRequired = expect.stringContaining('Nhập nội dung: bước này cần ghi rõ');

const table = () => screen.getByRole('table', { name: /^Kiến nghị khắc phục/ });
const caption = () => table().querySelector('caption')?.textContent;
/** The rows of actions (not the header, not an opened history row). */
const actionRows = () => within(table()).getAllByRole('row').filter((r) => within(r).queryByRole('button', { name: /^Xem lịch sử/ }));

describe('Khắc phục: the actions of every inspection, counted and filtered', () => {
  it('counts every seeded action by status with the overdue ones apart, the most overdue first, and a leader has no move control', async () => {
    await openTracker('/khac-phuc');
    expect(screen.getByRole('group', { name: 'Số kiến nghị theo trạng thái' })).toHaveTextContent(/^Tổng cộng289/);
    expect(counts()).toEqual(['Chưa thực hiện: 12', 'Đang thực hiện: 19', 'Đã khắc phục: 4', 'Đã xác minh: 254', 'Quá hạn: 17']);
    expect(caption()).toBe('Kiến nghị khắc phục: 20 trong 289 kiến nghị đúng bộ lọc, trang 1/15');
    // The overdue ones first, the most overdue at the top, as a word with its days (not colour alone).
    const first = actionRows()[0]!;
    expect(first).toHaveTextContent('Xã Vân Tảo');
    expect(first).toHaveTextContent('15/07/2020');
    expect(within(first).getByText('Quá hạn 1.816 ngày')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: /^Cuộc kiểm tra:/ })).toHaveAttribute('href', '/kiem-tra/insp-2020-06');
    // A leader reads everything and moves nothing.
    expect(screen.getByText('Bạn chỉ được xem: lãnh đạo theo dõi, không cập nhật trạng thái kiến nghị.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Cập nhật trạng thái/ })).not.toBeInTheDocument();
  });

  it('filters by the URL: one commune, "chỉ quá hạn", a due range and a status, each with exact counts', async () => {
    const { user, currentUrl } = await openTracker('/khac-phuc?commune=xa-ninh-so');
    expect(counts()).toEqual(['Chưa thực hiện: 0', 'Đang thực hiện: 1', 'Đã khắc phục: 4', 'Đã xác minh: 8', 'Quá hạn: 0']);
    expect(actionRows()).toHaveLength(13);
    expect(actionRows().every((r) => r.textContent?.includes('Xã Ninh Sở'))).toBe(true);

    // The status count is a filter button: pressed, it narrows the table and goes into the URL.
    await user.click(screen.getByRole('button', { name: /^Đã khắc phục: 4 kiến nghị/ }));
    await waitFor(() => expect(actionRows()).toHaveLength(4));
    expect(currentUrl()).toBe('/khac-phuc?commune=xa-ninh-so&status=fixed');
    expect(screen.getByRole('button', { name: /^Đã khắc phục: 4 kiến nghị/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows only the overdue actions, and unticking "chỉ quá hạn" takes the filter out of the URL', async () => {
    const { user, currentUrl } = await openTracker('/khac-phuc?overdue=1');
    expect(caption()).toBe('Kiến nghị khắc phục: 17 trong 17 kiến nghị đúng bộ lọc, trang 1/1');
    expect(counts()).toEqual(['Chưa thực hiện: 8', 'Đang thực hiện: 9', 'Đã khắc phục: 0', 'Đã xác minh: 0', 'Quá hạn: 17']);
    expect(actionRows().every((r) => within(r).queryByText(/^Quá hạn \d/))).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ quá hạn' }));
    await waitFor(() => expect(currentUrl()).toBe('/khac-phuc'));
    expect(actionRows()).toHaveLength(20);
  });

  it('takes a due range from the URL as dd/mm/yyyy, and a day typed wrong is said at its field and kept', async () => {
    const { user, currentUrl } = await openTracker('/khac-phuc?dueFrom=2024-01-01&dueTo=2024-12-31');
    expect(counts()).toEqual(['Chưa thực hiện: 0', 'Đang thực hiện: 0', 'Đã khắc phục: 0', 'Đã xác minh: 46', 'Quá hạn: 0']);
    const from = screen.getByRole('textbox', { name: 'Hạn từ ngày' });
    const to = screen.getByRole('textbox', { name: 'đến ngày' });
    expect(from).toHaveValue('01/01/2024');
    expect(to).toHaveValue('31/12/2024');

    await user.clear(to);
    await user.type(to, '30/02/2025{Enter}');
    expect(to).toHaveAccessibleDescription('Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 31/12/2024');
    expect(to).toHaveValue('30/02/2025');
    expect(currentUrl()).toBe('/khac-phuc?dueFrom=2024-01-01&dueTo=2024-12-31');

    await user.clear(to);
    await user.type(to, '5/7/2025{Enter}');
    await waitFor(() => expect(currentUrl()).toBe('/khac-phuc?dueFrom=2024-01-01&dueTo=2025-07-05'));
    // Two of Ninh Sở's fixed actions are due 12/06/2025, the other two 12/07/2025, after the range.
    expect(counts()).toEqual(['Chưa thực hiện: 2', 'Đang thực hiện: 1', 'Đã khắc phục: 2', 'Đã xác minh: 60', 'Quá hạn: 3']);
  });

  it('speaks English too', async () => {
    await openTracker('/khac-phuc?commune=xa-ninh-so');
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Remediation tracker' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Fixed: 4 actions/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /^Remediation actions: 13 of 13/ })).toBeInTheDocument();
  });

  it('opens an action’s history: who by post, when, from → to and the note', async () => {
    const { user } = await openTracker('/khac-phuc?commune=xa-ninh-so&status=fixed', 'kiemtra2');
    const row = actionRows()[0]!;
    const toggle = within(row).getByRole('button', { name: /^Xem lịch sử/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const history = screen.getByRole('table', { name: 'Lịch sử cập nhật' });
    const lines = within(history).getAllByRole('row').map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(lines[1]?.slice(1)).toEqual(['Thành viên Đoàn kiểm tra số 2 (bạn)', 'Giao kiến nghị: Chưa thực hiện', 'Giao kiến nghị theo biên bản kiểm tra']);
    expect(lines.at(-1)?.slice(1)).toEqual([
      'Thành viên Đoàn kiểm tra số 2 (bạn)',
      'Đang thực hiện → Đã khắc phục',
      'Đơn vị báo cáo đã khắc phục, gửi kèm minh chứng',
    ]);
  });
});

describe('Khắc phục: moves by role', () => {
  it('the secretariat sees "Xác minh" on a fixed action, and sending it back needs a reason, said at the field', async () => {
    const { user } = await openTracker('/khac-phuc?commune=xa-ninh-so&status=fixed', 'vanphong');
    const row = actionRows()[0]!;
    await user.click(within(row).getByRole('button', { name: /^Cập nhật trạng thái/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Cập nhật trạng thái kiến nghị' });
    expect(within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['verified', 'in_progress']);
    expect(within(dialog).getByRole('radio', { name: /^Xác minh/ })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: /^Trả lại, chưa đạt/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Lý do trả lại/ });
    expect(reason).toHaveAccessibleDescription(noteRequired);
    // Whitespace only is no reason either.
    await user.type(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(reason).toHaveAccessibleDescription(noteRequired);

    await user.type(reason, 'Minh chứng chưa đủ: thiếu quyết định <img src=x onerror=alert(1)>');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), slow);
    expect(await screen.findByText('Đã cập nhật kiến nghị')).toBeInTheDocument();
    // Sent back: in progress now, so the fixed filter holds three; due 12/06/2025, it is overdue again.
    await waitFor(() => expect(actionRows()).toHaveLength(3), slow);
    expect(counts()).toEqual(['Chưa thực hiện: 0', 'Đang thực hiện: 2', 'Đã khắc phục: 3', 'Đã xác minh: 8', 'Quá hạn: 1']);
    const sentBack = ninhSoFixed.map((id) => findAction(id)!).filter((a) => a.status === 'in_progress');
    expect(sentBack).toHaveLength(1);
    expect(sentBack[0]?.history.at(-1)).toMatchObject({
      by: 'u-vanphong',
      from: 'fixed',
      to: 'in_progress',
      note: 'Minh chứng chưa đủ: thiếu quyết định <img src=x onerror=alert(1)>',
    });
  });

  it('an inspector of another team has no move on those actions, and an inspector never sees "Xác minh"', async () => {
    await openTracker('/khac-phuc?status=fixed', 'kiemtra');
    expect(actionRows()).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /^Cập nhật trạng thái/ })).not.toBeInTheDocument();
  });

  it('an inspector of the team reports an action fixed, the note required, and cannot verify', async () => {
    const { user } = await openTracker('/khac-phuc?commune=xa-ninh-so', 'kiemtra2');
    // Its team's fixed actions offer no move to an inspector (verifying is the secretariat's).
    const fixedRows = actionRows().filter((r) => r.textContent?.includes('Đã khắc phục'));
    expect(fixedRows).toHaveLength(4);
    expect(fixedRows.every((r) => !within(r).queryByRole('button', { name: /^Cập nhật trạng thái/ }))).toBe(true);

    const open = actionRows().find((r) => r.textContent?.includes('Đang thực hiện'))!;
    await user.click(within(open).getByRole('button', { name: /^Cập nhật trạng thái/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Cập nhật trạng thái kiến nghị' });
    expect(within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['fixed']);
    expect(within(dialog).queryByRole('radio', { name: /^Xác minh/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(within(dialog).getByRole('textbox', { name: /^Nội dung đã khắc phục/ })).toHaveAccessibleDescription(noteRequired);
  });

  it('a forced move on another team’s action gets the 403 and its message, and the note stays', async () => {
    // A stale list says the other team's inspection is this inspector's: the UI offers the move, the API refuses it.
    server.use(
      http.get('*/inspections', () =>
        HttpResponse.json(listInspections().map((i) => (i.id === 'insp-2025-04' ? { ...i, teamId: 'doan-1' } : i))),
      ),
    );
    const { user } = await openTracker('/khac-phuc?commune=xa-ninh-so&status=in_progress', 'kiemtra');
    const row = actionRows()[0]!;
    await user.click(within(row).getByRole('button', { name: /^Cập nhật trạng thái/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Cập nhật trạng thái kiến nghị' });
    const note = within(dialog).getByRole('textbox', { name: /^Nội dung đã khắc phục/ });
    await user.type(note, 'Đã niêm yết lại bộ TTHC');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByRole('alert', {}, slow)).toHaveTextContent(
      'Bạn không có quyền cập nhật kiến nghị này. Bạn chỉ được cập nhật kiến nghị của cuộc kiểm tra do đoàn mình thực hiện',
    );
    expect(note).toHaveValue('Đã niêm yết lại bộ TTHC');
    expect(findAction('act-2025-04-5-1')?.status).toBe('in_progress');
  });

  it('a 409 reloads the action, says someone changed it and keeps the typed note', async () => {
    const { user } = await openTracker('/khac-phuc?commune=xa-ninh-so&status=fixed', 'vanphong');
    const row = actionRows()[0]!;
    await user.click(within(row).getByRole('button', { name: /^Cập nhật trạng thái/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Cập nhật trạng thái kiến nghị' });
    await user.click(within(dialog).getByRole('radio', { name: /^Trả lại, chưa đạt/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Lý do trả lại/ }), 'Thiếu biên bản nghiệm thu');

    // Meanwhile someone else verifies it.
    const id = ninhSoFixed.find((x) => row.textContent?.includes(findAction(x)!.description.slice(0, 40)))!;
    const before = findAction(id)!;
    saveAction({
      ...before,
      version: before.version + 1,
      status: 'verified',
      history: [...before.history, { at: '2025-07-05T09:00:00+07:00', by: 'u-vanphong', from: 'fixed', to: 'verified', note: '' }],
    });

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByRole('alert', {}, slow)).toHaveTextContent(
      'Người khác vừa cập nhật kiến nghị này (nay: Đã xác minh). Đã tải lại kiến nghị; ghi chú của bạn vẫn còn, hãy kiểm tra rồi lưu lại.',
    );
    expect(within(dialog).getByText('Trạng thái hiện tại: Đã xác minh')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['fixed']);
    expect(within(dialog).getByRole('textbox', { name: /^Lý do hủy xác minh/ })).toHaveValue('Thiếu biên bản nghiệm thu');
  });
});
