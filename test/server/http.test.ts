import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../server/app';
import { accounts, signIn, startServer, tempDir, type TestServer } from './helpers';

let s: TestServer;
let token: string;
const dist = tempDir('cchc-dist-');

beforeAll(async () => {
  // A stand-in production build: the server serves whatever dist/ holds.
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1.js"></script>');
  writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  s = await startServer({ distDir: dist });
  token = await signIn(s.app, accounts.inspector);
});
afterAll(async () => {
  await s.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

const post = (payload: string | Buffer, contentType = 'application/json') =>
  s.app.inject({ method: 'POST', url: '/api/inspections', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, payload });

describe('bad input and the HTTP surface', () => {
  it('malformed JSON: 422 on the whole body', async () => {
    const res = await post('{"title": ');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({ error: { code: 'validation', message: 'Dữ liệu không hợp lệ', fields: { '': ['Nội dung yêu cầu không phải JSON hợp lệ'] } } });
  });

  it('no body at all: 422 asking for one', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/inspections', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual({ '': ['Thiếu nội dung yêu cầu (JSON)'] });
  });

  it('a body over the limit: 413 with a message, nothing written', async () => {
    const before = (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM inspections'))[0]!.n;
    const res = await post(JSON.stringify({ title: 'x'.repeat(BODY_LIMIT + 1) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('Nội dung yêu cầu quá lớn (tối đa 1024 KB)');
    expect((await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM inspections'))[0]!.n).toBe(before);
  });

  it('a body that is not JSON: 415', async () => {
    const res = await post('title=x', 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toBe('Nội dung yêu cầu phải là JSON (Content-Type: application/json)');
  });

  it('an unknown API route: 404 in the contract’s error shape, never the page', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/khong-co?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'Không có API GET /api/khong-co' } });
    expect((await s.app.inject({ method: 'DELETE', url: '/api/meta' })).statusCode).toBe(404);
  });

  it('a page address loads index.html (history fallback); a missing file stays a 404', async () => {
    const page = await s.app.inject({ method: 'GET', url: '/ho-so?from=2025-01' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await s.app.inject({ method: 'GET', url: '/assets/app-1.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await s.app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
  });

  it('hardened headers: a CSP without inline scripts, no framing, no sniffing', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('repeated query keys: the last one wins', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/dossiers/summary?from=2019-01&from=2025-01&to=2025-06', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json().query.from).toBe('2025-01');
  });
});
