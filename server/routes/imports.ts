import { z } from 'zod';
import { monthSchema } from '../../src/api/common';
import type { Api, Deps } from '../http/types';
import { importReportFile } from '../import/run-import';

import { readUpload } from '../http/upload';

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
export function importRoutes(api: Api, { db }: Deps) {
  api.post(
    '/imports/dossiers',
    {
      schema: { querystring: importQuerySchema, response: { 200: importResultSchema } },
      config: { access: ['secretariat'], roleMessage: 'Chỉ văn phòng CCHC được nhập số liệu' },
    },
    async (req) => {
      const { bytes } = await readUpload(req, 'Gửi tệp báo cáo (CSV hoặc XLSX) trong trường “file” (multipart/form-data)');
      return importReportFile(db, bytes, req.query);
    },
  );
}
