import { z } from 'zod';
import { dateSchema, dateTimeSchema, versionSchema } from './common';
import { request, type FetchOptions } from './client';

export const inspectionStatusSchema = z.enum(['planned', 'in_progress', 'finalised', 'cancelled']);
export type InspectionStatus = z.infer<typeof inspectionStatusSchema>;

export const criterionResultSchema = z.object({
  criterionId: z.string(),
  /** đạt / chưa đạt / không áp dụng; null while not yet assessed. */
  result: z.enum(['pass', 'fail', 'na']).nullable(),
  note: z.string().max(2000, 'Ghi chú tối đa 2.000 ký tự'),
  evidence: z.array(z.string().max(500)),
});
export type CriterionResult = z.infer<typeof criterionResultSchema>;

export const findingSchema = z.object({
  id: z.string(),
  areaId: z.number().int().min(1).max(7),
  title: z.string().trim().min(1, 'Nhập nội dung tồn tại, hạn chế').max(300, 'Tối đa 300 ký tự'),
  description: z.string().max(4000, 'Tối đa 4.000 ký tự'),
  severity: z.enum(['low', 'medium', 'high']),
  cause: z.string().max(2000, 'Tối đa 2.000 ký tự'),
});
export type Finding = z.infer<typeof findingSchema>;

export const goodPracticeSchema = z.object({
  id: z.string(),
  areaId: z.number().int().min(1).max(7),
  description: z.string().trim().min(1, 'Nhập nội dung điển hình, sáng kiến').max(2000, 'Tối đa 2.000 ký tự'),
});
export type GoodPractice = z.infer<typeof goodPracticeSchema>;

const inspectionFields = {
  unitId: z.string().min(1, 'Chọn đơn vị được kiểm tra'),
  title: z.string().trim().min(1, 'Nhập tên cuộc kiểm tra').max(300, 'Tối đa 300 ký tự'),
  teamId: z.string().min(1, 'Chọn đoàn kiểm tra'),
  plannedDate: dateSchema,
  startDate: dateSchema.nullable(),
  endDate: dateSchema.nullable(),
  status: inspectionStatusSchema,
  checklist: z.array(criterionResultSchema),
  findings: z.array(findingSchema),
  goodPractices: z.array(goodPracticeSchema),
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
    checklist: z.array(criterionResultSchema).default([]),
    findings: z.array(findingSchema).default([]),
    goodPractices: z.array(goodPracticeSchema).default([]),
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
  unit: z.string().optional(),
  year: z.coerce.number().int().optional(),
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
