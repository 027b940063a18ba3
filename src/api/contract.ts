import { z } from 'zod';
import type { Role } from './common';
import { errorBodySchema, intParamSchema } from './common';
import { loginRequestSchema, loginResponseSchema, userSchema } from './auth';
import { metaSchema } from './meta';
import { unitsQuerySchema, unitsResponseSchema } from './units';
import { fieldsResponseSchema } from './fields';
import {
  dossierQuerySchema,
  dossierSummarySchema,
  dossiersByFieldSchema,
  dossiersByMonthSchema,
  dossiersByUnitSchema,
} from './dossiers';
import {
  digitalByMonthSchema,
  digitalByUnitSchema,
  digitalQuerySchema,
  digitalRankingQuerySchema,
  digitalRankingSchema,
  digitalSummarySchema,
} from './digital';
import { putTargetsRequestSchema, targetsQuerySchema, targetsSchema } from './targets';
import { feedbackQuerySchema, feedbackSummarySchema } from './feedback';
import { parIndexResponseSchema } from './par-index';
import { inspectionTemplateSchema } from './inspection-template';
import {
  createInspectionRequestSchema,
  inspectionSchema,
  inspectionsQuerySchema,
  inspectionsResponseSchema,
  patchInspectionRequestSchema,
} from './inspections';
import {
  actionSchema,
  actionsQuerySchema,
  actionsResponseSchema,
  createActionRequestSchema,
  patchActionRequestSchema,
} from './actions';
import { teamsResponseSchema } from './teams';
import { evidenceSchema } from './evidence';

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template under the base URL, e.g. `/inspections/{id}`. */
  path: string;
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** null: 204 No Content. */
  response: z.ZodType | null;
  /** Who may call it; absent means any signed-in user; 'public' needs no token. */
  roles?: Role[] | 'public';
  /** A further rule the roles alone do not express. */
  roleNote?: string;
  /** Error statuses besides 401 (and 500, always possible). */
  errors: number[];
  /** A multipart/form-data body instead of JSON: its parts (each a file), for the OpenAPI document. */
  multipart?: { parts: Record<string, { required: boolean; description: string }> };
  /** An answer of bytes (a stored file) of one of these media types instead of JSON; `response` is null then. */
  binary?: readonly string[];
}

const periodErrors = [422];

/** The whole API the SPA relies on: the single source for the OpenAPI document and the contract tests. */
export const endpoints: Endpoint[] = [
  { method: 'post', path: '/auth/login', summary: 'Đăng nhập', body: loginRequestSchema, response: loginResponseSchema, roles: 'public', errors: [422] },
  { method: 'get', path: '/auth/me', summary: 'Người dùng hiện tại', response: userSchema, errors: [] },
  { method: 'post', path: '/auth/logout', summary: 'Đăng xuất (phiên hết hiệu lực)', response: null, errors: [] },
  { method: 'get', path: '/meta', summary: 'Bộ dữ liệu, phạm vi thời gian, ngày số liệu', response: metaSchema, errors: [] },
  { method: 'get', path: '/units', summary: 'Đơn vị hành chính (có hiệu lực vào ngày `at`)', query: unitsQuerySchema, response: unitsResponseSchema, errors: [422] },
  { method: 'get', path: '/fields', summary: 'Lĩnh vực TTHC', response: fieldsResponseSchema, errors: [] },
  { method: 'get', path: '/dossiers/summary', summary: 'Tổng hợp hồ sơ TTHC trong kỳ', query: dossierQuerySchema, response: dossierSummarySchema, errors: periodErrors },
  { method: 'get', path: '/dossiers/by-month', summary: 'Hồ sơ TTHC theo tháng', query: dossierQuerySchema, response: dossiersByMonthSchema, errors: periodErrors },
  { method: 'get', path: '/dossiers/by-unit', summary: 'Hồ sơ TTHC theo đơn vị', query: dossierQuerySchema, response: dossiersByUnitSchema, errors: periodErrors },
  { method: 'get', path: '/dossiers/by-field', summary: 'Hồ sơ TTHC theo lĩnh vực', query: dossierQuerySchema, response: dossiersByFieldSchema, errors: periodErrors },
  { method: 'get', path: '/digital/summary', summary: 'Chỉ tiêu chuyển đổi số (Quyết định 766) cộng chung các đơn vị', query: digitalQuerySchema, response: digitalSummarySchema, errors: periodErrors },
  { method: 'get', path: '/digital/by-unit', summary: 'Chỉ tiêu chuyển đổi số (Quyết định 766) theo đơn vị', query: digitalQuerySchema, response: digitalByUnitSchema, errors: periodErrors },
  { method: 'get', path: '/digital/by-month', summary: 'Chỉ tiêu chuyển đổi số (Quyết định 766) theo tháng, cộng chung các đơn vị', query: digitalQuerySchema, response: digitalByMonthSchema, errors: periodErrors },
  { method: 'get', path: '/digital/ranking', summary: 'Xếp hạng đơn vị theo điểm Quyết định 766 (tổng hoặc một nhóm), có phân trang', query: digitalRankingQuerySchema, response: digitalRankingSchema, errors: periodErrors },
  { method: 'get', path: '/targets', summary: 'Chỉ tiêu của năm', query: targetsQuerySchema, response: targetsSchema, errors: [422] },
  { method: 'put', path: '/targets/{year}', summary: 'Sửa chỉ tiêu của năm', body: putTargetsRequestSchema, response: targetsSchema, roles: ['secretariat'], errors: [403, 409, 422] },
  { method: 'get', path: '/feedback/summary', summary: 'Phản ánh, kiến nghị (PAKN)', query: feedbackQuerySchema, response: feedbackSummarySchema, errors: periodErrors },
  { method: 'get', path: '/par-index', summary: 'Chỉ số CCHC (PAR INDEX) theo năm', response: parIndexResponseSchema, errors: [] },
  { method: 'get', path: '/inspection-template', summary: 'Mẫu bảng tiêu chí kiểm tra', response: inspectionTemplateSchema, errors: [] },
  { method: 'get', path: '/teams', summary: 'Đoàn kiểm tra và thành viên (theo chức danh)', response: teamsResponseSchema, errors: [] },
  { method: 'get', path: '/inspections', summary: 'Danh sách cuộc kiểm tra', query: inspectionsQuerySchema, response: inspectionsResponseSchema, errors: [422] },
  { method: 'post', path: '/inspections', summary: 'Lập kế hoạch kiểm tra', body: createInspectionRequestSchema, response: inspectionSchema, roles: ['inspector', 'secretariat'], roleNote: 'An inspector only for a team they belong to.', errors: [403, 422] },
  { method: 'get', path: '/inspections/{id}', summary: 'Một cuộc kiểm tra', response: inspectionSchema, errors: [404] },
  { method: 'patch', path: '/inspections/{id}', summary: 'Ghi kết quả kiểm tra', body: patchInspectionRequestSchema, response: inspectionSchema, roles: ['inspector', 'secretariat'], roleNote: 'An inspector only for a team they belong to; a finalised inspection only by the secretariat.', errors: [403, 404, 409, 422] },
  { method: 'delete', path: '/inspections/{id}', summary: 'Xóa cuộc kiểm tra (chỉ khi còn là kế hoạch)', query: z.object({ version: intParamSchema }), response: null, roles: ['inspector', 'secretariat'], roleNote: 'Only while planned; an inspector only for their own team.', errors: [403, 404, 409, 422] },
  { method: 'get', path: '/actions', summary: 'Kiến nghị khắc phục', query: actionsQuerySchema, response: actionsResponseSchema, errors: [422] },
  { method: 'post', path: '/actions', summary: 'Thêm kiến nghị cho một tồn tại', body: createActionRequestSchema, response: actionSchema, roles: ['inspector', 'secretariat'], roleNote: 'An inspector only for their team’s inspections.', errors: [403, 404, 422] },
  {
    method: 'post',
    path: '/evidence',
    summary: 'Tải lên tệp minh chứng (ảnh JPEG, PNG, WebP hoặc PDF, tối đa 10 MB)',
    multipart: {
      parts: {
        file: { required: true, description: 'The file: JPEG, PNG, WebP or PDF by its content, at most 10 MB.' },
        thumbnail: { required: false, description: 'For a photo: a thumbnail the client made (JPEG, PNG or WebP, at most 1 MB).' },
      },
    },
    response: evidenceSchema,
    roles: ['inspector', 'secretariat'],
    roleNote: '413 over 10 MB, 415 for a type other than JPEG, PNG, WebP or PDF (told by the content), 422 without a file; the mock answers 507 when the browser store is full.',
    errors: [403, 413, 415, 422, 507],
  },
  {
    method: 'get',
    path: '/evidence/{id}',
    summary: 'Nội dung một tệp minh chứng',
    response: null,
    binary: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    errors: [404],
  },
  { method: 'patch', path: '/actions/{id}', summary: 'Cập nhật tiến độ khắc phục', body: patchActionRequestSchema, response: actionSchema, roles: ['inspector', 'secretariat'], roleNote: 'Only the secretariat may set or undo "verified".', errors: [403, 404, 409, 422] },
  { method: 'delete', path: '/actions/{id}', summary: 'Xóa kiến nghị (chỉ khi chưa thực hiện)', query: z.object({ version: intParamSchema }), response: null, roles: ['inspector', 'secretariat'], roleNote: 'Only while not started, by whoever may change its content (an inspector of its team while the inspection is not finalised; the secretariat).', errors: [403, 404, 409, 422] },
];

export { errorBodySchema };
