import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.cleanup());

describe('GET /teams on the reference server', () => {
  it('answers every role with the seeded teams and their members by post, the same as the mock', async () => {
    for (const account of Object.values(accounts)) {
      const res = await call(s.app, 'GET', '/teams', { token: await signIn(s.app, account) });
      expect(res.status, account).toBe(200);
      expect(res.body).toEqual([
        { id: 'doan-1', name: 'Đoàn kiểm tra CCHC số 1', members: [{ userId: 'u-kiemtra', post: 'Thành viên Đoàn kiểm tra số 1', role: 'inspector' }] },
        { id: 'doan-2', name: 'Đoàn kiểm tra CCHC số 2', members: [{ userId: 'u-kiemtra2', post: 'Thành viên Đoàn kiểm tra số 2', role: 'inspector' }] },
      ]);
    }
  });

  it('refuses a request without a session with a 401', async () => {
    const res = await call(s.app, 'GET', '/teams', { token: null });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });
});
