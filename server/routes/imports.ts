import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import { monthSchema } from '../../src/api/common';
import { ApiError, FieldErrors, validationError } from '../http/errors';
import type { Api, Deps } from '../http/types';
import { importReportFile } from '../import/run-import';

/** An uploaded report may be up to 10 MiB (a month of every commune of a province in XLSX is far less). */
export const IMPORT_FILE_LIMIT = 10 * 1024 * 1024;

const importQuerySchema = z.object({ month: monthSchema, unit: z.string().min(1).optional(), field: z.string().min(1).optional() });
const importResultSchema = z.object({
  month: monthSchema,
  rowsAre: z.enum(['unit', 'field']),
  imported: z.number().int().nonnegative(),
  replaced: z.number().int().nonnegative(),
  rejected: z.array(z.object({ line: z.number().int(), name: z.string(), reasons: z.array(z.string()) })),
});

/**
 * POST /imports/dossiers?month=YYYY-MM&unit=…|field=… with the file as multipart `file`: the one-stop
 * office's monthly report in the layout of our export, into the monthly statistics (secretariat).
 * Not part of the SPA's contract: no screen uploads yet.
 */
export async function importRoutes(api: Api, { db }: Deps) {
  await api.register(fastifyMultipart, { limits: { fileSize: IMPORT_FILE_LIMIT, files: 1, fields: 10, parts: 12 } });
  api.post(
    '/imports/dossiers',
    {
      schema: { querystring: importQuerySchema, response: { 200: importResultSchema } },
      config: { access: ['secretariat'], roleMessage: 'Chỉ văn phòng CCHC được nhập số liệu' },
    },
    async (req) => {
      if (!req.isMultipart()) throw validationError({ file: ['Gửi tệp báo cáo (CSV hoặc XLSX) trong trường “file” (multipart/form-data)'] });
      const part = await req.file();
      if (!part) throw validationError({ file: ['Chưa chọn tệp báo cáo'] });
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch {
        throw new ApiError(413, 'validation', `Tệp lớn hơn ${IMPORT_FILE_LIMIT / 1024 / 1024} MB`);
      }
      if (part.file.truncated) new FieldErrors().add('file', `Tệp lớn hơn ${IMPORT_FILE_LIMIT / 1024 / 1024} MB`).throwIfAny();
      return importReportFile(db, bytes, req.query);
    },
  );
}
