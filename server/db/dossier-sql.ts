import { dossierCountKeys, type DossierCounts } from '../../src/api/dossiers';
import { snake } from './columns';

/**
 * The dossier counts of rows of dossier_monthly `d` joined to the selected units `s` ($1 from, $2 to):
 * flows summed; carriedOver the stock when the period began and pending the stock when it ended, each
 * only for a unit that existed then (one created inside the period carried nothing in; one dissolved
 * inside it handed its pending dossiers to its successor), as the mock's aggregate.ts.
 */
export const PERIOD_COUNTS = dossierCountKeys
  .map((k) => {
    const col = `d.${snake(k)}`;
    const filter =
      k === 'carriedOver'
        ? ' FILTER (WHERE d.month = s.ua AND s.ua = $1::text)'
        : k.startsWith('pending')
          ? ' FILTER (WHERE d.month = s.ub AND s.ub = $2::text)'
          : '';
    return `coalesce(sum(${col})${filter}, 0)::int AS "${k}"`;
  })
  .join(',\n  ');

/** Every column summed as it is (the by-month rows: each month is its own period). */
export const RAW_COUNTS = dossierCountKeys.map((k) => `coalesce(sum(d.${snake(k)}), 0)::int AS "${k}"`).join(',\n  ');

export const zeroCounts = (): DossierCounts =>
  Object.fromEntries(dossierCountKeys.map((k) => [k, 0])) as unknown as DossierCounts;

/** Only the count keys of a row (the SQL row may carry more). */
export const countsOf = (row: Record<string, unknown>): DossierCounts =>
  Object.fromEntries(dossierCountKeys.map((k) => [k, Number(row[k] ?? 0)])) as unknown as DossierCounts;

/**
 * The monthly rows `d` of the selected units `s` in the period ($1 from, $2 to, $5 the field or null):
 * the per-unit roll-up when no field is asked for and the rows are not grouped by field, the per-field
 * rows otherwise. $5 is referenced either way, so that the parameters stay the same. `left`: every
 * selected unit, with or without rows.
 */
export function dossierRows(field: string | undefined, opts: { left?: boolean; byField?: boolean } = {}): string {
  const rollUp = field === undefined && !opts.byField;
  const table = rollUp ? 'dossier_unit_monthly' : 'dossier_monthly';
  const fieldCond = rollUp ? '$5::text IS NULL' : '($5::text IS NULL OR d.field_id = $5::text)';
  return `FROM s ${opts.left ? 'LEFT ' : ''}JOIN ${table} d ON d.unit_id = s.id AND d.month BETWEEN s.ua AND s.ub
            AND d.month BETWEEN $1::text AND $2::text AND ${fieldCond}`;
}

/**
 * Rewrites the roll-up rows of some units in one month from dossier_monthly (after an import); two
 * statements, since an INSERT does not see a DELETE of the same statement.
 */
export const REFRESH_UNIT_MONTH = [
  'DELETE FROM dossier_unit_monthly WHERE month = $1 AND unit_id = ANY($2::text[])',
  `INSERT INTO dossier_unit_monthly
   SELECT unit_id, month, sum(carried_over), sum(received_online), sum(received_direct), sum(received_postal),
          sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(pending_on_time), sum(pending_overdue),
          sum(returned), sum(apology_letters)
     FROM dossier_monthly WHERE month = $1 AND unit_id = ANY($2::text[]) GROUP BY unit_id, month`,
];
