import { clipMiddle } from '../../src/domain/clip';
import path from 'node:path';
import {
  cleanEvidenceName,
  EVIDENCE_IMAGE_TYPES,
  EVIDENCE_MESSAGES,
  evidenceSchema,
  type Evidence,
} from '../../src/api/evidence';
import { EvidenceStore } from '../evidence/store';
import { sniffEvidenceType } from '../evidence/file-type';
import { readEvidenceParts, refusePart } from '../evidence/multipart';
import { notFound } from '../http/errors';
import { currentUser } from '../http/session';
import type { Api, Deps } from '../http/types';

const SELECT = `SELECT id, file_name AS name, media_type AS type, size_bytes AS size, thumbnail_id AS "thumbnailId",
                       iso(uploaded_at) AS "createdAt", sha256
                  FROM evidence`;

const INSERT = `INSERT INTO evidence (id, file_name, media_type, size_bytes, sha256, uploaded_by, thumbnail_id)
                VALUES ('ev-' || nextval('record_seq'), $1, $2, $3, $4, $5, $6)
                RETURNING id, file_name AS name, media_type AS type, size_bytes AS size, thumbnail_id AS "thumbnailId",
                          iso(uploaded_at) AS "createdAt"`;

/**
 * Evidence files (src/api/evidence.ts): JPEG, PNG, WebP or PDF by content, at most 10 MB, the bytes in EVIDENCE_DIR
 * under their SHA-256, the rest in the evidence table. Inspectors and the secretariat upload, every signed-in user
 * reads.
 */
export function evidenceRoutes(api: Api, { db, evidenceDir }: Deps) {
  const store = new EvidenceStore(evidenceDir ?? path.resolve('data', 'evidence'));

  api.post(
    '/evidence',
    { schema: { response: { 201: evidenceSchema } }, config: { access: ['inspector', 'secretariat'] } },
    async (req, reply) => {
      const user = currentUser(req);
      const { file, thumbnail } = await readEvidenceParts(req);
      if (file.bytes.length === 0) throw refusePart(422, 'file', EVIDENCE_MESSAGES.empty);
      const type = sniffEvidenceType(file.bytes);
      if (!type) throw refusePart(415, 'file', EVIDENCE_MESSAGES.type);
      let thumbType = null;
      if (thumbnail) {
        if (type === 'application/pdf') throw refusePart(422, 'thumbnail', EVIDENCE_MESSAGES.thumbnailForPdf);
        if (thumbnail.bytes.length === 0) throw refusePart(422, 'thumbnail', EVIDENCE_MESSAGES.empty);
        thumbType = sniffEvidenceType(thumbnail.bytes);
        if (!thumbType || !EVIDENCE_IMAGE_TYPES.includes(thumbType)) throw refusePart(415, 'thumbnail', EVIDENCE_MESSAGES.thumbnailType);
      }
      const name = cleanEvidenceName(file.fileName);
      // The bytes first (named by their hash, written whole), then the rows in one transaction.
      const sha = await store.put(file.bytes);
      const thumbSha = thumbnail ? await store.put(thumbnail.bytes) : null;
      const saved = await db.transaction(async (tx) => {
        const thumb = thumbnail
          ? (await tx.query<Evidence>(INSERT, [`thu-nho-${name}`.slice(0, 255), thumbType, thumbnail.bytes.length, thumbSha, user.id, null]))[0]
          : undefined;
        return (await tx.query<Evidence>(INSERT, [name, type, file.bytes.length, sha, user.id, thumb?.id ?? null]))[0];
      });
      return reply.code(201).send(saved!);
    },
  );

  api.get('/evidence/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    const [row] = await db.query<Evidence & { sha256: string }>(`${SELECT} WHERE id = $1`, [id]);
    if (!row) throw notFound(EVIDENCE_MESSAGES.notFound(clipMiddle(id)));
    const bytes = await store.get(row.sha256);
    // Always a download with the type found by content: an uploaded file never runs as a page here. The bytes of an
    // id never change, so the browser may keep them (privately: they are behind a sign-in).
    return reply
      .type(row.type)
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`)
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .header('Cache-Control', 'private, max-age=86400')
      .send(bytes);
  });
}
