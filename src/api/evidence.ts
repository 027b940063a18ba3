import { z } from 'zod';
import { ApiError, isApiError } from './api-error';
import { dateTimeSchema } from './common';
import { request, requestBlob, type FetchOptions } from './client';

/**
 * Evidence files (minh chứng): photos from the site and scanned documents, uploaded once and named by their id in a
 * criterion's `evidence` list. `POST /evidence` takes multipart/form-data with the file in `file` and, for a photo,
 * a thumbnail the client made in `thumbnail`; `GET /evidence/:id` gives the bytes back with their type.
 */

/** The accepted types, told by the file's first bytes (the name and the declared type are not trusted). */
export const evidenceTypeSchema = z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
export type EvidenceType = z.infer<typeof evidenceTypeSchema>;
export const EVIDENCE_IMAGE_TYPES: readonly EvidenceType[] = ['image/jpeg', 'image/png', 'image/webp'];

/** At most 10 MB (10 × 1024 × 1024 bytes) a file; a thumbnail at most 1 MB (a 320 px JPEG is some 30 KB). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const THUMBNAIL_MAX_BYTES = 1024 * 1024;

/** One stored file. `thumbnailId`: the evidence id of its thumbnail (a photo uploaded with one), else null. */
export const evidenceSchema = z.object({
  id: z.string(),
  /** The file's name as the user gave it, without folders or control characters. */
  name: z.string(),
  type: evidenceTypeSchema,
  /** Bytes. */
  size: z.number().int().positive(),
  thumbnailId: z.string().nullable(),
  createdAt: dateTimeSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * Whether an entry of a criterion's `evidence` list names an uploaded file (both backends give ids starting `ev-`,
 * e.g. `ev-123`) rather than being a written reference ("Kế hoạch số 12/KH-UBND…", as the seed has).
 */
export const isEvidenceId = (ref: string) => /^ev-[0-9a-z-]{1,60}$/.test(ref);

const starts = (b: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type of a file by its first bytes (JPEG FF D8 FF, PNG's signature, RIFF…WEBP, %PDF-), or null: not accepted. */
export function sniffEvidenceType(b: Uint8Array): EvidenceType | null {
  if (starts(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(b, ascii('RIFF')) && starts(b, ascii('WEBP'), 8)) return 'image/webp';
  if (starts(b, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/** A file name as the user gave it, without folders or control characters, at most 255 characters ("tep" if none). */
export function cleanEvidenceName(name: string | undefined | null): string {
  const base = (name ?? '').replace(/\\/g, '/').split('/').pop() ?? '';
  return [...base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim()].slice(0, 255).join('') || 'tep';
}

/** The words of the refusals, the same on both backends (each also at the field: `file` or `thumbnail`). */
export const EVIDENCE_MESSAGES = {
  missing: 'Chưa chọn tệp minh chứng (gửi tệp trong trường “file”, multipart/form-data)',
  empty: 'Tệp rỗng: không có nội dung',
  tooLarge: 'Tệp lớn hơn 10 MB: mỗi tệp minh chứng tối đa 10 MB',
  type: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF (kiểm tra theo nội dung tệp, không theo tên tệp)',
  thumbnailNotFile: 'Ảnh thu nhỏ phải là một tệp ảnh',
  thumbnailForPdf: 'Chỉ ảnh mới có ảnh thu nhỏ, tệp PDF thì không',
  thumbnailTooLarge: 'Ảnh thu nhỏ tối đa 1 MB',
  thumbnailType: 'Ảnh thu nhỏ phải là ảnh JPEG, PNG hoặc WebP',
  tooManyParts: 'Mỗi lần chỉ gửi một tệp minh chứng và một ảnh thu nhỏ',
  notFound: (id: string) => `Không có minh chứng “${id}”`,
  storeFull:
    'Bộ nhớ của trình duyệt đã đầy: không lưu được tệp minh chứng. Hãy xóa bớt dữ liệu mô phỏng (bảng điều khiển mô phỏng) rồi thử lại.',
  storeUnavailable: 'Trình duyệt không cho lưu tệp minh chứng (IndexedDB không dùng được, ví dụ ở chế độ riêng tư).',
} as const;

/**
 * Uploads one file (a PDF, or a photo already scaled by src/lib/evidence/scale-image.ts) with the thumbnail made for
 * it. A refusal is an ApiError: 403 (a leader), 413 (over 10 MB) and 415 (not a JPEG, PNG, WebP or PDF by content)
 * as kind `validation` with their status (the same file will never pass: a queue must not retry it), 422 (no file),
 * 507 (the demo's browser store is full: kind `server`); `fieldMessage('file')` holds the words for the field.
 */
export async function uploadEvidence(file: Blob, thumbnail?: Blob | null, { signal }: FetchOptions = {}) {
  const body = new FormData();
  body.append('file', file, file instanceof File ? file.name : 'tep');
  if (thumbnail) body.append('thumbnail', thumbnail, 'thumbnail.jpg');
  try {
    return await request('POST', '/evidence', { body, response: evidenceSchema, signal });
  } catch (e) {
    if (!isApiError(e) || (e.status !== 413 && e.status !== 415)) throw e;
    throw new ApiError('validation', e.message, {
      method: e.method ?? undefined,
      path: e.path ?? undefined,
      status: e.status,
      serverMessage: e.serverMessage ?? undefined,
      fields: e.fields,
    });
  }
}

/**
 * The bytes of one file as a Blob of its type, fetched with the session's token (an `<img src>` cannot send one):
 * show it with `URL.createObjectURL` and revoke the URL when done (src/lib/queries/evidence.ts does).
 */
export const getEvidenceBlob = (id: string, { signal }: FetchOptions = {}) =>
  requestBlob('GET', `/evidence/${encodeURIComponent(id)}`, { signal });
