import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { ErrorBody } from '../src/api/common';
import { errorMap, issuesToFields } from '../src/api/validation-messages';
import { clipMiddle } from '../src/domain/clip';
import { activeDataset } from './active-dataset';
import type { Dataset, DemoUser } from './data/dataset';
import { getFault, type FaultName } from './faults';
import { simulateLatency } from './latency';
import { userFromRequest } from './session';
import { StoreFullError } from './store';

// ---- paths

function computeBasePath(): string {
  const raw: unknown = import.meta.env?.VITE_API_BASE_URL;
  const base = typeof raw === 'string' && raw.trim() ? raw.trim() : '/api';
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(base) ? new URL(base).pathname : base;
  const clean = `/${path.replace(/^\/+|\/+$/g, '')}`;
  return clean === '/' ? '' : clean;
}

/** The path part of VITE_API_BASE_URL (default `/api`), without a trailing slash. */
export const API_BASE_PATH = computeBasePath();

/** An MSW pattern for an API path on any origin: `/meta` → `*\/api/meta`. */
export const apiPattern = (path: string) => `*${API_BASE_PATH}${path}`;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any URL under the API base on any origin (for the catch-all 404), and nothing else. */
export const apiAnyPattern = new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${escapeRegExp(API_BASE_PATH)}(/|$)`, 'i');

// ---- error bodies

type ErrorCode = ErrorBody['error']['code'];

export function jsonError(
  status: number,
  code: ErrorCode,
  message: string,
  extra: { fields?: Record<string, string[]>; current?: unknown } = {},
) {
  const body: ErrorBody = { error: { code, message, ...extra } };
  return HttpResponse.json(body, { status });
}

export const MESSAGES = {
  validation: 'Dữ liệu không hợp lệ',
  badLogin: 'Sai tên đăng nhập hoặc mật khẩu',
  session: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ',
  conflict: 'Bản ghi đã được người khác cập nhật',
  server: 'Máy chủ gặp sự cố, vui lòng thử lại sau',
  leaderReadOnly: 'Lãnh đạo chỉ được xem, không được thay đổi dữ liệu',
} as const;

export const validationError = (fields: Record<string, string[]>, message: string = MESSAGES.validation) =>
  jsonError(422, 'validation', message, { fields });
export const unauthorized = (message: string = MESSAGES.session) => jsonError(401, 'unauthorized', message);
export const forbidden = (message: string) => jsonError(403, 'forbidden', message);
export const notFound = (message: string) => jsonError(404, 'not_found', message);
export const conflict = (current: unknown) => jsonError(409, 'conflict', MESSAGES.conflict, { current });
export const serverError = (message: string = MESSAGES.server) => jsonError(500, 'server', message);

/**
 * Stops a handler with an error answer: `throw reject(notFound(…))`. The route wrapper turns it
 * back into the response.
 */
export class Rejection {
  readonly response: Response;
  constructor(response: Response) {
    this.response = response;
  }
}
export const reject = (response: Response) => new Rejection(response);

// ---- validation


/** Parses with a contract schema or throws a 422 rejection with the per-field messages. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { error: errorMap });
  if (!parsed.success) throw reject(validationError(issuesToFields(parsed.error.issues)));
  return parsed.data;
}

/** The query string as an object (the last of repeated keys wins). */
export function queryObject(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return parseWith(schema, queryObject(request));
}

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await request.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw reject(validationError({ '': ['Nội dung yêu cầu không phải JSON hợp lệ'] }));
  }
  if (body === undefined) throw reject(validationError({ '': ['Thiếu nội dung yêu cầu (JSON)'] }));
  return parseWith(schema, body);
}

/** Collects field messages for checks beyond the schema, then throws one 422 with all of them. */
export class FieldErrors {
  readonly fields: Record<string, string[]> = {};
  add(path: string, message: string): this {
    (this.fields[path] ??= []).push(message);
    return this;
  }
  get empty(): boolean {
    return Object.keys(this.fields).length === 0;
  }
  throwIfAny(): void {
    if (!this.empty) throw reject(validationError(this.fields));
  }
}

// ---- malformed bodies (fault scenario)

function stringifyNumbers(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(stringifyNumbers);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stringifyNumbers(x)]));
  return v;
}

const hasNumber = (v: unknown): boolean =>
  typeof v === 'number' ||
  (Array.isArray(v) ? v.some(hasNumber) : !!v && typeof v === 'object' && Object.values(v).some(hasNumber));

/**
 * A body that breaks the contract the way real backends do: numbers sent as strings, or (when the
 * body holds no number) the payload wrapped in an envelope `{ data: … }`.
 */
export function malform(body: unknown): unknown {
  return hasNumber(body) ? stringifyNumbers(body) : { data: body };
}

async function malformResponse(res: Response): Promise<Response> {
  if (!res.ok || res.status === 204) return res;
  let body: unknown;
  try {
    body = await res.clone().json();
  } catch {
    return res;
  }
  return HttpResponse.json(malform(body) as never, { status: res.status });
}

// ---- routes

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Params = Record<string, string | readonly string[] | undefined>;

export interface PublicContext {
  request: Request;
  params: Params;
  dataset: Dataset;
  fault: FaultName;
}
export interface AuthContext extends PublicContext {
  user: DemoUser;
}

/** The first value of a path parameter. */
export const param = (params: Params, name: string): string => {
  const v = params[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

async function run(fault: FaultName, handle: () => Response | Promise<Response>): Promise<Response> {
  await simulateLatency(fault);
  if (fault === 'offline') return HttpResponse.error();
  if (fault === 'error') return serverError('Máy chủ gặp sự cố (giả lập lỗi 500), vui lòng thử lại sau');
  let res: Response;
  try {
    res = await handle();
  } catch (e) {
    if (e instanceof Rejection) res = e.response;
    // The browser's storage is full: say so, the write did not happen (the store undid it).
    else if (e instanceof StoreFullError) res = jsonError(507, 'server', e.message);
    else {
      console.error('[mock backend]', e);
      res = serverError();
    }
  }
  return fault === 'malformed' ? malformResponse(res) : res;
}

/** A handler that needs no token (sign-in). */
export function publicRoute(method: Method, path: string, handler: (ctx: PublicContext) => Response | Promise<Response>) {
  return http[method](apiPattern(path), ({ request, params }) => {
    const fault = getFault();
    return run(fault, () => handler({ request, params, fault, dataset: activeDataset() }));
  });
}

/** A handler that needs a valid bearer token; 401 otherwise (and always in the 'expired' scenario). */
export function route(method: Method, path: string, handler: (ctx: AuthContext) => Response | Promise<Response>) {
  return http[method](apiPattern(path), ({ request, params }) => {
    const fault = getFault();
    return run(fault, () => {
      const dataset = activeDataset();
      const user = fault === 'expired' ? null : userFromRequest(request, dataset.users);
      if (!user) return unauthorized();
      return handler({ request, params, fault, dataset, user });
    });
  });
}

/** The roles that write inspections and actions. */
export const WRITERS: DemoUser['role'][] = ['inspector', 'secretariat'];

/**
 * The start of a write to one record: the role check, then the record named by the path's `id`
 * (the answer `missing(id)` when there is none).
 */
export function writableRecord<R>(
  { params, user }: Pick<AuthContext, 'params' | 'user'>,
  find: (id: string) => R | undefined,
  missing: (id: string) => Response,
): { id: string; current: R } {
  requireRole(user, WRITERS);
  const id = param(params, 'id');
  const current = find(id);
  if (current === undefined) throw reject(missing(id));
  return { id, current };
}

/** 403 unless the user has one of the roles. */
export function requireRole(user: DemoUser, roles: DemoUser['role'][], message?: string): void {
  if (roles.includes(user.role)) return;
  throw reject(
    forbidden(
      message ??
        (user.role === 'leader'
          ? MESSAGES.leaderReadOnly
          : user.role === 'inspector'
            ? 'Chỉ văn phòng CCHC được thực hiện thao tác này'
            : 'Tài khoản không có quyền thực hiện thao tác này'),
    ),
  );
}

/** 409 with the current record when the write's version is stale (or in the 'conflict' scenario). */
export function checkVersion(current: { version: number }, version: number, fault: FaultName): void {
  if (fault === 'conflict' || current.version !== version) throw reject(conflict(current));
}

export const nowIso = () => new Date().toISOString();

/** A client's own text cut for an echo in a message (an id or path of 8,000 characters stays short). */
export const clip = (text: string) => clipMiddle(text);

/** `2020-01` → `01/2020` */
export const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

/** A list's query checked with its schema, and its `unit` filter resolved (`unitId` undefined: every unit). */
export function listQuery<S extends z.ZodType<{ unit?: string | undefined }>>(
  request: Request,
  dataset: Dataset,
  schema: S,
): z.output<S> & { unitId: string | undefined } {
  const q = parseQuery(request, schema);
  return { ...q, unitId: unitFilter(dataset.units, q.unit) };
}

/** A `unit` query filter: undefined for none or 'all', else a unit id that must exist (422 on `unit` if not). */
export function unitFilter(unitIds: readonly { id: string }[], raw: string | undefined): string | undefined {
  const unit = raw === 'all' ? undefined : raw;
  if (unit !== undefined && !unitIds.some((u) => u.id === unit)) new FieldErrors().add('unit', `Không có đơn vị “${unit}”`).throwIfAny();
  return unit;
}
