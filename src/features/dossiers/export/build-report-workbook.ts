import type * as ExcelJSModule from 'exceljs';
import type { Borders, Cell, Font, Workbook } from 'exceljs';

/** The exceljs module, passed in: the app loads it on demand (`import('exceljs')`), tests import it directly. */
export type ExcelJS = typeof ExcelJSModule;

export interface ReportWorkbookColumn {
  key: string;
  /** The sub-column's header, e.g. "Trực tuyến". */
  label: string;
  /** The group header above it (e.g. "Tiếp nhận mới trong kỳ"); null for a column spanning both header lines. */
  group: string | null;
  /** 'percent' values are 0–1 shares. */
  format: 'number' | 'percent';
}

export interface ReportWorkbookRow {
  label: string;
  values: Record<string, number | null>;
}

/** Everything the official form shows, already in words: the builder only lays it out. */
export interface ReportWorkbookInput {
  /** Top left, in capitals: the issuing body ("UBND HUYỆN THƯỜNG TÍN") and the office beneath it. */
  issuingBody: string;
  office: string;
  /** Top right: the national motto and its subtitle. */
  motto: string;
  mottoSub: string;
  /** "BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH". */
  title: string;
  /** "Kỳ báo cáo: từ 01/01/2022 đến 31/12/2022". */
  periodLine: string;
  /** The scope under the period: unit, field, level, what the rows are. */
  scopeLines: string[];
  /** "Đơn vị tính: hồ sơ", right-aligned above the table. */
  unitOfCount: string;
  /** Headers of the first two columns: "STT" and what the rows are ("Đơn vị", "Lĩnh vực", "Tháng"). */
  numberHeader: string;
  nameHeader: string;
  columns: ReportWorkbookColumn[];
  rows: ReportWorkbookRow[];
  totals: ReportWorkbookRow;
  /** Lines under the table (notes, data date). */
  notes: string[];
  sheetName: string;
  /** "—" for a rate with no data. */
  noData: string;
}

/** Where the parts of the form landed, for readers of the workbook (tests, further formatting). */
export interface ReportWorkbookLayout {
  /** The two header lines. */
  headerRows: [number, number];
  firstDataRow: number;
  totalsRow: number;
  /** Column number (1-based) of each value column, by key. */
  columnOf: Record<string, number>;
}

const FONT = 'Times New Roman';
const COUNT_FORMAT = '#,##0';
const PERCENT_FORMAT = '0.0%';
const thin = { style: 'thin' as const };
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * The report in the layout of the one-stop report form (Decree 30/2020 for the document parts): issuing
 * body and motto on top, title, period and scope, a two-line header with merged group cells, the rows,
 * the totals row, then notes. Counts are numbers with a thousands format, rates 0–1 shares with a
 * percent format, so the file computes like the screen and shows the same figures.
 */
export function buildReportWorkbook(excel: ExcelJS, input: ReportWorkbookInput): { workbook: Workbook; layout: ReportWorkbookLayout } {
  const workbook = new excel.Workbook();
  workbook.creator = input.issuingBody;
  workbook.title = input.title;
  const ws = workbook.addWorksheet(input.sheetName, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
  });

  const lastCol = 2 + input.columns.length;
  ws.columns = [{ width: 6 }, { width: 34 }, ...input.columns.map((c) => ({ width: c.format === 'percent' ? 12 : 11 }))];

  const font = (cell: Cell, extra: Partial<Font> = {}) => {
    cell.font = { name: FONT, size: 12, ...extra };
  };
  const line = (row: number, from: number, to: number, text: string, style: Partial<Font>, align: 'left' | 'center' | 'right') => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    cell.value = text;
    font(cell, style);
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  };

  // Issuing body (left) and national motto (right), as on every administrative document.
  const leftEnd = Math.min(4, lastCol);
  const rightStart = Math.max(leftEnd + 1, lastCol - 7);
  line(1, 1, leftEnd, input.issuingBody, { bold: false }, 'center');
  line(2, 1, leftEnd, input.office, { bold: true }, 'center');
  line(1, rightStart, lastCol, input.motto, { bold: true }, 'center');
  line(2, rightStart, lastCol, input.mottoSub, { bold: true, underline: true }, 'center');

  let r = 4;
  line(r++, 1, lastCol, input.title, { bold: true, size: 14 }, 'center');
  line(r++, 1, lastCol, input.periodLine, { italic: true }, 'center');
  for (const s of input.scopeLines) line(r++, 1, lastCol, s, {}, 'center');
  r++;
  line(r++, Math.max(1, lastCol - 3), lastCol, input.unitOfCount, { italic: true, size: 11 }, 'right');

  // Two header lines: a group over its sub-columns, a lone column spanning both lines.
  const h1 = r;
  const h2 = r + 1;
  const header = (row: number, col: number, text: string) => {
    const cell = ws.getCell(row, col);
    cell.value = text;
    font(cell, { bold: true, size: 11 });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  ws.mergeCells(h1, 1, h2, 1);
  header(h1, 1, input.numberHeader);
  ws.mergeCells(h1, 2, h2, 2);
  header(h1, 2, input.nameHeader);
  const columnOf: Record<string, number> = {};
  let c = 3;
  while (c - 3 < input.columns.length) {
    const col = input.columns[c - 3] as ReportWorkbookColumn;
    if (col.group === null) {
      ws.mergeCells(h1, c, h2, c);
      header(h1, c, col.label);
      columnOf[col.key] = c;
      c++;
      continue;
    }
    let end = c;
    while (end - 2 < input.columns.length && input.columns[end - 2]?.group === col.group) end++;
    if (end > c) ws.mergeCells(h1, c, h1, end);
    header(h1, c, col.group);
    for (let k = c; k <= end; k++) {
      const sub = input.columns[k - 3] as ReportWorkbookColumn;
      header(h2, k, sub.label);
      columnOf[sub.key] = k;
    }
    c = end + 1;
  }
  ws.getRow(h1).height = 32;
  ws.getRow(h2).height = 45;

  const writeRow = (row: number, number: number | null, data: ReportWorkbookRow, bold: boolean) => {
    const no = ws.getCell(row, 1);
    no.value = number;
    font(no, { bold, size: 11 });
    no.alignment = { horizontal: 'center' };
    const name = ws.getCell(row, 2);
    name.value = data.label;
    font(name, { bold, size: 11 });
    name.alignment = { horizontal: number === null ? 'center' : 'left', wrapText: true };
    for (const col of input.columns) {
      const cell = ws.getCell(row, columnOf[col.key] as number);
      const v = data.values[col.key];
      font(cell, { bold, size: 11 });
      if (v === null || v === undefined) {
        cell.value = input.noData;
        cell.alignment = { horizontal: 'center' };
      } else {
        cell.value = v;
        cell.numFmt = col.format === 'percent' ? PERCENT_FORMAT : COUNT_FORMAT;
        cell.alignment = { horizontal: 'right' };
      }
    }
  };

  const firstDataRow = h2 + 1;
  input.rows.forEach((row, i) => writeRow(firstDataRow + i, i + 1, row, false));
  const totalsRow = firstDataRow + input.rows.length;
  writeRow(totalsRow, null, input.totals, true);

  for (let row = h1; row <= totalsRow; row++) {
    for (let col = 1; col <= lastCol; col++) ws.getCell(row, col).border = box;
  }
  for (let col = 1; col <= lastCol; col++) {
    ws.getCell(totalsRow, col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } };
  }

  let n = totalsRow + 2;
  for (const note of input.notes) line(n++, 1, lastCol, note, { italic: true, size: 11 }, 'left');

  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: h2 }];
  ws.pageSetup.printTitlesRow = `${h1}:${h2}`;
  return { workbook, layout: { headerRows: [h1, h2], firstDataRow, totalsRow, columnOf } };
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(workbook: Workbook): Promise<ArrayBuffer> {
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
