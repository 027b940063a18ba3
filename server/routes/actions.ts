import type { z } from 'zod';
import { clipMiddle } from '../../src/domain/clip';
import { actionDeleteBlock, actionEditBlock, actionMoves, checkMove } from '../../src/domain/status-transitions';
import { endpoints } from '../../src/api/contract';
import {
  ACTION_MESSAGES,
  actionContentFields,
  actionDeleteRefusal,
  actionEditRefusal,
  actionMoveRefusal,
  actionSchema,
  actionsQuerySchema,
  actionsResponseSchema,
  createActionRequestSchema,
  patchActionRequestSchema,
  type Action,
} from '../../src/api/actions';
import type { Queryable } from '../db/database';
import { conflict, FieldErrors, forbidden, notFound } from '../http/errors';
import { currentUser, requireTeam } from '../http/session';
import type { Api, Deps } from '../http/types';

/** As in the mock: a finding takes at most this many remediation actions. */
const MAX_ACTIONS_PER_FINDING = 20;
import { checkUnitFilter, findInspection, inspectionNotFound } from './inspections';

const WRITERS = ['inspector', 'secretariat'] as const;

const ACTION_SELECT = (from: string) => `
  SELECT a.id, a.version, a.inspection_id AS "inspectionId", a.finding_id AS "findingId", a.unit_id AS "unitId",
         a.description, a.owner_unit_id AS "ownerUnitId", a.owner_name AS "ownerName", a.due_date::text AS "dueDate",
         a.status,
         coalesce((SELECT json_agg(json_build_object('at', iso(h.at), 'by', h.by_user, 'from', h.from_status,
                                                     'to', h.to_status, 'note', h.note) ORDER BY h.seq)
                     FROM action_history h WHERE h.action_id = a.id), '[]'::json) AS history,
         iso(a.updated_at) AS "updatedAt"
    FROM ${from} a`;

async function findAction(db: Queryable, id: string): Promise<Action | undefined> {
  return (await db.query<Action>(`${ACTION_SELECT('actions')} WHERE a.id = $1`, [id]))[0];
}

async function checkOwnerUnit(db: Queryable, ownerUnitId: string | undefined, errs: FieldErrors) {
  if (ownerUnitId !== undefined && (await db.query('SELECT 1 FROM units WHERE id = $1', [ownerUnitId])).length === 0)
    errs.add('ownerUnitId', `Không có đơn vị “${ownerUnitId}”`);
}

class StaleVersion extends Error {}

/** The DELETE query (`?version=`) as the contract declares it. */
const deleteQuerySchema = endpoints.find((e) => e.method === 'delete' && e.path === '/actions/{id}')!.query as z.ZodType<{ version: number }>;

export function actionRoutes(api: Api, { db }: Deps) {
  api.get('/actions', { schema: { querystring: actionsQuerySchema, response: { 200: actionsResponseSchema } } }, async (req) => {
    const q = req.query;
    const unit = await checkUnitFilter(db, q.unit);
    return db.query<Action>(
      `${ACTION_SELECT('actions')}
        WHERE ($1::text IS NULL OR a.unit_id = $1) AND ($2::text IS NULL OR a.inspection_id = $2) AND ($3::text IS NULL OR a.status = $3)
        ORDER BY a.due_date, a.id`,
      [unit ?? null, q.inspectionId ?? null, q.status ?? null],
    );
  });

  api.post(
    '/actions',
    { schema: { body: createActionRequestSchema, response: { 201: actionSchema } }, config: { access: WRITERS } },
    async (req, reply) => {
      const user = currentUser(req);
      const body = req.body;
      const inspection = await findInspection(db, body.inspectionId);
      if (!inspection) throw inspectionNotFound(body.inspectionId);
      requireTeam(user, inspection.teamId, 'Bạn chỉ được thêm kiến nghị cho cuộc kiểm tra do đoàn mình thực hiện');
      const errs = new FieldErrors();
      if (!inspection.findings.some((f) => f.id === body.findingId))
        errs.add('findingId', `Cuộc kiểm tra không có tồn tại “${body.findingId}”`);
      else {
        const [n] = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM actions WHERE inspection_id = $1 AND finding_id = $2',
          [inspection.id, body.findingId],
        );
        if ((n?.n ?? 0) >= MAX_ACTIONS_PER_FINDING)
          errs.add('findingId', `Mỗi tồn tại có tối đa ${MAX_ACTIONS_PER_FINDING} kiến nghị`);
      }
      await checkOwnerUnit(db, body.ownerUnitId, errs);
      errs.throwIfAny();
      const saved = await db.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string }>(
          `INSERT INTO actions (id, version, inspection_id, finding_id, unit_id, description, owner_unit_id, owner_name, due_date, status, updated_at)
           VALUES ('act-new-' || nextval('record_seq'), 1, $1, $2, $3, $4, $5, $6, $7, 'not_started', now()) RETURNING id`,
          [inspection.id, body.findingId, inspection.unitId, body.description, body.ownerUnitId, body.ownerName, body.dueDate],
        );
        await tx.query(
          `INSERT INTO action_history (action_id, seq, at, by_user, from_status, to_status, note)
           VALUES ($1, 0, now(), $2, NULL, 'not_started', 'Tạo kiến nghị')`,
          [row!.id, user.id],
        );
        return (await tx.query<Action>(`${ACTION_SELECT('actions')} WHERE a.id = $1`, [row!.id]))[0]!;
      });
      return reply.code(201).send(saved);
    },
  );

  api.patch(
    '/actions/:id',
    { schema: { body: patchActionRequestSchema, response: { 200: actionSchema } }, config: { access: WRITERS } },
    async (req) => {
      const user = currentUser(req);
      const { id } = req.params as { id: string };
      const body = req.body;
      const current = await findAction(db, id);
      if (!current) throw notFound(`Không có kiến nghị “${clipMiddle(id)}”`);
      const inspection = await findInspection(db, current.inspectionId);
      if (user.role !== 'secretariat') {
        if (!inspection) throw forbidden(ACTION_MESSAGES.notOwnTeam);
        requireTeam(user, inspection.teamId, ACTION_MESSAGES.notOwnTeam);
        if (current.status === 'verified') throw forbidden(ACTION_MESSAGES.verified);
        if (body.status === 'verified') throw forbidden('Chỉ văn phòng CCHC được xác nhận kết quả khắc phục đã được xác minh');
      }
      // As in the mock: the content follows the inspection (finalised: the secretariat only), the status moves go on.
      if (inspection && actionContentFields.some((f) => body[f] !== undefined && body[f] !== current[f])) {
        const ownTeam = user.role === 'inspector' && user.teamIds.includes(inspection.teamId);
        const block = actionEditBlock({ role: user.role, ownTeam }, current.status, inspection.status);
        if (block) throw forbidden(actionEditRefusal(block).message);
      }
      // A stale version first: the move below is judged from the status the writer saw (the UPDATE checks again).
      if (body.version !== current.version) throw conflict(current);
      const errs = new FieldErrors();
      await checkOwnerUnit(db, body.ownerUnitId, errs);
      const statusChanges = body.status !== undefined && body.status !== current.status;
      if (statusChanges) {
        const ownTeam = user.role === 'inspector' && !!inspection && user.teamIds.includes(inspection.teamId);
        const check = checkMove(actionMoves, { role: user.role, ownTeam }, current.status, body.status!, { note: body.note });
        if (!check.ok && check.reason !== 'same-status') {
          const refusal = actionMoveRefusal(check.reason as 'not-a-move' | 'role' | 'note-required', current.status, body.status!);
          if (refusal.status === 403) throw forbidden(refusal.message);
          errs.add(refusal.field!, refusal.message);
        }
      }
      errs.throwIfAny();

      try {
        return await db.transaction(async (tx) => {
          const [row] = await tx.query<{ id: string }>(
            `UPDATE actions a SET version = a.version + 1, description = coalesce($3, a.description),
                    owner_unit_id = coalesce($4, a.owner_unit_id), owner_name = coalesce($5, a.owner_name),
                    due_date = coalesce($6::date, a.due_date), status = coalesce($7, a.status), updated_at = now()
              WHERE a.id = $1 AND a.version = $2
          RETURNING a.id`,
            [id, body.version, body.description ?? null, body.ownerUnitId ?? null, body.ownerName ?? null, body.dueDate ?? null, statusChanges ? body.status : null],
          );
          if (!row) throw new StaleVersion();
          if (statusChanges)
            await tx.query(
              `INSERT INTO action_history (action_id, seq, at, by_user, from_status, to_status, note)
               SELECT $1, coalesce(max(seq), -1) + 1, now(), $2, $3, $4, $5 FROM action_history WHERE action_id = $1`,
              // The version matched, so the status before is the one read above.
              [id, user.id, current.status, body.status, body.note ?? ''],
            );
          return (await tx.query<Action>(`${ACTION_SELECT('actions')} WHERE a.id = $1`, [id]))[0]!;
        });
      } catch (e) {
        if (!(e instanceof StaleVersion)) throw e;
        const now = await findAction(db, id);
        if (!now) throw notFound(`Không có kiến nghị “${clipMiddle(id)}”`);
        throw conflict(now);
      }
    },
  );

  api.delete(
    '/actions/:id',
    { schema: { querystring: deleteQuerySchema }, config: { access: WRITERS } },
    async (req, reply) => {
      const user = currentUser(req);
      const { id } = req.params as { id: string };
      const current = await findAction(db, id);
      if (!current) throw notFound(`Không có kiến nghị “${clipMiddle(id)}”`);
      const inspection = await findInspection(db, current.inspectionId);
      if (!inspection) throw forbidden(ACTION_MESSAGES.notOwnTeam);
      const ownTeam = user.role === 'inspector' && user.teamIds.includes(inspection.teamId);
      const block = actionDeleteBlock({ role: user.role, ownTeam }, current.status, inspection.status);
      if (block) throw forbidden(actionDeleteRefusal(block).message);
      // The version and the status checked again in the statement (its history goes with it: ON DELETE CASCADE).
      const gone = await db.query("DELETE FROM actions WHERE id = $1 AND version = $2 AND status = 'not_started' RETURNING id", [
        id,
        req.query.version,
      ]);
      if (gone.length === 0) {
        const now = await findAction(db, id);
        if (!now) throw notFound(`Không có kiến nghị “${clipMiddle(id)}”`);
        if (now.status !== 'not_started') throw forbidden(ACTION_MESSAGES.started);
        throw conflict(now);
      }
      return reply.code(204).send();
    },
  );
}
