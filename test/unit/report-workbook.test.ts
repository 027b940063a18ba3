import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DossierCounts } from '../../src/api/dossiers';
import { emptyCounts } from '../../src/domain/dossier-measures';
import { reportFigures, reportTotals } from '../../src/domain/dossier-report';
import { buildReportWorkbook, workbookBytes } from '../../src/features/dossiers/export/build-report-workbook';
import { reportCsv, reportFileName, reportWorkbookInput, type ReportExport } from '../../src/features/dossiers/export/report-export';
import { i18n } from '../../src/i18n';

const counts = (over: Partial<DossierCounts>): DossierCounts => ({ ...emptyCounts(), ...over });

// Two fields of one unit in 2022; the second has nothing resolved (its early-or-on-time rate is "no data").
const hoTich = counts({
  carriedOver: 12,
  receivedOnline: 1234,
  receivedDirect: 2000,
  receivedPostal: 6, // 3.240
  resolvedEarly: 1500,
  resolvedOnTime: 1700,
  resolvedLate: 20, // 3.220
  pendingOnTime: 25,
  pendingOverdue: 2,
  returned: 5,
  apologyLetters: 3,
});
const datDai = counts({ carriedOver: 4, receivedDirect: 3, pendingOnTime: 6, returned: 1 });
const rows = [hoTich, datDai];

const x: ReportExport = {
  by: 'field',
  period: { from: '2022-01', to: '2022-12' },
  lines: [
    { id: 'ho-tich', label: 'Hộ tịch', note: null, figures: reportFigures(hoTich) },
    { id: 'dat-dai', label: 'Đất đai', note: null, figures: reportFigures(datDai) },
  ],
  totals: reportTotals(rows, 'field'),
  scope: 'Xã Thư Phú',
  body: 'UBND huyện Thường Tín',
  asOf: '2025-07-05',
  notes: ['Xã Thư Phú (đến 31/12/2024) sáp nhập vào Xã Chương Dương.'],
  unit: 'xa-thu-phu',
  field: null,
};

const vi = i18n.getFixedT('vi');

/** The workbook as a reader would open it: written to bytes and loaded back. */
async function roundTrip() {
  const built = buildReportWorkbook(ExcelJS, reportWorkbookInput(vi, x));
  const bytes = await workbookBytes(built.workbook);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const ws = book.worksheets[0] as ExcelJS.Worksheet;
  return { ws, layout: built.layout };
}

/** Row number of the first row whose column B holds `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === text) return r;
  throw new Error(`no row "${text}"`);
}

describe('the XLSX report in the official layout', () => {
  it('has the issuing body, the motto, the title, the period and the scope on top', async () => {
    const { ws } = await roundTrip();
    expect(ws.name).toBe('Báo cáo');
    expect(ws.getCell('A1').value).toBe('UBND HUYỆN THƯỜNG TÍN');
    expect(ws.getCell('A2').value).toBe('BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ');
    const texts = Array.from({ length: 8 }, (_, i) => ws.getCell(i + 1, 1).value);
    expect(texts).toContain('BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(texts).toContain('Kỳ báo cáo: từ 01/01/2022 đến 31/12/2022');
    expect(texts).toContain('Phạm vi: Xã Thư Phú');
    const motto = Array.from({ length: 19 }, (_, c) => ws.getCell(1, c + 1).value);
    expect(motto).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // The title spans the whole table.
    const titleRow = texts.indexOf('BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH') + 1;
    expect(ws.getCell(titleRow, 19).master.address).toBe(`A${titleRow}`);
  });

  it('has two header lines with merged group cells and columns spanning both lines', async () => {
    const { ws, layout } = await roundTrip();
    const [h1, h2] = layout.headerRows;
    expect(ws.getCell(h1, 1).value).toBe('STT');
    expect(ws.getCell(h1, 2).value).toBe('Lĩnh vực');
    expect(ws.getCell(h2, 2).master.address).toBe(ws.getCell(h1, 2).address); // spans both lines
    expect(ws.getCell(h1, 3).value).toBe('Kỳ trước chuyển sang');
    expect(ws.getCell(h2, 3).master.address).toBe(ws.getCell(h1, 3).address);
    // "Tiếp nhận mới trong kỳ" over D–G: online, in person, post, total.
    expect(ws.getCell(h1, 4).value).toBe('Tiếp nhận mới trong kỳ');
    for (const c of [5, 6, 7]) expect(ws.getCell(h1, c).master.address).toBe(ws.getCell(h1, 4).address);
    expect([4, 5, 6, 7].map((c) => ws.getCell(h2, c).value)).toEqual(['Trực tuyến', 'Trực tiếp', 'BCCI', 'Tổng số']);
    expect(ws.getCell(h1, 8).value).toBe('Đã giải quyết');
    expect([8, 9, 10, 11].map((c) => ws.getCell(h2, c).value)).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số']);
    expect(ws.getCell(h1, 12).value).toBe('Đang giải quyết');
    expect([12, 13, 14].map((c) => ws.getCell(h2, c).value)).toEqual(['Trong hạn', 'Quá hạn', 'Tổng số']);
    expect(ws.getCell(h1, 15).value).toBe('Trả lại, rút hồ sơ');
    expect(ws.getCell(h1, 16).value).toBe('Phiếu xin lỗi');
    expect(ws.getCell(h1, 17).value).toBe('Tỷ lệ (%)');
    for (const c of [18, 19]) expect(ws.getCell(h1, c).master.address).toBe(ws.getCell(h1, 17).address);
    expect(ws.getCell(h2, 20).value).toBeNull(); // nothing past the last column
  });

  it('writes a row and the totals row with the same numbers as the input, counts and rates formatted', async () => {
    const { ws, layout } = await roundTrip();
    const r = rowOf(ws, 'Hộ tịch');
    expect(r).toBe(layout.firstDataRow);
    expect(ws.getCell(r, 1).value).toBe(1);
    const row = (n: number) => Array.from({ length: 17 }, (_, i) => ws.getCell(n, i + 3).value);
    expect(row(r).slice(0, 14)).toEqual([12, 1234, 2000, 6, 3240, 1500, 1700, 20, 3220, 25, 2, 27, 5, 3]);
    expect(ws.getCell(r, 17).value).toBeCloseTo(3200 / 3220, 12);
    expect(ws.getCell(r, 5).numFmt).toBe('#,##0');
    expect(ws.getCell(r, 17).numFmt).toBe('0.0%');

    // "Đất đai" resolved nothing: its early-or-on-time rate is "—", not 0 %.
    const d = rowOf(ws, 'Đất đai');
    expect(ws.getCell(d, 17).value).toBe('—');
    expect(ws.getCell(d, 18).value).toBe(1); // progress: 6 pending within deadline ÷ 6 handled
    const t = rowOf(ws, 'Tổng cộng');
    expect(t).toBe(layout.totalsRow);
    expect(ws.getCell(t, 1).value).toBeNull();
    expect(row(t).slice(0, 14)).toEqual([16, 1234, 2003, 6, 3243, 1500, 1700, 20, 3220, 31, 2, 33, 6, 3]);
    expect(ws.getCell(t, 17).value).toBeCloseTo(3200 / 3220, 12);
    expect(ws.getCell(t, 18).value).toBeCloseTo((3200 + 31) / (3220 + 33), 12);
    expect(ws.getCell(t, 19).value).toBeCloseTo(1234 / 3243, 12);
    expect(ws.getCell(t, 2).font.bold).toBe(true);
    // Notes under the table: the merger, and the data date.
    const notes = Array.from({ length: 6 }, (_, i) => ws.getCell(t + 2 + i, 1).value);
    expect(notes).toContain('Xã Thư Phú (đến 31/12/2024) sáp nhập vào Xã Chương Dương.');
    expect(notes).toContain('Số liệu cập nhật đến ngày 05/07/2025.');
  });
});

describe('the CSV report', () => {
  it('has one header per column, the rows and the totals row with raw numbers and rates in %', () => {
    const csv = reportCsv(vi, x);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]?.slice(0, 3)).toEqual(['Lĩnh vực', 'Kỳ trước chuyển sang', 'Tiếp nhận mới trong kỳ: Trực tuyến']);
    expect(parsed[0]?.[15]).toBe('Tỷ lệ (%): Trước và đúng hạn (%)');
    expect(parsed).toHaveLength(4);
    const totals = parsed[3] as string[];
    expect(totals[0]).toBe('Tổng cộng');
    expect(totals[5]).toBe('3243');
    expect(totals[15]).toBe('99.38'); // 3200 ÷ 3220
    expect(parsed[2]?.[15]).toBe(''); // no data
  });

  it('names the files in ASCII after the view', () => {
    expect(reportFileName(x)).toBe('bao-cao-tthc-theo-linh-vuc_xa-thu-phu_2022-01_2022-12');
    expect(reportFileName({ ...x, by: 'month', field: 'ho-tich' })).toBe('bao-cao-tthc-theo-thang_xa-thu-phu_ho-tich_2022-01_2022-12');
  });
});
