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
  dataset: 'thuong-tin',
  asOf: '2025-07-05',
  notes: ['Xã Thư Phú (đến 31/12/2024) sáp nhập vào Xã Chương Dương.'],
  unit: 'xa-thu-phu',
  field: null,
};

const vi = i18n.getFixedT('vi');

/** The workbook as a reader would open it: written to bytes and loaded back. */
async function roundTrip(input: ReportExport = x) {
  const built = buildReportWorkbook(ExcelJS, reportWorkbookInput(vi, input));
  const bytes = await workbookBytes(built.workbook);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const ws = book.worksheets[0] as ExcelJS.Worksheet;
  return { ws, layout: built.layout };
}

/**
 * A cell as a spreadsheet shows it: a formula's cached result, or the value. The file holds `<v>0</v>` for a zero
 * result, but exceljs's reader drops a cached 0 (it keeps only truthy results), so a formula read back without
 * one is 0.
 */
function shown(ws: ExcelJS.Worksheet, row: number, col: number): unknown {
  const v = ws.getCell(row, col).value;
  return v && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : v;
}
const formulaOf = (ws: ExcelJS.Worksheet, row: number, col: number) => {
  const v = ws.getCell(row, col).value;
  return v && typeof v === 'object' && 'formula' in v ? v.formula : null;
};
const line = (ws: ExcelJS.Worksheet, row: number, from = 3, to = 19) => Array.from({ length: to - from + 1 }, (_, i) => shown(ws, row, from + i));

/** Row number of the first row whose column B holds `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === text) return r;
  throw new Error(`no row "${text}"`);
}

describe('the XLSX report as Biểu II.06a/VPCP/KSTT', () => {
  it('has the form code, issuing body, motto, title, period, the reporting and receiving units on top', async () => {
    const { ws } = await roundTrip();
    expect(ws.name).toBe('Báo cáo');
    expect(ws.getCell('A2').value).toBe('UBND HUYỆN THƯỜNG TÍN');
    expect(ws.getCell('A3').value).toBe('BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ');
    const firstColumn = Array.from({ length: 14 }, (_, i) => ws.getCell(i + 1, 1).value);
    expect(firstColumn).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(firstColumn).toContain('Kỳ báo cáo: từ 01/01/2022 đến 31/12/2022');
    expect(firstColumn).toContain('Đơn vị báo cáo: UBND huyện Thường Tín');
    expect(firstColumn).toContain('Đơn vị nhận báo cáo: Văn phòng UBND thành phố Hà Nội');
    const right = (row: number) => Array.from({ length: 19 }, (_, c) => ws.getCell(row, c + 1).value);
    expect(right(1)).toContain('Biểu II.06a/VPCP/KSTT');
    expect(right(2)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(right(3)).toContain('Độc lập - Tự do - Hạnh phúc');
    // The national dataset reports to the Government's office.
    const national = await roundTrip({ ...x, dataset: 'national', body: 'Toàn quốc (dữ liệu mô phỏng)' });
    expect(Array.from({ length: 14 }, (_, i) => national.ws.getCell(i + 1, 1).value)).toContain('Đơn vị nhận báo cáo: Văn phòng Chính phủ');
  });

  it("has the form's three-level header in its column order, then the line of column numbers (1)…(19)", async () => {
    const { ws, layout } = await roundTrip();
    const [h1, h2, h3] = layout.headerRows;
    const master = (r: number, c: number) => ws.getCell(r, c).master.address;
    expect(ws.getCell(h1, 1).value).toBe('STT');
    expect(master(h3, 1)).toBe(ws.getCell(h1, 1).address);
    expect(ws.getCell(h1, 2).value).toBe('Lĩnh vực, công việc giải quyết theo cấp');
    // Số hồ sơ nhận giải quyết (3)–(6): tổng số, trong đó trực tuyến, trực tiếp và BCCI, từ kỳ trước.
    expect(ws.getCell(h1, 3).value).toBe('Số hồ sơ nhận giải quyết');
    for (const c of [4, 5, 6]) expect(master(h1, c)).toBe(ws.getCell(h1, 3).address);
    expect(ws.getCell(h2, 3).value).toBe('Tổng số');
    expect(master(h3, 3)).toBe(ws.getCell(h2, 3).address);
    expect(ws.getCell(h2, 4).value).toBe('Trong đó');
    expect([4, 5, 6].map((c) => ws.getCell(h3, c).value)).toEqual(['Trực tuyến', 'Trực tiếp và qua dịch vụ bưu chính công ích', 'Từ kỳ trước chuyển qua']);
    // Kết quả giải quyết (7)–(13): đã giải quyết (tổng số, trước hạn, đúng hạn, quá hạn), đang giải quyết (tổng số, trong hạn, quá hạn).
    expect(ws.getCell(h1, 7).value).toBe('Kết quả giải quyết');
    for (const c of [8, 9, 10, 11, 12, 13]) expect(master(h1, c)).toBe(ws.getCell(h1, 7).address);
    expect(ws.getCell(h2, 7).value).toBe('Số hồ sơ đã giải quyết');
    expect(ws.getCell(h2, 11).value).toBe('Số hồ sơ đang giải quyết');
    expect([7, 8, 9, 10, 11, 12, 13].map((c) => ws.getCell(h3, c).value)).toEqual(['Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn']);
    // Ours, after the form's, under their own heading.
    expect(ws.getCell(h1, 14).value).toBe('Cột bổ sung (ngoài biểu mẫu)');
    expect([14, 15, 16].map((c) => ws.getCell(h2, c).value)).toEqual(['Trả lại, rút hồ sơ', 'Phiếu xin lỗi', 'Trong đó: qua dịch vụ bưu chính công ích']);
    expect([17, 18, 19].map((c) => ws.getCell(h3, c).value)).toEqual(['Trước và đúng hạn', 'Tiến độ (QĐ 766)', 'Trực tuyến']);
    expect(Array.from({ length: 19 }, (_, c) => ws.getCell(layout.numbersRow, c + 1).value)).toEqual(Array.from({ length: 19 }, (_, c) => `(${c + 1})`));
    expect(ws.getCell(h3, 20).value).toBeNull(); // nothing past the last column
  });

  it('writes each row with its sums and rates as formulas whose values are the screen’s', async () => {
    const { ws, layout } = await roundTrip();
    const [first] = layout.sections[0]!.rows;
    expect(rowOf(ws, 'Hộ tịch')).toBe(first);
    expect(ws.getCell(first!, 1).value).toBe(1);
    // (3) = 1234 + 2006 + 12 = 3252; (7) = 3220; (11) = 27; (16) BCCI 6 of (5)'s 2006.
    expect(line(ws, first!, 3, 16)).toEqual([3252, 1234, 2006, 12, 3220, 1500, 1700, 20, 27, 25, 2, 5, 3, 6]);
    expect(formulaOf(ws, first!, 3)).toBe(`D${first}+E${first}+F${first}`);
    expect(formulaOf(ws, first!, 7)).toBe(`H${first}+I${first}+J${first}`);
    expect(formulaOf(ws, first!, 11)).toBe(`L${first}+M${first}`);
    expect(shown(ws, first!, 17)).toBeCloseTo(3200 / 3220, 12);
    expect(ws.getCell(first!, 5).numFmt).toBe('#,##0');
    expect(ws.getCell(first!, 17).numFmt).toBe('0.0%');
    // "Đất đai" resolved nothing: its early-or-on-time rate is "—", not 0 %.
    const d = rowOf(ws, 'Đất đai');
    expect(shown(ws, d, 17)).toBe('—');
    expect(formulaOf(ws, d, 17)).toBe(`IF(G${d}=0,"—",(H${d}+I${d})/G${d})`);
    expect(shown(ws, d, 18)).toBe(1); // progress: 6 pending within deadline ÷ 6 handled
  });

  it('totals the rows with formulas: Σ for every count, the rates recomputed from the totals', async () => {
    const { ws, layout } = await roundTrip();
    const t = rowOf(ws, 'Tổng cộng');
    expect(t).toBe(layout.totalsRow);
    const [a, b] = layout.sections[0]!.rows;
    expect(ws.getCell(t, 1).value).toBeNull();
    expect(line(ws, t, 3, 16)).toEqual([3259, 1234, 2009, 16, 3220, 1500, 1700, 20, 33, 31, 2, 6, 3, 6]);
    expect(formulaOf(ws, t, 4)).toBe(`SUM(D${a}:D${b})`);
    expect(formulaOf(ws, t, 3)).toBe(`D${t}+E${t}+F${t}`);
    expect(shown(ws, t, 17)).toBeCloseTo(3200 / 3220, 12);
    expect(shown(ws, t, 18)).toBeCloseTo((3200 + 31) / (3220 + 33), 12);
    expect(shown(ws, t, 19)).toBeCloseTo(1234 / 3243, 12);
    expect(ws.getCell(t, 2).font.bold).toBe(true);
    const below = Array.from({ length: 12 }, (_, i) => ws.getCell(t + 2 + i, 1).value);
    expect(below).toContain('Xã Thư Phú (đến 31/12/2024) sáp nhập vào Xã Chương Dương.');
    expect(below).toContain('Số liệu cập nhật đến ngày 05/07/2025.');
    expect(below).toContain('NGƯỜI LẬP BIỂU');
    expect(below).toContain('(Ký, ghi rõ họ tên)');
    const rightBlock = Array.from({ length: 12 }, (_, i) => Array.from({ length: 19 }, (_, c) => ws.getCell(t + 2 + i, c + 1).value)).flat();
    expect(rightBlock).toContain('Thường Tín, ngày 05 tháng 07 năm 2025');
    expect(rightBlock).toContain('THỦ TRƯỞNG ĐƠN VỊ');
  });

  it('groups rows by unit under their level, each heading row with its subtotals; the total adds the headings', async () => {
    const byUnit: ReportExport = {
      ...x,
      by: 'unit',
      lines: [
        { id: 'ubnd-huyen', label: 'UBND huyện Thường Tín', note: null, level: 'district', figures: reportFigures(hoTich) },
        { id: 'xa-a', label: 'Xã A', note: null, level: 'commune', figures: reportFigures(datDai) },
        { id: 'xa-b', label: 'Xã B', note: null, level: 'commune', figures: reportFigures(datDai) },
      ],
      totals: reportTotals([hoTich, datDai, datDai], 'unit'),
    };
    const { ws, layout } = await roundTrip(byUnit);
    expect(ws.getCell(layout.headerRows[0], 2).value).toBe('Đơn vị');
    const [district, communes] = layout.sections;
    expect([ws.getCell(district!.headingRow!, 1).value, ws.getCell(district!.headingRow!, 2).value]).toEqual(['I', 'Cấp huyện']);
    expect([ws.getCell(communes!.headingRow!, 1).value, ws.getCell(communes!.headingRow!, 2).value]).toEqual(['II', 'Cấp xã']);
    // The communes' numbers continue the district's: 1, then 2 and 3.
    expect(communes!.rows.map((r) => ws.getCell(r, 1).value)).toEqual([2, 3]);
    const h = communes!.headingRow!;
    expect(formulaOf(ws, h, 6)).toBe(`SUM(F${communes!.rows[0]}:F${communes!.rows[1]})`);
    expect(line(ws, h, 3, 16)).toEqual([14, 0, 6, 8, 0, 0, 0, 0, 12, 12, 0, 2, 0, 0]);
    const t = layout.totalsRow;
    expect(formulaOf(ws, t, 6)).toBe(`SUM(F${district!.headingRow},F${h})`);
    expect(shown(ws, t, 6)).toBe(12 + 4 + 4);
  });

  it('totals months as balances: the first month’s carried-over stock, the last month’s pending', async () => {
    const jan = counts({ carriedOver: 10, receivedDirect: 5, resolvedOnTime: 8, pendingOnTime: 7 });
    const feb = counts({ carriedOver: 7, receivedDirect: 3, resolvedOnTime: 6, pendingOnTime: 4 });
    const byMonth: ReportExport = {
      ...x,
      by: 'month',
      lines: [
        { id: '2022-01', label: 'T1/2022', note: null, figures: reportFigures(jan) },
        { id: '2022-02', label: 'T2/2022', note: null, figures: reportFigures(feb) },
      ],
      totals: reportTotals([jan, feb], 'month'),
    };
    const { ws, layout } = await roundTrip(byMonth);
    const [a, b] = layout.sections[0]!.rows;
    const t = layout.totalsRow;
    expect(formulaOf(ws, t, 6)).toBe(`F${a}`);
    expect(formulaOf(ws, t, 12)).toBe(`L${b}`);
    expect(formulaOf(ws, t, 5)).toBe(`SUM(E${a}:E${b})`);
    // (3) = 0 + 8 + 10 = 18 = (7) 14 + (11) 4.
    expect(line(ws, t, 3, 13)).toEqual([18, 0, 8, 10, 14, 0, 14, 0, 4, 4, 0]);
  });
});

describe('the CSV report', () => {
  it('has one header per column, the rows and the totals row with raw numbers and rates in %', () => {
    const csv = reportCsv(vi, x, 'en');
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
