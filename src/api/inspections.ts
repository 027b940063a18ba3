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

const inspectionFields = {
  unitId: idSchema('Chọn đơn vị được kiểm tra'),
  title: requiredTextSchema('Nhập tên cuộc kiểm tra', 300),
  teamId: idSchema('Chọn đoàn kiểm tra'),
  plannedDate: dateSchema,
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
  status: inspectionStatusSchema,
  checklist: checklistSchema,
  findings: findingsSchema,
  goodPractices: goodPracticesSchema,
};

export const inspectionSchema = z.object({
  id: z.string(),
  version: versionSchema,
  ...inspectionFields,
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
    ...inspectionFields,
    status: inspectionStatusSchema.default('planned'),
    startDate: dateSchema.nullable().default(null),
    endDate: dateSchema.nullable().default(null),
    checklist: checklistSchema.default([]),
    findings: findingsSchema.default([]),
    goodPractices: goodPracticesSchema.default([]),
  })
  .refine(datesInOrder, datesMessage);
export type CreateInspectionRequest = z.input<typeof createInspectionRequestSchema>;

export const patchInspectionRequestSchema = z
  .object({ version: versionSchema, ...inspectionFields })
  .partial()
  .required({ version: true })
  .refine(datesInOrder, datesMessage);
export type PatchInspectionRequest = z.input<typeof patchInspectionRequestSchema>;

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
