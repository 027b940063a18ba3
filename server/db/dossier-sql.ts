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
