import { describe, expect, it } from 'vitest';
import { createAction, patchAction } from '../../src/api/actions';
import { login } from '../../src/api/auth';
import { endpoints } from '../../src/api/contract';
import { getDossierSummary } from '../../src/api/dossiers';
import { createInspection, deleteInspection, getInspection, patchInspection } from '../../src/api/inspections';
import { getMeta } from '../../src/api/meta';
import { getTargets, putTargets } from '../../src/api/targets';
import { getFault, setFault } from '../../mocks/node';
import { malform } from '../../mocks/http-helpers';
import { callersOf, endpointCases, endpointKey } from './endpoint-cases';
import {
  actionFields,
  apiError,
  as,
  dataset,
  expectApiError,
  inspectionBody,
  PASSWORD,
  signInAs,
  teams,
  unauthorizedCalls,
  setupMockBackend,
  mockOnlyDescribe,
} from './helpers';

setupMockBackend();

/** Runs an endpoint's case as its first allowed caller, with the fault switched on only for the call. */
async function callUnder(fault: Parameters<typeof setFault>[0], key: string, caller = 'secretariat' as const) {
  const c = endpointCases[key];
  if (!c) throw new Error(`no case for ${key}`);
  const fx = c.prepare ? await as('secretariat', () => c.prepare!(caller)) : {};
  await signInAs(key === 'POST /auth/login' ? null : caller);
  setFault(fault);
  try {
    return await c.call(caller, fx);
  } finally {
    setFault('none');
  }
}

/** The error names the request that failed: its method and its path without base URL or query. */
function expectRequest(err: { method: string | null; path: string | null }, key: string) {
  const [method, template = ''] = key.split(' ');
  expect(err.method).toBe(method);
  expect(err.path).toMatch(new RegExp(`^${template.replace(/\{\w+\}/g, '[^/?]+')}$`));
}

mockOnlyDescribe('fault scenarios', () => {
  it('starts with none, and setFault/getFault switch it', () => {
    expect(getFault()).toBe('none');
    setFault('slow');
    expect(getFault()).toBe('slow');
  });

  describe("'error': 500 on every call, sign-in included → ApiError 'server'", () => {
    it.each(endpoints.map(endpointKey))('%s', async (key) => {
      const err = await apiError(callUnder('error', key));
      expect(err.kind).toBe('server');
      expect(err.status).toBe(500);
      expect(err.message).toBe('Máy chủ gặp sự cố (giả lập lỗi 500), vui lòng thử lại sau');
    });
  });

  describe("'offline': a network error on every call → ApiError 'network'", () => {
    it.each(endpoints.map(endpointKey))('%s', async (key) => {
      const err = await apiError(callUnder('offline', key));
      expect(err.kind).toBe('network');
      expect(err.status).toBeNull();
      // Kind and request only: the words are the UI's (i18n), not the API client's.
      expectRequest(err, key);
    });
  });

  describe("'malformed': a body that breaks the contract → ApiError 'invalid_response'", () => {
    const withBody = endpoints.filter((e) => e.response !== null);
    it.each(withBody.map(endpointKey))('%s', async (key) => {
      const err = await apiError(callUnder('malformed', key));
      expect(err.kind).toBe('invalid_response');
      expectRequest(err, key);
      expect(err.status).toBeGreaterThanOrEqual(200);
      expect(err.status).toBeLessThan(300);
      expect(err.issues.length).toBeGreaterThan(0);
    });

    it('a 204 stays empty (DELETE /inspections/:id still succeeds)', async () => {
      await expect(callUnder('malformed', 'DELETE /inspections/{id}')).resolves.toBeUndefined();
    });

    it('sends numbers as strings, or wraps a body without numbers', () => {
      expect(malform({ a: 1, b: [2, { c: 3 }], d: 'x' })).toEqual({ a: '1', b: ['2', { c: '3' }], d: 'x' });
      expect(malform({ id: 'u', teamIds: [] })).toEqual({ data: { id: 'u', teamIds: [] } });
      expect(malform([])).toEqual({ data: [] });
    });
  });

  describe("'expired': 401 on every authenticated call → ApiError 'unauthorized'", () => {
    const authenticated = endpoints.filter((e) => e.roles !== 'public');
    it.each(authenticated.map(endpointKey))('%s', async (key) => {
      const err = await apiError(callUnder('expired', key));
      expect(err.kind).toBe('unauthorized');
      expect(err.status).toBe(401);
      expect(err.message).toBe('Phiên đăng nhập đã hết hạn hoặc không hợp lệ');
      expect(unauthorizedCalls).toBe(1);
    });

    it('sign-in still works, and the next call is refused', async () => {
      setFault('expired');
      const res = await login({ username: 'lanhdao', password: PASSWORD });
      expect(res.user.role).toBe('leader');
      await expectApiError(getMeta(), { kind: 'unauthorized', status: 401 });
    });
  });

  describe("'conflict': 409 with the current record on every versioned write → ApiError 'conflict'", () => {
    const CONFLICT = 'Bản ghi đã được người khác cập nhật';

    it('PATCH /inspections/:id, even with the right version', async () => {
      await signInAs('secretariat');
      const created = await createInspection(inspectionBody(teams().own));
      setFault('conflict');
      const err = await expectApiError(patchInspection(created.id, { version: created.version, title: 'x' }), {
        kind: 'conflict',
        status: 409,
        message: CONFLICT,
      });
      expect(err.current).toEqual(created);
      setFault('none');
      expect(await getInspection(created.id)).toEqual(created);
    });

    it('DELETE /inspections/:id', async () => {
      await signInAs('secretariat');
      const created = await createInspection(inspectionBody(teams().own));
      setFault('conflict');
      const err = await expectApiError(deleteInspection(created.id, created.version), { kind: 'conflict', status: 409, message: CONFLICT });
      expect(err.current).toEqual(created);
    });

    it('PATCH /actions/:id', async () => {
      await signInAs('secretariat');
      const i = await createInspection(inspectionBody(teams().own));
      const a = await createAction({ inspectionId: i.id, findingId: 'f-1', ownerUnitId: i.unitId, ...actionFields });
      setFault('conflict');
      const err = await expectApiError(patchAction(a.id, { version: a.version, status: 'in_progress' }), { kind: 'conflict', status: 409 });
      expect(err.current).toEqual(a);
    });

    it('PUT /targets/:year', async () => {
      await signInAs('secretariat');
      const t = await getTargets(2025);
      setFault('conflict');
      const err = await expectApiError(putTargets(2025, { version: t.version, values: t.values }), { kind: 'conflict', status: 409 });
      expect(err.current).toEqual(t);
    });

    it('reads still answer, and a role the write is forbidden to still gets 403', async () => {
      await signInAs('leader');
      setFault('conflict');
      expect((await getMeta()).dataset).toBe('thuong-tin');
      const t = await getTargets(2025);
      await expectApiError(putTargets(2025, { version: t.version, values: t.values }), { kind: 'forbidden', status: 403 });
    });
  });

  describe("'slow': answers, later", () => {
    it('still answers with a valid body', async () => {
      await signInAs('leader');
      setFault('slow');
      const started = performance.now();
      const meta = await getMeta();
      expect(meta).toEqual(dataset().meta);
      expect(performance.now() - started).toBeGreaterThanOrEqual(25);
      const summary = await getDossierSummary(dataset().meta.defaultPeriod);
      expect(summary.query.from).toBe(dataset().meta.defaultPeriod.from);
    });
  });

  it("'none' answers normally", async () => {
    await signInAs('leader');
    setFault('none');
    expect(await getMeta()).toEqual(dataset().meta);
  });

  it('every endpoint is covered by the scenarios above', () => {
    for (const e of endpoints) expect(endpointCases[endpointKey(e)], endpointKey(e)).toBeDefined();
    expect(callersOf(endpoints[0]!)).toEqual(['public']);
  });
});
