import type { Queryable } from './database';

/**
 * Inserts many rows in a few statements: one array parameter per column, spread by unnest, so a
 * statement has as many parameters as the table has columns whatever the number of rows.
 */
export async function bulkInsert(
  q: Queryable,
  table: string,
  columns: { name: string; type: 'text' | 'integer' | 'numeric' | 'date' | 'timestamptz' | 'jsonb' | 'text[]' }[],
  rows: unknown[][],
  chunk = 20_000,
): Promise<void> {
  // text[] columns go through json, since unnest would flatten an array of arrays.
  const cast = (t: string) => (t === 'text[]' ? 'jsonb' : t);
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const selects = columns
    .map((c, i) => (c.type === 'text[]' ? `ARRAY(SELECT jsonb_array_elements_text(c${i}))` : `c${i}`))
    .join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${cast(c.type)}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${selects} FROM unnest(${params}) AS t(${aliases})`;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const cols = columns.map((c, i) =>
      part.map((r) => (c.type === 'jsonb' || c.type === 'text[]' ? (r[i] === null ? null : JSON.stringify(r[i])) : r[i])),
    );
    await q.query(sql, cols);
  }
}
