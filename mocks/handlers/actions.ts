import { HttpResponse } from 'msw';
import {
  actionsQuerySchema,
  createActionRequestSchema,
  patchActionRequestSchema,
  type Action,
} from '../../src/api/actions';
import type { Dataset } from '../data/dataset';
import {
  checkVersion,
  FieldErrors,
  forbidden,
  notFound,
  nowIso,
  param,
  parseBody,
  parseQuery,
  requireRole,
  route,
  unitFilter,
} from '../http-helpers';
import { findAction, findInspection, listActions, newId, saveAction } from '../store';
import { inspectionNotFound, requireTeam } from './inspections';

const checkOwnerUnit = (dataset: Dataset, ownerUnitId: string | undefined, errs: FieldErrors) => {
  if (ownerUnitId !== undefined && !dataset.units.some((u) => u.id === ownerUnitId))
    errs.add('ownerUnitId', `Không có đơn vị “${ownerUnitId}”`);
};

const byDueDate = (a: Action, b: Action) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id);

const notOwnTeam = 'Bạn chỉ được cập nhật kiến nghị của cuộc kiểm tra do đoàn mình thực hiện';

export const actionsHandlers = [
  route('get', '/actions', ({ request, dataset }) => {
    const q = parseQuery(request, actionsQuerySchema);
    const unit = unitFilter(dataset.units, q.unit);
    const rows = listActions()
      .filter(
        (a) =>
          (unit === undefined || a.unitId === unit) &&
          (q.inspectionId === undefined || a.inspectionId === q.inspectionId) &&
          (q.status === undefined || a.status === q.status),
      )
      .sort(byDueDate);
    return HttpResponse.json(rows);
  }),

  route('post', '/actions', async ({ request, dataset, user }) => {
    requireRole(user, ['inspector', 'secretariat']);
    const body = await parseBody(request, createActionRequestSchema);
    const inspection = findInspection(body.inspectionId);
    if (!inspection) return inspectionNotFound(body.inspectionId);
    requireTeam(user, inspection.teamId, 'Bạn chỉ được thêm kiến nghị cho cuộc kiểm tra do đoàn mình thực hiện');
    const errs = new FieldErrors();
    if (!inspection.findings.some((f) => f.id === body.findingId))
      errs.add('findingId', `Cuộc kiểm tra không có tồn tại “${body.findingId}”`);
    checkOwnerUnit(dataset, body.ownerUnitId, errs);
    errs.throwIfAny();
    const now = nowIso();
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

  route('patch', '/actions/:id', async ({ request, params, dataset, user, fault }) => {
    requireRole(user, ['inspector', 'secretariat']);
    const body = await parseBody(request, patchActionRequestSchema);
    const id = param(params, 'id');
    const current = findAction(id);
    if (!current) return notFound(`Không có kiến nghị “${id}”`);
    if (user.role !== 'secretariat') {
      const inspection = findInspection(current.inspectionId);
      if (!inspection) return forbidden(notOwnTeam);
      requireTeam(user, inspection.teamId, notOwnTeam);
      if (current.status === 'verified')
        return forbidden('Kiến nghị đã được xác minh: chỉ văn phòng CCHC được thay đổi');
      if (body.status === 'verified')
        return forbidden('Chỉ văn phòng CCHC được xác nhận kết quả khắc phục đã được xác minh');
    }
    const errs = new FieldErrors();
    checkOwnerUnit(dataset, body.ownerUnitId, errs);
    errs.throwIfAny();
    checkVersion(current, body.version, fault);

    const { version: _version, note, status, ...changes } = body;
    const now = nowIso();
    const next: Action = { ...current, ...changes, version: current.version + 1, updatedAt: now };
    if (status !== undefined && status !== current.status) {
      next.status = status;
      next.history = [...current.history, { at: now, by: user.id, from: current.status, to: status, note: note ?? '' }];
    }
    return HttpResponse.json(saveAction(next));
  }),
];
