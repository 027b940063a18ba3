import { clipMiddle } from '../../src/domain/clip';
import path from 'node:path';
import { z } from 'zod';
import { dateTimeSchema } from '../../src/api/common';
import { EvidenceStore } from '../evidence/store';
import { sniffEvidenceType } from '../evidence/file-type';
import { notFound, validationError } from '../http/errors';
import { currentUser, requireTeam } from '../http/session';
import type { Api, Deps } from '../http/types';
import { readUpload } from '../http/upload';
import { findInspection, inspectionNotFound } from './inspections';

const evidenceSchema = z.object({
  id: z.string(),
  inspectionId: z.string(),
  fileName: z.string(),
  mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
  sizeBytes: z.number().int().positive(),
  sha256: z.string(),
  uploadedAt: dateTimeSchema,
  uploadedBy: z.string(),
});
type Evidence = z.infer<typeof evidenceSchema>;

const SELECT = `SELECT id, inspection_id AS "inspectionId", file_name AS "fileName", media_type AS "mediaType",
                       size_bytes AS "sizeBytes", sha256, iso(uploaded_at) AS "uploadedAt", uploaded_by AS "uploadedBy"
                  FROM evidence`;

/** A file name as the user gave it, without folders or control characters, at most 255 characters. */
const cleanName = (name: string) =>
  path.basename(name.replace(/\\/g, '/')).replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 255) || 'tep';

/**
 * Evidence files of an inspection (photos, scanned minutes): JPEG, PNG, WebP or PDF by content, at most
 * 10 MiB, kept in EVIDENCE_DIR. Not yet part of the SPA's contract (no screen uploads yet).
 */
export function evidenceRoutes(api: Api, { db, evidenceDir }: Deps) {
  const store = new EvidenceStore(evidenceDir ?? path.resolve('data', 'evidence'));

  api.get('/inspections/:id/evidence', { schema: { response: { 200: z.array(evidenceSchema) } } }, async (req) => {
    const { id } = req.params as { id: string };
    if (!(await findInspection(db, id))) throw inspectionNotFound(id);
    return db.query<Evidence>(`${SELECT} WHERE inspection_id = $1 ORDER BY uploaded_at, id`, [id]);
  });

  api.post(
    '/inspections/:id/evidence',
    { schema: { response: { 201: evidenceSchema } }, config: { access: ['inspector', 'secretariat'] } },
    async (req, reply) => {
      const user = currentUser(req);
      const { id } = req.params as { id: string };
      const inspection = await findInspection(db, id);
      if (!inspection) throw inspectionNotFound(id);
      requireTeam(user, inspection.teamId, 'Bạn chỉ được thêm minh chứng cho cuộc kiểm tra do đoàn mình thực hiện');
      const { bytes, fileName } = await readUpload(req, 'Gửi tệp minh chứng trong trường “file” (multipart/form-data)');
      const mediaType = sniffEvidenceType(bytes);
      if (!mediaType) throw validationError({ file: ['Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF (kiểm tra theo nội dung tệp)'] });
      const sha256 = await store.put(bytes);
      const [row] = await db.query<Evidence>(
        `WITH w AS (INSERT INTO evidence (id, inspection_id, file_name, media_type, size_bytes, sha256, uploaded_by)
                    VALUES ('ev-' || nextval('record_seq'), $1, $2, $3, $4, $5, $6) RETURNING *)
         ${SELECT.replace('FROM evidence', 'FROM w')}`,
        [id, cleanName(fileName), mediaType, bytes.length, sha256, user.id],
      );
      return reply.code(201).send(row!);
    },
  );

  api.get('/evidence/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    const [row] = await db.query<Evidence>(`${SELECT} WHERE id = $1`, [id]);
    if (!row) throw notFound(`Không có minh chứng “${clipMiddle(id)}”`);
    const bytes = await store.get(row.sha256);
    // Always a download with the type found by content: an uploaded file never runs as a page here.
    return reply
      .type(row.mediaType)
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .send(bytes);
  });
}
