import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { buildApp, LOG_REDACT } from '../../server/app';
import { hashToken } from '../../server/http/session';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

let s: TestServer;

beforeAll(async () => {
  s = await startServer({ loginLimit: 10 });
});
afterAll(() => s.cleanup());

describe('sign-in, sessions, sign-out', () => {
  it('signs in with the demo password and answers the user with their teams', async () => {
    const res = await call(s.app, 'POST', '/auth/login', { body: { username: 'KiemTra', password: 'demo' } });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: 'u-kiemtra', username: 'kiemtra', name: 'Thành viên Đoàn kiểm tra số 1', role: 'inspector', teamIds: ['doan-1'] });
    const hours = (Date.parse(res.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    expect((await call(s.app, 'GET', '/auth/me', { token: res.body.token })).body.username).toBe('kiemtra');
  });

  it('keeps only a hash of the token and of the password', async () => {
    const token = await signIn(s.app, accounts.secretariat);
    const rows = await s.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.map((r) => r.token_hash)).toContain(hashToken(token));
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
    const users = await s.db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE username = 'vanphong'");
    expect(users[0]!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('a wrong password or an unknown user: 401 with one message for both', async () => {
    for (const body of [{ username: 'vanphong', password: 'sai' }, { username: 'khong-co', password: 'demo' }]) {
      const res = await call(s.app, 'POST', '/auth/login', { body });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'unauthorized', message: 'Sai tên đăng nhập hoặc mật khẩu' } });
    }
  });

  it('empty fields: 422 at each field', async () => {
    const res = await call(s.app, 'POST', '/auth/login', { body: { username: ' ', password: '' } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ username: ['Nhập tên đăng nhập'], password: ['Nhập mật khẩu'] });
  });

  it('sign-out ends the session on the server', async () => {
    const token = await signIn(s.app, accounts.leader);
    expect((await call(s.app, 'POST', '/auth/logout', { token })).status).toBe(204);
    expect((await call(s.app, 'GET', '/auth/me', { token })).status).toBe(401);
  });

  it('an expired session is a 401', async () => {
    const token = await signIn(s.app, accounts.leader);
    await s.db.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [hashToken(token)]);
    const res = await call(s.app, 'GET', '/meta', { token });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Phiên đăng nhập đã hết hạn hoặc không hợp lệ');
  });

  it('after 10 attempts in a minute for one user name: 429 in Vietnamese; another name is not blocked', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await call(s.app, 'POST', '/auth/login', { body: { username: 'kiemtra2', password: `sai-${i}` } })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    const blocked = await call(s.app, 'POST', '/auth/login', { body: { username: 'kiemtra2', password: 'demo' } });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toBe('Đăng nhập sai quá nhiều lần, vui lòng thử lại sau một phút');
    expect((await call(s.app, 'POST', '/auth/login', { body: { username: 'vanphong', password: 'demo' } })).status).toBe(200);
  });
});

describe('request logs', () => {
  it('carry no password and no token, even at the most detailed level', async () => {
    let out = '';
    const stream = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
    const app = await buildApp({ db: s.db, logger: { level: 'trace', stream, redact: { paths: LOG_REDACT, censor: '[hidden]' } } });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'vanphong', password: 'mat-khau-sai-123' } });
      expect(login.statusCode).toBe(401);
      const token = await signIn(app, accounts.secretariat);
      await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
      expect(out).toContain('/api/auth/me');
      expect(out).not.toContain('mat-khau-sai-123');
      expect(out).not.toContain(token);
    } finally {
      await app.close();
    }
  });
});
