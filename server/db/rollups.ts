import { dossierCountKeys } from '../../src/api/dossiers';
import { DIGITAL_FLOW_KEYS, DIGITAL_PROCEDURE_KEYS, snake } from './columns';
import type { Queryable } from './database';

// The roll-up tables of migration 005 and the SQL that reads them. unit_rollup_monthly: per unit ×
// month, flows summed from the coverage's start (cum_*) and the month's stocks; stat_total_monthly:
// per month × level × field ('' = all), sums over the units alive in the month. Both are rebuilt from
// the base tables by SQL functions of the migration, so the same code fills them after a seed, after
// an import, and for a database seeded before the migration.

/** Rebuilds both roll-ups from the base tables (after a seed, in its transaction). */
export async function refreshRollups(q: Queryable): Promise<void> {
  await q.query('SELECT refresh_unit_rollup(NULL, NULL)');
  await q.query('SELECT refresh_total_rollup(NULL)');
}

/**
 * After an import rewrote `month` of dossier_monthly (and dossier_unit_monthly) for `units`, in the
 * import's transaction: that month's totals, and the touched units' rows from that month on (their
 * running sums shift). A month that extended the coverage gives every unit a row there (zeros for the
 * units the file did not have), so it rebuilds that month for all.
 */
export async function refreshRollupsAfterImport(q: Queryable, month: string, units: readonly string[], extendedCoverage: boolean): Promise<void> {
  await q.query('SELECT refresh_unit_rollup($1::text[], $2::text)', [extendedCoverage ? null : units, month]);
  await q.query('SELECT refresh_total_rollup($1::text)', [month]);
}

/** The month before `m` (YYYY-MM). */
export function previousMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
}

/**
 * SELECTED_UNITS (server/http/period.ts) from unit_span: the units matching `unit` ($3) and `level`
 * ($4) that existed in the period, each with its first and last month there (ua, ub). The same rows,
 * without formatting two dates per unit and request.
 */
export const SPAN_UNITS = `
  SELECT * FROM (
    SELECT u.id, u.ord, u.level,
           greatest($1::text, u.first_month) AS ua,
           least($2::text, coalesce(u.last_month, $2::text)) AS ub
      FROM unit_span u
     WHERE ($3::text = 'all' OR u.id = $3::text) AND ($4::text = 'all' OR u.level = $4::text)
  ) s WHERE s.ua <= s.ub`;

const DOSSIER_FLOWS = ['receivedOnline', 'receivedDirect', 'receivedPostal', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'returned', 'apologyLetters'] as const;

/**
 * The per-unit rows of a period from unit_rollup_monthly, for the selected units `s`: `b` the row at
 * the period's last month (running sums through it; a unit that ended inside the period has a row
 * there that keeps what it ended with), `a` the row of the month before the period ($6) for a unit
 * that existed when the period began (a unit created inside it has no earlier row: its running sums
 * start at 0), `c` the row of the period's first month (the stock carried in, only for a unit that
 * existed then). Each is one month of the table: three range scans, whatever the period's length.
 * Parameters $1 from, $2 to, $5 null (the roll-up is of all fields), $6 the month before $1.
 */
export const UNIT_PERIOD_JOIN = `FROM s
  LEFT JOIN unit_rollup_monthly b ON b.month = $2::text AND b.unit_id = s.id AND $5::text IS NULL
  LEFT JOIN unit_rollup_monthly a ON a.month = $6::text AND a.unit_id = s.id AND s.ua = $1::text
  LEFT JOIN unit_rollup_monthly c ON c.month = $1::text AND c.unit_id = s.id AND s.ua = $1::text`;

/** A flow over the period from the running sums: through the last month minus through the month before. */
const flow = (col: string) => `(coalesce(b.cum_${col}, 0) - coalesce(a.cum_${col}, 0))`;

/** A column of a per-unit answer: its name in the row handed back, and its SQL over s, a, b, c. */
type UnitColumn = readonly [name: string, sql: string];

/** The dossier counts of a unit over the period, as PERIOD_COUNTS computes them from the base rows. */
export const UNIT_DOSSIER_COUNTS: readonly UnitColumn[] = dossierCountKeys.map((k) => {
  const c = snake(k);
  if (k === 'carriedOver') return [k, 'coalesce(c.carried_over, 0)'];
  // The stock at the end only for a unit that still existed then (one dissolved inside handed it on).
  if (k === 'pendingOnTime' || k === 'pendingOverdue') return [k, `CASE WHEN s.ub = $2::text THEN coalesce(b.${c}, 0) ELSE 0 END`];
  if (!(DOSSIER_FLOWS as readonly string[]).includes(k)) throw new Error(`no roll-up for ${k}`);
  return [k, flow(c)];
});

/** The inputs of the Decision 766 ratios of a unit over the period, with the column names digitalByUnit reads. */
export const UNIT_DIGITAL_INPUTS: readonly UnitColumn[] = [
  ...DIGITAL_FLOW_KEYS.flatMap((k) => ['num', 'den'].map((p): UnitColumn => [`${snake(k)}_${p}`, flow(`${snake(k)}_${p}`)])),
  // Procedure counts are stocks: the unit's last month in the period.
  ...DIGITAL_PROCEDURE_KEYS.flatMap((k) => ['num', 'den'].map((p): UnitColumn => [`${snake(k)}_${p}`, `coalesce(b.${snake(k)}_${p}, 0)`])),
  ['early', `${flow('resolved_early')} + ${flow('resolved_on_time')}`],
  ['resolved', `${flow('resolved_early')} + ${flow('resolved_on_time')} + ${flow('resolved_late')}`],
  ['pending_on_time', 'CASE WHEN s.ub = $2::text THEN coalesce(b.pending_on_time, 0) ELSE 0 END'],
  ['pending_overdue', 'CASE WHEN s.ub = $2::text THEN coalesce(b.pending_overdue, 0) ELSE 0 END'],
  ['online', flow('received_online')],
  ['received', `${flow('received_online')} + ${flow('received_direct')} + ${flow('received_postal')}`],
  ['due', flow('fb_due_in_period')],
  ['on_time', flow('fb_handled_on_time')],
  ['rated', flow('fb_rated')],
  ['satisfied', flow('fb_satisfied')],
];

/** The feedback counts of a unit over the period; pending is the stock at its last month in it. */
export const UNIT_FEEDBACK_COUNTS: readonly UnitColumn[] = [
  ['received', flow('fb_received')],
  ['dueInPeriod', flow('fb_due_in_period')],
  ['handledOnTime', flow('fb_handled_on_time')],
  ['handledLate', flow('fb_handled_late')],
  ['pending', 'coalesce(b.fb_pending, 0)'],
  ['rated', flow('fb_rated')],
  ['satisfied', flow('fb_satisfied')],
];

/**
 * One array per selected unit (in the units' order): its id, then `columns` over the period, from
 * the roll-up; `column` gives a column's index in it. The rows come back as one JSON text: a driver
 * turns every value of a result into a JS value one by one, which for 3,321 units × 44 numbers cost
 * more than the query itself.
 */
export async function unitPeriodArrays(
  q: Queryable,
  columns: readonly UnitColumn[],
  p: { from: string; to: string; unit: string; level: string },
): Promise<{ rows: [string, ...number[]][]; column: Map<string, number> }> {
  const [row] = await q.query<{ rows: string }>(
    `WITH s AS (${SPAN_UNITS})
     SELECT coalesce(json_agg(json_build_array(s.id, ${columns.map(([, sql]) => sql).join(',\n  ')}) ORDER BY s.ord), '[]')::text AS rows
       ${UNIT_PERIOD_JOIN}`,
    [p.from, p.to, p.unit, p.level, null, previousMonth(p.from)],
  );
  return { rows: JSON.parse(row?.rows ?? '[]') as [string, ...number[]][], column: new Map(columns.map(([name], i) => [name, i + 1])) };
}

/** The same as objects: `unitId` and a property per column. */
export async function unitPeriodRows<T extends Record<string, number>>(
  q: Queryable,
  columns: readonly UnitColumn[],
  p: { from: string; to: string; unit: string; level: string },
): Promise<(T & { unitId: string })[]> {
  const { rows } = await unitPeriodArrays(q, columns, p);
  return rows.map((a) => {
    const out: Record<string, string | number> = { unitId: a[0] };
    for (let i = 0; i < columns.length; i++) out[columns[i]![0]] = a[i + 1]!;
    return out as T & { unitId: string };
  });
}

/**
 * The rows of stat_total_monthly `t` for every unit (unit=all) in the period: the level asked for
 * ($4), the months $1..$2, the field's rows and the all-fields rows (procedures and feedback live on
 * those). Parameters $1 from, $2 to, $3 'all', $4 level, $5 field or null.
 */
export const TOTAL_ROWS = `FROM stat_total_monthly t
  WHERE $3::text = 'all' AND t.month BETWEEN $1::text AND $2::text AND ($4::text = 'all' OR t.level = $4::text)
    AND t.field_id IN ('', coalesce($5::text, ''))`;

/** Only the rows of the field asked for (all fields: ''). */
export const OF_FIELD = `t.field_id = coalesce($5::text, '')`;

/**
 * The dossier counts of the totals rows that match `cond` over the period, as PERIOD_COUNTS over
 * every unit: the stock carried in at the first month, pending at the last, flows summed.
 */
export const totalDossierCounts = (cond: string) =>
  dossierCountKeys
    .map((k) => {
      const when = k === 'carriedOver' ? ' AND t.month = $1::text' : k.startsWith('pending') ? ' AND t.month = $2::text' : '';
      return `coalesce(sum(t.${snake(k)}) FILTER (WHERE ${cond}${when}), 0)::int AS "${k}"`;
    })
    .join(',\n  ');

/** Every column of the field's rows summed as it is (a by-month row: each month is its own period). */
export const TOTAL_RAW_COUNTS = dossierCountKeys.map((k) => `coalesce(sum(t.${snake(k)}) FILTER (WHERE ${OF_FIELD}), 0)::int AS "${k}"`).join(',\n  ');

/**
 * The inputs of the Decision 766 ratios over every unit from month `from` to `to` (SQL expressions:
 * the period's $1/$2, or t.month for a by-month row), with digitalByUnit's column names. Procedure
 * counts: the stock at the last month of the units alive then, plus that of each unit that ended
 * inside the period, at its last month (end_*). Progress, like the base query, counts the pending
 * stock only of the units alive at the end.
 */
export const totalDigitalInputs = (to: string) =>
  [
    ...DIGITAL_FLOW_KEYS.flatMap((k) => ['num', 'den'].map((p) => `coalesce(sum(t.${snake(k)}_${p}) FILTER (WHERE ${OF_FIELD}), 0)::int AS ${snake(k)}_${p}`)),
    ...DIGITAL_PROCEDURE_KEYS.flatMap((k) =>
      ['num', 'den'].map(
        (p) =>
          `(coalesce(sum(t.${snake(k)}_${p}) FILTER (WHERE t.field_id = '' AND t.month = ${to}), 0)
            + coalesce(sum(t.end_${snake(k)}_${p}) FILTER (WHERE t.field_id = '' AND t.month < ${to}), 0))::int AS ${snake(k)}_${p}`,
      ),
    ),
    `coalesce(sum(t.resolved_early + t.resolved_on_time) FILTER (WHERE ${OF_FIELD}), 0)::int AS early`,
    `coalesce(sum(t.resolved_early + t.resolved_on_time + t.resolved_late) FILTER (WHERE ${OF_FIELD}), 0)::int AS resolved`,
    `coalesce(sum(t.pending_on_time) FILTER (WHERE ${OF_FIELD} AND t.month = ${to}), 0)::int AS pending_on_time`,
    `coalesce(sum(t.pending_overdue) FILTER (WHERE ${OF_FIELD} AND t.month = ${to}), 0)::int AS pending_overdue`,
    `coalesce(sum(t.received_online) FILTER (WHERE ${OF_FIELD}), 0)::int AS online`,
    `coalesce(sum(t.received_online + t.received_direct + t.received_postal) FILTER (WHERE ${OF_FIELD}), 0)::int AS received`,
    `coalesce(sum(t.fb_due_in_period) FILTER (WHERE t.field_id = ''), 0)::int AS due`,
    `coalesce(sum(t.fb_handled_on_time) FILTER (WHERE t.field_id = ''), 0)::int AS on_time`,
    `coalesce(sum(t.fb_rated) FILTER (WHERE t.field_id = ''), 0)::int AS rated`,
    `coalesce(sum(t.fb_satisfied) FILTER (WHERE t.field_id = ''), 0)::int AS satisfied`,
  ].join(',\n  ');
