import { HttpResponse } from 'msw';
import {
  cleanEvidenceName,
  EVIDENCE_IMAGE_TYPES,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MESSAGES,
  sniffEvidenceType,
  THUMBNAIL_MAX_BYTES,
  type Evidence,
  type EvidenceType,
} from '../../src/api/evidence';
import { getEvidence, newEvidenceId, putEvidence, type StoredEvidence } from '../evidence-store';
import * as h from '../http-helpers';

/** A refusal with its words also at the part (`file`, `thumbnail`), as the reference server answers. */
const refuse = (status: 413 | 415 | 422, part: 'file' | 'thumbnail', message: string) =>
  h.reject(h.jsonError(status, 'validation', message, { fields: { [part]: [message] } }));

/** The bytes of an uploaded part, checked: not empty, within `max` (413), of an accepted type by content (415). */
async function readPart(part: Blob, name: 'file' | 'thumbnail', max: number, accepted: readonly EvidenceType[]) {
  if (part.size > max) throw refuse(413, name, name === 'file' ? EVIDENCE_MESSAGES.tooLarge : EVIDENCE_MESSAGES.thumbnailTooLarge);
  if (part.size === 0) throw refuse(422, name, EVIDENCE_MESSAGES.empty);
  const bytes = await part.arrayBuffer();
  const type = sniffEvidenceType(new Uint8Array(bytes, 0, Math.min(16, bytes.byteLength)));
  if (!type || !accepted.includes(type)) throw refuse(415, name, name === 'file' ? EVIDENCE_MESSAGES.type : EVIDENCE_MESSAGES.thumbnailType);
  return { bytes, type };
}

const metadata = ({ bytes: _bytes, createdBy: _by, ...evidence }: StoredEvidence): Evidence => evidence;

export const evidenceHandlers = [
  h.route('post', '/evidence', async ({ request, user }) => {
    h.requireRole(user, h.WRITERS);
    let form: FormData;
    try {
      if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) throw new Error('not multipart');
      form = await request.formData();
    } catch {
      throw refuse(422, 'file', EVIDENCE_MESSAGES.missing);
    }
    if (form.getAll('file').length > 1 || form.getAll('thumbnail').length > 1) throw refuse(422, 'file', EVIDENCE_MESSAGES.tooManyParts);
    const file = form.get('file');
    if (!(file instanceof Blob)) throw refuse(422, 'file', EVIDENCE_MESSAGES.missing);
    const main = await readPart(file, 'file', EVIDENCE_MAX_BYTES, ['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);

    const thumbPart = form.get('thumbnail');
    if (thumbPart !== null && !(thumbPart instanceof Blob)) throw refuse(422, 'thumbnail', EVIDENCE_MESSAGES.thumbnailNotFile);
    if (thumbPart && main.type === 'application/pdf') throw refuse(422, 'thumbnail', EVIDENCE_MESSAGES.thumbnailForPdf);
    const thumb = thumbPart ? await readPart(thumbPart, 'thumbnail', THUMBNAIL_MAX_BYTES, EVIDENCE_IMAGE_TYPES) : null;

    const createdAt = h.nowIso();
    const name = cleanEvidenceName(file instanceof File ? file.name : null);
    const thumbnail: StoredEvidence | null = thumb && {
      id: newEvidenceId(),
      name: `thu-nho-${name}`.slice(0, 255),
      type: thumb.type,
      size: thumb.bytes.byteLength,
      thumbnailId: null,
      createdAt,
      createdBy: user.id,
      bytes: thumb.bytes,
    };
    const record: StoredEvidence = {
      id: newEvidenceId(),
      name,
      type: main.type,
      size: main.bytes.byteLength,
      thumbnailId: thumbnail?.id ?? null,
      createdAt,
      createdBy: user.id,
      bytes: main.bytes,
    };
    // Both or neither; a refusal of the store (its quota) is a 507 the user sees (the route wrapper answers it).
    await putEvidence(thumbnail ? [thumbnail, record] : [record]);
    return HttpResponse.json(metadata(record), { status: 201 });
  }),

  h.route('get', '/evidence/:id', async ({ params }) => {
    const id = h.param(params, 'id');
    const rec = await getEvidence(id);
    if (!rec) return h.notFound(EVIDENCE_MESSAGES.notFound(h.clip(id)));
    return new HttpResponse(rec.bytes, {
      status: 200,
      headers: { 'Content-Type': rec.type, 'Content-Length': String(rec.size), 'Cache-Control': 'private, max-age=86400' },
    });
  }),
];
