import type { FastifyRequest } from 'fastify';
import { ApiError, validationError } from './errors';

/** Uploaded files (report imports, evidence) are at most 10 MiB. */
export const UPLOAD_LIMIT = 10 * 1024 * 1024;
const tooLarge = () => new ApiError(413, 'validation', `Tệp lớn hơn ${UPLOAD_LIMIT / 1024 / 1024} MB`);

/** The one file of a multipart request (field `file`), read whole; 422 without one, 413 over the limit. */
export async function readUpload(req: FastifyRequest, howTo: string): Promise<{ bytes: Buffer; fileName: string }> {
  if (!req.isMultipart()) throw validationError({ file: [howTo] });
  let part;
  try {
    part = await req.file();
  } catch {
    throw validationError({ file: [howTo] });
  }
  if (!part || part.fieldname !== 'file') throw validationError({ file: ['Chưa chọn tệp'] });
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch {
    throw tooLarge();
  }
  if (part.file.truncated) throw tooLarge();
  return { bytes, fileName: part.filename };
}
