import { HttpResponse } from 'msw';
import type { z } from 'zod';
import {
  ACTION_MESSAGES,
  actionContentFields,
  actionDeleteRefusal,
  actionEditRefusal,
  actionMoveRefusal,
  actionsQuerySchema,
  createActionRequestSchema,
  patchActionRequestSchema,
  type Action,
} from '../../src/api/actions';
import { actionDeleteBlock, actionEditBlock, actionMoves, checkMove, type Actor } from '../../src/domain/status-transitions';
import { endpoints } from '../../src/api/contract';
import type { Dataset } from '../data/dataset';
import * as h from '../http-helpers';
import { findAction, findInspection, listActions, newId, removeAction, saveAction } from '../store';
import { inspectionNotFound, requireTeam } from './inspections';

/** At most this many actions for one finding: a finding with more is a mistake (or an attack on the store). */
export const MAX_ACTIONS_PER_FINDING = 20;

const checkOwnerUnit = (dataset: Dataset, ownerUnitId: string | undefined, errs: h.FieldErrors) => {
  if (ownerUnitId !== undefined && !dataset.units.some((u) => u.id === ownerUnitId))
    errs.add('ownerUnitId', `Không có đơn vị “${ownerUnitId}”`);
};

/** The DELETE query (`?version=`) as the contract declares it. */
const deleteQuerySchema = endpoints.find((e) => e.method === 'delete' && e.path === '/actions/{id}')!.query as z.ZodType<{ version: number }>;

const byDueDate = (a: Action, b: Action) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id);

const actorOn = (user: { role: Actor['role']; teamIds: readonly string[] }, teamId: string): Actor => ({
  role: user.role,
  ownTeam: user.role === 'inspector' && user.teamIds.includes(teamId),
});

export const actionsHandlers = [
  h.route('get', '/actions', ({ request, dataset }) => {
    const q = h.listQuery(request, dataset, actionsQuerySchema);
    const rows = listActions()
      .filter(
        (a) =>
          (q.unitId === undefined || a.unitId === q.unitId) &&
          (q.inspectionId === undefined || a.inspectionId === q.inspectionId) &&
          (q.status === undefined || a.status === q.status),
      )
      .sort(byDueDate);
    return HttpResponse.json(rows);
  }),

  h.route('post', '/actions', async ({ request, dataset, user }) => {
    h.requireRole(user, h.WRITERS);
    const body = await h.parseBody(request, createActionRequestSchema);
    const inspection = findInspection(body.inspectionId);
    if (!inspection) return inspectionNotFound(body.inspectionId);
    requireTeam(user, inspection.teamId, 'Bạn chỉ được thêm kiến nghị cho cuộc kiểm tra do đoàn mình thực hiện');
    const errs = new h.FieldErrors();
    if (!inspection.findings.some((f) => f.id === body.findingId))
      errs.add('findingId', `Cuộc kiểm tra không có tồn tại “${body.findingId}”`);
    else if (listActions().filter((a) => a.findingId === body.findingId && a.inspectionId === inspection.id).length >= MAX_ACTIONS_PER_FINDING)
      errs.add('findingId', `Mỗi tồn tại có tối đa ${MAX_ACTIONS_PER_FINDING} kiến nghị`);
    checkOwnerUnit(dataset, body.ownerUnitId, errs);
    errs.throwIfAny();
    const now = h.nowIso();
    const rec: Action = {
      id: newId('act'),
      version: 1,
      inspectionId: inspection.id,
      findingId: body.findingId,
      unitId: inspection.unitId,
      description: body.description,
      ownerUnitId: body.ownerUnitId,
      ownerName: body.ownerName,
      dueDate: body.dueDate,
      status: 'not_started',
      history: [{ at: now, by: user.id, from: null, to: 'not_started', note: 'Tạo kiến nghị' }],
      updatedAt: now,
    };
    return HttpResponse.json(saveAction(rec), { status: 201 });
  }),

  h.route('patch', '/actions/:id', async (ctx) => {
    const { request, dataset, user, fault } = ctx;
    const { current } = h.writableRecord(ctx, findAction, (id) => h.notFound(`Không có kiến nghị “${h.clip(id)}”`));
    const body = await h.parseBody(request, patchActionRequestSchema);
    const inspection = findInspection(current.inspectionId);
    if (user.role !== 'secretariat') {
      if (!inspection) return h.forbidden(ACTION_MESSAGES.notOwnTeam);
      requireTeam(user, inspection.teamId, ACTION_MESSAGES.notOwnTeam);
      if (current.status === 'verified') return h.forbidden(ACTION_MESSAGES.verified);
      if (body.status === 'verified')
        return h.forbidden('Chỉ văn phòng CCHC được xác nhận kết quả khắc phục đã được xác minh');
    }
    // What, owner and due date follow the inspection (read-only once finalised, but for the secretariat); the status
    // moves of the remediation go on.
    if (inspection && actionContentFields.some((f) => body[f] !== undefined && body[f] !== current[f])) {
      const block = actionEditBlock(actorOn(user, inspection.teamId), current.status, inspection.status);
      if (block) return h.forbidden(actionEditRefusal(block).message);
    }
    // A stale version first: the move below is judged from the status the writer saw.
    h.checkVersion(current, body.version, fault);
    const errs = new h.FieldErrors();
    checkOwnerUnit(dataset, body.ownerUnitId, errs);
    if (body.status !== undefined && body.status !== current.status) {
      const ownTeam = user.role === 'inspector' && !!inspection && user.teamIds.includes(inspection.teamId);
      const check = checkMove(actionMoves, { role: user.role, ownTeam }, current.status, body.status, { note: body.note });
      if (!check.ok && check.reason !== 'same-status') {
        const refusal = actionMoveRefusal(check.reason as 'not-a-move' | 'role' | 'note-required', current.status, body.status);
        if (refusal.status === 403) return h.forbidden(refusal.message);
        errs.add(refusal.field!, refusal.message);
      }
    }
    errs.throwIfAny();

    const { version: _version, note, status, ...changes } = body;
    const now = h.nowIso();
    const next: Action = { ...current, ...changes, version: current.version + 1, updatedAt: now };
    if (status !== undefined && status !== current.status) {
      next.status = status;
      next.history = [...current.history, { at: now, by: user.id, from: current.status, to: status, note: note ?? '' }];
    }
    return HttpResponse.json(saveAction(next));
  }),

  h.route('delete', '/actions/:id', (ctx) => {
    const { request, user, fault } = ctx;
    const { id, current } = h.writableRecord(ctx, findAction, (x) => h.notFound(`Không có kiến nghị “${h.clip(x)}”`));
    const { version } = h.parseQuery(request, deleteQuerySchema);
    const inspection = findInspection(current.inspectionId);
    if (!inspection) return h.forbidden(ACTION_MESSAGES.notOwnTeam);
    const block = actionDeleteBlock(actorOn(user, inspection.teamId), current.status, inspection.status);
    if (block) return h.forbidden(actionDeleteRefusal(block).message);
    h.checkVersion(current, version, fault);
    removeAction(id);
    return new HttpResponse(null, { status: 204 });
  }),
];
