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


/** `2020-01` → `01/2020` */
export const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
