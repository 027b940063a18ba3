import type { FastifyRequest } from 'fastify';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MESSAGES, THUMBNAIL_MAX_BYTES } from '../../src/api/evidence';
import { ApiError } from '../http/errors';

/** A refusal with its words also at the part (`file`, `thumbnail`), as the mock answers. */
export const refusePart = (status: 413 | 415 | 422, part: 'file' | 'thumbnail', message: string) =>
  new ApiError(status, 'validation', message, { fields: { [part]: [message] } });

export interface UploadedPart {
  bytes: Buffer;
  fileName: string;
}

/**
 * The parts of a POST /evidence: the file in `file` (at most 10 MB, else 413) and an optional `thumbnail` (at most
 * 1 MB), read whole; other fields are ignored. 422 when it is not multipart, has no file, or repeats a part.
 */
export async function readEvidenceParts(req: FastifyRequest): Promise<{ file: UploadedPart; thumbnail: UploadedPart | null }> {
  if (!req.isMultipart()) throw refusePart(422, 'file', EVIDENCE_MESSAGES.missing);
  let file: UploadedPart | null = null;
  let thumbnail: UploadedPart | null = null;
  let parts;
  try {
    // The route's own limits: a file and its thumbnail (the plugin's default allows one file).
    parts = req.parts({ limits: { files: 2, fileSize: EVIDENCE_MAX_BYTES, fields: 10, parts: 12 } });
  } catch {
    throw refusePart(422, 'file', EVIDENCE_MESSAGES.missing);
  }
  try {
    for await (const part of parts) {
      if (part.type !== 'file') {
        if (part.fieldname === 'file') throw refusePart(422, 'file', EVIDENCE_MESSAGES.missing);
        if (part.fieldname === 'thumbnail') throw refusePart(422, 'thumbnail', EVIDENCE_MESSAGES.thumbnailNotFile);
        continue;
      }
      const name = part.fieldname === 'file' || part.fieldname === 'thumbnail' ? part.fieldname : null;
      if (!name) {
        part.file.resume();
        continue;
      }
      if ((name === 'file' && file) || (name === 'thumbnail' && thumbnail)) throw refusePart(422, 'file', EVIDENCE_MESSAGES.tooManyParts);
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch {
        throw refusePart(413, name, name === 'file' ? EVIDENCE_MESSAGES.tooLarge : EVIDENCE_MESSAGES.thumbnailTooLarge);
      }
      if (part.file.truncated) throw refusePart(413, name, name === 'file' ? EVIDENCE_MESSAGES.tooLarge : EVIDENCE_MESSAGES.thumbnailTooLarge);
      if (name === 'thumbnail' && bytes.length > THUMBNAIL_MAX_BYTES) throw refusePart(413, 'thumbnail', EVIDENCE_MESSAGES.thumbnailTooLarge);
      const uploaded = { bytes, fileName: part.filename };
      if (name === 'file') file = uploaded;
      else thumbnail = uploaded;
    }
  } catch (e) {
    if (e instanceof ApiError) throw e;
    // The plugin's own limits (too many files or parts) and a broken body.
    throw refusePart(422, 'file', EVIDENCE_MESSAGES.tooManyParts);
  }
  if (!file) throw refusePart(422, 'file', EVIDENCE_MESSAGES.missing);
  return { file, thumbnail };
}
