import { z } from 'zod';
import { dateSchema, dateTimeSchema, idSchema, optionalTextSchema, requiredTextSchema, versionSchema } from './common';
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
  description: requiredTextSchema('Nhập nội dung kiến nghị', 2000),
  ownerUnitId: idSchema('Chọn đơn vị chủ trì'),
  ownerName: requiredTextSchema('Nhập người chịu trách nhiệm', 200),
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
  unit: idSchema().optional(),
  inspectionId: idSchema().optional(),
  status: actionStatusSchema.optional(),
});
export const actionsResponseSchema = z.array(actionSchema);

export const createActionRequestSchema = z.object({
  inspectionId: idSchema('Chọn cuộc kiểm tra'),
  findingId: idSchema('Chọn tồn tại, hạn chế'),
  ...actionFields,
});
export type CreateActionRequest = z.infer<typeof createActionRequestSchema>;

export const patchActionRequestSchema = z
  .object({ version: versionSchema, status: actionStatusSchema, note: optionalTextSchema(2000), ...actionFields })
  .partial()
  .required({ version: true });
export type PatchActionRequest = z.input<typeof patchActionRequestSchema>;

export const getActions = (query: z.input<typeof actionsQuerySchema> = {}, { signal }: FetchOptions = {}) =>
  request('GET', '/actions', { query, response: actionsResponseSchema, signal });
export const createAction = (body: CreateActionRequest) =>
  request('POST', '/actions', { body, response: actionSchema });
export const patchAction = (id: string, body: PatchActionRequest) =>
  request('PATCH', `/actions/${encodeURIComponent(id)}`, { body, response: actionSchema });
