import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/data';
import type { DossierCounts } from '../../src/api/dossiers';
import { reportFigures, reportTotals } from '../../src/domain/dossier-report';
import { buildReportWorkbook, workbookBytes } from '../../src/features/dossiers/export/build-report-workbook';
import { reportCsv, reportWorkbookInput, type ReportExport } from '../../src/features/dossiers/export/report-export';
import { i18n } from '../../src/i18n';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

// The one-stop office's monthly report, written by our own export (CSV and XLSX), imported back.
const ds = getDataset('thuong-tin');
const vi = i18n.getFixedT('vi');
const UNIT = 'huyen-thuong-tin';
let s: TestServer;
let office: string;

beforeAll(async () => {
  s = await startServer();
  office = await signIn(s.app, accounts.secretariat);
});
afterAll(() => s.cleanup());

const fieldName = (id: string) => ds.fields.find((f) => f.id === id)!.name;

function byFieldExport(rows: (DossierCounts & { fieldId: string })[], month: string, labels?: Record<string, string>): ReportExport {
  return {
    by: 'field',
    period: { from: month, to: month },
    lines: rows.map((r) => ({ id: r.fieldId, label: labels?.[r.fieldId] ?? fieldName(r.fieldId), note: null, figures: reportFigures(r) })),
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

const june = () => ds.dossiersByField({ from: '2025-06', to: '2025-06', unit: UNIT, level: 'all' });

async function upload(bytes: Buffer | string, query: string, name = 'bao-cao.csv', token: string | null = office) {
  const boundary = '----cchc-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const payload = Buffer.concat([head, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const res = await s.app.inject({
    method: 'POST',
    url: `/api/imports/dossiers?${query}`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
}

const summary = async (month: string) =>
  (await call(s.app, 'GET', `/dossiers/summary?from=${month}&to=${month}&unit=${UNIT}`, { token: office })).body;

describe('importing the monthly report', () => {
  it('our own CSV of June (Vietnamese: semicolons, decimal commas), imported again: every field replaced, the figures unchanged', async () => {
    const before = await summary('2025-06');
    const res = await upload(reportCsv(vi, byFieldExport(june(), '2025-06'), 'vi'), `month=2025-06&unit=${UNIT}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ month: '2025-06', rowsAre: 'field', imported: june().length, replaced: june().length, rejected: [] });
    expect(await summary('2025-06')).toEqual(before);
  });

  it('our own XLSX (Biểu II.06a) of a new month (July, after the coverage): written with direct and postal apart, and the coverage grows to it', async () => {
    // July carries over what June left pending, field by field, and resolves all of it.
    const july = june().map((r) => ({
      ...r,
      carriedOver: r.pendingOnTime + r.pendingOverdue,
      // The form keeps in person and by post in one column, (5); our extra (16) keeps the postal part apart.
      receivedOnline: 10, receivedDirect: 4, receivedPostal: 1,
      resolvedEarly: r.pendingOnTime + r.pendingOverdue, resolvedOnTime: 15, resolvedLate: 0,
      pendingOnTime: 0, pendingOverdue: 0, returned: 0, apologyLetters: 0,
    }));
    const { workbook } = buildReportWorkbook(ExcelJS, reportWorkbookInput(vi, byFieldExport(july, '2025-07')));
    const res = await upload(Buffer.from(await workbookBytes(workbook)), `month=2025-07&unit=${UNIT}`, 'bao-cao.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ imported: july.length, replaced: 0 });
    expect((await call(s.app, 'GET', '/meta', { token: office })).body.coverage.to).toBe('2025-07');
    const t = (await summary('2025-07')).totals;
    expect(t.receivedOnline + t.receivedDirect + t.receivedPostal).toBe(15 * july.length);
    expect([t.receivedDirect, t.receivedPostal]).toEqual([4 * july.length, july.length]);
    expect(t.resolvedOnTime).toBe(15 * july.length);
    expect(t.pendingOnTime + t.pendingOverdue).toBe(0);
  });

  it('refuses the file when any row is wrong, says why for each, and writes nothing', async () => {
    const before = await summary('2025-06');
    const rows = june();
    const bad = rows.map((r, i) =>
      i === 0 ? { ...r, receivedDirect: -3 } // a negative count
      : i === 1 ? { ...r, carriedOver: r.carriedOver + 1, receivedDirect: r.receivedDirect - 1 } // balance holds, the chain breaks
      : i === 2 ? { ...r, returned: r.returned + 7 } // the balance does not hold
      : r,
    );
    const labels = { [rows[3]!.fieldId]: 'Lĩnh vực không có' };
    const res = await upload(reportCsv(vi, byFieldExport(bad, '2025-06', labels), 'vi'), `month=2025-06&unit=${UNIT}`);
    expect(res.status).toBe(422);
    const fields = res.body.error.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(['rows.2', 'rows.3', 'rows.4', 'rows.5']);
    expect(fields['rows.2']!.some((m) => m.includes('không phải số nguyên không âm'))).toBe(true);
    expect(fields['rows.3']!.some((m) => m.includes('khác số đang giải quyết cuối tháng 05/2025'))).toBe(true);
    expect(fields['rows.4']!.some((m) => m.startsWith(`${fieldName(rows[2]!.fieldId)}: Số liệu không cân`))).toBe(true);
    expect(fields['rows.5']).toEqual(['Lĩnh vực không có: Không có lĩnh vực “Lĩnh vực không có”']);
    expect(await summary('2025-06')).toEqual(before);
  });

  it('a sum column that does not match its parts is refused', async () => {
    const csv = reportCsv(vi, byFieldExport(june(), '2025-06'), 'en').replace(/\r\n([^,\r\n]+),(\d+),(\d+),(\d+),(\d+),(\d+)/, (_m, name, co, a, b, c, total) => `\r\n${name},${co},${a},${b},${c},${Number(total) + 1}`);
    const res = await upload(csv, `month=2025-06&unit=${UNIT}`);
    expect(res.status).toBe(422);
    expect(Object.values(res.body.error.fields as Record<string, string[]>).flat().some((m) => m.includes('khác tổng các cột thành phần'))).toBe(true);
  });

  it('a file in another layout, a month outside the data, no unit: 422 on the right parameter', async () => {
    const wrong = await upload('Tên,Số\r\nA,1\r\n', `month=2025-06&unit=${UNIT}`);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields.file[0]).toContain('Cột đầu tiên phải là “Đơn vị” hoặc “Lĩnh vực”');
    const missing = await upload('Lĩnh vực,Kỳ trước chuyển sang\r\nHộ tịch,1\r\n', `month=2025-06&unit=${UNIT}`);
    expect(missing.body.error.fields.file[0]).toMatch(/^Tệp không đúng mẫu báo cáo: thiếu 10 cột số liệu/);
    const csv = reportCsv(vi, byFieldExport(june(), '2025-06'), 'vi');
    expect((await upload(csv, `month=2019-06&unit=${UNIT}`)).body.error.fields.month[0]).toBe('Chỉ nhập được tháng từ 01/2020 đến 08/2025');
    expect((await upload(csv, 'month=2025-06')).body.error.fields.unit).toEqual(['Báo cáo theo lĩnh vực: chọn đơn vị của báo cáo']);
    expect((await upload(csv, 'month=2025-6&unit=x')).body.error.fields.month).toEqual(['Tháng phải có dạng YYYY-MM']);
  });

  it('only the secretariat imports', async () => {
    const csv = reportCsv(vi, byFieldExport(june(), '2025-06'), 'vi');
    const leader = await signIn(s.app, accounts.leader);
    const res = await upload(csv, `month=2025-06&unit=${UNIT}`, 'a.csv', leader);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Chỉ văn phòng CCHC được nhập số liệu');
    expect((await upload(csv, `month=2025-06&unit=${UNIT}`, 'a.csv', null)).status).toBe(401);
  });
});
