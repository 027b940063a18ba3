import type { Database } from '../db/database';
import { FieldErrors } from '../http/errors';
import { importMonth, TargetError, type ImportResult, type ImportTarget } from './import-month';
import { LayoutError, parseReport } from './parse-report';

/**
 * A file to the database, for both the upload endpoint and the command: 422 (FieldErrors) for a
 * file in another layout (`file`), a bad month, unit or field, or refused rows (`rows.<line>`), in
 * which case nothing is written.
 */
export async function importReportFile(db: Database, bytes: Buffer, target: ImportTarget): Promise<ImportResult> {
  const errs = new FieldErrors();
  let result: ImportResult;
  try {
    result = await importMonth(db, await parseReport(bytes), target);
  } catch (e) {
    if (e instanceof LayoutError) errs.add('file', e.message).throwIfAny();
    if (e instanceof TargetError) errs.add(e.field, e.message).throwIfAny();
    throw e;
  }
  for (const r of result.rejected) for (const reason of r.reasons) errs.add(`rows.${r.line}`, `${r.name}: ${reason}`);
  errs.throwIfAny();
  return result;
}
