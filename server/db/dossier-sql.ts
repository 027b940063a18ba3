import { dossierCountKeys, type DossierCounts } from '../../src/api/dossiers';
import { snake } from './columns';

/**
 * The dossier counts of rows of dossier_monthly `d` joined to the selected units `s`: flows summed,
 * carriedOver the stock at each unit's first month of the period, pending the stock at its last.
 */
export const PERIOD_COUNTS = dossierCountKeys
  .map((k) => {
    const col = `d.${snake(k)}`;
    const filter = k === 'carriedOver' ? ' FILTER (WHERE d.month = s.ua)' : k.startsWith('pending') ? ' FILTER (WHERE d.month = s.ub)' : '';
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
