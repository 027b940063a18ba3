import type { z } from 'zod';
import type { periodQuerySchema } from '../../src/api/common';
import type { Queryable } from '../db/database';
import { FieldErrors, monthLabel } from './errors';

export type PeriodInput = z.output<typeof periodQuerySchema>;

/** A period filter after validation: months inclusive, `unit` an existing id or 'all'. */
export interface Period {
  from: string;
  to: string;
  unit: string;
  level: 'district' | 'commune' | 'all';
  field?: string;
}

/**
 * Checks a parsed period against the database, as the mock does: a month outside the coverage is a
 * 422 on `from`/`to` naming the coverage, an unknown unit or field a 422 on `unit`/`field`.
 */
export async function checkPeriod(db: Queryable, q: PeriodInput): Promise<Period> {
  const [row] = await db.query<{ from: string; to: string; unit_ok: boolean; field_ok: boolean }>(
    `SELECT coverage_from AS "from", coverage_to AS "to",
            ($1 = 'all' OR EXISTS (SELECT 1 FROM units WHERE id = $1)) AS unit_ok,
            ($2::text IS NULL OR EXISTS (SELECT 1 FROM fields WHERE id = $2)) AS field_ok
       FROM dataset_meta`,
    [q.unit, q.field ?? null],
  );
  const errs = new FieldErrors();
  if (!row) throw new Error('the database holds no dataset: run npm run seed');
  const coverage = `Số liệu có từ ${monthLabel(row.from)} đến ${monthLabel(row.to)}`;
  if (q.from < row.from || q.from > row.to) errs.add('from', coverage);
  if (q.to < row.from || q.to > row.to) errs.add('to', coverage);
  if (!row.unit_ok) errs.add('unit', `Không có đơn vị “${q.unit}”`);
  if (!row.field_ok) errs.add('field', `Không có lĩnh vực “${q.field}”`);
  errs.throwIfAny();
  return { from: q.from, to: q.to, unit: q.unit, level: q.level, ...(q.field !== undefined ? { field: q.field } : {}) };
}

export const echo = (q: Period, withField = true) => ({
  from: q.from,
  to: q.to,
  unit: q.unit,
  level: q.level,
  ...(withField && q.field !== undefined ? { field: q.field } : {}),
});

/**
 * SQL of the units in a period: those matching `unit` and `level` that existed in it, each with its
 * own first and last month there (ua, ub). Parameters $1 from, $2 to, $3 unit, $4 level.
 */
export const SELECTED_UNITS = `
  SELECT * FROM (
    SELECT u.id, u.ord, u.level,
           greatest($1::text, to_char(u.valid_from, 'YYYY-MM')) AS ua,
           least($2::text, coalesce(to_char(u.valid_to, 'YYYY-MM'), $2::text)) AS ub
      FROM units u
     WHERE ($3::text = 'all' OR u.id = $3::text) AND ($4::text = 'all' OR u.level = $4::text)
  ) s WHERE s.ua <= s.ub`;

export const periodParams = (q: Period) => [q.from, q.to, q.unit, q.level];
