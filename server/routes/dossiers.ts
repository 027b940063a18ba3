import {
  dossierQuerySchema,
  dossierSummarySchema,
  dossiersByFieldSchema,
  dossiersByMonthSchema,
  dossiersByUnitSchema,
} from '../../src/api/dossiers';
import { monthsBetween } from '../../mocks/data/months';
import { countsOf, dossierRows, PERIOD_COUNTS, RAW_COUNTS, zeroCounts } from '../db/dossier-sql';
import { OF_FIELD, SPAN_UNITS, TOTAL_RAW_COUNTS, TOTAL_ROWS, totalDossierCounts, UNIT_DOSSIER_COUNTS, unitPeriodRows } from '../db/rollups';
import { checkPeriod, echo, periodParams, type Period } from '../http/period';
import { sendCached } from '../http/answer-cache';
import type { Api, Deps } from '../http/types';

/**
 * The dossier aggregates, computed in SQL from the monthly statistics (the client never gets
 * dossiers): over every unit from the totals per month × level × field, per unit from the running
 * sums per unit × month (both in server/db/rollups.ts), one unit with a field from dossier_monthly.
 */
export function dossierRoutes(api: Api, deps: Deps) {
  const { db } = deps;
  const params = (q: Period) => [...periodParams(q), q.field ?? null];

  api.get('/dossiers/summary', { schema: { querystring: dossierQuerySchema, response: { 200: dossierSummarySchema } } }, (req, reply) =>
    sendCached(deps, req, reply, dossierSummarySchema, async () => {
      const q = await checkPeriod(db, req.query);
      const [row] =
        q.unit === 'all'
          ? await db.query(`SELECT ${totalDossierCounts(OF_FIELD)} ${TOTAL_ROWS}`, params(q))
          : await db.query(`WITH s AS (${SPAN_UNITS}) SELECT ${PERIOD_COUNTS} ${dossierRows(q.field)}`, params(q));
      return { query: echo(q), totals: row ? countsOf(row) : zeroCounts() };
    }),
  );

  api.get('/dossiers/by-unit', { schema: { querystring: dossierQuerySchema, response: { 200: dossiersByUnitSchema } } }, (req, reply) =>
    sendCached(deps, req, reply, dossiersByUnitSchema, async () => {
      const q = await checkPeriod(db, req.query);
      const rows =
        q.field === undefined
          ? await unitPeriodRows(db, UNIT_DOSSIER_COUNTS, q)
          : await db.query<{ unitId: string }>(
              `WITH s AS (${SPAN_UNITS})
               SELECT s.id AS "unitId", ${PERIOD_COUNTS}
                 ${dossierRows(q.field, { left: true })}
                GROUP BY s.id, s.ord ORDER BY s.ord`,
              params(q),
            );
      return { query: echo(q), rows: rows.map((r) => ({ unitId: r.unitId, ...countsOf(r) })) };
    }),
  );

  api.get('/dossiers/by-field', { schema: { querystring: dossierQuerySchema, response: { 200: dossiersByFieldSchema } } }, (req, reply) =>
    sendCached(deps, req, reply, dossiersByFieldSchema, async () => {
      const q = await checkPeriod(db, req.query);
      // Without a field filter: the fields of the levels of the units in the period, with zeros where none.
      const agg =
        q.unit === 'all'
          ? `SELECT t.field_id, ${totalDossierCounts('true')} FROM stat_total_monthly t
              WHERE $3::text = 'all' AND t.month BETWEEN $1::text AND $2::text AND ($4::text = 'all' OR t.level = $4::text)
                AND t.field_id <> '' AND ($5::text IS NULL OR t.field_id = $5::text)
              GROUP BY t.field_id`
          : `SELECT d.field_id, ${PERIOD_COUNTS} ${dossierRows(q.field, { byField: true })} GROUP BY d.field_id`;
      const rows = await db.query<{ fieldId: string }>(
        `WITH s AS (${SPAN_UNITS}), agg AS (${agg})
         SELECT f.id AS "fieldId", agg.*
           FROM fields f LEFT JOIN agg ON agg.field_id = f.id
          WHERE CASE WHEN $5::text IS NULL THEN f.levels && ARRAY(SELECT DISTINCT level FROM s) ELSE f.id = $5::text END
          ORDER BY f.ord`,
        params(q),
      );
      return { query: echo(q), rows: rows.map((r) => ({ fieldId: r.fieldId, ...countsOf(r) })) };
    }),
  );

  api.get('/dossiers/by-month', { schema: { querystring: dossierQuerySchema, response: { 200: dossiersByMonthSchema } } }, (req, reply) =>
    sendCached(deps, req, reply, dossiersByMonthSchema, async () => {
      const q = await checkPeriod(db, req.query);
      const rows =
        q.unit === 'all'
          ? await db.query<{ month: string }>(`SELECT t.month, ${TOTAL_RAW_COUNTS} ${TOTAL_ROWS} GROUP BY t.month`, params(q))
          : await db.query<{ month: string }>(
              `WITH s AS (${SPAN_UNITS}) SELECT d.month, ${RAW_COUNTS} ${dossierRows(q.field)} GROUP BY d.month`,
              params(q),
            );
      const byMonth = new Map(rows.map((r) => [r.month, countsOf(r)]));
      return { query: echo(q), rows: monthsBetween(q.from, q.to).map((month) => ({ month, ...(byMonth.get(month) ?? zeroCounts()) })) };
    }),
  );
}
