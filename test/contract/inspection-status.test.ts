import { describe, expect, it } from 'vitest';
import { createInspection, getInspection, patchInspection } from '../../src/api/inspections';
import {
  as,
  call,
  completeInspection,
  errorOf,
  expectApiError,
  finalisedInspection,
  inspectionBody,
  signInAs,
  setupMockBackend,
  teams,
  tokenFor,
  userOf,
} from './helpers';

setupMockBackend();

const FINALISED = 'Cuộc kiểm tra đã hoàn thành, biên bản đã chốt: chỉ văn phòng CCHC được sửa';
const CANCELLED = 'Cuộc kiểm tra đã hủy: không sửa được';
const REOPEN_NOTE = 'Nhập lý do mở lại cuộc kiểm tra';

describe('status history', () => {
  it('a new inspection starts its history with its creation; each status move appends who, when, from, to and the note', async () => {
    await signInAs('inspector');
    const me = userOf('inspector').id;
    const created = await createInspection(inspectionBody(teams().own));
    expect(created.history).toEqual([{ at: created.createdAt, by: me, from: null, to: 'planned', note: '' }]);

    const started = await patchInspection(created.id, { version: 1, status: 'in_progress', startDate: '2025-05-20', note: 'Đoàn đến xã lúc 8 giờ' });
    expect(started.history).toEqual([
      created.history[0],
      { at: started.updatedAt, by: me, from: 'planned', to: 'in_progress', note: 'Đoàn đến xã lúc 8 giờ' },
    ]);
    expect((await getInspection(created.id)).history).toEqual(started.history);

    // No move, no entry: a note without a change of status is not kept.
    const edited = await patchInspection(created.id, { version: 2, title: 'Tên mới', status: 'in_progress', note: 'bỏ qua' });
    expect(edited.history).toEqual(started.history);
  });

  it('an inspection may be created under way (recorded on the spot), its history saying so', async () => {
    await signInAs('inspector');
    const created = await createInspection(inspectionBody(teams().own, { status: 'in_progress', startDate: '2025-05-20' }));
    expect(created.history).toEqual([{ at: created.createdAt, by: userOf('inspector').id, from: null, to: 'in_progress', note: '' }]);
  });

  it.each(['finalised', 'cancelled'] as const)('refuses to create an inspection already %s: 422 on status', async (status) => {
    const res = await call('POST', '/inspections', { token: await tokenFor('secretariat'), body: inspectionBody(teams().own, { status, startDate: '2025-05-20' }) });
    expect(res.status).toBe(422);
    expect(errorOf(res).fields).toEqual({ status: ['Cuộc kiểm tra mới chỉ ở trạng thái kế hoạch hoặc đang kiểm tra'] });
  });

  it('the seed tells each visit’s story: planned, started on its first day, finalised when the minutes were signed', async () => {
    await signInAs('leader');
    const i = await getInspection('insp-2024-01');
    expect(i.status).toBe('finalised');
    expect(i.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'planned'],
      ['planned', 'in_progress'],
      ['in_progress', 'finalised'],
    ]);
    expect(i.history[0]!.at).toBe(i.createdAt);
    expect(i.history[2]!.at).toBe(i.updatedAt);
  });
});

describe('status moves: what each backend refuses', () => {
  it('a move the table does not have: 422 on status, nothing saved', async () => {
    await signInAs('inspector');
    const planned = await createInspection(inspectionBody(teams().own));
    const res = await call('PATCH', `/inspections/${planned.id}`, {
      token: await tokenFor('inspector'),
      body: { version: 1, status: 'finalised', startDate: '2025-05-20' },
    });
    expect(res.status).toBe(422);
    const message = 'Không chuyển được cuộc kiểm tra từ “kế hoạch” sang “đã hoàn thành”';
    expect(errorOf(res)).toEqual({ code: 'validation', message, fields: { status: [message] } });
    expect(await getInspection(planned.id)).toEqual(planned);
  });

  it('finalising an incomplete inspection: 422 saying what is missing, nothing saved', async () => {
    await signInAs('inspector');
    const created = await createInspection(inspectionBody(teams().own, { status: 'in_progress', startDate: '2025-05-20', areaIds: [3] }));
    const message = 'Chưa hoàn thành được cuộc kiểm tra: còn 6 tiêu chí chưa đánh giá; 1 tồn tại chưa có kiến nghị khắc phục';
    await expectApiError(patchInspection(created.id, { version: 1, status: 'finalised' }), {
      kind: 'validation',
      status: 422,
      message,
      fields: { status: [message] },
    });
    expect(await getInspection(created.id)).toEqual(created);
  });

  it('finalising counts only the areas in scope, and a finding outside them is a problem', async () => {
    await signInAs('inspector');
    const ready = await completeInspection(teams().own);
    // Narrowing the scope to area 7 leaves area 7 unassessed and the finding (area 3) outside it.
    const message =
      'Chưa hoàn thành được cuộc kiểm tra: còn 5 tiêu chí chưa đánh giá; 1 tồn tại thuộc lĩnh vực ngoài phạm vi kiểm tra';
    await expectApiError(patchInspection(ready.id, { version: ready.version, status: 'finalised', areaIds: [7] }), { kind: 'validation', status: 422, message });
    const done = await patchInspection(ready.id, { version: ready.version, status: 'finalised' });
    expect(done.status).toBe('finalised');
    expect(done.history.at(-1)).toEqual({ at: done.updatedAt, by: userOf('inspector').id, from: 'in_progress', to: 'finalised', note: '' });
  });

  it('a finalised inspection is read-only for its own team’s inspector, whatever the write', async () => {
    await signInAs('inspector');
    const done = await finalisedInspection(teams().own);
    for (const body of [{ title: 'Sửa sau khi chốt' }, { status: 'in_progress', note: 'Xin mở lại' }]) {
      const res = await call('PATCH', `/inspections/${done.id}`, { token: await tokenFor('inspector'), body: { version: done.version, ...body } });
      expect(res.status).toBe(403);
      expect(errorOf(res)).toEqual({ code: 'forbidden', message: FINALISED });
    }
    expect(await getInspection(done.id)).toEqual(done);
  });

  it.each([
    ['no note', {}],
    ['an empty note', { note: '' }],
    ['a note of spaces and a zero-width space', { note: '  \u200b ' }],
  ])('the secretariat reopens only with a reason: %s is 422 on note', async (_name, extra) => {
    const done = await as('inspector', () => finalisedInspection(teams().own));
    const res = await call('PATCH', `/inspections/${done.id}`, {
      token: await tokenFor('secretariat'),
      body: { version: done.version, status: 'in_progress', ...extra },
    });
    expect(res.status).toBe(422);
    expect(errorOf(res).fields).toEqual({ note: [REOPEN_NOTE] });
    expect((await as('leader', () => getInspection(done.id))).status).toBe('finalised');
  });

  it('the secretariat reopens with a reason kept in the history, and may edit a finalised inspection', async () => {
    const done = await as('inspector', () => finalisedInspection(teams().own));
    await signInAs('secretariat');
    const edited = await patchInspection(done.id, { version: done.version, title: 'Sửa lỗi chính tả sau khi chốt' });
    expect(edited).toMatchObject({ status: 'finalised', title: 'Sửa lỗi chính tả sau khi chốt', history: done.history });
    const reopened = await patchInspection(done.id, { version: edited.version, status: 'in_progress', note: '  Sai điểm tiêu chí 3.2  ' });
    expect(reopened.status).toBe('in_progress');
    expect(reopened.history.at(-1)).toEqual({
      at: reopened.updatedAt,
      by: userOf('secretariat').id,
      from: 'finalised',
      to: 'in_progress',
      note: 'Sai điểm tiêu chí 3.2',
    });
    // Open again: its team's inspector writes it again.
    expect((await as('inspector', () => patchInspection(done.id, { version: reopened.version, title: 'Đã sửa điểm' }))).title).toBe('Đã sửa điểm');
  });

  it('a cancelled inspection is read-only for everyone', async () => {
    await signInAs('inspector');
    const planned = await createInspection(inspectionBody(teams().own));
    const cancelled = await patchInspection(planned.id, { version: 1, status: 'cancelled', note: 'Xã đề nghị lùi lịch' });
    expect(cancelled.history.at(-1)).toMatchObject({ from: 'planned', to: 'cancelled', note: 'Xã đề nghị lùi lịch' });
    for (const role of ['inspector', 'secretariat'] as const) {
      const res = await call('PATCH', `/inspections/${planned.id}`, {
        token: await tokenFor(role),
        body: { version: cancelled.version, status: 'planned' },
      });
      expect(res.status).toBe(403);
      expect(errorOf(res)).toEqual({ code: 'forbidden', message: CANCELLED });
    }
  });

  it('another team’s inspector and a leader may not move the status', async () => {
    await signInAs('inspector');
    const planned = await createInspection(inspectionBody(teams().own));
    const other = await call('PATCH', `/inspections/${planned.id}`, {
      token: await tokenFor('leader'),
      body: { version: 1, status: 'in_progress' },
    });
    expect(other.status).toBe(403);
    const foreign = await as('secretariat', () => createInspection(inspectionBody(teams().other)));
    const res = await call('PATCH', `/inspections/${foreign.id}`, { token: await tokenFor('inspector'), body: { version: 1, status: 'in_progress' } });
    expect(res.status).toBe(403);
    expect(errorOf(res)).toEqual({ code: 'forbidden', message: 'Bạn không thuộc đoàn thực hiện cuộc kiểm tra này' });
  });
});
