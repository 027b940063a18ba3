import type { TFunction } from 'i18next';
import type { ReportFigures, ReportGrouping } from '../../../domain/dossier-report';
import { periodDays } from '../../../domain/period';
import { formatDate, NO_DATA } from '../../../domain/format';
import type { Period } from '../../../domain/period';
import { csvBlob, toCsv, type CsvColumn, type CsvRow } from '../../../lib/export/csv';
import { downloadBlob } from '../../../lib/export/download';
import type { ReportLine } from '../hooks/use-report-rows';
import { columnLabel, reportColumns } from '../report-columns';
import type { ExcelJS, ReportWorkbookInput, ReportWorkbookRow } from './build-report-workbook';

/** What the table shows, in words, for both exports. */
export interface ReportExport {
  by: ReportGrouping;
  period: Period;
  lines: readonly ReportLine[];
  totals: ReportFigures;
  /** "Toàn huyện", "Xã Thư Phú – Hộ tịch", … */
  scope: string;
  /** The overseeing body from /meta ("UBND huyện Thường Tín"). */
  body: string;
  asOf: string;
  /** Notes shown above the table (e.g. the merger), repeated under the exported one. */
  notes: string[];
  /** Part of the file name: unit and field ids. */
  unit: string;
  field: string | null;
}

const nameHeaderKey = { unit: 'dossiers.table.rowUnit', field: 'dossiers.table.rowField', month: 'dossiers.table.rowMonth' } as const;
const byKey = { unit: 'dossiers.table.byUnit', field: 'dossiers.table.byField', month: 'dossiers.table.byMonth' } as const;

/** A row's name with its validity note, as one text: "Xã Thư Phú (đến 31/12/2024)". */
const lineLabel = (l: ReportLine) => (l.note ? `${l.label} (${l.note})` : l.label);

/** ASCII base name of the files: "bao-cao-tthc-theo-don-vi_all_2022-01_2022-12". */
export function reportFileName(x: Pick<ReportExport, 'by' | 'period' | 'unit' | 'field'>): string {
  const by = { unit: 'don-vi', field: 'linh-vuc', month: 'thang' }[x.by];
  const parts = [`bao-cao-tthc-theo-${by}`, x.unit, ...(x.field ? [x.field] : []), x.period.from, x.period.to];
  return parts.map((p) => p.replace(/[^A-Za-z0-9-]+/g, '-')).join('_');
}

/** The table as CSV: one header line (group and sub-column joined), the rows, then the totals row. */
export function reportCsv(t: TFunction, x: ReportExport): string {
  const columns: CsvColumn[] = [
    { key: 'name', header: t(nameHeaderKey[x.by]), format: 'text' },
    ...reportColumns.map((c) => ({ key: c.key, header: columnLabel(t, c).full, format: c.format })),
  ];
  const toRow = (label: string, f: ReportFigures): CsvRow => {
    const row: CsvRow = { name: label };
    for (const c of reportColumns) row[c.key] = f[c.key];
    return row;
  };
  return toCsv(columns, [...x.lines.map((l) => toRow(lineLabel(l), l.figures)), toRow(t('dossiers.table.total'), x.totals)]);
}

export function downloadReportCsv(t: TFunction, x: ReportExport): void {
  downloadBlob(csvBlob(reportCsv(t, x)), `${reportFileName(x)}.csv`);
}

/** The official form's content in the UI's language (Vietnamese by default: the form as it is sent up). */
export function reportWorkbookInput(t: TFunction, x: ReportExport): ReportWorkbookInput {
  const values = (f: ReportFigures): ReportWorkbookRow['values'] =>
    Object.fromEntries(reportColumns.map((c) => [c.key, f[c.key]]));
  const { first, last } = periodDays(x.period);
  return {
    issuingBody: x.body.toLocaleUpperCase('vi'),
    office: t('dossiers.report.office'),
    motto: t('dossiers.report.motto'),
    mottoSub: t('dossiers.report.mottoSub'),
    title: t('dossiers.report.title'),
    periodLine: t('dossiers.report.period', { from: formatDate(first), to: formatDate(last) }),
    scopeLines: [
      t('dossiers.report.scope', { scope: x.scope }),
      t('dossiers.report.by', { by: t(byKey[x.by]) }),
    ],
    unitOfCount: t('dossiers.report.unitOfCount'),
    numberHeader: t('dossiers.report.number'),
    nameHeader: t(nameHeaderKey[x.by]),
    columns: reportColumns.map((c) => {
      const l = columnLabel(t, c);
      return { key: c.key, label: l.label, group: l.group, format: c.format };
    }),
    rows: x.lines.map((l) => ({ label: lineLabel(l), values: values(l.figures) })),
    totals: { label: t('dossiers.table.total'), values: values(x.totals) },
    notes: [...x.notes, t('dossiers.table.rateHint'), ...(x.by === 'month' ? [t('dossiers.table.monthTotalsHint')] : []), t('dossiers.report.asOf', { date: formatDate(x.asOf) })],
    sheetName: t('dossiers.report.sheet'),
    noData: NO_DATA,
  };
}

/** exceljs is loaded only when someone asks for the file, so that it stays out of the main bundle. */
async function loadExcel(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

export async function downloadReportXlsx(t: TFunction, x: ReportExport): Promise<void> {
  const [excel, { buildReportWorkbook, workbookBytes }] = await Promise.all([loadExcel(), import('./build-report-workbook')]);
  const { workbook } = buildReportWorkbook(excel, reportWorkbookInput(t, x));
  const bytes = await workbookBytes(workbook);
  downloadBlob(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    `${reportFileName(x)}.xlsx`,
  );
}
