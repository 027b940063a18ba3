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

/** The statuses in the words the API's messages use. */
export const actionStatusLabels: Record<ActionStatus, string> = {
  not_started: 'chưa thực hiện',
  in_progress: 'đang thực hiện',
  fixed: 'đã khắc phục',
  verified: 'đã xác minh',
};

/**
 * How both backends refuse a status move the table in src/domain/status-transitions.ts does not allow (the reasons
 * of its checkMove): a move no one may make is a 422 on `status`, another role's move a 403, a move that needs a
 * note without one a 422 on `note`.
 */
export function actionMoveRefusal(
  reason: 'not-a-move' | 'role' | 'note-required',
  from: ActionStatus,
  to: ActionStatus,
): { status: 403 | 422; field: 'status' | 'note' | null; message: string } {
  if (reason === 'role')
    return {
      status: 403,
      field: null,
      message:
        to === 'verified'
          ? 'Chỉ văn phòng CCHC được xác nhận kết quả khắc phục đã được xác minh'
          : `Chỉ văn phòng CCHC được chuyển kiến nghị từ “${actionStatusLabels[from]}” sang “${actionStatusLabels[to]}”`,
    };
  if (reason === 'note-required')
    return {
      status: 422,
      field: 'note',
      message: to === 'fixed' ? 'Nhập kết quả khắc phục đã thực hiện' : 'Nhập lý do',
    };
  return {
    status: 422,
    field: 'status',
    message: `Không chuyển được kiến nghị từ “${actionStatusLabels[from]}” sang “${actionStatusLabels[to]}”`,
  };
}

/** The words of an action's refusals that do not depend on a move, the same on both backends. */
export const ACTION_MESSAGES = {
  notOwnTeam: 'Bạn chỉ được cập nhật kiến nghị của cuộc kiểm tra do đoàn mình thực hiện',
  verified: 'Kiến nghị đã được xác minh: chỉ văn phòng CCHC được thay đổi',
  finalised:
    'Cuộc kiểm tra đã hoàn thành, biên bản đã chốt: chỉ văn phòng CCHC được sửa nội dung, đơn vị, người chịu trách nhiệm hoặc hạn xử lý của kiến nghị; trạng thái khắc phục vẫn cập nhật được',
  cancelled: 'Cuộc kiểm tra đã hủy: không sửa được kiến nghị của cuộc kiểm tra này',
  started: 'Kiến nghị đã bắt đầu khắc phục nên không xóa được; chỉ xóa được kiến nghị chưa thực hiện',
} as const;

/** The fields of an action's content (a PATCH holding one of them is an edit, not only a status move). */
export const actionContentFields = ['description', 'ownerUnitId', 'ownerName', 'dueDate'] as const;

/**
 * How both backends refuse a change of an action's content (src/domain/status-transitions.ts, actionEditBlock): a 403
 * with the reason, as PATCH /inspections/:id refuses a finalised or cancelled inspection's fields.
 */
export function actionEditRefusal(block: 'role' | 'cancelled' | 'finalised' | 'verified'): { status: 403; message: string } {
  return { status: 403, message: block === 'role' ? ACTION_MESSAGES.notOwnTeam : ACTION_MESSAGES[block] };
}

/** How both backends refuse DELETE /actions/:id (actionDeleteBlock): a 403 with the reason. */
export function actionDeleteRefusal(block: 'role' | 'cancelled' | 'finalised' | 'verified' | 'started'): { status: 403; message: string } {
  return block === 'started' ? { status: 403, message: ACTION_MESSAGES.started } : actionEditRefusal(block);
}

export const getActions = (query: z.input<typeof actionsQuerySchema> = {}, { signal }: FetchOptions = {}) =>
  request('GET', '/actions', { query, response: actionsResponseSchema, signal });
export const createAction = (body: CreateActionRequest) =>
  request('POST', '/actions', { body, response: actionSchema });
export const patchAction = (id: string, body: PatchActionRequest) =>
  request('PATCH', `/actions/${encodeURIComponent(id)}`, { body, response: actionSchema });
export const deleteAction = (id: string, version: number) =>
  request('DELETE', `/actions/${encodeURIComponent(id)}`, { query: { version }, response: null });
