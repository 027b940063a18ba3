import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/data';
import type { AggregateQuery } from '../../mocks/data';
import { sumDigitalIndicators } from '../../src/domain/digital-indicators';
import { monthsOf } from '../../src/domain/period';
import { countsOf, dossierRows, PERIOD_COUNTS, RAW_COUNTS } from '../../server/db/dossier-sql';
import { SELECTED_UNITS } from '../../server/http/period';
import { digitalByUnitFromBaseTables } from '../../server/routes/digital';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

// The server computes the aggregates in SQL from the monthly rows the seed wrote; the mock computes
// them from the generator's arrays. The same seed must give the same numbers, to the dossier.
const ds = getDataset('thuong-tin');
let s: TestServer;
let token: string;

beforeAll(async () => {
  s = await startServer();
  token = await signIn(s.app, accounts.leader);
});
afterAll(() => s.cleanup());

const qs = (q: AggregateQuery) => new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined) as [string, string][]).toString();
const get = async (path: string, q: AggregateQuery) => {
  const res = await call(s.app, 'GET', `${path}?${qs(q)}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

const queries: AggregateQuery[] = [
  { from: '2022-01', to: '2022-12', unit: 'all', level: 'district' },
  { from: '2025-01', to: '2025-06', unit: 'all', level: 'all' },
  { from: '2020-01', to: '2025-06', unit: 'all', level: 'commune' },
  // Across the 2025 merger: units that ended or began inside the period.
  { from: '2024-10', to: '2025-06', unit: 'all', level: 'all', field: 'ho-tich' },
  { from: '2023-03', to: '2023-03', unit: 'all', level: 'all', field: 'dat-dai' },
];

describe('the aggregates equal the mock backend’s for the same seed', () => {
  it('2022: the district one-stop office received 4,977 dossiers and resolved none late', async () => {
    const body = await get('/dossiers/summary', { from: '2022-01', to: '2022-12', unit: ds.meta.rootUnitId, level: 'all' });
    const t = body.totals;
    expect(t.receivedOnline + t.receivedDirect + t.receivedPostal).toBe(4977);
    expect(t.resolvedLate).toBe(0);
    expect(t.resolvedEarly + t.resolvedOnTime).toBeGreaterThan(4000);
  });

  it.each(queries)('dossiers %o: summary, by unit, by field, by month', async (q) => {
    expect((await get('/dossiers/summary', q)).totals).toEqual(ds.dossierSummary(q));
    expect((await get('/dossiers/by-unit', q)).rows).toEqual(ds.dossiersByUnit(q));
    expect((await get('/dossiers/by-field', q)).rows).toEqual(ds.dossiersByField(q));
    expect((await get('/dossiers/by-month', q)).rows).toEqual(ds.dossiersByMonth(q));
  });

  it.each(queries)('digital indicators and feedback %o', async (q) => {
    const rows = ds.digitalByUnit(q);
    expect((await get('/digital/by-unit', q)).rows).toEqual(rows);
    expect((await get('/digital/summary', q)).totals).toEqual(sumDigitalIndicators(rows));
    const fb = await get('/feedback/summary', q);
    expect(fb.rows).toEqual(ds.feedbackByUnit(q));
  });

  it.each(queries)('digital by month %o: each month the sum over the units of that month alone', async (q) => {
    const rows = (await get('/digital/by-month', q)).rows;
    expect(rows.map((r: { month: string }) => r.month)).toEqual(monthsOf(q));
    for (const r of rows) expect(r.indicators).toEqual(sumDigitalIndicators(ds.digitalByUnit({ ...q, from: r.month, to: r.month })));
  });

  it('one unit: the period echo and the unit’s own rows', async () => {
    const unit = ds.units.find((u) => u.level === 'commune' && u.validTo === null)!.id;
    const q: AggregateQuery = { from: '2021-04', to: '2022-09', unit, level: 'all' };
    const body = await get('/dossiers/by-unit', q);
    expect(body.query).toEqual({ from: '2021-04', to: '2022-09', unit, level: 'all' });
    expect(body.rows).toEqual(ds.dossiersByUnit(q));
    expect(body.rows).toHaveLength(1);
  });

  it('the reference data are the dataset’s', async () => {
    expect((await call(s.app, 'GET', '/meta', { token })).body).toEqual(ds.meta);
    expect((await call(s.app, 'GET', '/units', { token })).body).toEqual(ds.units);
    expect((await call(s.app, 'GET', '/units?at=2025-07-01', { token })).body).toEqual(
      ds.units.filter((u) => u.validFrom <= '2025-07-01' && (u.validTo === null || '2025-07-01' <= u.validTo)),
    );
    expect((await call(s.app, 'GET', '/fields', { token })).body).toEqual(ds.fields);
    expect((await call(s.app, 'GET', '/par-index', { token })).body).toEqual(ds.parIndex);
    expect((await call(s.app, 'GET', '/inspection-template', { token })).body).toEqual(ds.inspectionTemplate);
    const inspections = (await call(s.app, 'GET', '/inspections', { token })).body as { id: string }[];
    expect(inspections).toHaveLength(ds.seedInspections.length);
    const actions = (await call(s.app, 'GET', '/actions', { token })).body as unknown[];
    expect(actions).toHaveLength(ds.seedActions.length);
  });

  it('a period outside the coverage, an unknown unit or field: 422 per field, in Vietnamese', async () => {
    const res = await call(s.app, 'GET', '/dossiers/summary?from=2019-12&to=2025-07&unit=khong-co&field=khong-co', { token });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({
      from: ['Số liệu có từ 01/2020 đến 06/2025'],
      to: ['Số liệu có từ 01/2020 đến 06/2025'],
      unit: ['Không có đơn vị “khong-co”'],
      field: ['Không có lĩnh vực “khong-co”'],
    });
    const reversed = await call(s.app, 'GET', '/dossiers/by-month?from=2024-05&to=2024-01', { token });
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.fields).toEqual({ to: ['Tháng kết thúc phải không sớm hơn tháng bắt đầu'] });
  });
});

// The aggregates read roll-ups (server/db/rollups.ts, migration 005) where they can. The same query
// straight from the base tables (dossier_monthly, digital_monthly, digital_procedures,
// feedback_monthly) must give the same answer, for a sample of periods, levels and fields.
describe('the roll-ups give what the base tables give', () => {
  const sample: AggregateQuery[] = [
    ...queries,
    { from: '2025-06', to: '2025-06', unit: 'all', level: 'all' },
    { from: '2024-12', to: '2025-02', unit: 'all', level: 'commune' },
    { from: '2021-07', to: '2024-06', unit: 'all', level: 'district', field: 'ho-tich' },
    { from: '2020-01', to: '2020-01', unit: 'all', level: 'all' },
  ];
  const params = (q: AggregateQuery) => [q.from, q.to, q.unit ?? 'all', q.level ?? 'all', q.field ?? null];
  const period = (q: AggregateQuery) => ({ from: q.from, to: q.to, unit: q.unit ?? 'all', level: q.level ?? 'all', ...(q.field ? { field: q.field } : {}) });

  it.each(sample)('dossiers %o', async (q) => {
    // dossier_monthly itself (byField: never the per-unit sums of migration 003).
    const base = `WITH s AS (${SELECTED_UNITS})`;
    const [summary] = await s.db.query(`${base} SELECT ${PERIOD_COUNTS} ${dossierRows(q.field, { byField: true })}`, params(q));
    expect((await get('/dossiers/summary', q)).totals).toEqual(countsOf(summary!));
    const byUnit = await s.db.query<{ unitId: string }>(
      `${base} SELECT s.id AS "unitId", ${PERIOD_COUNTS} ${dossierRows(q.field, { left: true, byField: true })} GROUP BY s.id, s.ord ORDER BY s.ord`,
      params(q),
    );
    expect((await get('/dossiers/by-unit', q)).rows).toEqual(byUnit.map((r) => ({ unitId: r.unitId, ...countsOf(r) })));
    const byMonth = await s.db.query<{ month: string }>(`${base} SELECT d.month, ${RAW_COUNTS} ${dossierRows(q.field, { byField: true })} GROUP BY d.month ORDER BY d.month`, params(q));
    const served = (await get('/dossiers/by-month', q)).rows as { month: string }[];
    expect(served.filter((r) => byMonth.some((b) => b.month === r.month))).toEqual(byMonth.map((r) => ({ month: r.month, ...countsOf(r) })));
    const byField = await s.db.query<{ fieldId: string }>(
      `${base} SELECT d.field_id AS "fieldId", ${PERIOD_COUNTS} ${dossierRows(q.field, { byField: true })} GROUP BY d.field_id`,
      params(q),
    );
    const servedFields = (await get('/dossiers/by-field', q)).rows as { fieldId: string }[];
    for (const r of byField) expect(servedFields.find((f) => f.fieldId === r.fieldId)).toEqual({ fieldId: r.fieldId, ...countsOf(r) });
  });

  it.each(sample)('digital indicators and feedback %o', async (q) => {
    const rows = await digitalByUnitFromBaseTables(s.db, period(q));
    expect(rows.length).toBeGreaterThan(0);
    expect((await get('/digital/by-unit', q)).rows).toEqual(rows);
    expect((await get('/digital/summary', q)).totals).toEqual(sumDigitalIndicators(rows));
    const byMonth = (await get('/digital/by-month', q)).rows as { month: string; indicators: unknown }[];
    for (const r of byMonth) expect(r.indicators).toEqual(sumDigitalIndicators(await digitalByUnitFromBaseTables(s.db, { ...period(q), from: r.month, to: r.month })));
    const fb = await s.db.query(
      `WITH s AS (${SELECTED_UNITS})
       SELECT s.id AS "unitId", coalesce(sum(f.received), 0)::int AS "received", coalesce(sum(f.due_in_period), 0)::int AS "dueInPeriod",
              coalesce(sum(f.handled_on_time), 0)::int AS "handledOnTime", coalesce(sum(f.handled_late), 0)::int AS "handledLate",
              coalesce(sum(f.pending) FILTER (WHERE f.month = s.ub), 0)::int AS "pending", coalesce(sum(f.rated), 0)::int AS "rated",
              coalesce(sum(f.satisfied), 0)::int AS "satisfied"
         FROM s LEFT JOIN feedback_monthly f ON f.unit_id = s.id AND f.month BETWEEN s.ua AND s.ub AND f.month BETWEEN $1::text AND $2::text
        GROUP BY s.id, s.ord ORDER BY s.ord`,
      params(q).slice(0, 4),
    );
    expect((await get('/feedback/summary', q)).rows).toEqual(fb);
  });
});
