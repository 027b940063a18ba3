import { z } from 'zod';
import { dateSchema, dateTimeSchema, versionSchema } from './common';
import { request, type FetchOptions } from './client';

/** chưa thực hiện → đang thực hiện → đã khắc phục → đã xác minh (the last by the secretariat only). */
export const actionStatusSchema = z.enum(['not_started', 'in_progress', 'fixed', 'verified']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const actionHistoryEntrySchema = z.object({
  at: dateTimeSchema,
  by: z.string(),
  from: actionStatusSchema.nullable(),
  to: actionStatusSchema,
  note: z.string(),
});

const actionFields = {
  description: z.string().trim().min(1, 'Nhập nội dung kiến nghị').max(2000, 'Tối đa 2.000 ký tự'),
  ownerUnitId: z.string().min(1, 'Chọn đơn vị chủ trì'),
  ownerName: z.string().trim().min(1, 'Nhập người chịu trách nhiệm').max(200, 'Tối đa 200 ký tự'),
  dueDate: dateSchema,
};

export const actionSchema = z.object({
  id: z.string(),
  version: versionSchema,
  inspectionId: z.string(),
  findingId: z.string(),
  /** The inspected unit (the owner may be another unit). */
  unitId: z.string(),
  ...actionFields,
  status: actionStatusSchema,
  history: z.array(actionHistoryEntrySchema),
  updatedAt: dateTimeSchema,
});
export type Action = z.infer<typeof actionSchema>;

export const actionsQuerySchema = z.object({
  unit: z.string().optional(),
  inspectionId: z.string().optional(),
  status: actionStatusSchema.optional(),
});
export const actionsResponseSchema = z.array(actionSchema);

export const createActionRequestSchema = z.object({
  inspectionId: z.string().min(1),
  findingId: z.string().min(1),
  ...actionFields,
});
export type CreateActionRequest = z.infer<typeof createActionRequestSchema>;

export const patchActionRequestSchema = z
  .object({ version: versionSchema, status: actionStatusSchema, note: z.string().max(2000), ...actionFields })
  .partial()
  .required({ version: true });
export type PatchActionRequest = z.input<typeof patchActionRequestSchema>;

export const getActions = (query: z.input<typeof actionsQuerySchema> = {}, { signal }: FetchOptions = {}) =>
  request('GET', '/actions', { query, response: actionsResponseSchema, signal });
export const createAction = (body: CreateActionRequest) =>
  request('POST', '/actions', { body, response: actionSchema });
export const patchAction = (id: string, body: PatchActionRequest) =>
  request('PATCH', `/actions/${encodeURIComponent(id)}`, { body, response: actionSchema });
