import type { z } from 'zod';
import viLocale from 'zod/v4/locales/vi.js';
import type { ErrorBody } from '../../src/api/common';

type ErrorCode = ErrorBody['error']['code'];

/** The words of the error bodies (the same as the mock backend's). */
export const MESSAGES = {
  validation: 'Dữ liệu không hợp lệ',
  badLogin: 'Sai tên đăng nhập hoặc mật khẩu',
  session: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ',
  conflict: 'Bản ghi đã được người khác cập nhật',
  server: 'Máy chủ gặp sự cố, vui lòng thử lại sau',
  leaderReadOnly: 'Lãnh đạo chỉ được xem, không được thay đổi dữ liệu',
  invalidJson: 'Nội dung yêu cầu không phải JSON hợp lệ',
  missingBody: 'Thiếu nội dung yêu cầu (JSON)',
  tooLarge: 'Nội dung yêu cầu quá lớn',
  mediaType: 'Nội dung yêu cầu phải là JSON (Content-Type: application/json)',
  tooManyLogins: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau một phút',
} as const;

/** An answer other than 2xx: thrown anywhere in a route, sent by the error handler. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody;
  constructor(status: number, code: ErrorCode, message: string, extra: { fields?: Record<string, string[]>; current?: unknown } = {}) {
    super(message);
    this.status = status;
    this.body = { error: { code, message, ...extra } };
  }
}

export const validationError = (fields: Record<string, string[]>, message: string = MESSAGES.validation) =>
  new ApiError(422, 'validation', message, { fields });
export const unauthorized = (message: string = MESSAGES.session) => new ApiError(401, 'unauthorized', message);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const conflict = (current: unknown) => new ApiError(409, 'conflict', MESSAGES.conflict, { current });

/** Collects field messages for checks beyond the schema, then throws one 422 with all of them. */
export class FieldErrors {
  readonly fields: Record<string, string[]> = {};
  add(path: string, message: string): this {
    (this.fields[path] ??= []).push(message);
    return this;
  }
  throwIfAny(): void {
    if (Object.keys(this.fields).length > 0) throw validationError(this.fields);
  }
}

const vi = viLocale().localeError;

/** Vietnamese messages for zod's generic issues (the contract's own messages win); as in the mock. */
export function errorMap(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Bắt buộc nhập';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Phải là một số';
  if (issue.code === 'invalid_type' && issue.expected === 'string') return 'Phải là chuỗi ký tự';
  if (issue.code === 'invalid_value') return 'Giá trị không nằm trong danh sách cho phép';
  if (issue.code === 'invalid_format' && issue.format === 'datetime') return 'Thời điểm phải theo ISO 8601';
  if (issue.code === 'too_small' && issue.origin === 'string')
    return Number(issue.minimum) <= 1 ? 'Bắt buộc nhập' : `Tối thiểu ${issue.minimum} ký tự`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `Tối đa ${issue.maximum} ký tự`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `Không được nhỏ hơn ${issue.minimum}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `Không được lớn hơn ${issue.maximum}`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `Tối thiểu ${issue.minimum} mục`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `Tối đa ${issue.maximum} mục`;
  const m = vi(issue);
  return typeof m === 'string' ? m : m?.message;
}

/** zod issues → `{ 'findings.0.title': ['…'] }`; an issue on the whole input is keyed ''. */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) (fields[issue.path.map(String).join('.')] ??= []).push(issue.message);
  return fields;
}

/** Parses with a contract schema or throws a 422 with the per-field messages. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input, { error: errorMap });
  if (!parsed.success) throw validationError(issuesToFields(parsed.error.issues));
  return parsed.data;
}

/** `2020-01` → `01/2020` */
export const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
