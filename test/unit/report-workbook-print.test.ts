import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DossierCounts } from '../../src/api/dossiers';
import { emptyCounts } from '../../src/domain/dossier-measures';
import { reportFigures, reportTotals } from '../../src/domain/dossier-report';
import { buildReportWorkbook, workbookBytes } from '../../src/features/dossiers/export/build-report-workbook';
import { reportWorkbookInput, type ReportExport } from '../../src/features/dossiers/export/report-export';
import { i18n } from '../../src/i18n';

const a: DossierCounts = { ...emptyCounts(), receivedOnline: 10, receivedDirect: 5, resolvedOnTime: 12, pendingOnTime: 3 };
const x: ReportExport = {
  by: 'field',
  period: { from: '2022-01', to: '2022-12' },
  lines: [{ id: 'ho-tich', label: 'Hộ tịch', note: null, figures: reportFigures(a) }],
  totals: reportTotals([a], 'field'),
  scope: 'Xã Thư Phú',
  body: 'UBND huyện Thường Tín',
  dataset: 'thuong-tin',
  asOf: '2025-07-05',
  notes: [],
  unit: 'xa-thu-phu',
  field: null,
};

async function written() {
  const built = buildReportWorkbook(ExcelJS, reportWorkbookInput(i18n.getFixedT('vi'), x));
  const bytes = await workbookBytes(built.workbook);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  return { ws: book.worksheets[0] as ExcelJS.Worksheet, layout: built.layout };
}

describe('the Biểu II.06a XLSX prints on A4 landscape', () => {
  it('reads back as A4 (paper size 9), landscape, one page wide', async () => {
    const { ws } = await written();
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
  });

  it('repeats the three header rows and the row of column numbers on every printed page', async () => {
    const { ws, layout } = await written();
    const [h1] = layout.headerRows;
    expect(layout.numbersRow).toBe(h1 + 3);
    // exceljs reads the workbook's _xlnm.Print_Titles defined name back into the sheet's page setup.
    expect(ws.pageSetup.printTitlesRow).toBe(`${h1}:${layout.numbersRow}`);
  });
});
