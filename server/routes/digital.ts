import type { Ratio } from '../../src/api/common';
import {
  type RankingRow,
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
import { rate, type Rate } from '../../src/domain/rate';
import { dossierSatisfaction, lateOf } from '../../src/domain/scorecard-766/measures';
import { aroundUnit } from '../../src/domain/scorecard-766/ranking';
import { rules766, scorecardGroupIds, type ScorecardGroupId } from '../../src/domain/scorecard-766/rules';
import { pointsFor } from '../../src/domain/scorecard-766/score';
import { DIGITAL_FLOW_KEYS, DIGITAL_PROCEDURE_KEYS, snake } from '../db/columns';
import { dossierRows } from '../db/dossier-sql';
import type { Queryable } from '../db/database';
import { SPAN_UNITS, TOTAL_ROWS, totalDigitalInputs, UNIT_DIGITAL_INPUTS, unitPeriodArrays } from '../db/rollups';
import { checkPeriod, echo, periodParams, type Period } from '../http/period';
import { sendCached } from '../http/answer-cache';
import type { Api, Deps } from '../http/types';

const ratioCols = (alias: string, keys: readonly string[], agg: boolean) =>
  keys
    .flatMap((k) => ['num', 'den'].map((p) => (agg ? `sum(${alias}.${snake(k)}_${p})::int AS ${snake(k)}_${p}` : `${alias}.${snake(k)}_${p}`)))
    .join(', ');

type InputRow = Record<string, number>;

/** Each stored ratio with its two columns (computed once: a request reads them 3,321 times). */
const RATIO_COLUMNS = [...DIGITAL_FLOW_KEYS, ...DIGITAL_PROCEDURE_KEYS].map((k) => [k, `${snake(k)}_num`, `${snake(k)}_den`] as const);

/** The contract's ratios from the numerators and denominators named as in the SQL below (`v`: a column's value). */
function indicatorsOf(v: (column: string) => number | undefined): DigitalIndicators {
  const n = (c: string) => Number(v(c) ?? 0);
  const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });
  const out = {} as Record<DigitalIndicatorKey, Ratio>;
  for (const [k, num, den] of RATIO_COLUMNS) out[k] = ratio(n(num), n(den));
  const pot = n('pending_on_time');
  out.progress = ratio(n('early') + pot, n('resolved') + pot + n('pending_overdue'));
  out.onlineDossiers = ratio(n('online'), n('received'));
  out.feedbackOnTime = ratio(n('on_time'), n('due'));
  out.feedbackSatisfaction = ratio(n('satisfied'), n('rated'));
  return out as DigitalIndicators;
}

const ofRow = (r: InputRow) => indicatorsOf((c) => r[c]);

/**
 * The Decision 766 ratios of each unit in the period: the dossier ones summed from digital_monthly
 * (field '' = all fields), the procedure counts at the unit's last month, progress and online
 * dossiers from dossier_monthly, feedback from feedback_monthly — as the mock computes them. All
 * fields: from the running sums of unit_rollup_monthly (two or three rows per unit whatever the
 * period); one field: from the base tables.
 */
export async function digitalByUnit(db: Queryable, q: Period) {
  if (q.field !== undefined) return digitalByUnitFromBaseTables(db, q);
  const { rows, column } = await unitPeriodArrays(db, UNIT_DIGITAL_INPUTS, q);
  return rows.map((a) => ({ unitId: a[0], indicators: indicatorsOf((c) => a[column.get(c)!] as number) }));
}

/** digitalByUnit from the base tables only, whatever the filter (what the roll-ups are checked against). */
export async function digitalByUnitFromBaseTables(db: Queryable, q: Period) {
  return (await digitalByUnitFromBase(db, q)).map((r) => ({ unitId: r.unit_id, indicators: ofRow(r) }));
}

/** The ratios' inputs per unit from the base tables (a field asked for: the roll-ups are of all fields). */
function digitalByUnitFromBase(db: Queryable, q: Period) {
  return db.query<InputRow & { unit_id: string }>(
    `WITH s AS (${SPAN_UNITS}),
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
}

/** The sums over every unit (unit=all) and the period, from stat_total_monthly. */
async function digitalTotals(db: Queryable, q: Period): Promise<DigitalIndicators> {
  const [row] = await db.query<InputRow>(`SELECT ${totalDigitalInputs('$2::text')} ${TOTAL_ROWS}`, [...periodParams(q), q.field ?? null]);
  return ofRow(row ?? {});
}

/** The same month by month (each month its own period). */
async function digitalTotalsByMonth(db: Queryable, q: Period): Promise<Map<string, DigitalIndicators>> {
  const rows = await db.query<InputRow & { month: string }>(
    `SELECT t.month, ${totalDigitalInputs('t.month')} ${TOTAL_ROWS} GROUP BY t.month`,
    [...periodParams(q), q.field ?? null],
  );
  return new Map(rows.map((r) => [r.month, ofRow(r)]));
}

type RankingGroups = RankingRow['groups'];

/**
 * A unit's total and group points as scoreIndicators (src/domain/scorecard-766/score.ts) computes
 * them, added up in the same order, without the rest of its scorecard: rankUnits scores every unit
 * of the country, and the whole scorecards (parts, hints, one object per row) made most of a ranking
 * request's time. test/server/rollups.test.ts checks both rank alike.
 */
export function scoreForRanking(indicators: DigitalIndicators): { total: number | null; groups: RankingGroups } {
  const earned = Object.fromEntries(scorecardGroupIds.map((g) => [g, 0])) as Record<ScorecardGroupId, number>;
  const max = { ...earned };
  for (const rule of rules766.rows) {
    const f = rule.formula;
    let r: Rate;
    if (f.kind === 'ratio') r = rate(indicators[f.key].numerator, indicators[f.key].denominator);
    else r = dossierSatisfaction(lateOf(indicators[f.progress]), indicators[f.complaints]);
    const points = r !== null ? pointsFor(r, rule.points, rule.threshold) : rule.noData === 'full-points' ? rule.points : null;
    if (points === null) continue;
    earned[rule.group] += points;
    max[rule.group] += rule.points;
  }
  let e = 0;
  let m = 0;
  const groups = {} as Record<ScorecardGroupId, { earned: number; max: number }>;
  for (const g of scorecardGroupIds) {
    groups[g] = { earned: earned[g], max: max[g] };
    e += earned[g];
    m += max[g];
  }
  return { total: m > 0 ? (e / m) * 100 : null, groups: groups as RankingGroups };
}

/** rankUnits (src/domain/scorecard-766/ranking.ts) on scoreForRanking: the same order, ties by id. */
export function rankForRanking(rows: readonly { unitId: string; indicators: DigitalIndicators }[], by: 'total' | ScorecardGroupId): RankingRow[] {
  const scored = rows.map(({ unitId, indicators }) => {
    const { total, groups } = scoreForRanking(indicators);
    const g = by === 'total' ? null : groups[by];
    const key = g === null ? total : g.max > 0 ? g.earned / g.max : null;
    return { unitId, total, groups, key };
  });
  scored.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.unitId.localeCompare(b.unitId) : a.key === null ? 1 : -1;
    return b.key - a.key || a.unitId.localeCompare(b.unitId);
  });
  return scored.map(({ unitId, total, groups }, i) => ({ rank: i + 1, unitId, total, groups }));
}

export function digitalRoutes(api: Api, deps: Deps) {
  const { db } = deps;
  api.get('/digital/by-unit', { schema: { querystring: digitalQuerySchema, response: { 200: digitalByUnitSchema } } }, (req, reply) =>
    sendCached(deps, req, reply, digitalByUnitSchema, async () => {
      const q = await checkPeriod(db, req.query);
      return { query: echo(q, false), rows: await digitalByUnit(db, q) };
    }),
  );
  api.get('/digital/summary', { schema: { querystring: digitalQuerySchema, response: { 200: digitalSummarySchema } } }, (req, reply) =>
    sendCached(deps, req, reply, digitalSummarySchema, async () => {
      const q = await checkPeriod(db, req.query);
      const totals = q.unit === 'all' ? await digitalTotals(db, q) : sumDigitalIndicators(await digitalByUnit(db, q));
      return { query: echo(q, false), totals };
    }),
  );
  api.get('/digital/by-month', { schema: { querystring: digitalQuerySchema, response: { 200: digitalByMonthSchema } } }, (req, reply) =>
    sendCached(deps, req, reply, digitalByMonthSchema, async () => {
      const q = await checkPeriod(db, req.query);
      const rows = [];
      if (q.unit === 'all') {
        const byMonth = await digitalTotalsByMonth(db, q);
        for (const month of monthsOf(q)) rows.push({ month, indicators: byMonth.get(month) ?? sumDigitalIndicators([]) });
      } else {
        for (const month of monthsOf(q)) rows.push({ month, indicators: sumDigitalIndicators(await digitalByUnit(db, { ...q, from: month, to: month })) });
      }
      return { query: echo(q, false), rows };
    }),
  );
  api.get('/digital/ranking', { schema: { querystring: digitalRankingQuerySchema, response: { 200: digitalRankingSchema } } }, (req, reply) =>
    sendCached(deps, req, reply, digitalRankingSchema, async () => {
      const { by, page, pageSize, around, ...period } = req.query;
      const q = await checkPeriod(db, period);
      // Ranked over every unit of the level asked for, with the same scoring as the screen.
      const ranked = rankForRanking(await digitalByUnit(db, { ...q, unit: 'all' }), by);
      return {
        query: { ...echo(q, false), by, page, pageSize },
        totalRows: ranked.length,
        rows: ranked.slice((page - 1) * pageSize, page * pageSize),
        around: around === undefined ? null : aroundUnit(ranked, around),
      };
    }),
  );
}
