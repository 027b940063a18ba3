import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/data';
import type { DossierCounts } from '../../src/api/dossiers';
import { reportFigures, reportTotals } from '../../src/domain/dossier-report';
import { reportCsv, type ReportExport } from '../../src/features/dossiers/export/report-export';
import { i18n } from '../../src/i18n';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

// The aggregate answers kept in the server's memory (server/http/answer-cache.ts): a second request
// is answered from memory, and every write to the statistics — the import's upload, a statement in
// psql — makes the next answer show the new numbers.
const ds = getDataset('thuong-tin');
const vi = i18n.getFixedT('vi');
const UNIT = 'huyen-thuong-tin';
const JUNE = `from=2025-06&to=2025-06`;
let s: TestServer;
let office: string;

beforeAll(async () => {
  s = await startServer();
  office = await signIn(s.app, accounts.secretariat);
});
afterAll(() => s.cleanup());

const get = async (url: string) => {
  const res = await call(s.app, 'GET', url, { token: office });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const received = (b: { totals: DossierCounts }) => b.totals.receivedOnline;
const unitRow = (b: { rows: ({ unitId: string } & DossierCounts)[] }) => b.rows.find((r) => r.unitId === UNIT)!;
const digitalRow = (b: { rows: { unitId: string; indicators: { onlineDossiers: { numerator: number } } }[] }) =>
  b.rows.find((r) => r.unitId === UNIT)!.indicators.onlineDossiers.numerator;

async function uploadCsv(csv: string, query: string) {
  const boundary = '----cchc-cache-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bao-cao.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(csv),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await s.app.inject({
    method: 'POST',
    url: `/api/imports/dossiers?${query}`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${office}` },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
}

function juneExport(rows: (DossierCounts & { fieldId: string })[]): ReportExport {
  return {
    by: 'field',
    period: { from: '2025-06', to: '2025-06' },
    lines: rows.map((r) => ({ id: r.fieldId, label: ds.fields.find((f) => f.id === r.fieldId)!.name, note: null, figures: reportFigures(r) })),
    totals: reportTotals(rows, 'field'),
    scope: 'UBND huyện Thường Tín',
    body: 'UBND huyện Thường Tín',
    dataset: 'thuong-tin',
    asOf: '2025-07-05',
    notes: [],
    unit: UNIT,
    field: null,
  };
}

describe('the aggregate answers kept in memory', () => {
  it('the same request twice: the same bytes, as JSON with its content type', async () => {
    const url = `/api/dossiers/by-unit?${JUNE}&unit=all`;
    const a = await s.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${office}` } });
    const b = await s.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${office}` } });
    expect(a.statusCode).toBe(200);
    expect(a.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(b.body).toBe(a.body);
    expect(b.headers['content-type']).toBe(a.headers['content-type']);
  });

  it('a bad period is still a 422, asked twice (errors are never kept)', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await call(s.app, 'GET', `/dossiers/by-unit?${JUNE}&unit=khong-co`, { token: office });
      expect(res.status).toBe(422);
      expect(res.body.error.fields.unit).toEqual(['Không có đơn vị “khong-co”']);
    }
  });

  it('an import of June through the upload: the next answers of summary, by-unit and digital by-unit show its numbers', async () => {
    const june = ds.dossiersByField({ from: '2025-06', to: '2025-06', unit: UNIT, level: 'all' });
    const urls = {
      summary: `/dossiers/summary?${JUNE}&unit=${UNIT}`,
      byUnit: `/dossiers/by-unit?${JUNE}&unit=all`,
      digital: `/digital/by-unit?${JUNE}&unit=all`,
    };
    // Asked twice each: the second answer comes from memory.
    const before = { summary: received(await get(urls.summary)), byUnit: unitRow(await get(urls.byUnit)).receivedOnline, digital: digitalRow(await get(urls.digital)) };
    expect(received(await get(urls.summary))).toBe(before.summary);
    expect(before.summary).toBe(june.reduce((n, r) => n + r.receivedOnline, 0));

    // Seven more online dossiers in each field, all resolved on time: the stocks still chain.
    const more = june.map((r) => ({ ...r, receivedOnline: r.receivedOnline + 7, resolvedOnTime: r.resolvedOnTime + 7 }));
    const res = await uploadCsv(reportCsv(vi, juneExport(more), 'vi'), `month=2025-06&unit=${UNIT}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rejected).toEqual([]);

    const added = 7 * june.length;
    expect(received(await get(urls.summary))).toBe(before.summary + added);
    expect(unitRow(await get(urls.byUnit)).receivedOnline).toBe(before.byUnit + added);
    expect(digitalRow(await get(urls.digital))).toBe(before.digital + added);
  });

  it('a write outside the server (a statement in psql) shows in the next answer too; with the triggers off the kept answer stays', async () => {
    const url = `/dossiers/summary?from=2025-05&to=2025-05&unit=${UNIT}`;
    const before = received(await get(url));
    await s.db.query(`ALTER TABLE dossier_unit_monthly DISABLE TRIGGER dossier_unit_monthly_generation`);
    try {
      await s.db.query(`UPDATE dossier_unit_monthly SET received_online = received_online + 1 WHERE unit_id = $1 AND month = '2025-05'`, [UNIT]);
      // Nothing told the server: the answer kept is the old one (the cache is really used).
      expect(received(await get(url))).toBe(before);
    } finally {
      await s.db.query(`ALTER TABLE dossier_unit_monthly ENABLE TRIGGER dossier_unit_monthly_generation`);
    }
    await s.db.query(`UPDATE dossier_unit_monthly SET received_online = received_online + 1 WHERE unit_id = $1 AND month = '2025-05'`, [UNIT]);
    expect(received(await get(url))).toBe(before + 2);
  });
});
