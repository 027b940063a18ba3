import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

let s: TestServer;
let office: string;
let inspector: string;

beforeAll(async () => {
  s = await startServer();
  office = await signIn(s.app, accounts.secretariat);
  inspector = await signIn(s.app, accounts.inspector);
});
afterAll(() => s.cleanup());

const finding = { id: 'f-1', areaId: 3, title: 'Chưa công khai đủ thủ tục', description: 'Thiếu 5 thủ tục', severity: 'medium', cause: '' };
const plan = (extra: object = {}) =>
  call(s.app, 'POST', '/inspections', {
    token: inspector,
    body: { unitId: 'xa-nhi-khe', title: 'Kiểm tra công tác CCHC', teamId: 'doan-1', plannedDate: '2025-09-15', findings: [finding], ...extra },
  });

describe('writes: versions, conflicts, validation', () => {
  it('a stale PATCH is a 409 carrying the record as it is now', async () => {
    const rec = (await plan()).body;
    const first = await call(s.app, 'PATCH', `/inspections/${rec.id}`, { token: inspector, body: { version: 1, title: 'Lần sửa thứ nhất' } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, title: 'Lần sửa thứ nhất' });
    const stale = await call(s.app, 'PATCH', `/inspections/${rec.id}`, { token: inspector, body: { version: 1, title: 'Lần sửa cũ' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'conflict', message: 'Bản ghi đã được người khác cập nhật' });
    expect(stale.body.error.current).toEqual(first.body);
    expect((await call(s.app, 'GET', `/inspections/${rec.id}`, { token: inspector })).body.title).toBe('Lần sửa thứ nhất');
  });

  it('two racing writes with the same version: exactly one 200 and one 409', async () => {
    const rec = (await plan()).body;
    const answers = await Promise.all(
      ['Người thứ nhất', 'Người thứ hai'].map((title) =>
        call(s.app, 'PATCH', `/inspections/${rec.id}`, { token: inspector, body: { version: rec.version, title } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.body.error.current).toEqual(winner.body);
    const now = (await call(s.app, 'GET', `/inspections/${rec.id}`, { token: inspector })).body;
    expect(now).toEqual(winner.body);
    expect(now.version).toBe(2);
  });

  it('two racing target edits of a new year (version 0): one creates it, the other gets a 409', async () => {
    const values = (await call(s.app, 'GET', '/targets?year=2031', { token: office })).body.values;
    const answers = await Promise.all(
      [0.5, 0.6].map((onlineShare) => call(s.app, 'PUT', '/targets/2031', { token: office, body: { version: 0, values: { ...values, onlineShare } } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const saved = answers.find((a) => a.status === 200)!.body;
    expect(saved).toMatchObject({ year: 2031, version: 1, updatedBy: 'u-vanphong' });
    expect(answers.find((a) => a.status === 409)!.body.error.current).toEqual(saved);
  });

  it('a year without targets answers the nearest earlier year’s values at version 0', async () => {
    const y2025 = (await call(s.app, 'GET', '/targets?year=2025', { token: office })).body;
    const y2029 = (await call(s.app, 'GET', '/targets?year=2029', { token: office })).body;
    expect(y2029).toEqual({ year: 2029, version: 0, values: y2025.values, updatedAt: null, updatedBy: null });
  });

  it('a stale action update and a stale delete are 409s too', async () => {
    const rec = (await plan()).body;
    const action = (
      await call(s.app, 'POST', '/actions', {
        token: inspector,
        body: { inspectionId: rec.id, findingId: 'f-1', description: 'Niêm yết đủ', ownerUnitId: 'xa-nhi-khe', ownerName: 'Công chức một cửa', dueDate: '2025-10-31' },
      })
    ).body;
    expect((await call(s.app, 'PATCH', `/actions/${action.id}`, { token: inspector, body: { version: 1, status: 'in_progress' } })).status).toBe(200);
    const stale = await call(s.app, 'PATCH', `/actions/${action.id}`, { token: inspector, body: { version: 1, status: 'fixed' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ id: action.id, version: 2, status: 'in_progress' });
    expect(stale.body.error.current.history).toHaveLength(2);

    expect((await call(s.app, 'DELETE', `/inspections/${rec.id}?version=7`, { token: inspector })).status).toBe(409);
    expect((await call(s.app, 'DELETE', `/inspections/${rec.id}?version=1`, { token: inspector })).status).toBe(204);
    expect((await call(s.app, 'GET', `/inspections/${rec.id}`, { token: inspector })).status).toBe(404);
    // Its actions went with it, in the same statement.
    expect((await call(s.app, 'GET', `/actions?inspectionId=${rec.id}`, { token: inspector })).body).toEqual([]);
  });

  it('a finding that has an action cannot be removed: 422 on findings, nothing written', async () => {
    const rec = (await plan()).body;
    await call(s.app, 'POST', '/actions', {
      token: inspector,
      body: { inspectionId: rec.id, findingId: 'f-1', description: 'Niêm yết đủ', ownerUnitId: 'xa-nhi-khe', ownerName: 'Công chức', dueDate: '2025-10-31' },
    });
    const res = await call(s.app, 'PATCH', `/inspections/${rec.id}`, { token: inspector, body: { version: 1, title: 'Đổi', findings: [] } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ findings: ['Tồn tại “Chưa công khai đủ thủ tục” đã có kiến nghị khắc phục nên không xóa được'] });
    expect((await call(s.app, 'GET', `/inspections/${rec.id}`, { token: inspector })).body).toMatchObject({ version: 1, title: 'Kiểm tra công tác CCHC' });
  });

  it('422 with a Vietnamese message at every bad field', async () => {
    const res = await call(s.app, 'POST', '/inspections', {
      token: inspector,
      body: { unitId: '', title: '  ', teamId: 'doan-1', plannedDate: '2025-9-1', findings: [{ ...finding, title: '', severity: 'huge' }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation', message: 'Dữ liệu không hợp lệ' });
    expect(res.body.error.fields).toEqual({
      unitId: ['Chọn đơn vị được kiểm tra'],
      title: ['Nhập tên cuộc kiểm tra'],
      plannedDate: ['Ngày phải có dạng YYYY-MM-DD'],
      'findings.0.title': ['Nhập nội dung tồn tại, hạn chế'],
      'findings.0.severity': ['Giá trị không nằm trong danh sách cho phép'],
    });
    // The order of the dates is checked once every field is well formed (as in the mock).
    const dates = await plan({ startDate: '2025-09-10', endDate: '2025-09-01' });
    expect(dates.status).toBe(422);
    expect(dates.body.error.fields).toEqual({ endDate: ['Ngày kết thúc phải không sớm hơn ngày bắt đầu'] });
  });

  it('references that do not exist: 422 on the field', async () => {
    const res = await plan({ unitId: 'xa-khong-co', teamId: 'doan-9', checklist: [{ criterionId: 'zz', result: 'pass', note: '', evidence: [] }] });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({
      unitId: ['Không có đơn vị “xa-khong-co”'],
      teamId: ['Không có đoàn kiểm tra “doan-9”'],
      'checklist.0.criterionId': ['Không có tiêu chí “zz” trong mẫu'],
    });
    const targets = await call(s.app, 'PUT', '/targets/2025', { token: office, body: { version: 1, values: { onTimeRate: 1.5 } } });
    expect(targets.status).toBe(422);
    expect(targets.body.error.fields['values.onTimeRate']).toEqual(['Chỉ tiêu không quá 100 %']);
    expect(targets.body.error.fields['values.onlineShare']).toEqual(['Bắt buộc nhập']);
    const year = await call(s.app, 'PUT', '/targets/abc', { token: office, body: { version: 1, values: {} } });
    expect(year.status).toBe(422);
    expect(Object.keys(year.body.error.fields)).toContain('year');
  });

  it('an unknown inspection is a 404 in the contract’s shape', async () => {
    const res = await call(s.app, 'PATCH', '/inspections/khong-co', { token: inspector, body: { version: 1 } });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'Không có cuộc kiểm tra “khong-co”' } });
  });
});
