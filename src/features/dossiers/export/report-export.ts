import type { TFunction } from 'i18next';
import type { ReportFigures, ReportGrouping } from '../../../domain/dossier-report';
import { periodDays } from '../../../domain/period';
import { formatDate, NO_DATA } from '../../../domain/format';
import type { Period } from '../../../domain/period';
import { csvBlob, toCsv, type CsvColumn, type CsvLocale, type CsvRow } from '../../../lib/export/csv';
import { downloadBlob } from '../../../lib/export/download';
import type { ReportLine } from '../hooks/use-report-rows';
import { columnLabel, reportColumns } from '../report-columns';
import type { dossiersVi } from '../../../i18n/locales/dossiers.vi';

type formWords = (typeof dossiersVi)['report']['form'];
import type { ExcelJS, FormSection, ReportWorkbookInput } from './build-report-workbook';
import { scopeContext } from '../../../i18n/scope-words';

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
  /** /meta's dataset: the scope words (district or national) follow it. */
  dataset: string;
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
export function reportCsv(t: TFunction, x: ReportExport, locale: CsvLocale): string {
  const columns: CsvColumn[] = [
    { key: 'name', header: t(nameHeaderKey[x.by]), format: 'text' },
    ...reportColumns.map((c) => ({ key: c.key, header: columnLabel(t, c).full, format: c.format })),
  ];
  const toRow = (label: string, f: ReportFigures): CsvRow => {
    const row: CsvRow = { name: label };
    for (const c of reportColumns) row[c.key] = f[c.key];
    return row;
  };
  return toCsv(columns, [...x.lines.map((l) => toRow(lineLabel(l), l.figures)), toRow(t('dossiers.table.total'), x.totals)], locale);
}

export function downloadReportCsv(t: TFunction, x: ReportExport, locale: CsvLocale): void {
  downloadBlob(csvBlob(reportCsv(t, x, locale)), `${reportFileName(x)}.csv`);
}

/**
 * The form's rows: by unit, grouped by level (the district's own office, then the communes), each group under a
 * heading row with its subtotals; by field or month, one group without a heading. Within a group the rows keep the
 * table's order.
 */
function formSections(t: TFunction, x: ReportExport): FormSection[] {
  const row = (l: ReportLine) => ({ label: lineLabel(l), counts: l.figures });
  if (x.by !== 'unit') return [{ label: null, rows: x.lines.map(row) }];
  const context = scopeContext(x.dataset);
  const groups = [
    { level: 'district', label: { numeral: 'I', name: t('dossiers.report.sectionDistrict', { context }) } },
    { level: 'commune', label: { numeral: 'II', name: t('dossiers.report.sectionCommune') } },
  ] as const;
  const sections = groups
    .map((g) => ({ label: g.label, rows: x.lines.filter((l) => (l.level ?? 'commune') === g.level).map(row) }))
    .filter((g) => g.rows.length > 0);
  // One unit alone (or one level) needs no heading over it.
  return sections.length > 1 ? sections : [{ label: null, rows: x.lines.map(row) }];
}

/** The official form's content in the UI's language (Vietnamese by default: the form as it is sent up). */
export function reportWorkbookInput(t: TFunction, x: ReportExport): ReportWorkbookInput {
  const { first, last } = periodDays(x.period);
  const context = scopeContext(x.dataset);
  const [year, month, day] = x.asOf.split('-');
  const f = (key: keyof formWords) => t(`dossiers.report.form.${key}`);
  return {
    issuingBody: x.body.toLocaleUpperCase('vi'),
    office: t('dossiers.report.office'),
    motto: t('dossiers.report.motto'),
    mottoSub: t('dossiers.report.mottoSub'),
    formCode: t('dossiers.report.formCode'),
    title: t('dossiers.report.formTitle'),
    periodLine: t('dossiers.report.period', { from: formatDate(first), to: formatDate(last) }),
    reportingUnit: t('dossiers.report.reportingUnit', { body: x.body }),
    receivingUnit: t('dossiers.report.receivingUnit', { context }),
    scopeLines: [t('dossiers.report.scope', { scope: x.scope }), t('dossiers.report.by', { by: t(byKey[x.by]) })],
    unitOfCount: t('dossiers.report.unitOfCount'),
    headers: {
      number: t('dossiers.report.number'),
      name: x.by === 'field' ? f('nameField') : t(nameHeaderKey[x.by]),
      receivedGroup: f('receivedGroup'),
      total: f('total'),
      ofWhich: f('ofWhich'),
      online: f('online'),
      inPerson: f('inPerson'),
      carriedOver: f('carriedOver'),
      resultGroup: f('resultGroup'),
      resolvedGroup: f('resolvedGroup'),
      pendingGroup: f('pendingGroup'),
      early: f('early'),
      onTime: f('onTime'),
      late: f('late'),
      withinDeadline: f('withinDeadline'),
      overdue: f('overdue'),
      extraGroup: f('extraGroup'),
      returned: f('returned'),
      apologyLetters: f('apologyLetters'),
      postal: f('postal'),
      ratesGroup: f('ratesGroup'),
      onTimeRate: f('onTimeRate'),
      progressRate: f('progressRate'),
      onlineShare: f('onlineShare'),
    },
    sections: formSections(t, x),
    grouping: x.by,
    totalsLabel: t('dossiers.table.total'),
    notes: [
      ...x.notes,
      t('dossiers.table.rateHint'),
      ...(x.by === 'month' ? [t('dossiers.table.monthTotalsHint')] : []),
      t('dossiers.report.asOf', { date: formatDate(x.asOf) }),
      t('dossiers.report.dateIsDataDate'),
    ],
    placeDate: t('dossiers.report.placeDate', { place: t('dossiers.report.place', { context }), day, month, year }),
    signatures: [
      { title: t('dossiers.report.preparer'), hint: t('dossiers.report.preparerHint') },
      { title: t('dossiers.report.head'), hint: t('dossiers.report.headHint') },
    ],
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
