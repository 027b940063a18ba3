import {
  dossierQuerySchema,
  dossierSummarySchema,
  dossiersByFieldSchema,
  dossiersByMonthSchema,
  dossiersByUnitSchema,
} from '../../src/api/dossiers';
import { monthsBetween } from '../../mocks/data/months';
import { countsOf, dossierRows, PERIOD_COUNTS, RAW_COUNTS, zeroCounts } from '../db/dossier-sql';
import { checkPeriod, echo, periodParams, SELECTED_UNITS } from '../http/period';
import type { Api, Deps } from '../http/types';

/** The dossier aggregates, computed in SQL from dossier_monthly (the client never gets dossiers). */
export function dossierRoutes(api: Api, { db }: Deps) {
  const params = (q: Awaited<ReturnType<typeof checkPeriod>>) => [...periodParams(q), q.field ?? null];

  api.get('/dossiers/summary', { schema: { querystring: dossierQuerySchema, response: { 200: dossierSummarySchema } } }, async (req) => {
    const q = await checkPeriod(db, req.query);
    const [row] = await db.query(`WITH s AS (${SELECTED_UNITS}) SELECT ${PERIOD_COUNTS} ${dossierRows(q.field)}`, params(q));
    return { query: echo(q), totals: row ? countsOf(row) : zeroCounts() };
  });

  api.get('/dossiers/by-unit', { schema: { querystring: dossierQuerySchema, response: { 200: dossiersByUnitSchema } } }, async (req) => {
    const q = await checkPeriod(db, req.query);
    const rows = await db.query<{ unitId: string }>(
      `WITH s AS (${SELECTED_UNITS})
       SELECT s.id AS "unitId", ${PERIOD_COUNTS}
         ${dossierRows(q.field, { left: true })}
        GROUP BY s.id, s.ord ORDER BY s.ord`,
      params(q),
    );
    return { query: echo(q), rows: rows.map((r) => ({ unitId: r.unitId, ...countsOf(r) })) };
  });

  api.get('/dossiers/by-field', { schema: { querystring: dossierQuerySchema, response: { 200: dossiersByFieldSchema } } }, async (req) => {
    const q = await checkPeriod(db, req.query);
    // Without a field filter: the fields of the levels of the units in the period, with zeros where none.
    const rows = await db.query<{ fieldId: string }>(
      `WITH s AS (${SELECTED_UNITS}),
       agg AS (SELECT d.field_id, ${PERIOD_COUNTS} ${dossierRows(q.field, { byField: true })} GROUP BY d.field_id)
       SELECT f.id AS "fieldId", agg.*
         FROM fields f LEFT JOIN agg ON agg.field_id = f.id
        WHERE CASE WHEN $5::text IS NULL THEN f.levels && ARRAY(SELECT DISTINCT level FROM s) ELSE f.id = $5::text END
        ORDER BY f.ord`,
      params(q),
    );
    return { query: echo(q), rows: rows.map((r) => ({ fieldId: r.fieldId, ...countsOf(r) })) };
  });

  api.get('/dossiers/by-month', { schema: { querystring: dossierQuerySchema, response: { 200: dossiersByMonthSchema } } }, async (req) => {
    const q = await checkPeriod(db, req.query);
    const rows = await db.query<{ month: string }>(
      `WITH s AS (${SELECTED_UNITS}) SELECT d.month, ${RAW_COUNTS} ${dossierRows(q.field)} GROUP BY d.month`,
      params(q),
    );
    const byMonth = new Map(rows.map((r) => [r.month, countsOf(r)]));
    return { query: echo(q), rows: monthsBetween(q.from, q.to).map((month) => ({ month, ...(byMonth.get(month) ?? zeroCounts()) })) };
  });
}
