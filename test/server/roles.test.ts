import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../../src/api/contract';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

let s: TestServer;
const tokens: Record<keyof typeof accounts, string> = { leader: '', inspector: '', inspector2: '', secretariat: '' };

beforeAll(async () => {
  s = await startServer();
  for (const k of Object.keys(accounts) as (keyof typeof accounts)[]) tokens[k] = await signIn(s.app, accounts[k]);
});
afterAll(() => s.cleanup());

const upper = (m: string) => m.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const concrete = (path: string) => path.replace('{id}', 'insp-2025-01').replace('{year}', '2025');
const commune = 'xa-nhi-khe';
const newInspection = (teamId: string) => ({ unitId: commune, title: 'Kiểm tra công tác CCHC', teamId, plannedDate: '2025-09-15' });

describe('every endpoint × role', () => {
  const guarded = endpoints.filter((e) => e.roles !== 'public');

  it.each(guarded.map((e) => [upper(e.method), e.path] as const))('%s %s without a token (or with a garbage one) is a 401', async (method, path) => {
    for (const token of [null, 'garbage']) {
      const res = await call(s.app, method, concrete(path), { token, body: method === 'GET' || method === 'DELETE' ? undefined : {} });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.body.error.message).toBe('Phiên đăng nhập đã hết hạn hoặc không hợp lệ');
    }
  });

  it.each(guarded.filter((e) => Array.isArray(e.roles)).map((e) => [upper(e.method), e.path, e.roles as string[]] as const))(
    '%s %s refuses the roles it does not list with a 403 before it looks at the input',
    async (method, path, roles) => {
      for (const role of ['leader', 'inspector', 'secretariat'] as const) {
        if (roles.includes(role)) continue;
        const res = await call(s.app, method, concrete(path), { token: tokens[role], body: method === 'DELETE' ? undefined : {} });
        expect(res.status, `${role}`).toBe(403);
        expect(res.body.error.code).toBe('forbidden');
      }
    },
  );

  it('the leader reads everything and is told plainly that they may not write', async () => {
    for (const e of endpoints.filter((x) => x.method === 'get' && x.path !== '/evidence/{id}')) {
      const q = e.path.startsWith('/dossiers') || e.path.startsWith('/digital') || e.path.startsWith('/feedback') ? '?from=2025-01&to=2025-06' : e.path === '/targets' ? '?year=2025' : '';
      const res = await call(s.app, 'GET', `${concrete(e.path)}${q}`, { token: tokens.leader });
      expect(res.status, e.path).toBe(200);
    }
    const res = await call(s.app, 'POST', '/inspections', { token: tokens.leader, body: newInspection('doan-1') });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Lãnh đạo chỉ được xem, không được thay đổi dữ liệu');
  });

  it('an inspector plans only for their own team; the secretariat for any', async () => {
    const own = await call(s.app, 'POST', '/inspections', { token: tokens.inspector, body: newInspection('doan-1') });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ teamId: 'doan-1', status: 'planned', version: 1, updatedBy: 'u-kiemtra' });
    const other = await call(s.app, 'POST', '/inspections', { token: tokens.inspector, body: newInspection('doan-2') });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe('Bạn chỉ được lập kế hoạch kiểm tra cho đoàn mà mình là thành viên');
    expect((await call(s.app, 'POST', '/inspections', { token: tokens.secretariat, body: newInspection('doan-2') })).status).toBe(201);
  });

  it('an inspector of another team may not edit, delete or add actions to an inspection', async () => {
    const rec = (await call(s.app, 'POST', '/inspections', { token: tokens.inspector, body: { ...newInspection('doan-1'), findings: [{ id: 'f-1', areaId: 3, title: 'Thiếu niêm yết', description: '', severity: 'low', cause: '' }] } })).body;
    const patch = await call(s.app, 'PATCH', `/inspections/${rec.id}`, { token: tokens.inspector2, body: { version: rec.version, title: 'Đổi tên' } });
    expect(patch.status).toBe(403);
    expect(patch.body.error.message).toBe('Bạn không thuộc đoàn thực hiện cuộc kiểm tra này');
    expect((await call(s.app, 'DELETE', `/inspections/${rec.id}?version=${rec.version}`, { token: tokens.inspector2 })).status).toBe(403);
    const action = { inspectionId: rec.id, findingId: 'f-1', description: 'Niêm yết đủ', ownerUnitId: commune, ownerName: 'Công chức một cửa', dueDate: '2025-10-31' };
    expect((await call(s.app, 'POST', '/actions', { token: tokens.inspector2, body: action })).status).toBe(403);
    const created = await call(s.app, 'POST', '/actions', { token: tokens.inspector, body: action });
    expect(created.status).toBe(201);
    expect(created.body.history).toEqual([{ at: created.body.updatedAt, by: 'u-kiemtra', from: null, to: 'not_started', note: 'Tạo kiến nghị' }]);
    const verify = await call(s.app, 'PATCH', `/actions/${created.body.id}`, { token: tokens.inspector, body: { version: 1, status: 'verified' } });
    expect(verify.status).toBe(403);
    expect(verify.body.error.message).toBe('Chỉ văn phòng CCHC được xác nhận kết quả khắc phục đã được xác minh');
    // Verifying is the last of the moves: not from "chưa thực hiện" (422), after the action was fixed (200).
    const jump = await call(s.app, 'PATCH', `/actions/${created.body.id}`, { token: tokens.secretariat, body: { version: 1, status: 'verified', note: 'Đã xác minh tại chỗ' } });
    expect(jump.status).toBe(422);
    expect(jump.body.error.fields).toEqual({ status: ['Không chuyển được kiến nghị từ “chưa thực hiện” sang “đã xác minh”'] });
    await call(s.app, 'PATCH', `/actions/${created.body.id}`, { token: tokens.inspector, body: { version: 1, status: 'in_progress' } });
    await call(s.app, 'PATCH', `/actions/${created.body.id}`, { token: tokens.inspector, body: { version: 2, status: 'fixed', note: 'Đã niêm yết' } });
    const byOffice = await call(s.app, 'PATCH', `/actions/${created.body.id}`, { token: tokens.secretariat, body: { version: 3, status: 'verified', note: 'Đã xác minh tại chỗ' } });
    expect(byOffice.status).toBe(200);
    expect(byOffice.body.history.map((h: { from: string | null; to: string }) => [h.from, h.to])).toEqual([
      [null, 'not_started'],
      ['not_started', 'in_progress'],
      ['in_progress', 'fixed'],
      ['fixed', 'verified'],
    ]);
    expect(byOffice.body.history[3].note).toBe('Đã xác minh tại chỗ');
  });

  it('a finalised inspection is changed only by the secretariat', async () => {
    const list = (await call(s.app, 'GET', '/inspections?status=finalised', { token: tokens.inspector })).body as { id: string; teamId: string; version: number }[];
    const rec = list.find((r) => r.teamId === 'doan-1')!;
    const res = await call(s.app, 'PATCH', `/inspections/${rec.id}`, { token: tokens.inspector, body: { version: rec.version, title: 'Sửa sau khi chốt' } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Cuộc kiểm tra đã hoàn thành, biên bản đã chốt: chỉ văn phòng CCHC được sửa');
    const office = await call(s.app, 'PATCH', `/inspections/${rec.id}`, { token: tokens.secretariat, body: { version: rec.version, title: 'Sửa sau khi chốt' } });
    expect(office.status).toBe(200);
    expect(office.body.version).toBe(rec.version + 1);
  });

  it('only the secretariat edits targets; an inspector is told so', async () => {
    const res = await call(s.app, 'PUT', '/targets/2025', { token: tokens.inspector, body: {} });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Chỉ văn phòng CCHC được sửa chỉ tiêu');
  });
});
