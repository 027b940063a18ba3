import { z } from 'zod';
import {
  dateSchema,
  dateTimeSchema,
  idSchema,
  intParam,
  limitedArray,
  optionalTextSchema,
  requiredTextSchema,
  versionSchema,
} from './common';
import { request, type FetchOptions } from './client';

export const inspectionStatusSchema = z.enum(['planned', 'in_progress', 'finalised', 'cancelled']);
export type InspectionStatus = z.infer<typeof inspectionStatusSchema>;

export const criterionResultSchema = z.object({
  criterionId: idSchema(),
  /** đạt / chưa đạt / không áp dụng; null while not yet assessed. */
  result: z.enum(['pass', 'fail', 'na']).nullable(),
  note: z.string().max(2000, 'Ghi chú tối đa 2.000 ký tự'),
  evidence: limitedArray(optionalTextSchema(500), 20, 'minh chứng cho một tiêu chí'),
});
export type CriterionResult = z.infer<typeof criterionResultSchema>;

export const findingSchema = z.object({
  id: idSchema(),
  areaId: z.number().int().min(1).max(7),
  title: requiredTextSchema('Nhập nội dung tồn tại, hạn chế', 300),
  description: optionalTextSchema(4000),
  severity: z.enum(['low', 'medium', 'high']),
  cause: optionalTextSchema(2000),
});
export type Finding = z.infer<typeof findingSchema>;

export const goodPracticeSchema = z.object({
  id: idSchema(),
  areaId: z.number().int().min(1).max(7),
  description: requiredTextSchema('Nhập nội dung điển hình, sáng kiến', 2000),
});
export type GoodPractice = z.infer<typeof goodPracticeSchema>;

/**
 * Limits on what one inspection holds, so a record always fits the store (and a page): the template
 * has about 30 criteria, a visit records a handful of findings.
 */
export const INSPECTION_LIMITS = { checklist: 200, findings: 100, goodPractices: 50 } as const;
const checklistSchema = limitedArray(criterionResultSchema, INSPECTION_LIMITS.checklist, 'kết quả tiêu chí');
const findingsSchema = limitedArray(findingSchema, INSPECTION_LIMITS.findings, 'tồn tại, hạn chế trong một cuộc kiểm tra');
const goodPracticesSchema = limitedArray(goodPracticeSchema, INSPECTION_LIMITS.goodPractices, 'điển hình, sáng kiến trong một cuộc kiểm tra');

/** The areas of the template (lĩnh vực 1–7). */
export const ALL_AREA_IDS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
const areaIdSchema = z
  .number({ error: 'Lĩnh vực phải là số từ 1 đến 7' })
  .int('Lĩnh vực phải là số từ 1 đến 7')
  .min(1, 'Lĩnh vực phải là số từ 1 đến 7')
  .max(7, 'Lĩnh vực phải là số từ 1 đến 7');
const isStrictlyAscending = (ids: readonly number[]) => ids.every((id, i) => i === 0 || ids[i - 1]! < id);
/**
 * The areas of the template in the inspection's scope: at least one, each once, in ascending order (what the
 * server stores and sends). A request may list them in any order; they are sorted, a repeated one is refused.
 */
export const areaIdsSchema = z
  .array(areaIdSchema)
  .min(1, 'Chọn ít nhất một lĩnh vực kiểm tra')
  .max(7, 'Tối đa 7 lĩnh vực')
  .refine((ids) => isStrictlyAscending(ids), 'Các lĩnh vực phải khác nhau, theo thứ tự tăng dần');
const areaIdsRequestSchema = z
  .array(areaIdSchema)
  .min(1, 'Chọn ít nhất một lĩnh vực kiểm tra')
  .max(7, 'Tối đa 7 lĩnh vực')
  .refine((ids) => new Set(ids).size === ids.length, 'Mỗi lĩnh vực chỉ chọn một lần')
  .transform((ids) => [...ids].sort((a, b) => a - b));

const inspectionFields = {
  unitId: idSchema('Chọn đơn vị được kiểm tra'),
  title: requiredTextSchema('Nhập tên cuộc kiểm tra', 300),
  teamId: idSchema('Chọn đoàn kiểm tra'),
  plannedDate: dateSchema,
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
  status: inspectionStatusSchema,
  /** The areas of the template in scope: completeness and scores count only these. */
  areaIds: areaIdsSchema,
  checklist: checklistSchema,
  findings: findingsSchema,
  goodPractices: goodPracticesSchema,
};
const requestFields = { ...inspectionFields, areaIds: areaIdsRequestSchema };

/** One status move of an inspection: who made it, when, from what (null: created) to what, and the note given. */
export const inspectionHistoryEntrySchema = z.object({
  at: dateTimeSchema,
  by: z.string(),
  from: inspectionStatusSchema.nullable(),
  to: inspectionStatusSchema,
  note: z.string(),
});
export type InspectionHistoryEntry = z.infer<typeof inspectionHistoryEntrySchema>;

export const inspectionSchema = z.object({
  id: z.string(),
  version: versionSchema,
  ...inspectionFields,
  /** The status moves, oldest first (the server appends one on every PATCH that changes `status`). */
  history: z.array(inspectionHistoryEntrySchema),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  updatedBy: z.string(),
});
export type Inspection = z.infer<typeof inspectionSchema>;

const datesInOrder = (v: { startDate?: string | null; endDate?: string | null }) =>
  !v.startDate || !v.endDate || v.startDate <= v.endDate;
const datesMessage = { path: ['endDate'], message: 'Ngày kết thúc phải không sớm hơn ngày bắt đầu' };

export const createInspectionRequestSchema = z
  .object({
    ...requestFields,
    status: inspectionStatusSchema.default('planned'),
    areaIds: areaIdsRequestSchema.default([...ALL_AREA_IDS]),
    startDate: dateSchema.nullable().default(null),
    endDate: dateSchema.nullable().default(null),
    checklist: checklistSchema.default([]),
    findings: findingsSchema.default([]),
    goodPractices: goodPracticesSchema.default([]),
  })
  .refine(datesInOrder, datesMessage);
export type CreateInspectionRequest = z.input<typeof createInspectionRequestSchema>;

export const patchInspectionRequestSchema = z
  .object({
    version: versionSchema,
    ...requestFields,
    /**
     * The note kept in the history with a change of `status` (required to reopen a finalised inspection: the
     * reason); ignored when the status does not change.
     */
    note: optionalTextSchema(2000),
  })
  .partial()
  .required({ version: true })
  .refine(datesInOrder, datesMessage);
export type PatchInspectionRequest = z.input<typeof patchInspectionRequestSchema>;

/** The statuses an inspection may be created in: planned, or already under way (recorded on the spot). */
export const CREATE_STATUSES: readonly InspectionStatus[] = ['planned', 'in_progress'];

/** The words of the status refusals, the same on both backends. */
export const inspectionStatusLabels: Record<InspectionStatus, string> = {
  planned: 'kế hoạch',
  in_progress: 'đang kiểm tra',
  finalised: 'đã hoàn thành',
  cancelled: 'đã hủy',
};
export const INSPECTION_MESSAGES = {
  createStatus: 'Cuộc kiểm tra mới chỉ ở trạng thái kế hoạch hoặc đang kiểm tra',
  notAMove: (from: InspectionStatus, to: InspectionStatus) =>
    `Không chuyển được cuộc kiểm tra từ “${inspectionStatusLabels[from]}” sang “${inspectionStatusLabels[to]}”`,
  role: 'Chỉ văn phòng CCHC được mở lại cuộc kiểm tra đã hoàn thành',
  reopenNote: 'Nhập lý do mở lại cuộc kiểm tra',
  finalised: 'Cuộc kiểm tra đã hoàn thành, biên bản đã chốt: chỉ văn phòng CCHC được sửa',
  cancelled: 'Cuộc kiểm tra đã hủy: không sửa được',
} as const;

/**
 * How both backends refuse a status move of an inspection that the table in src/domain/status-transitions.ts does not
 * allow (the reasons of its checkMove): another role's move a 403, a move that needs a reason without one a 422 on
 * `note`, finalising an incomplete record a 422 on `status` saying what is missing (`problems`, the completeness
 * codes), a move no one may make a 422 on `status`.
 */
export function inspectionMoveRefusal(
  reason: 'not-a-move' | 'role' | 'note-required' | 'incomplete',
  from: InspectionStatus,
  to: InspectionStatus,
  problems: readonly { code: string; findingId?: string; actionId?: string }[] = [],
): { status: 403 | 422; field: 'status' | 'note' | null; message: string } {
  if (reason === 'role') return { status: 403, field: null, message: INSPECTION_MESSAGES.role };
  if (reason === 'note-required') return { status: 422, field: 'note', message: INSPECTION_MESSAGES.reopenNote };
  if (reason === 'incomplete') return { status: 422, field: 'status', message: incompleteMessage(problems) };
  return { status: 422, field: 'status', message: INSPECTION_MESSAGES.notAMove(from, to) };
}

/**
 * Why an inspection may not be finalised yet, in one sentence, from the completeness problems'
 * codes (src/domain/inspection-completeness.ts; the shape repeated here so the contract needs no domain import).
 */
export function incompleteMessage(problems: readonly { code: string; findingId?: string; actionId?: string }[]): string {
  const count = (code: string) => problems.filter((p) => p.code === code).length;
  const distinct = (codes: string[], key: 'findingId' | 'actionId') =>
    new Set(problems.filter((p) => codes.includes(p.code)).map((p) => p[key])).size;
  const parts: string[] = [];
  if (count('start-date-missing')) parts.push('chưa có ngày bắt đầu');
  if (count('end-before-start')) parts.push('ngày kết thúc sớm hơn ngày bắt đầu');
  if (count('criterion-unassessed')) parts.push(`còn ${count('criterion-unassessed')} tiêu chí chưa đánh giá`);
  if (count('finding-title-missing')) parts.push(`${count('finding-title-missing')} tồn tại chưa có nội dung`);
  if (count('finding-area-out-of-scope'))
    parts.push(`${count('finding-area-out-of-scope')} tồn tại thuộc lĩnh vực ngoài phạm vi kiểm tra`);
  if (count('finding-without-action')) parts.push(`${count('finding-without-action')} tồn tại chưa có kiến nghị khắc phục`);
  const missing = distinct(['action-field-missing'], 'actionId');
  if (missing) parts.push(`${missing} kiến nghị còn thiếu nội dung, đơn vị, người chịu trách nhiệm hoặc hạn xử lý`);
  const badDue = distinct(['action-due-date-invalid', 'action-due-before-inspection'], 'actionId');
  if (badDue) parts.push(`${badDue} kiến nghị có hạn xử lý không hợp lệ hoặc trước ngày kiểm tra`);
  return `Chưa hoàn thành được cuộc kiểm tra: ${parts.join('; ') || 'hồ sơ chưa đầy đủ'}`;
}

export const inspectionsQuerySchema = z.object({
  unit: idSchema().optional(),
  year: intParam({ value: 1900, message: 'Năm từ 1900' }, { value: 2100, message: 'Năm không quá 2100' }).optional(),
  status: inspectionStatusSchema.optional(),
});
export const inspectionsResponseSchema = z.array(inspectionSchema);

export const getInspections = (
  query: { unit?: string; year?: number; status?: InspectionStatus } = {},
  { signal }: FetchOptions = {},
) =>
  request('GET', '/inspections', { query, response: inspectionsResponseSchema, signal });
export const getInspection = (id: string, { signal }: FetchOptions = {}) =>
  request('GET', `/inspections/${encodeURIComponent(id)}`, { response: inspectionSchema, signal });
export const createInspection = (body: CreateInspectionRequest) =>
  request('POST', '/inspections', { body, response: inspectionSchema });
export const patchInspection = (id: string, body: PatchInspectionRequest) =>
  request('PATCH', `/inspections/${encodeURIComponent(id)}`, { body, response: inspectionSchema });
export const deleteInspection = (id: string, version: number) =>
  request('DELETE', `/inspections/${encodeURIComponent(id)}`, { query: { version }, response: null });
