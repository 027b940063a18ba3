import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  COLUMN_HEADERS,
  columnForHeader,
  COUNT_KEYS,
  FORM_NUMBERS_OFFSET,
  FORM_POSITIONS,
  FORM_ROW_HEADERS,
  normalizeHeader,
  ROW_HEADERS,
  TOTALS_LABEL,
  type ImportColumn,
} from './report-layout';

export interface ParsedRow {
  /** The row's number in the file (1-based, as a spreadsheet shows it). */
  line: number;
  name: string;
  /** The cell of each recognised column as read: a number, a text, or null for an empty cell. */
  cells: Partial<Record<ImportColumn, number | string | null>>;
}

export interface ParsedReport {
  rowsAre: 'unit' | 'field';
  rows: ParsedRow[];
}

/** The file is not a report in our layout: one message for the `file` field. */
export class LayoutError extends Error {}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** CSV (as our export writes it) or XLSX (the official form as our export lays it out), told apart by content. */
export async function parseReport(bytes: Buffer): Promise<ParsedReport> {
  if (bytes.length === 0) throw new LayoutError('Tệp rỗng');
  const isZip = XLSX_MAGIC.every((b, i) => bytes[i] === b);
  return isZip ? parseXlsx(bytes) : parseCsv(bytes.toString('utf8'));
}

function fromTable(header: string[], body: { line: number; cells: unknown[] }[]): ParsedReport {
  const rowsAre = ROW_HEADERS[(header[0] ?? '').replace(/^\uFEFF/, '').trim() as keyof typeof ROW_HEADERS];
  if (!rowsAre)
    throw new LayoutError(`Cột đầu tiên phải là “Đơn vị” hoặc “Lĩnh vực” (báo cáo theo đơn vị hoặc theo lĩnh vực), không phải “${header[0] ?? ''}”`);
  const columns = header.map((h) => columnForHeader(h));
  const missing = COUNT_KEYS.filter((k) => !columns.includes(k));
  if (missing.length > 0) throw new LayoutError(`Tệp không đúng mẫu báo cáo: thiếu ${missing.length} cột số liệu (${missing.join(', ')})`);
  const rows: ParsedRow[] = [];
  for (const { line, cells } of body) {
    const name = String(cells[0] ?? '').trim();
    if (!name && cells.every((c) => c === null || c === undefined || String(c).trim() === '')) continue;
    if (normalizeHeader(name) === normalizeHeader(TOTALS_LABEL)) continue;
    const row: ParsedRow = { line, name, cells: {} };
    columns.forEach((key, i) => {
      if (!key) return;
      const v = cells[i];
      row.cells[key] = v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'number' ? v : String(v).trim();
    });
    rows.push(row);
  }
  return { rowsAre, rows };
}

function parseCsv(text: string): ParsedReport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const data = parsed.data;
  if (data.length === 0 || !data[0]) throw new LayoutError('Tệp không có dòng tiêu đề');
  return fromTable(
    data[0],
    data.slice(1).map((cells, i) => ({ line: i + 2, cells })),
  );
}

const cellText = (v: ExcelJS.CellValue): unknown => {
  if (v && typeof v === 'object' && 'result' in v) return (v as { result: unknown }).result;
  if (v && typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return v;
};

async function parseXlsx(bytes: Buffer): Promise<ParsedReport> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new LayoutError('Không đọc được tệp XLSX');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new LayoutError('Tệp XLSX không có trang tính nào');
  // The table starts at the row whose first cell is "STT".
  let h1 = 0;
  ws.eachRow((row, n) => {
    if (!h1 && String(cellText(row.getCell(1).value) ?? '').trim() === 'STT') h1 = n;
  });
  if (!h1) throw new LayoutError('Không tìm thấy bảng số liệu (ô “STT” ở cột A)');
  if (String(cellText(ws.getCell(h1 + FORM_NUMBERS_OFFSET, 1).value) ?? '').trim() === '(1)') return parseForm(ws, h1);
  // Before the form: our two-line header, "group: label" per column.
  const width = ws.columnCount;
  const header: string[] = [String(cellText(ws.getCell(h1, 2).value) ?? '')];
  for (let c = 3; c <= width; c++) {
    const top = String(cellText(ws.getCell(h1, c).value) ?? '').trim();
    const sub = String(cellText(ws.getCell(h1 + 1, c).value) ?? '').trim();
    // A merged group cell reads the same on both lines of a lone column.
    header.push(top && sub && top !== sub ? `${top}: ${sub}` : top || sub);
  }
  const body: { line: number; cells: unknown[] }[] = [];
  for (let r = h1 + 2; r <= ws.rowCount; r++) {
    const cells: unknown[] = [cellText(ws.getCell(r, 2).value)];
    for (let c = 3; c <= width; c++) cells.push(cellText(ws.getCell(r, c).value));
    const name = String(cells[0] ?? '').trim();
    if (normalizeHeader(name) === normalizeHeader(TOTALS_LABEL)) break;
    body.push({ line: r, cells });
  }
  return fromTable(header, body);
}

/**
 * Biểu II.06a/VPCP/KSTT as our export writes it (or as another system does, without our extra columns): three
 * header lines and a line of column numbers, then rows numbered in column A under level headings (left out), to
 * the totals row. The columns are read by their place in the form; (5) is in person and by post together, so the
 * direct count is (5) less the postal part in our extra (16), or all of (5) when the file has no (16).
 */
function parseForm(ws: ExcelJS.Worksheet, h1: number): ParsedReport {
  const nameHeader = normalizeHeader(String(cellText(ws.getCell(h1, 2).value) ?? ''));
  const rowsAre = Object.entries(FORM_ROW_HEADERS).find(([h]) => normalizeHeader(h) === nameHeader)?.[1];
  if (!rowsAre) throw new LayoutError(`Cột (2) của biểu phải là “Đơn vị” hoặc “Lĩnh vực”, không phải “${nameHeader}”`);
  const keys = (Object.keys(FORM_POSITIONS) as (keyof typeof FORM_POSITIONS)[]).filter((k) => k !== 'receivedInPerson');
  const header = [rowsAre === 'unit' ? 'Đơn vị' : 'Lĩnh vực', ...keys.map((k) => COLUMN_HEADERS[k as ImportColumn]), COLUMN_HEADERS.receivedDirect];
  const body: { line: number; cells: unknown[] }[] = [];
  for (let r = h1 + FORM_NUMBERS_OFFSET + 1; r <= ws.rowCount; r++) {
    const name = String(cellText(ws.getCell(r, 2).value) ?? '').trim();
    if (normalizeHeader(name) === normalizeHeader(TOTALS_LABEL)) break;
    // Level headings ("I", "Cấp huyện") carry subtotals: only numbered rows are data.
    if (typeof cellText(ws.getCell(r, 1).value) !== 'number') continue;
    const at = (k: keyof typeof FORM_POSITIONS) => cellText(ws.getCell(r, FORM_POSITIONS[k]).value) ?? null;
    const inPerson = at('receivedInPerson');
    const postal = at('receivedPostal');
    const direct = typeof inPerson === 'number' && (postal === null || typeof postal === 'number') ? inPerson - (postal ?? 0) : inPerson;
    body.push({ line: r, cells: [name, ...keys.map((k) => (k === 'receivedPostal' ? (postal ?? 0) : at(k))), direct] });
  }
  return fromTable(header, body);
}
