import type { z } from 'zod';
import { ApiError, kindForStatus } from './api-error';
import { errorBodySchema } from './common';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | boolean | undefined | null>;

interface ClientConfig {
  /** e.g. `/api` or `https://cchc.example.gov.vn/api` */
  baseUrl: string;
  getToken: () => string | null;
  /** Called on every 401 from an authenticated request, before the error is thrown. */
  onUnauthorized: () => void;
}

const config: ClientConfig = { baseUrl: '/api', getToken: () => null, onUnauthorized: () => {} };

export function configureApiClient(next: Partial<ClientConfig>) {
  Object.assign(config, next);
}

function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) params.set(k, String(v));
  const qs = params.toString();
  const base = config.baseUrl.replace(/\/$/, '');
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

/** What a GET fetcher takes besides its query: the AbortSignal TanStack Query hands its queryFn. */
export interface FetchOptions {
  signal?: AbortSignal;
}

interface RequestOptions<S extends z.ZodType | null> {
  query?: Query;
  body?: unknown;
  /** The schema the response must match; null for an empty 204 answer. */
  response: S;
  /** Send the bearer token (default true). */
  auth?: boolean;
  signal?: AbortSignal;
}

/**
 * Sends one request with the session's token and returns the answer when it is a 2xx, or throws an ApiError. A
 * FormData body goes as multipart/form-data (the browser sets the boundary), anything else as JSON.
 */
async function send(method: Method, path: string, opts: Omit<RequestOptions<null>, 'response'>, accept: string): Promise<Response> {
  const auth = opts.auth ?? true;
  const headers: Record<string, string> = { Accept: accept };
  const token = auth ? config.getToken() : null;
  if (token) headers.Authorization = `Bearer ${token}`;
  const multipart = typeof FormData !== 'undefined' && opts.body instanceof FormData;
  if (opts.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : multipart ? (opts.body as FormData) : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    // The words for the user come from the UI's i18n (components/errors/error-message.ts), by kind.
    throw new ApiError('network', `${method} ${path}: no answer from the server`, { method, path });
  }

  if (!res.ok) {
    const kind = kindForStatus(res.status);
    const parsed = errorBodySchema.safeParse(await readJson(res));
    const serverMessage = parsed.success ? parsed.data.error.message : undefined;
    const err = new ApiError(kind, serverMessage ?? `${method} ${path}: HTTP ${res.status}`, {
      method,
      path,
      status: res.status,
      serverMessage,
      fields: parsed.success ? parsed.data.error.fields : undefined,
      current: parsed.success ? parsed.data.error.current : undefined,
    });
    if (kind === 'unauthorized' && auth) config.onUnauthorized();
    throw err;
  }
  return res;
}

/** Makes one request and returns the parsed body, or throws an ApiError. */
export async function request<S extends z.ZodType | null>(
  method: Method,
  path: string,
  opts: RequestOptions<S>,
): Promise<S extends z.ZodType ? z.output<S> : void> {
  const res = await send(method, path, opts, 'application/json');
  if (opts.response === null) return undefined as never;
  const body = await readJson(res);
  const parsed = opts.response.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid_response', `${method} ${path}: the answer does not match the contract`, {
      method,
      path,
      status: res.status,
      issues: parsed.error.issues,
    });
  }
  return parsed.data as never;
}

/** Makes one request for bytes (a stored file) and returns them as a Blob of the answer's type, or throws an ApiError. */
export async function requestBlob(method: Method, path: string, opts: Omit<RequestOptions<null>, 'response'> = {}): Promise<Blob> {
  const res = await send(method, path, opts, '*/*');
  return res.blob();
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return Symbol.for('malformed-json');
  }
}
