import { clipMiddle } from '../../src/domain/clip';
import type { z } from 'zod';
import { endpoints } from '../../src/api/contract';
import {
  CREATE_STATUSES,
  createInspectionRequestSchema,
  inspectionMoveRefusal,
  INSPECTION_MESSAGES,
  inspectionSchema,
  inspectionsQuerySchema,
  inspectionsResponseSchema,
  inspectionStatusLabels,
  patchInspectionRequestSchema,
  type Inspection,
  type InspectionHistoryEntry,
} from '../../src/api/inspections';
import type { InspectionTemplate } from '../../src/api/inspection-template';
import { completenessProblems, type ActionForCompleteness } from '../../src/domain/inspection-completeness';
import { canEditInspection, checkMove, inspectionMoves, type Actor } from '../../src/domain/status-transitions';
import type { Queryable } from '../db/database';
import { conflict, FieldErrors, forbidden, notFound, validationError } from '../http/errors';
import { currentUser, requireTeam } from '../http/session';
import type { Api, Deps } from '../http/types';

export { inspectionStatusLabels };

const deleteQuerySchema = endpoints.find((e) => e.method === 'delete' && e.path === '/inspections/{id}')!
  .query as z.ZodType<{ version: number }>;

const WRITERS = ['inspector', 'secretariat'] as const;

export const INSPECTION_SELECT = `
  SELECT id, version, unit_id AS "unitId", title, team_id AS "teamId", planned_date::text AS "plannedDate",
         start_date::text AS "startDate", end_date::text AS "endDate", status, area_ids AS "areaIds", checklist, findings,
         good_practices AS "goodPractices", history, iso(created_at) AS "createdAt", iso(updated_at) AS "updatedAt",
         updated_by AS "updatedBy"
    FROM inspections`;

export async function findInspection(db: Queryable, id: string): Promise<Inspection | undefined> {
  return (await db.query<Inspection>(`${INSPECTION_SELECT} WHERE id = $1`, [id]))[0];
}

export const inspectionNotFound = (id: string) => notFound(`Không có cuộc kiểm tra “${clipMiddle(id)}”`);

/** 422 on `unit` when a filter names a unit that does not exist. */
export async function checkUnitFilter(db: Queryable, unit: string | undefined): Promise<string | undefined> {
  const u = unit === 'all' ? undefined : unit;
  if (u !== undefined && (await db.query('SELECT 1 FROM units WHERE id = $1', [u])).length === 0)
    new FieldErrors().add('unit', `Không có đơn vị “${u}”`).throwIfAny();
  return u;
}

/** The references of the fields present in `rec`, against the database (422 per field, as in the mock). */
async function checkReferences(db: Queryable, rec: Partial<Inspection>, errs: FieldErrors): Promise<void> {
  if (rec.unitId !== undefined && (await db.query('SELECT 1 FROM units WHERE id = $1', [rec.unitId])).length === 0)
    errs.add('unitId', `Không có đơn vị “${rec.unitId}”`);
  if (rec.teamId !== undefined && (await db.query('SELECT 1 FROM teams WHERE id = $1', [rec.teamId])).length === 0)
    errs.add('teamId', `Không có đoàn kiểm tra “${rec.teamId}”`);
  if (rec.checklist) {
    const rows = await db.query<{ id: string }>(
      `SELECT c->>'id' AS id FROM inspection_template, jsonb_array_elements(areas) a, jsonb_array_elements(a->'criteria') c`,
    );
    const criteria = new Set(rows.map((r) => r.id));
    const seen = new Set<string>();
    rec.checklist.forEach((r, i) => {
      if (!criteria.has(r.criterionId)) errs.add(`checklist.${i}.criterionId`, `Không có tiêu chí “${r.criterionId}” trong mẫu`);
      else if (seen.has(r.criterionId)) errs.add(`checklist.${i}.criterionId`, `Tiêu chí “${r.criterionId}” bị lặp`);
      seen.add(r.criterionId);
    });
  }
  for (const key of ['findings', 'goodPractices'] as const) {
    const seen = new Set<string>();
    rec[key]?.forEach((r, i) => {
      if (seen.has(r.id)) errs.add(`${key}.${i}.id`, `Mã “${r.id}” bị trùng`);
      seen.add(r.id);
    });
  }
}

type SessionUser = ReturnType<typeof currentUser>;
const actorOn = (user: SessionUser, teamId: string): Actor => ({ role: user.role, ownTeam: user.teamIds.includes(teamId) });

/**
 * The history entry of a PATCH that changes the status, or the refusal (src/domain/status-transitions.ts), as the
 * mock rules: 403 for a move of another role, 422 on `status` for no such move or an incomplete record (finalising),
 * on `note` for a move that needs a reason. null when the status does not change.
 */
async function statusMove(
  db: Queryable,
  user: SessionUser,
  current: Inspection,
  next: Inspection,
  note: string | undefined,
  errs: FieldErrors,
): Promise<Omit<InspectionHistoryEntry, 'at'> | null> {
  if (next.status === current.status) return null;
  const [template] = await db.query<Pick<InspectionTemplate, 'areas'>>('SELECT areas FROM inspection_template');
  const actions = await db.query<ActionForCompleteness>(
    `SELECT id, finding_id AS "findingId", description, owner_unit_id AS "ownerUnitId", owner_name AS "ownerName",
            due_date::text AS "dueDate"
       FROM actions WHERE inspection_id = $1`,
    [current.id],
  );
  const problems = completenessProblems({ version: 0, areas: template?.areas ?? [] }, next, actions, next.areaIds);
  const check = checkMove(inspectionMoves, actorOn(user, current.teamId), current.status, next.status, {
    note,
    complete: problems.length === 0,
  });
  if (check.ok) return { by: user.id, from: current.status, to: next.status, note: note?.trim() ?? '' };
  if (check.reason === 'same-status') return null;
  const refusal = inspectionMoveRefusal(check.reason, current.status, next.status, problems);
  if (refusal.status === 403) throw forbidden(refusal.message);
  errs.add(refusal.field!, refusal.message);
  return null;
}

/** Thrown inside a transaction to roll it back when the version did not match. */
class StaleVersion extends Error {}

export function inspectionRoutes(api: Api, { db }: Deps) {
  api.get('/inspections', { schema: { querystring: inspectionsQuerySchema, response: { 200: inspectionsResponseSchema } } }, async (req) => {
    const q = req.query;
    const unit = await checkUnitFilter(db, q.unit);
    return db.query<Inspection>(
      `${INSPECTION_SELECT}
        WHERE ($1::text IS NULL OR unit_id = $1) AND ($2::int IS NULL OR extract(year FROM planned_date) = $2)
          AND ($3::text IS NULL OR status = $3)
        ORDER BY planned_date DESC, id`,
      [unit ?? null, q.year ?? null, q.status ?? null],
    );
  });

  api.get('/inspections/:id', { schema: { response: { 200: inspectionSchema } } }, async (req) => {
    const { id } = req.params as { id: string };
    const rec = await findInspection(db, id);
    if (!rec) throw inspectionNotFound(id);
    return rec;
  });

  api.post(
    '/inspections',
    { schema: { body: createInspectionRequestSchema, response: { 201: inspectionSchema } }, config: { access: WRITERS } },
    async (req, reply) => {
      const user = currentUser(req);
      const body = req.body;
      const errs = new FieldErrors();
      await checkReferences(db, body, errs);
      if (!CREATE_STATUSES.includes(body.status)) errs.add('status', INSPECTION_MESSAGES.createStatus);
      errs.throwIfAny();
      requireTeam(user, body.teamId, 'Bạn chỉ được lập kế hoạch kiểm tra cho đoàn mà mình là thành viên');
      const [saved] = await db.query<Inspection>(
        `WITH w AS (
           INSERT INTO inspections (id, version, unit_id, title, team_id, planned_date, start_date, end_date, status,
                                    checklist, findings, good_practices, created_at, updated_at, updated_by, area_ids, history)
           VALUES ('insp-new-' || nextval('record_seq'), 1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), now(), $11, $12,
                   jsonb_build_array(jsonb_build_object('at', iso(now()), 'by', $11::text, 'from', null, 'to', $7::text, 'note', '')))
           RETURNING *)
         ${INSPECTION_SELECT.replace('FROM inspections', 'FROM w')}`,
        [
          body.unitId, body.title, body.teamId, body.plannedDate, body.startDate, body.endDate, body.status,
          JSON.stringify(body.checklist), JSON.stringify(body.findings), JSON.stringify(body.goodPractices), user.id,
          JSON.stringify(body.areaIds),
        ],
      );
      return reply.code(201).send(saved!);
    },
  );

  api.patch(
    '/inspections/:id',
    { schema: { body: patchInspectionRequestSchema, response: { 200: inspectionSchema } }, config: { access: WRITERS } },
    async (req) => {
      const user = currentUser(req);
      const { id } = req.params as { id: string };
      const current = await findInspection(db, id);
      if (!current) throw inspectionNotFound(id);
      requireTeam(user, current.teamId, 'Bạn không thuộc đoàn thực hiện cuộc kiểm tra này');
      const { version, ...changes } = req.body;
      if (changes.teamId !== undefined)
        requireTeam(user, changes.teamId, 'Bạn chỉ được giao cuộc kiểm tra cho đoàn mà mình là thành viên');
      // A finalised inspection is read-only but for the secretariat; a cancelled one for everyone.
      if (!canEditInspection(actorOn(user, current.teamId), current.status))
        throw forbidden(current.status === 'cancelled' ? INSPECTION_MESSAGES.cancelled : INSPECTION_MESSAGES.finalised);

      const { note, ...fields } = changes;
      const next: Inspection = { ...current, ...fields };
      const errs = new FieldErrors();
      const move = await statusMove(db, user, current, next, note, errs);
      await checkReferences(db, changes, errs);
      if (next.startDate && next.endDate && next.startDate > next.endDate)
        errs.add('endDate', 'Ngày kết thúc phải không sớm hơn ngày bắt đầu');
      if (changes.findings) {
        const kept = new Set(changes.findings.map((f) => f.id));
        const used = new Set(
          (await db.query<{ finding_id: string }>('SELECT finding_id FROM actions WHERE inspection_id = $1', [id])).map((r) => r.finding_id),
        );
        for (const f of current.findings)
          if (!kept.has(f.id) && used.has(f.id)) errs.add('findings', `Tồn tại “${f.title}” đã có kiến nghị khắc phục nên không xóa được`);
      }
      if (Object.keys(errs.fields).length > 0) {
        // A refused status move (an incomplete record to finalise, say): its sentence is the answer's message too.
        const refusedMove = next.status !== current.status ? errs.fields.status?.[0] : undefined;
        throw validationError(errs.fields, refusedMove);
      }

      try {
        return await db.transaction(async (tx) => {
          const [saved] = await tx.query<Inspection>(
            `WITH w AS (
               UPDATE inspections SET version = version + 1, unit_id = $3, title = $4, team_id = $5, planned_date = $6,
                      start_date = $7, end_date = $8, status = $9, checklist = $10, findings = $11, good_practices = $12,
                      updated_at = now(), updated_by = $13, area_ids = $14,
                      history = history || CASE WHEN $15::text IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object(
                        'at', iso(now()), 'by', $13::text, 'from', $16::text, 'to', $9::text, 'note', $15::text)) END
                WHERE id = $1 AND version = $2 RETURNING *)
             ${INSPECTION_SELECT.replace('FROM inspections', 'FROM w')}`,
            [
              id, version, next.unitId, next.title, next.teamId, next.plannedDate, next.startDate, next.endDate, next.status,
              JSON.stringify(next.checklist), JSON.stringify(next.findings), JSON.stringify(next.goodPractices), user.id,
              JSON.stringify(next.areaIds), move ? move.note : null, move ? move.from : null,
            ],
          );
          if (!saved) throw new StaleVersion();
          if (saved.unitId !== current.unitId)
            await tx.query('UPDATE actions SET unit_id = $2 WHERE inspection_id = $1', [id, saved.unitId]);
          return saved;
        });
      } catch (e) {
        if (!(e instanceof StaleVersion)) throw e;
        const now = await findInspection(db, id);
        if (!now) throw inspectionNotFound(id);
        throw conflict(now);
      }
    },
  );

  api.delete(
    '/inspections/:id',
    { schema: { querystring: deleteQuerySchema }, config: { access: WRITERS } },
    async (req, reply) => {
      const user = currentUser(req);
      const { id } = req.params as { id: string };
      const current = await findInspection(db, id);
      if (!current) throw inspectionNotFound(id);
      requireTeam(user, current.teamId, 'Bạn không thuộc đoàn thực hiện cuộc kiểm tra này');
      if (current.status !== 'planned')
        throw forbidden(
          `Chỉ xóa được cuộc kiểm tra còn ở trạng thái kế hoạch; cuộc kiểm tra này ở trạng thái “${inspectionStatusLabels[current.status]}”`,
        );
      // Its actions go with it (ON DELETE CASCADE), in the same statement.
      const gone = await db.query("DELETE FROM inspections WHERE id = $1 AND version = $2 AND status = 'planned' RETURNING id", [
        id,
        req.query.version,
      ]);
      if (gone.length === 0) {
        const now = await findInspection(db, id);
        if (!now) throw inspectionNotFound(id);
        throw conflict(now);
      }
      return reply.code(204).send();
    },
  );
}
