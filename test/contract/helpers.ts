import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { isApiError, type ApiError, type ApiErrorKind } from '../../src/api/api-error';
import { login } from '../../src/api/auth';
import { configureApiClient } from '../../src/api/client';
import type { Role } from '../../src/api/common';
import { errorBodySchema } from '../../src/api/common';
import type { CreateInspectionRequest } from '../../src/api/inspections';
import { activeDataset, getActiveDatasetName, resetStore, server, setActiveDataset, setFault } from '../../mocks/node';

export const BASE = 'http://localhost/api';
export const PASSWORD = 'demo';

let token: string | null = null;
export let unauthorizedCalls = 0;

/** Starts the mock backend for this file and resets it after every test. */
export function setupMockBackend(): void {
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
