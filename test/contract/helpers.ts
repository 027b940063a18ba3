// The mock keeps evidence files in IndexedDB: Node has none, so the whole suite gets the in-memory one.
import 'fake-indexeddb/auto';
import { cpSync, rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { isApiError, type ApiError, type ApiErrorKind } from '../../src/api/api-error';
import { login } from '../../src/api/auth';
import { configureApiClient } from '../../src/api/client';
import type { Role } from '../../src/api/common';
import { errorBodySchema } from '../../src/api/common';
import { createAction } from '../../src/api/actions';
import { createInspection, patchInspection, type CreateInspectionRequest, type Inspection } from '../../src/api/inspections';
import { activeDataset, getActiveDatasetName, resetStore, server, setActiveDataset, setFault } from '../../mocks/node';
import { startServer, tempDir, type TestServer } from '../server/helpers';

export const BASE = 'http://localhost/api';
export const PASSWORD = 'demo';

let token: string | null = null;
export let unauthorizedCalls = 0;

/** CONTRACT_BACKEND=server runs the suite against the reference server instead of the MSW handlers. */
export const onServer = process.env.CONTRACT_BACKEND === 'server';

/** A test that only the mock can answer (fault switches, the browser store): skipped on the server, saying why. */
export function mockOnlyIt(name: string, fn: () => unknown, why = 'the server has no such switch'): void {
  if (onServer) it.skip(`${name} (mock only: ${why})`, () => undefined);
  else it(name, fn);
}

export function mockOnlyDescribe(name: string, fn: () => void): void {
  if (onServer) describe.skip(`${name} (mock only: the server has no such switch)`, fn);
  else describe(name, fn);
}

/**
 * Starts the backend for this file. The mock is reset after every test; the server gets a fresh copy
 * of the seeded template database per file (per test would cost a server start each), so tests that
 * write must not depend on another test's writes.
 */
export function setupMockBackend(): void {
  if (onServer) return setupServerBackend();
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    configureApiClient({ baseUrl: BASE, getToken: () => token, onUnauthorized: () => void unauthorizedCalls++ });
  });
  afterEach(() => {
    server.resetHandlers();
    resetStore();
    setFault('none');
    setActiveDataset('thuong-tin');
    token = null;
    unauthorizedCalls = 0;
  });
  afterAll(() => server.close());
}

function setupServerBackend(): void {
  let srv: TestServer | undefined;
  const realFetch = globalThis.fetch;
  beforeAll(async () => {
    const dataDir = tempDir('cchc-contract-');
    cpSync(inject('contractTemplateDir'), dataDir, { recursive: true });
    srv = await startServer({ dataDir, seed: false });
    const origin = await srv.app.listen({ port: 0, host: '127.0.0.1' });
    // The typed fetchers and call() speak to BASE; on this run BASE is the server's loopback port.
    globalThis.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const target = url.startsWith(BASE) ? `${origin}/api${url.slice(BASE.length)}` : url;
      return realFetch(typeof input === 'string' || input instanceof URL ? target : new Request(target, input), init);
    };
    configureApiClient({ baseUrl: BASE, getToken: () => token, onUnauthorized: () => void unauthorizedCalls++ });
  });
  afterEach(() => {
    token = null;
    unauthorizedCalls = 0;
    // The server ends a session on logout (the mock's tokens outlive it), so no token is kept across tests.
    tokens.clear();
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    tokens.clear();
    await srv?.close();
    if (srv?.dataDir) rmSync(srv.dataDir, { recursive: true, force: true });
  });
}

export const dataset = () => activeDataset();

export function userOf(role: Role) {
  const user = dataset().users.find((u) => u.role === role);
  if (!user) throw new Error(`the dataset has no ${role}`);
  return user;
}

const tokens = new Map<string, string>();

/** Signs in as the demo account of the role (through the API) and returns the token. */
export async function tokenFor(role: Role): Promise<string> {
  const key = `${getActiveDatasetName()}:${role}`;
  const saved = tokens.get(key);
  if (saved) return saved;
  const res = await login({ username: userOf(role).username, password: PASSWORD });
  tokens.set(key, res.token);
  return res.token;
}

/** From now on the typed fetchers send this role's token (null: none). */
export async function signInAs(role: Role | null): Promise<void> {
  token = role ? await tokenFor(role) : null;
}

export function setToken(next: string | null): void {
  token = next;
}

/** Runs `fn` with another role's token, then restores the current one. */
export async function as<T>(role: Role, fn: () => Promise<T>): Promise<T> {
  const before = token;
  token = await tokenFor(role);
  try {
    return await fn();
  } finally {
    token = before;
  }
}

/** The inspector's own team and a team the inspector does not belong to. */
export function teams() {
  const inspector = userOf('inspector');
  const own = inspector.teamIds[0];
  const other = dataset().teams.find((t) => !inspector.teamIds.includes(t.id))?.id;
  if (!own || !other) throw new Error('the dataset needs an inspector with a team and another team');
  return { own, other };
}

export function communeId(): string {
  const unit = dataset().units.find((u) => u.level === 'commune' && u.validTo === null);
  if (!unit) throw new Error('no commune');
  return unit.id;
}

export function inspectionBody(teamId: string, extra: Partial<CreateInspectionRequest> = {}): CreateInspectionRequest {
  return {
    unitId: communeId(),
    title: 'Kiểm tra công tác CCHC năm 2025',
    teamId,
    plannedDate: '2025-05-20',
    findings: [
      {
        id: 'f-1',
        areaId: 3,
        title: 'Chưa công khai đủ thủ tục hành chính',
        description: 'Bộ phận một cửa còn thiếu 5 thủ tục.',
        severity: 'medium',
        cause: 'Chưa cập nhật sau quyết định công bố mới',
      },
    ],
    ...extra,
  };
}

export const actionFields = {
  description: 'Niêm yết đủ thủ tục tại bộ phận một cửa',
  ownerName: 'Nguyễn Văn An',
  dueDate: '2025-07-31',
};

/** Awaits a rejection and returns the ApiError. */
export async function apiError(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (isApiError(e)) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

export async function expectApiError(
  p: Promise<unknown>,
  expected: { kind: ApiErrorKind; status?: number | null; message?: string; fields?: Record<string, string[]> },
): Promise<ApiError> {
  const err = await apiError(p);
  expect(err.kind).toBe(expected.kind);
  if (expected.status !== undefined) expect(err.status).toBe(expected.status);
  if (expected.message !== undefined) expect(err.message).toBe(expected.message);
  if (expected.fields !== undefined) expect(err.fields).toEqual(expected.fields);
  return err;
}

/** A raw call, for exact statuses and for requests the typed fetchers would not send. */
export async function call(
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${BASE}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The error body of a raw answer, checked against the contract. */
export function errorOf(res: { body: unknown }) {
  return errorBodySchema.parse(res.body).error;
}

/** The criteria of area 3 (Cải cách thủ tục hành chính) in the template. */
export const AREA_3_CRITERIA = ['a3-c1', 'a3-c2', 'a3-c3', 'a3-c4', 'a3-c5', 'a3-c6'];

/**
 * An inspection under way that may be finalised: area 3 in scope, every one of its criteria assessed (a3-c1 failed),
 * the finding f-1 of inspectionBody with one complete action. Made with the current token.
 */
export async function completeInspection(teamId: string): Promise<Inspection> {
  const inspection = await createInspection(
    inspectionBody(teamId, {
      status: 'in_progress',
      startDate: '2025-05-20',
      areaIds: [3],
      checklist: AREA_3_CRITERIA.map((criterionId) => ({
        criterionId,
        result: criterionId === 'a3-c1' ? 'fail' : 'pass',
        note: '',
        evidence: [],
      })),
    }),
  );
  await createAction({ inspectionId: inspection.id, findingId: 'f-1', ownerUnitId: inspection.unitId, ...actionFields });
  return inspection;
}

/** A finalised inspection of the team (through the status moves, as the contract allows), with the current token. */
export async function finalisedInspection(teamId: string): Promise<Inspection> {
  const inspection = await completeInspection(teamId);
  return patchInspection(inspection.id, { version: inspection.version, status: 'finalised', endDate: '2025-05-21' });
}
