import type * as ExcelJSModule from 'exceljs';
import type { Borders, Cell, Font, Workbook, Worksheet } from 'exceljs';
import type { DossierCounts } from '../../../api/dossiers';
import { reportFigures, reportTotals, type ReportGrouping } from '../../../domain/dossier-report';

/** The exceljs module, passed in: the app loads it on demand (`import('exceljs')`), tests import it directly. */
export type ExcelJS = typeof ExcelJSModule;

/**
 * The columns of Biểu II.06a/VPCP/KSTT (Circular 01/2020/TT-VPCP), left to right, then ours after them. The form's
 * (5) is "trực tiếp và qua dịch vụ bưu chính công ích" in one; the extra (16) keeps the postal part, so the file can
 * be imported again without losing the split.
 */
export const FORM_COLUMNS = [
  'number', // (1) STT
  'name', // (2) lĩnh vực, công việc giải quyết theo cấp (or the unit, or the month)
  'receivedTotal', // (3) = (4) + (5) + (6)
  'receivedOnline', // (4)
  'receivedInPerson', // (5) trực tiếp + BCCI
  'carriedOver', // (6)
  'resolved', // (7) = (8) + (9) + (10)
  'resolvedEarly', // (8)
  'resolvedOnTime', // (9)
  'resolvedLate', // (10)
  'pending', // (11) = (12) + (13)
  'pendingOnTime', // (12)
  'pendingOverdue', // (13)
  'returned', // (14) extra
  'apologyLetters', // (15) extra
  'receivedPostal', // (16) extra: of (5), through the postal service
  'onTimeRate', // (17) extra: ((8) + (9)) ÷ (7)
  'progressRate', // (18) extra: ((8) + (9) + (12)) ÷ ((7) + (11)), Decision 766 2.1
  'onlineShare', // (19) extra: (4) ÷ ((4) + (5))
] as const;
export type FormColumn = (typeof FORM_COLUMNS)[number];

/** Where a column sits: 1-based, as exceljs and a spreadsheet count. */
export const formColumn = (c: FormColumn): number => FORM_COLUMNS.indexOf(c) + 1;
/** The last column of the form proper, (13); the extra columns follow it. */
export const LAST_FORM_COLUMN = formColumn('pendingOverdue');

export interface FormRow {
  label: string;
  counts: DossierCounts;
}

/** A group of rows under a heading row that carries their subtotals ("I" · "Cấp huyện"); null: rows without one. */
export interface FormSection {
  label: { numeral: string; name: string } | null;
  rows: FormRow[];
}

/** The form's words, already in the UI's language: the builder only lays them out. */
export interface FormHeaders {
  number: string;
  name: string;
  receivedGroup: string;
  total: string;
  ofWhich: string;
  online: string;
  inPerson: string;
  carriedOver: string;
  resultGroup: string;
  resolvedGroup: string;
  pendingGroup: string;
  early: string;
  onTime: string;
  late: string;
  withinDeadline: string;
  overdue: string;
  extraGroup: string;
  returned: string;
  apologyLetters: string;
  postal: string;
  ratesGroup: string;
  onTimeRate: string;
  progressRate: string;
  onlineShare: string;
}

export interface ReportWorkbookInput {
  /** Top left, in capitals: the issuing body ("UBND HUYỆN THƯỜNG TÍN") and the office beneath it. */
  issuingBody: string;
  office: string;
  /** Top right: the national motto and its subtitle. */
  motto: string;
  mottoSub: string;
  /** "Biểu II.06a/VPCP/KSTT", top right above the motto's block. */
  formCode: string;
  /** "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC". */
  title: string;
  /** "Kỳ báo cáo: từ 01/01/2022 đến 31/12/2022". */
  periodLine: string;
  /** "Đơn vị báo cáo: …" and "Đơn vị nhận báo cáo: …". */
  reportingUnit: string;
  receivingUnit: string;
  /** The scope under the period: unit, field, level, what the rows are. */
  scopeLines: string[];
  /** "Đơn vị tính: hồ sơ", right-aligned above the table. */
  unitOfCount: string;
  headers: FormHeaders;
  sections: FormSection[];
  /** How the totals join the rows: months follow each other (stocks from the first and last month), others add up. */
  grouping: ReportGrouping;
  totalsLabel: string;
  /** Lines under the table (notes, data date). */
  notes: string[];
  /** Under the notes: place and date, and the two signature blocks. */
  placeDate: string;
  signatures: [{ title: string; hint: string }, { title: string; hint: string }];
  sheetName: string;
  /** "—" for a rate with no data. */
  noData: string;
}

/** Where the parts of the form landed, for readers of the workbook (tests, the import). */
export interface ReportWorkbookLayout {
  /** The three header lines, then the line of column numbers (1)…(19). */
  headerRows: [number, number, number];
  numbersRow: number;
  /** Each section's heading row (null when it has none) and its data rows. */
  sections: { headingRow: number | null; rows: number[] }[];
  totalsRow: number;
}

const FONT = 'Times New Roman';
const COUNT_FORMAT = '#,##0';
const PERCENT_FORMAT = '0.0%';
const thin = { style: 'thin' as const };
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
type ValueColumn = Exclude<FormColumn, 'number' | 'name'>;
const COUNT_COLUMNS = FORM_COLUMNS.slice(2, 16) as readonly ValueColumn[];
const RATE_COLUMNS = ['onTimeRate', 'progressRate', 'onlineShare'] as const;

const letter = (c: FormColumn) => colLetter(formColumn(c));
function colLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Every value of the form for one line of counts, as the screen computes it (the formulas' cached results). */
function formValues(c: DossierCounts): Record<ValueColumn, number | null> {
  const f = reportFigures(c);
  return {
    receivedTotal: f.received + f.carriedOver,
    receivedOnline: f.receivedOnline,
    receivedInPerson: f.receivedDirect + f.receivedPostal,
    carriedOver: f.carriedOver,
    resolved: f.resolved,
    resolvedEarly: f.resolvedEarly,
    resolvedOnTime: f.resolvedOnTime,
    resolvedLate: f.resolvedLate,
    pending: f.pending,
    pendingOnTime: f.pendingOnTime,
    pendingOverdue: f.pendingOverdue,
    returned: f.returned,
    apologyLetters: f.apologyLetters,
    receivedPostal: f.receivedPostal,
    onTimeRate: f.onTimeRate,
    progressRate: f.progressRate,
    onlineShare: f.onlineShare,
  };
}

/** A row's own formulas: the form's three sums and our three rates, over the same row's cells. */
function rowFormulas(r: number, noData: string): Partial<Record<FormColumn, string>> {
  const at = (c: FormColumn) => `${letter(c)}${r}`;
  const q = JSON.stringify(noData);
  return {
    receivedTotal: `${at('receivedOnline')}+${at('receivedInPerson')}+${at('carriedOver')}`,
    resolved: `${at('resolvedEarly')}+${at('resolvedOnTime')}+${at('resolvedLate')}`,
    pending: `${at('pendingOnTime')}+${at('pendingOverdue')}`,
    onTimeRate: `IF(${at('resolved')}=0,${q},(${at('resolvedEarly')}+${at('resolvedOnTime')})/${at('resolved')})`,
    progressRate: `IF(${at('resolved')}+${at('pending')}=0,${q},(${at('resolvedEarly')}+${at('resolvedOnTime')}+${at('pendingOnTime')})/(${at('resolved')}+${at('pending')}))`,
    onlineShare: `IF(${at('receivedOnline')}+${at('receivedInPerson')}=0,${q},${at('receivedOnline')}/(${at('receivedOnline')}+${at('receivedInPerson')}))`,
  };
}

/**
 * A line that adds up other lines (a section's heading row, the totals row), as formulas over their cells: every
 * flow is a Σ; with months as rows the carried-over stock is the first month's and the pending stocks the last
 * one's (twelve month-end stocks added would count one open dossier twelve times).
 */
function sumFormula(column: FormColumn, rows: readonly number[], grouping: ReportGrouping): string {
  const col = letter(column);
  if (rows.length === 0) return '0';
  if (grouping === 'month' && column === 'carriedOver') return `${col}${rows[0]}`;
  if (grouping === 'month' && (column === 'pendingOnTime' || column === 'pendingOverdue')) return `${col}${rows[rows.length - 1]}`;
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  return contiguous ? `SUM(${col}${rows[0]}:${col}${rows[rows.length - 1]})` : `SUM(${rows.map((r) => `${col}${r}`).join(',')})`;
}

/**
 * The dossier report as Biểu II.06a/VPCP/KSTT: the issuing body and the national motto on top (Decree 30/2020 for
 * the document parts), the reporting and receiving units, the title, period and scope; the form's three-level
 * header and its line of column numbers; the rows grouped by level, each group's heading row carrying its
 * subtotals; the totals row; our extra columns after the form's, under their own heading; notes, place and date,
 * and the signature blocks. Every sum and rate is a formula (with the screen's value cached), so a cell edited in
 * the spreadsheet keeps the sums true; counts have a thousands format, rates a percentage one.
 */
export function buildReportWorkbook(excel: ExcelJS, input: ReportWorkbookInput): { workbook: Workbook; layout: ReportWorkbookLayout } {
  const workbook = new excel.Workbook();
  workbook.creator = input.issuingBody;
  workbook.title = input.title;
  const ws = workbook.addWorksheet(input.sheetName.slice(0, 31), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
  });
  const lastCol = FORM_COLUMNS.length;
  ws.columns = FORM_COLUMNS.map((c) => ({ width: c === 'number' ? 6 : c === 'name' ? 34 : RATE_COLUMNS.includes(c as never) ? 11 : 10 }));

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

  // Issuing body (left), the form's code and the national motto (right), as on every administrative document.
  const leftEnd = 4;
  const rightStart = lastCol - 8;
  line(1, rightStart, lastCol, input.formCode, { bold: true, size: 11 }, 'right');
  line(2, 1, leftEnd, input.issuingBody, {}, 'center');
  line(3, 1, leftEnd, input.office, { bold: true }, 'center');
  line(2, rightStart, lastCol, input.motto, { bold: true }, 'center');
  line(3, rightStart, lastCol, input.mottoSub, { bold: true, underline: true }, 'center');

  let r = 5;
  line(r++, 1, lastCol, input.title, { bold: true, size: 14 }, 'center');
  line(r++, 1, lastCol, input.periodLine, { italic: true }, 'center');
  r++;
  line(r++, 1, lastCol, input.reportingUnit, {}, 'left');
  line(r++, 1, lastCol, input.receivingUnit, {}, 'left');
  for (const s of input.scopeLines) line(r++, 1, lastCol, s, {}, 'left');
  line(r++, lastCol - 3, lastCol, input.unitOfCount, { italic: true, size: 11 }, 'right');

  const [h1, h2, h3] = [r, r + 1, r + 2];
  const numbersRow = r + 3;
  const header = (row: number, col: number, text: string, toRow = row, toCol = col) => {
    if (toRow > row || toCol > col) ws.mergeCells(row, col, toRow, toCol);
    const cell = ws.getCell(row, col);
    cell.value = text;
    font(cell, { bold: true, size: 11 });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  const h = input.headers;
  const col = formColumn;
  header(h1, col('number'), h.number, h3);
  header(h1, col('name'), h.name, h3);
  header(h1, col('receivedTotal'), h.receivedGroup, h1, col('carriedOver'));
  header(h2, col('receivedTotal'), h.total, h3);
  header(h2, col('receivedOnline'), h.ofWhich, h2, col('carriedOver'));
  header(h3, col('receivedOnline'), h.online);
  header(h3, col('receivedInPerson'), h.inPerson);
  header(h3, col('carriedOver'), h.carriedOver);
  header(h1, col('resolved'), h.resultGroup, h1, col('pendingOverdue'));
  header(h2, col('resolved'), h.resolvedGroup, h2, col('resolvedLate'));
  header(h3, col('resolved'), h.total);
  header(h3, col('resolvedEarly'), h.early);
  header(h3, col('resolvedOnTime'), h.onTime);
  header(h3, col('resolvedLate'), h.late);
  header(h2, col('pending'), h.pendingGroup, h2, col('pendingOverdue'));
  header(h3, col('pending'), h.total);
  header(h3, col('pendingOnTime'), h.withinDeadline);
  header(h3, col('pendingOverdue'), h.overdue);
  header(h1, col('returned'), h.extraGroup, h1, lastCol);
  header(h2, col('returned'), h.returned, h3);
  header(h2, col('apologyLetters'), h.apologyLetters, h3);
  header(h2, col('receivedPostal'), h.postal, h3);
  header(h2, col('onTimeRate'), h.ratesGroup, h2, col('onlineShare'));
  header(h3, col('onTimeRate'), h.onTimeRate);
  header(h3, col('progressRate'), h.progressRate);
  header(h3, col('onlineShare'), h.onlineShare);
  for (let c = 1; c <= lastCol; c++) {
    const cell = ws.getCell(numbersRow, c);
    cell.value = `(${c})`;
    font(cell, { italic: true, size: 10 });
    cell.alignment = { horizontal: 'center' };
  }
  ws.getRow(h1).height = 30;
  ws.getRow(h2).height = 30;
  ws.getRow(h3).height = 58;

  const formulas = (row: number) => rowFormulas(row, input.noData);
  const writeValues = (row: number, values: ReturnType<typeof formValues>, own: Partial<Record<FormColumn, string>>, bold: boolean) => {
    for (const c of [...COUNT_COLUMNS, ...RATE_COLUMNS]) {
      const cell = ws.getCell(row, col(c));
      const v = values[c];
      const formula = own[c];
      const result = v === null ? input.noData : v;
      cell.value = formula ? { formula, result } : result;
      font(cell, { bold, size: 11 });
      cell.numFmt = RATE_COLUMNS.includes(c as never) ? PERCENT_FORMAT : COUNT_FORMAT;
      cell.alignment = { horizontal: v === null ? 'center' : 'right' };
    }
  };
  const writeName = (row: number, number: number | string | null, label: string, bold: boolean) => {
    const no = ws.getCell(row, col('number'));
    no.value = number;
    font(no, { bold, size: 11 });
    no.alignment = { horizontal: 'center' };
    const name = ws.getCell(row, col('name'));
    name.value = label;
    font(name, { bold, size: 11 });
    name.alignment = { horizontal: number === null ? 'center' : 'left', wrapText: true };
  };

  // A heading row sums its section's rows; the totals row sums the headings (or the rows, without headings).
  // Its own sums ((3), (7), (11)) and rates stay row formulas, so they follow the summed parts.
  const sumsOver = (rows: readonly number[], at: number): Partial<Record<FormColumn, string>> => {
    const out: Partial<Record<FormColumn, string>> = {};
    for (const c of COUNT_COLUMNS) out[c] = sumFormula(c, rows, input.grouping);
    const own = formulas(at);
    for (const c of ['receivedTotal', 'resolved', 'pending', ...RATE_COLUMNS] as const) out[c] = own[c];
    return out;
  };

  let row = numbersRow + 1;
  let n = 0;
  const layoutSections: ReportWorkbookLayout['sections'] = [];
  const sectionLines: number[] = [];
  const allRows: number[] = [];
  const allCounts: DossierCounts[] = [];
  for (const section of input.sections) {
    const headingRow = section.label === null ? null : row++;
    const rows: number[] = [];
    for (const item of section.rows) {
      n++;
      writeName(row, n, item.label, false);
      writeValues(row, formValues(item.counts), formulas(row), false);
      rows.push(row);
      row++;
    }
    if (headingRow !== null && section.label !== null) {
      writeName(headingRow, section.label.numeral, section.label.name, true);
      ws.getCell(headingRow, col('name')).alignment = { horizontal: 'left', wrapText: true };
      const counts = reportTotals(section.rows.map((x) => x.counts), input.grouping);
      writeValues(headingRow, formValues(counts), sumsOver(rows, headingRow), true);
      sectionLines.push(headingRow);
    }
    allRows.push(...rows);
    allCounts.push(...section.rows.map((x) => x.counts));
    layoutSections.push({ headingRow, rows });
  }

  const totalsRow = row;
  writeName(totalsRow, null, input.totalsLabel, true);
  const totalsOver = sectionLines.length === input.sections.length && sectionLines.length > 0 && input.grouping !== 'month' ? sectionLines : allRows;
  writeValues(totalsRow, formValues(reportTotals(allCounts, input.grouping)), sumsOver(totalsOver, totalsRow), true);

  for (let rr = h1; rr <= totalsRow; rr++) {
    for (let c = 1; c <= lastCol; c++) ws.getCell(rr, c).border = box;
  }
  for (const rr of [...sectionLines, totalsRow]) {
    for (let c = 1; c <= lastCol; c++) ws.getCell(rr, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } };
  }

  let at = totalsRow + 2;
  for (const note of input.notes) line(at++, 1, lastCol, note, { italic: true, size: 11 }, 'left');
  at++;
  signatureBlock(ws, at, input, lastCol, line);

  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: numbersRow }];
  ws.pageSetup.printTitlesRow = `${h1}:${numbersRow}`;
  return { workbook, layout: { headerRows: [h1, h2, h3], numbersRow, sections: layoutSections, totalsRow } };
}

/** Place and date over the right block; "Người lập biểu" left, the head of the office right, each with its hint. */
function signatureBlock(
  ws: Worksheet,
  row: number,
  input: ReportWorkbookInput,
  lastCol: number,
  line: (row: number, from: number, to: number, text: string, style: Partial<Font>, align: 'left' | 'center' | 'right') => void,
) {
  const right = lastCol - 6;
  line(row, right, lastCol, input.placeDate, { italic: true }, 'center');
  const [left, head] = input.signatures;
  line(row + 1, 1, 5, left.title, { bold: true }, 'center');
  line(row + 2, 1, 5, left.hint, { italic: true, size: 11 }, 'center');
  line(row + 1, right, lastCol, head.title, { bold: true }, 'center');
  line(row + 2, right, lastCol, head.hint, { italic: true, size: 11 }, 'center');
  ws.getRow(row + 3).height = 60;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(workbook: Workbook): Promise<ArrayBuffer> {
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
