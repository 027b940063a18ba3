import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSyncEngine, replaceSyncEngine } from '../../src/lib/inspection-sync';
import { openLocalStore } from '../../src/lib/inspection-sync/db';
import { inspectionPathPattern } from '../../src/lib/paths';
import { renderRoute } from '../setup/render-route';
import { findInspection, saveInspection } from '../../mocks/store';

// insp-2025-07: team 1 (kiemtra's), in progress since 01/07/2025 at xã Minh Cường; areas 1–3 assessed, 4–7 not,
// two findings and no action yet.
const url = '/kiem-tra/insp-2025-07';

const areaControl = (n: number) => screen.getByRole('button', { name: new RegExp(`^${n}\\. `) });
const criterion = (number: string) => screen.getByRole('group', { name: new RegExp(`^${number.replace('.', '\\.')}\\. `) });
const total = () => screen.getByText(/^Tổng điểm:/);

async function openRecord(user: 'kiemtra' | 'lanhdao' = 'kiemtra') {
  const view = await renderRoute(inspectionPathPattern, { url, user });
  await screen.findByRole('heading', { level: 1, name: /Minh Cường/ }, { timeout: 15_000 });
  return view;
}

/** The record for the inspector of its team, once its controls are there. */
async function openForKiemtra() {
  const view = await openRecord('kiemtra');
  await screen.findByRole('button', { name: 'Hoàn thành kiểm tra' });
  return view;
}

// Every edit goes into the device's draft (IndexedDB, here fake-indexeddb) and the background sync.
beforeEach(async () => {
  await openLocalStore().clear();
});
afterEach(async () => {
  await getSyncEngine().flushWrites();
  replaceSyncEngine(null);
  await openLocalStore().clear();
});

describe('Ghi kết quả kiểm tra', () => {
  it('scores each area and the total as the inspector clicks đạt / chưa đạt / không áp dụng', async () => {
    const { user } = await openForKiemtra();
    // Area 1: 1.1 chưa đạt (2 points), 1.2–1.5 đạt (1 + 2 + 2 + 1): 6 of 8 points.
    expect(areaControl(1)).toHaveTextContent('đạt 4/5 tiêu chí · 75,0 %');
    // Areas 1–3: 6/8 + 1/2 (2.1 không áp dụng) + 13/13 = 20/23.
    expect(total()).toHaveTextContent('Tổng điểm: 87,0 %');
    expect(screen.getByText('đạt 20/23 điểm áp dụng')).toBeInTheDocument();

    await user.click(areaControl(1));
    await user.click(within(criterion('1.2')).getByRole('radio', { name: 'Chưa đạt' }));
    expect(areaControl(1)).toHaveTextContent('đạt 3/5 tiêu chí · 62,5 %');
    expect(total()).toHaveTextContent('Tổng điểm: 82,6 %');

    await user.click(within(criterion('1.2')).getByRole('radio', { name: 'Không áp dụng' }));
    // Not applicable drops out of both sides: 5 of 7 points in area 1, 19 of 22 in all.
    expect(areaControl(1)).toHaveTextContent('đạt 3/4 tiêu chí · 71,4 %');
    expect(total()).toHaveTextContent('Tổng điểm: 86,4 %');

    // Area 4 has nothing assessed: it says so, then scores its first criterion.
    expect(areaControl(4)).toHaveTextContent('chưa đánh giá tiêu chí nào');
    await user.click(within(criterion('4.1')).getByRole('radio', { name: 'Đạt' }));
    expect(areaControl(4)).toHaveTextContent('đạt 1/1 tiêu chí · 100,0 %');
    expect(total()).toHaveTextContent('Tổng điểm: 87,0 %');
    expect(within(criterion('4.1')).getByRole('radio', { name: 'Đạt' })).toBeChecked();
    // The first test of the file also pays for loading the route's modules on a busy 2-core machine.
  }, 60_000);

  it('gives field messages for an empty finding title and a due date before the inspection', async () => {
    const { user } = await openForKiemtra();
    await user.click(screen.getByRole('button', { name: 'Thêm tồn tại, hạn chế' }));
    const card = screen.getByRole('article', { name: 'Tồn tại 3' });
    const title = within(card).getByRole('textbox', { name: /Nội dung tồn tại, hạn chế/ });
    await user.click(title);
    await user.tab();
    expect(title).toHaveAccessibleDescription('Nhập nội dung tồn tại, hạn chế');
    // Not sent half typed: the sync state says what is missing, and the draft waits on this device.
    const sync = await screen.findByText(/^Chưa gửi — còn thiếu thông tin/, {}, { timeout: 5000 });
    expect(sync.closest('[role="status"]')).toHaveTextContent('Tồn tại 3 — Nội dung: Nhập nội dung tồn tại, hạn chế');
    await user.type(title, '   ');
    expect(title).toHaveAccessibleDescription('Nhập nội dung tồn tại, hạn chế');
    await user.type(title, 'Chưa niêm yết đủ thủ tục');
    expect(title).not.toHaveAccessibleDescription('Nhập nội dung tồn tại, hạn chế');

    await user.click(within(card).getByRole('button', { name: 'Thêm kiến nghị' }));
    const due = within(card).getByLabelText(/Hạn xử lý/);
    await user.type(due, '2025-06-30');
    expect(due).toHaveAccessibleDescription('Hạn xử lý không được trước ngày kiểm tra (01/07/2025)');
    await user.clear(due);
    await user.type(due, '2025-07-01');
    expect(due).not.toHaveAccessibleDescription(/Hạn xử lý không được trước/);

    // A 10,000-character note is kept whole, counted, and refused at the field (the contract takes 2,000).
    const note = screen.getByRole('textbox', { name: 'Ghi chú tiêu chí 4.1' });
    await user.click(note);
    await user.paste('ghi chú '.repeat(1250));
    expect(note).toHaveValue('ghi chú '.repeat(1250));
    expect(note).toHaveAccessibleDescription(/10\.000\/2\.000 ký tự/);
    expect(note).toHaveAccessibleDescription(/Ghi chú tối đa 2\.000 ký tự/);
  });

  it('on a conflict, the chooser waits until the user leaves the field they are typing in', async () => {
    const { user } = await openForKiemtra();
    // Someone else saves a note on 4.1 first.
    const current = findInspection('insp-2025-07')!;
    saveInspection({
      ...current,
      version: current.version + 1,
      checklist: [...current.checklist.filter((c) => c.criterionId !== 'a4-c1'), { criterionId: 'a4-c1', result: null, note: 'Của người khác', evidence: [] }],
    });
    const note = screen.getByRole('textbox', { name: 'Ghi chú tiêu chí 4.1' });
    await user.click(note);
    await user.keyboard('Của tôi');
    // The save gets 409 and the same field was changed on both sides: a conflict, told in the sync state only.
    expect(await screen.findByText(/^Trùng thay đổi với người khác/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Chọn bản giữ lại' })).not.toBeInTheDocument();
    expect(note).toHaveFocus();
    // Out of the field, it opens by itself with the two notes.
    await user.tab();
    const dialog = await screen.findByRole('dialog', { name: 'Chọn bản giữ lại' });
    expect(within(dialog).getByRole('radio', { name: 'Của tôi: Của tôi' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Trên máy chủ: Của người khác' })).not.toBeChecked();
  });

  it('lists what is missing when finalising an incomplete inspection, each linked to its place', async () => {
    const { user } = await openForKiemtra();
    await user.click(screen.getByRole('button', { name: 'Hoàn thành kiểm tra' }));
    const alert = await screen.findByRole('alert', { name: /Chưa hoàn thành được: còn 18 việc/ });
    // Areas 4–7 have 3 + 4 + 4 + 5 criteria not assessed; the two findings have no action.
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(18);
    expect(items[0]).toHaveTextContent('Tiêu chí 4.1 chưa đánh giá');
    expect(items[16]).toHaveTextContent('Tồn tại 1 chưa có kiến nghị khắc phục');
    expect(items[17]).toHaveTextContent('Tồn tại 2 chưa có kiến nghị khắc phục');
    await user.click(within(alert).getByRole('button', { name: 'Tiêu chí 5.2 chưa đánh giá' }));
    expect(await within(criterion('5.2')).findByRole('radio', { name: 'Đạt' })).toBeVisible();
  });

  it('shows a leader the record with no edit control', async () => {
    await openRecord('lanhdao');
    expect(await screen.findByText('Chỉ xem')).toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Thêm|Xóa|Hoàn thành|Chụp ảnh|Chọn tệp/ })).toBeNull();
    expect(screen.getByText(/Kế hoạch CCHC năm ban hành chậm so với thời hạn$/)).toBeInTheDocument();
  });

  it('says an unknown inspection is not found', async () => {
    await renderRoute(inspectionPathPattern, { url: '/kiem-tra/khong-co', user: 'kiemtra' });
    expect(await screen.findByRole('alert', { name: 'Không tìm thấy cuộc kiểm tra' }, { timeout: 15_000 })).toHaveTextContent('Không có cuộc kiểm tra mã “khong-co”');
  });
});
