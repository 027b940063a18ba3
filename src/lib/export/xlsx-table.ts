import type * as ExcelJSModule from 'exceljs';
import type { Workbook } from 'exceljs';
import type { CsvColumn, CsvRow } from './csv';

/** The exceljs module, passed in: the app loads it on demand (`import('exceljs')`), tests import it directly. */
export type ExcelJS = typeof ExcelJSModule;

export interface TableWorkbookInput {
  /** The chart's title, written above the table ("Hồ sơ tiếp nhận theo tháng, năm 2022"). */
  title: string;
  /** Lines written under the table (the data date, a note). */
  notes?: readonly string[];
  /** The sheet's name (Excel allows 31 characters, no `[]:*?/\`). */
  sheetName: string;
  columns: readonly CsvColumn[];
  rows: readonly CsvRow[];
}

/** The first row of the table's header (row 1 holds the title, row 2 is left blank). */
export const TABLE_HEADER_ROW = 3;

const forbiddenInSheetName = /[[\]:*?/\\]/g;

/**
 * A chart's numbers as one worksheet: the title, a bold header row that stays in view, then the rows with real
 * numbers (a rate is the 0–1 share with a percentage format, so it sums and charts in the spreadsheet), "no
 * data" an empty cell, as the CSV writes it.
 */
export function buildTableWorkbook(excel: ExcelJS, input: TableWorkbookInput): Workbook {
  const workbook = new excel.Workbook();
  const name = input.sheetName.replace(forbiddenInSheetName, ' ').slice(0, 31).trim() || 'Sheet1';
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }] });

  sheet.getCell(1, 1).value = input.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };

  const header = sheet.getRow(TABLE_HEADER_ROW);
  input.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });

  input.rows.forEach((row, r) => {
    const line = sheet.getRow(TABLE_HEADER_ROW + 1 + r);
    input.columns.forEach((c, i) => {
      const v = row[c.key];
      const cell = line.getCell(i + 1);
      cell.value = v === null || v === undefined ? null : v;
      if (typeof v === 'number') cell.numFmt = c.format === 'percent' ? '0.0%' : '#,##0';
    });
  });

  input.columns.forEach((c, i) => {
    const longest = Math.max(c.header.length, ...input.rows.map((row) => String(row[c.key] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(48, Math.max(10, longest + 2));
  });

  (input.notes ?? []).forEach((note, i) => {
    sheet.getCell(TABLE_HEADER_ROW + input.rows.length + 2 + i, 1).value = note;
  });
  return workbook;
}

/** exceljs is loaded only when someone asks for a file, so that it stays out of every page's first load. */
async function loadExcel(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as a file to download. */
export async function tableXlsxBlob(input: TableWorkbookInput): Promise<Blob> {
  const workbook = buildTableWorkbook(await loadExcel(), input);
  const bytes = await workbook.xlsx.writeBuffer();
  return new Blob([bytes], { type: XLSX_TYPE });
}
