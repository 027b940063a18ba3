import { HttpResponse } from 'msw';
import type { z } from 'zod';
import { endpoints } from '../../src/api/contract';
import {
  CREATE_STATUSES,
  createInspectionRequestSchema,
  inspectionMoveRefusal,
  INSPECTION_MESSAGES,
  inspectionsQuerySchema,
  inspectionStatusLabels,
  patchInspectionRequestSchema,
  type Inspection,
  type InspectionHistoryEntry,
} from '../../src/api/inspections';
import { completenessProblems } from '../../src/domain/inspection-completeness';
import { canEditInspection, checkMove, inspectionMoves, type Actor } from '../../src/domain/status-transitions';
import type { Dataset, DemoUser } from '../data/dataset';
import * as h from '../http-helpers';
import {
  findInspection,
  listActions,
  listInspections,
  newId,
  removeAction,
  removeInspection,
  saveAction,
  saveInspection,
  transaction,
} from '../store';

export { inspectionStatusLabels };

/** The DELETE query (`?version=`) as the contract declares it. */
const deleteQuerySchema = endpoints.find((e) => e.method === 'delete' && e.path === '/inspections/{id}')!
  .query as z.ZodType<{ version: number }>;

export const inspectionNotFound = (id: string) => h.notFound(`Không có cuộc kiểm tra “${h.clip(id)}”`);

/** 403 unless the user is the secretariat or belongs to the team. */
export function requireTeam(user: DemoUser, teamId: string, message: string): void {
  if (user.role === 'secretariat') return;
  if (user.role === 'inspector' && user.teamIds.includes(teamId)) return;
  throw h.reject(h.forbidden(message));
}

/** Checks the references of the fields present in `rec` against the dataset (422 per field). */
function checkReferences(dataset: Dataset, rec: Partial<Inspection>, errs: h.FieldErrors): void {
  if (rec.unitId !== undefined && !dataset.units.some((u) => u.id === rec.unitId))
    errs.add('unitId', `Không có đơn vị “${rec.unitId}”`);
  if (rec.teamId !== undefined && !dataset.teams.some((t) => t.id === rec.teamId))
    errs.add('teamId', `Không có đoàn kiểm tra “${rec.teamId}”`);
  if (rec.checklist) {
    const criteria = new Set(dataset.inspectionTemplate.areas.flatMap((a) => a.criteria.map((c) => c.id)));
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

/** The user as the status table sees them on this inspection (an inspector acts only on their own team's). */
const actorOn = (user: DemoUser, teamId: string): Actor => ({ role: user.role, ownTeam: user.teamIds.includes(teamId) });

/**
 * The history entry of a PATCH that changes the status, or the refusal (src/domain/status-transitions.ts): 403 for a
 * move of another role, 422 on `status` for no such move or an incomplete record (finalising), on `note` for a move
 * that needs a reason. null when the status does not change.
 */
function statusMove(
  dataset: Dataset,
  user: DemoUser,
  current: Inspection,
  next: Inspection,
  note: string | undefined,
  errs: h.FieldErrors,
): Omit<InspectionHistoryEntry, 'at'> | null {
  if (next.status === current.status) return null;
  const problems = completenessProblems(
    dataset.inspectionTemplate,
    next,
    listActions().filter((a) => a.inspectionId === current.id),
    next.areaIds,
  );
  const check = checkMove(inspectionMoves, actorOn(user, current.teamId), current.status, next.status, {
    note,
    complete: problems.length === 0,
  });
  if (check.ok) return { by: user.id, from: current.status, to: next.status, note: note?.trim() ?? '' };
  if (check.reason === 'same-status') return null;
  const refusal = inspectionMoveRefusal(check.reason, current.status, next.status, problems);
  if (refusal.status === 403) throw h.reject(h.forbidden(refusal.message));
  errs.add(refusal.field!, refusal.message);
  return null;
}

const byPlannedDateDesc = (a: Inspection, b: Inspection) =>
  b.plannedDate.localeCompare(a.plannedDate) || a.id.localeCompare(b.id);

export const inspectionsHandlers = [
  h.route('get', '/inspections', ({ request, dataset }) => {
    const q = h.listQuery(request, dataset, inspectionsQuerySchema);
    const rows = listInspections()
      .filter(
        (r) =>
          (q.unitId === undefined || r.unitId === q.unitId) &&
          (q.year === undefined || r.plannedDate.startsWith(`${q.year}-`)) &&
          (q.status === undefined || r.status === q.status),
      )
      .sort(byPlannedDateDesc);
    return HttpResponse.json(rows);
  }),

  h.route('get', '/inspections/:id', ({ params }) => {
    const id = h.param(params, 'id');
    const rec = findInspection(id);
    return rec ? HttpResponse.json(rec) : inspectionNotFound(id);
  }),

  h.route('post', '/inspections', async ({ request, dataset, user }) => {
    h.requireRole(user, h.WRITERS);
    const body = await h.parseBody(request, createInspectionRequestSchema);
    const errs = new h.FieldErrors();
    checkReferences(dataset, body, errs);
    if (!CREATE_STATUSES.includes(body.status)) errs.add('status', INSPECTION_MESSAGES.createStatus);
    errs.throwIfAny();
    requireTeam(user, body.teamId, 'Bạn chỉ được lập kế hoạch kiểm tra cho đoàn mà mình là thành viên');
    const now = h.nowIso();
    const rec: Inspection = {
      id: newId('insp'),
      version: 1,
      ...body,
      history: [{ at: now, by: user.id, from: null, to: body.status, note: '' }],
      createdAt: now,
      updatedAt: now,
      updatedBy: user.id,
    };
    return HttpResponse.json(saveInspection(rec), { status: 201 });
  }),

  h.route('patch', '/inspections/:id', async (ctx) => {
    const { request, dataset, user, fault } = ctx;
    const { id, current } = h.writableRecord(ctx, findInspection, inspectionNotFound);
    const body = await h.parseBody(request, patchInspectionRequestSchema);
    requireTeam(user, current.teamId, 'Bạn không thuộc đoàn thực hiện cuộc kiểm tra này');
    if (body.teamId !== undefined)
      requireTeam(user, body.teamId, 'Bạn chỉ được giao cuộc kiểm tra cho đoàn mà mình là thành viên');
    // A finalised inspection is read-only but for the secretariat; a cancelled one for everyone.
    if (!canEditInspection(actorOn(user, current.teamId), current.status))
      return h.forbidden(current.status === 'cancelled' ? INSPECTION_MESSAGES.cancelled : INSPECTION_MESSAGES.finalised);

    const { version, note, ...changes } = body;
    const next: Inspection = { ...current, ...changes };
    const errs = new h.FieldErrors();
    const move = statusMove(dataset, user, current, next, note, errs);
    checkReferences(dataset, changes, errs);
    if (next.startDate && next.endDate && next.startDate > next.endDate)
      errs.add('endDate', 'Ngày kết thúc phải không sớm hơn ngày bắt đầu');
    if (changes.findings) {
      const kept = new Set(changes.findings.map((f) => f.id));
      const orphaned = current.findings.filter(
        (f) => !kept.has(f.id) && listActions().some((a) => a.inspectionId === id && a.findingId === f.id),
      );
      for (const f of orphaned)
        errs.add('findings', `Tồn tại “${f.title}” đã có kiến nghị khắc phục nên không xóa được`);
    }
    if (!errs.empty) {
      // A refused status move (an incomplete record to finalise, say): its sentence is the answer's message too.
      const refusedMove = next.status !== current.status ? errs.fields.status?.[0] : undefined;
      throw h.reject(h.validationError(errs.fields, refusedMove));
    }
    h.checkVersion(current, version, fault);

    // The inspection and its actions' unit change together or not at all.
    const saved = transaction(() => {
      const now = h.nowIso();
      const history = move ? [...current.history, { at: now, ...move }] : current.history;
      const rec = saveInspection({ ...next, history, version: current.version + 1, updatedAt: now, updatedBy: user.id });
      if (rec.unitId !== current.unitId)
        for (const a of listActions().filter((x) => x.inspectionId === id)) saveAction({ ...a, unitId: rec.unitId });
      return rec;
    });
    return HttpResponse.json(saved);
  }),

  h.route('delete', '/inspections/:id', (ctx) => {
    const { request, user, fault } = ctx;
    const { id, current } = h.writableRecord(ctx, findInspection, inspectionNotFound);
    const { version } = h.parseQuery(request, deleteQuerySchema);
    requireTeam(user, current.teamId, 'Bạn không thuộc đoàn thực hiện cuộc kiểm tra này');
    if (current.status !== 'planned')
      return h.forbidden(
        `Chỉ xóa được cuộc kiểm tra còn ở trạng thái kế hoạch; cuộc kiểm tra này ở trạng thái “${inspectionStatusLabels[current.status]}”`,
      );
    h.checkVersion(current, version, fault);
    transaction(() => {
      for (const a of listActions().filter((x) => x.inspectionId === id)) removeAction(a.id);
      removeInspection(id);
    });
    return new HttpResponse(null, { status: 204 });
  }),
];
