import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/data';
import { digitalIndicatorKeys } from '../../src/api/digital';
import { rankingByValues } from '../../src/api/digital';
import { rankUnits } from '../../src/domain/scorecard-766/ranking';
import type { Queryable } from '../../server/db/database';
import { importMonth } from '../../server/import/import-month';
import { rankForRanking } from '../../server/routes/digital';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

// The roll-ups of migration 005 are derived data: every row must equal what the base tables say,
// after the seed and after an import, and the ranking's lean scoring must rank as the screen's.
const ds = getDataset('thuong-tin');
let s: TestServer;
let token: string;

beforeAll(async () => {
  s = await startServer();
  token = await signIn(s.app, accounts.secretariat);
});
afterAll(() => s.cleanup());

/**
 * Rows of unit_rollup_monthly that differ from the base tables, recomputed here another way: a
 * correlated sum over dossier_monthly (not dossier_unit_monthly, which the roll-up reads) and the
 * other base tables, from the unit's first month through the row's month.
 */
async function unitRollupMismatches(q: Queryable): Promise<unknown[]> {
  // After a unit's last month, its rows keep the procedure counts and feedback pending of that month.
  const stockMonth = `least(r.month, coalesce(to_char(u.valid_to, 'YYYY-MM'), r.month))`;
  return q.query(
    `SELECT r.unit_id, r.month FROM unit_rollup_monthly r JOIN units u ON u.id = r.unit_id
      WHERE r.cum_received_online <> (SELECT coalesce(sum(d.received_online), 0) FROM dossier_monthly d WHERE d.unit_id = r.unit_id AND d.month <= r.month)
         OR r.cum_resolved_late <> (SELECT coalesce(sum(d.resolved_late), 0) FROM dossier_monthly d WHERE d.unit_id = r.unit_id AND d.month <= r.month)
         OR r.cum_apology_letters <> (SELECT coalesce(sum(d.apology_letters), 0) FROM dossier_monthly d WHERE d.unit_id = r.unit_id AND d.month <= r.month)
         OR r.pending_overdue <> (SELECT coalesce(sum(d.pending_overdue), 0) FROM dossier_monthly d WHERE d.unit_id = r.unit_id AND d.month = r.month)
         OR r.carried_over <> (SELECT coalesce(sum(d.carried_over), 0) FROM dossier_monthly d WHERE d.unit_id = r.unit_id AND d.month = r.month)
         OR r.cum_dossiers_synced_den <> (SELECT coalesce(sum(g.dossiers_synced_den), 0) FROM digital_monthly g WHERE g.unit_id = r.unit_id AND g.field_id = '' AND g.month <= r.month)
         OR r.cum_complaint_dossiers_num <> (SELECT coalesce(sum(g.complaint_dossiers_num), 0) FROM digital_monthly g WHERE g.unit_id = r.unit_id AND g.field_id = '' AND g.month <= r.month)
         OR r.procedures_online_den <> (SELECT coalesce(sum(p.procedures_online_den), 0) FROM digital_procedures p WHERE p.unit_id = r.unit_id AND p.month = ${stockMonth})
         OR r.cum_fb_satisfied <> (SELECT coalesce(sum(f.satisfied), 0) FROM feedback_monthly f WHERE f.unit_id = r.unit_id AND f.month <= r.month)
         OR r.fb_pending <> (SELECT coalesce(sum(f.pending), 0) FROM feedback_monthly f WHERE f.unit_id = r.unit_id AND f.month = ${stockMonth})`,
  );
}

/** Rows of stat_total_monthly that differ from sums over the base rows of the units alive that month. */
async function totalRollupMismatches(q: Queryable): Promise<unknown[]> {
  const alive = `JOIN units u ON u.id = x.unit_id AND u.level = t.level
                  AND x.month >= to_char(u.valid_from, 'YYYY-MM') AND (u.valid_to IS NULL OR x.month <= to_char(u.valid_to, 'YYYY-MM'))`;
  const dos = (col: string) =>
    `(SELECT coalesce(sum(x.${col}), 0) FROM dossier_monthly x ${alive} WHERE x.month = t.month AND (t.field_id = '' OR x.field_id = t.field_id))`;
  return q.query(
    `SELECT t.month, t.level, t.field_id FROM stat_total_monthly t
      WHERE t.carried_over <> ${dos('carried_over')} OR t.received_postal <> ${dos('received_postal')}
         OR t.resolved_on_time <> ${dos('resolved_on_time')} OR t.pending_on_time <> ${dos('pending_on_time')} OR t.returned <> ${dos('returned')}
         OR t.electronic_results_num <> (SELECT coalesce(sum(x.electronic_results_num), 0) FROM digital_monthly x ${alive} WHERE x.month = t.month AND x.field_id = t.field_id)
         OR t.fee_procedures_payable_den <> (SELECT coalesce(sum(x.fee_procedures_payable_den), 0) FROM digital_procedures x ${alive} WHERE x.month = t.month AND t.field_id = '')
         OR t.end_procedures_paid_online_num <> (SELECT coalesce(sum(x.procedures_paid_online_num), 0) FROM digital_procedures x ${alive}
                                                   WHERE x.month = t.month AND t.field_id = '' AND x.month = to_char(u.valid_to, 'YYYY-MM'))
         OR t.fb_handled_on_time <> (SELECT coalesce(sum(x.handled_on_time), 0) FROM feedback_monthly x ${alive} WHERE x.month = t.month AND t.field_id = '')`,
  );
}

/** Every unit has a row for every month from its first inside the coverage to the coverage's last, and no other. */
async function unitRollupGrid(q: Queryable) {
  const [r] = await q.query<{ expected: number; actual: number }>(
    `SELECT (SELECT count(*)::int FROM units u, dataset_meta m,
                    generate_series(to_date(greatest(m.coverage_from, to_char(u.valid_from, 'YYYY-MM')), 'YYYY-MM'),
                                    to_date(m.coverage_to, 'YYYY-MM'),
                                    interval '1 month')) AS expected,
            (SELECT count(*)::int FROM unit_rollup_monthly) AS actual`,
  );
  return r!;
}

const get = async (path: string) => {
  const res = await call(s.app, 'GET', path, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('the roll-ups equal the base tables', () => {
  it('after the seed: every unit × month from its first, running sums and stocks as the base rows give them', async () => {
    const grid = await unitRollupGrid(s.db);
    // 66 months × the units there from the start, fewer for those created by the 2025 merger.
    expect(grid.actual).toBeGreaterThan(66 * 20);
    expect(grid.actual).toBe(grid.expected);
    expect(await unitRollupMismatches(s.db)).toEqual([]);
    const [{ n }] = (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM stat_total_monthly')) as [{ n: number }];
    expect(n).toBeGreaterThan(66);
    expect(await totalRollupMismatches(s.db)).toEqual([]);
  });

  it('a re-imported month: the roll-ups follow in the same transaction, and the answers with them', async () => {
    const month = '2025-06';
    const unit = 'huyen-thuong-tin';
    const before = await get(`/dossiers/summary?from=2025-01&to=2025-06&unit=all`);
    const beforeUnit = (await get(`/dossiers/by-unit?from=2025-01&to=2025-06&unit=all`)).rows.find((r: { unitId: string }) => r.unitId === unit);
    // Every field of the district office's June, 5 more online dossiers each, resolved early (the balance holds).
    const rows = ds.dossiersByField({ from: month, to: month, unit, level: 'all' });
    const report = {
      rowsAre: 'field' as const,
      rows: rows.map((r, i) => ({ line: i + 2, name: r.fieldId, cells: { ...r, receivedOnline: r.receivedOnline + 5, resolvedEarly: r.resolvedEarly + 5 } })),
    };
    const result = await importMonth(s.db, report, { month, unit });
    expect(result.rejected).toEqual([]);
    expect(result.replaced).toBe(rows.length);
    expect(await unitRollupMismatches(s.db)).toEqual([]);
    expect(await totalRollupMismatches(s.db)).toEqual([]);
    const after = await get(`/dossiers/summary?from=2025-01&to=2025-06&unit=all`);
    expect(after.totals.receivedOnline - before.totals.receivedOnline).toBe(5 * rows.length);
    expect(after.totals.resolvedEarly - before.totals.resolvedEarly).toBe(5 * rows.length);
    expect(after.totals.pendingOnTime).toBe(before.totals.pendingOnTime);
    const afterUnit = (await get(`/dossiers/by-unit?from=2025-01&to=2025-06&unit=all`)).rows.find((r: { unitId: string }) => r.unitId === unit);
    expect(afterUnit.receivedOnline - beforeUnit.receivedOnline).toBe(5 * rows.length);
  });

  it('a month after the coverage extends it: every unit gets its row there, the others with zeros', async () => {
    const unit = 'huyen-thuong-tin';
    const june = ds.dossiersByField({ from: '2025-06', to: '2025-06', unit, level: 'all' });
    // July: what June left pending carried over, nothing else happened.
    const report = {
      rowsAre: 'field' as const,
      rows: june.map((r, i) => {
        const carried = r.pendingOnTime + r.pendingOverdue;
        const zero = Object.fromEntries(Object.keys(r).filter((k) => k !== 'fieldId').map((k) => [k, 0]));
        return { line: i + 2, name: r.fieldId, cells: { ...zero, carriedOver: carried, pendingOnTime: carried } };
      }),
    };
    const result = await importMonth(s.db, report, { month: '2025-07', unit });
    expect(result.rejected).toEqual([]);
    const grid = await unitRollupGrid(s.db);
    expect(grid.actual).toBe(grid.expected);
    expect(await unitRollupMismatches(s.db)).toEqual([]);
    expect(await totalRollupMismatches(s.db)).toEqual([]);
    // June–July over every unit: July's pending stock is the district office's only (no other unit reported July).
    const body = await get('/dossiers/summary?from=2025-06&to=2025-07&unit=all');
    const pendingJuly = june.reduce((n, r) => n + r.pendingOnTime + r.pendingOverdue, 0);
    expect(body.totals.pendingOnTime + body.totals.pendingOverdue).toBe(pendingJuly);
    const byUnit = (await get('/dossiers/by-unit?from=2025-06&to=2025-07&unit=all')).rows as { unitId: string; pendingOnTime: number }[];
    expect(byUnit.find((r) => r.unitId === unit)!.pendingOnTime).toBe(pendingJuly);
    expect(byUnit.filter((r) => r.unitId !== unit).every((r) => r.pendingOnTime === 0)).toBe(true);
  });
});

describe('the ranking’s lean scoring', () => {
  it.each([
    { from: '2022-01', to: '2022-12', level: 'all' as const },
    { from: '2024-10', to: '2025-06', level: 'commune' as const },
    { from: '2025-03', to: '2025-03', level: 'all' as const },
  ])('ranks as rankUnits over scoreIndicators, by every key: %o', (q) => {
    const rows = ds.digitalByUnit({ ...q, unit: 'all' });
    expect(rows.length).toBeGreaterThan(10);
    for (const by of rankingByValues) expect(rankForRanking(rows, by)).toEqual(rankUnits(rows, by));
  });

  it('units without data, and a unit with every ratio empty, rank alike', () => {
    const empty = Object.fromEntries(digitalIndicatorKeys.map((k) => [k, { numerator: 0, denominator: 0 }])) as never;
    const rows = [...ds.digitalByUnit({ from: '2023-01', to: '2023-06', unit: 'all', level: 'all' }).slice(0, 5), { unitId: 'z-empty', indicators: empty }, { unitId: 'a-empty', indicators: empty }];
    for (const by of rankingByValues) expect(rankForRanking(rows, by)).toEqual(rankUnits(rows, by));
  });
});
