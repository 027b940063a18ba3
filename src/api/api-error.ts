import type { z } from 'zod';

export type ApiErrorKind =
  | 'network' // no answer: offline, DNS, connection refused, aborted by the browser
  | 'unauthorized' // 401: no token, bad or expired token, wrong password
  | 'forbidden' // 403: the role may not do this
  | 'not_found' // 404
  | 'conflict' // 409: someone saved first; `current` holds the record as it is now
  | 'validation' // 422: `fields` holds messages per field
  | 'server' // 5xx or an unexpected status
  | 'invalid_response'; // the body did not match the contract

/**
 * The one error every fetcher throws. The UI decides what to say from `kind` (and `path`) through i18n; `message`
 * is for developers (the console), except `serverMessage`, the words the server itself sent.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** The request that failed, e.g. 'GET' and '/dossiers/summary' (no base URL, no query). */
  readonly method: string | null;
  readonly path: string | null;
  readonly status: number | null;
  /** The `error.message` of the server's error body, if it sent one. */
  readonly serverMessage: string | null;
  readonly fields: Record<string, string[]>;
  readonly current: unknown;
  readonly issues: z.core.$ZodIssue[];

  constructor(
    kind: ApiErrorKind,
    message: string,
    opts: {
      method?: string;
      path?: string;
      status?: number | null;
      serverMessage?: string;
      fields?: Record<string, string[]>;
      current?: unknown;
      issues?: z.core.$ZodIssue[];
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.method = opts.method ?? null;
    this.path = opts.path ?? null;
    this.status = opts.status ?? null;
    this.serverMessage = opts.serverMessage ?? null;
    this.fields = opts.fields ?? {};
    this.current = opts.current;
    this.issues = opts.issues ?? [];
  }

  /** The first message for a field path, for showing at the field. */
  fieldMessage(path: string): string | undefined {
    return this.fields[path]?.[0];
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export function kindForStatus(status: number): ApiErrorKind {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 422:
      return 'validation';
    default:
      return 'server';
  }
}
