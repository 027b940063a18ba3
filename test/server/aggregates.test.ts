import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/data';
import type { AggregateQuery } from '../../mocks/data';
import { sumDigitalIndicators } from '../../src/domain/digital-indicators';
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
