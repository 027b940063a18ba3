import { HttpResponse } from 'msw';
import type { z } from 'zod';
import { endpoints } from '../../src/api/contract';
import {
  createInspectionRequestSchema,
  inspectionsQuerySchema,
  patchInspectionRequestSchema,
  type Inspection,
  type InspectionStatus,
} from '../../src/api/inspections';
import type { Dataset, DemoUser } from '../data/dataset';
import {
  checkVersion,
  FieldErrors,
  forbidden,
  notFound,
  nowIso,
  param,
  parseBody,
  parseQuery,
  reject,
  requireRole,
  route,
  unitFilter,
} from '../http-helpers';
import { findInspection, listActions, listInspections, newId, removeAction, removeInspection, saveAction, saveInspection } from '../store';

export const inspectionStatusLabels: Record<InspectionStatus, string> = {
  planned: 'kế hoạch',
  in_progress: 'đang kiểm tra',
  finalised: 'đã hoàn thành',
  cancelled: 'đã hủy',
};

/** The DELETE query (`?version=`) as the contract declares it. */
const deleteQuerySchema = endpoints.find((e) => e.method === 'delete' && e.path === '/inspections/{id}')!
  .query as z.ZodType<{ version: number }>;

export const inspectionNotFound = (id: string) => notFound(`Không có cuộc kiểm tra “${id}”`);

/** 403 unless the user is the secretariat or belongs to the team. */
export function requireTeam(user: DemoUser, teamId: string, message: string): void {
  if (user.role === 'secretariat') return;
  if (user.role === 'inspector' && user.teamIds.includes(teamId)) return;
  throw reject(forbidden(message));
}

/** Checks the references of the fields present in `rec` against the dataset (422 per field). */
function checkReferences(dataset: Dataset, rec: Partial<Inspection>, errs: FieldErrors): void {
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

const byPlannedDateDesc = (a: Inspection, b: Inspection) =>
  b.plannedDate.localeCompare(a.plannedDate) || a.id.localeCompare(b.id);

export const inspectionsHandlers = [
  route('get', '/inspections', ({ request, dataset }) => {
    const q = parseQuery(request, inspectionsQuerySchema);
    const unit = unitFilter(dataset.units, q.unit);
    const rows = listInspections()
      .filter(
        (r) =>
          (unit === undefined || r.unitId === unit) &&
          (q.year === undefined || r.plannedDate.startsWith(`${q.year}-`)) &&
          (q.status === undefined || r.status === q.status),
      )
      .sort(byPlannedDateDesc);
    return HttpResponse.json(rows);
  }),

  route('get', '/inspections/:id', ({ params }) => {
    const id = param(params, 'id');
    const rec = findInspection(id);
    return rec ? HttpResponse.json(rec) : inspectionNotFound(id);
  }),

  route('post', '/inspections', async ({ request, dataset, user }) => {
    requireRole(user, ['inspector', 'secretariat']);
    const body = await parseBody(request, createInspectionRequestSchema);
    const errs = new FieldErrors();
    checkReferences(dataset, body, errs);
    errs.throwIfAny();
    requireTeam(user, body.teamId, 'Bạn chỉ được lập kế hoạch kiểm tra cho đoàn mà mình là thành viên');
    const now = nowIso();
    const rec: Inspection = {
      id: newId('insp'),
      version: 1,
      ...body,
      createdAt: now,
      updatedAt: now,
      updatedBy: user.id,
    };
    return HttpResponse.json(saveInspection(rec), { status: 201 });
  }),

  route('patch', '/inspections/:id', async ({ request, params, dataset, user, fault }) => {
    requireRole(user, ['inspector', 'secretariat']);
    const body = await parseBody(request, patchInspectionRequestSchema);
    const id = param(params, 'id');
    const current = findInspection(id);
    if (!current) return inspectionNotFound(id);
    requireTeam(user, current.teamId, 'Bạn không thuộc đoàn thực hiện cuộc kiểm tra này');
    if (body.teamId !== undefined)
      requireTeam(user, body.teamId, 'Bạn chỉ được giao cuộc kiểm tra cho đoàn mà mình là thành viên');
    if (current.status === 'finalised' && user.role !== 'secretariat')
      return forbidden('Cuộc kiểm tra đã hoàn thành, biên bản đã chốt: chỉ văn phòng CCHC được sửa');

    const { version, ...changes } = body;
    const next: Inspection = { ...current, ...changes };
    const errs = new FieldErrors();
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
    errs.throwIfAny();
    checkVersion(current, version, fault);

    const saved = saveInspection({ ...next, version: current.version + 1, updatedAt: nowIso(), updatedBy: user.id });
    if (saved.unitId !== current.unitId)
      for (const a of listActions().filter((x) => x.inspectionId === id)) saveAction({ ...a, unitId: saved.unitId });
    return HttpResponse.json(saved);
  }),

  route('delete', '/inspections/:id', ({ request, params, user, fault }) => {
    requireRole(user, ['inspector', 'secretariat']);
    const { version } = parseQuery(request, deleteQuerySchema);
    const id = param(params, 'id');
    const current = findInspection(id);
    if (!current) return inspectionNotFound(id);
    requireTeam(user, current.teamId, 'Bạn không thuộc đoàn thực hiện cuộc kiểm tra này');
    if (current.status !== 'planned')
      return forbidden(
        `Chỉ xóa được cuộc kiểm tra còn ở trạng thái kế hoạch; cuộc kiểm tra này ở trạng thái “${inspectionStatusLabels[current.status]}”`,
      );
    checkVersion(current, version, fault);
    for (const a of listActions().filter((x) => x.inspectionId === id)) removeAction(a.id);
    removeInspection(id);
    return new HttpResponse(null, { status: 204 });
  }),
];
