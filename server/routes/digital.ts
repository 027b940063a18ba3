import type { Ratio } from '../../src/api/common';
import {
  digitalByMonthSchema,
  digitalByUnitSchema,
  digitalQuerySchema,
  digitalRankingQuerySchema,
  digitalRankingSchema,
  digitalSummarySchema,
  type DigitalIndicatorKey,
  type DigitalIndicators,
} from '../../src/api/digital';
import { sumDigitalIndicators } from '../../src/domain/digital-indicators';
import { monthsOf } from '../../src/domain/period';
import { aroundUnit, rankUnits } from '../../src/domain/scorecard-766/ranking';
import { DIGITAL_FLOW_KEYS, DIGITAL_PROCEDURE_KEYS, snake } from '../db/columns';
import { dossierRows } from '../db/dossier-sql';
import type { Queryable } from '../db/database';
import { checkPeriod, echo, periodParams, SELECTED_UNITS, type Period } from '../http/period';
import type { Api, Deps } from '../http/types';

const ratioCols = (alias: string, keys: readonly string[], agg: boolean) =>
  keys
    .flatMap((k) => ['num', 'den'].map((p) => (agg ? `sum(${alias}.${snake(k)}_${p})::int AS ${snake(k)}_${p}` : `${alias}.${snake(k)}_${p}`)))
    .join(', ');

/**
 * The Decision 766 ratios of each unit in the period: the dossier ones summed from digital_monthly
 * (field '' = all fields), the procedure counts at the unit's last month, progress and online
 * dossiers from dossier_monthly, feedback from feedback_monthly — as the mock computes them.
 */
export async function digitalByUnit(db: Queryable, q: Period) {
  const rows = await db.query<Record<string, number> & { unit_id: string }>(
    `WITH s AS (${SELECTED_UNITS}),
     dig AS (SELECT g.unit_id, ${ratioCols('g', DIGITAL_FLOW_KEYS, true)}
               FROM s JOIN digital_monthly g ON g.unit_id = s.id AND g.month BETWEEN s.ua AND s.ub AND g.month BETWEEN $1::text AND $2::text AND g.field_id = coalesce($5::text, '')
              GROUP BY g.unit_id),
     proc AS (SELECT p.unit_id, ${ratioCols('p', DIGITAL_PROCEDURE_KEYS, false)}
                FROM s JOIN digital_procedures p ON p.unit_id = s.id AND p.month = s.ub),
     dos AS (SELECT d.unit_id,
                    sum(d.resolved_early + d.resolved_on_time)::int AS early,
                    sum(d.resolved_early + d.resolved_on_time + d.resolved_late)::int AS resolved,
                    -- A unit dissolved inside the period handed its pending dossiers on: no stock at the end.
                    coalesce(sum(d.pending_on_time) FILTER (WHERE d.month = s.ub AND s.ub = $2::text), 0)::int AS pending_on_time,
                    coalesce(sum(d.pending_overdue) FILTER (WHERE d.month = s.ub AND s.ub = $2::text), 0)::int AS pending_overdue,
                    sum(d.received_online)::int AS online,
                    sum(d.received_online + d.received_direct + d.received_postal)::int AS received
               ${dossierRows(q.field)}
              GROUP BY d.unit_id),
     fb AS (SELECT f.unit_id, sum(f.due_in_period)::int AS due, sum(f.handled_on_time)::int AS on_time,
                   sum(f.rated)::int AS rated, sum(f.satisfied)::int AS satisfied
              FROM s JOIN feedback_monthly f ON f.unit_id = s.id AND f.month BETWEEN s.ua AND s.ub AND f.month BETWEEN $1::text AND $2::text
             GROUP BY f.unit_id)
     SELECT s.id AS unit_id, dig.*, proc.*, dos.*, fb.*, s.id AS unit_id
       FROM s LEFT JOIN dig ON dig.unit_id = s.id LEFT JOIN proc ON proc.unit_id = s.id
              LEFT JOIN dos ON dos.unit_id = s.id LEFT JOIN fb ON fb.unit_id = s.id
      ORDER BY s.ord`,
    [...periodParams(q), q.field ?? null],
  );
  return rows.map((r) => {
    const n = (c: string) => Number(r[c] ?? 0);
    const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });
    const out = {} as Record<DigitalIndicatorKey, Ratio>;
    for (const k of [...DIGITAL_FLOW_KEYS, ...DIGITAL_PROCEDURE_KEYS]) out[k] = ratio(n(`${snake(k)}_num`), n(`${snake(k)}_den`));
    const pot = n('pending_on_time');
    out.progress = ratio(n('early') + pot, n('resolved') + pot + n('pending_overdue'));
    out.onlineDossiers = ratio(n('online'), n('received'));
    out.feedbackOnTime = ratio(n('on_time'), n('due'));
    out.feedbackSatisfaction = ratio(n('satisfied'), n('rated'));
    return { unitId: r.unit_id, indicators: out as DigitalIndicators };
  });
}

export function digitalRoutes(api: Api, { db }: Deps) {
  api.get('/digital/by-unit', { schema: { querystring: digitalQuerySchema, response: { 200: digitalByUnitSchema } } }, async (req) => {
    const q = await checkPeriod(db, req.query);
    return { query: echo(q, false), rows: await digitalByUnit(db, q) };
  });
  api.get('/digital/summary', { schema: { querystring: digitalQuerySchema, response: { 200: digitalSummarySchema } } }, async (req) => {
    const q = await checkPeriod(db, req.query);
    return { query: echo(q, false), totals: sumDigitalIndicators(await digitalByUnit(db, q)) };
  });
  api.get('/digital/by-month', { schema: { querystring: digitalQuerySchema, response: { 200: digitalByMonthSchema } } }, async (req) => {
    const q = await checkPeriod(db, req.query);
    const rows = [];
    for (const month of monthsOf(q)) rows.push({ month, indicators: sumDigitalIndicators(await digitalByUnit(db, { ...q, from: month, to: month })) });
    return { query: echo(q, false), rows };
  });
  api.get('/digital/ranking', { schema: { querystring: digitalRankingQuerySchema, response: { 200: digitalRankingSchema } } }, async (req) => {
    const { by, page, pageSize, around, ...period } = req.query;
    const q = await checkPeriod(db, period);
    // Ranked over every unit of the level asked for, with the same scoring as the screen.
    const ranked = rankUnits(await digitalByUnit(db, { ...q, unit: 'all' }), by);
    return {
      query: { ...echo(q, false), by, page, pageSize },
      totalRows: ranked.length,
      rows: ranked.slice((page - 1) * pageSize, page * pageSize),
      around: around === undefined ? null : aroundUnit(ranked, around),
    };
  });
}
