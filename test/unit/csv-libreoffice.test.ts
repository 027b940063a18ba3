import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv, type CsvLocale } from '../../src/lib/export/csv';

// LibreOffice Calc headless (Debian's libreoffice-calc-nogui; CI installs it) opens our CSV as a spreadsheet set to a
// locale would, and saves what it read as XLSX for the test to look at.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const dir = mkdtempSync(path.join(tmpdir(), 'cchc-csv-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// LibreOffice's CSV filter: separator, text delimiter (34 = "), charset (76 = UTF-8), first line, column types,
// language (1066 = vi-VN, 1033 = en-US), quoted fields as text, detect special numbers.
const LANGUAGE = { vi: 1066, en: 1033 } as const;

/** What a spreadsheet in `spreadsheetLocale` reads from a CSV written for `written`: each cell's value. */
async function openInCalc(written: CsvLocale, spreadsheetLocale: CsvLocale, name: string) {
  const csv = toCsv(
    [
      { key: 'unit', header: 'Đơn vị' },
      { key: 'received', header: 'Tiếp nhận', format: 'number' },
      { key: 'rate', header: 'Đúng hạn', format: 'percent' },
    ],
    [
      { unit: 'Xã Thư Phú', received: 4977, rate: 0.98567 },
      { unit: 'Xã "Mới", thử', received: 123456, rate: null },
    ],
    written,
  );
  const file = path.join(dir, `${name}.csv`);
  writeFileSync(file, csv);
  const separator = written === 'vi' ? 59 : 44;
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      `--infilter=CSV:${separator},34,76,1,,${LANGUAGE[spreadsheetLocale]},false,true`,
      '--convert-to',
      'xlsx',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path.join(dir, `${name}.xlsx`)) as unknown as ArrayBuffer);
  const ws = book.worksheets[0]!;
  return (address: string) => ws.getCell(address).value;
}

describe.skipIf(!soffice)('the CSV opened in LibreOffice Calc', () => {
  it('in a Vietnamese spreadsheet the Vietnamese CSV keeps every number a number: counts and the rate 98,57', async () => {
    const cell = await openInCalc('vi', 'vi', 'vi-in-vi');
    expect([cell('A1'), cell('B1'), cell('C1')]).toEqual(['Đơn vị', 'Tiếp nhận', 'Đúng hạn (%)']);
    expect([cell('A2'), cell('B2'), cell('C2')]).toEqual(['Xã Thư Phú', 4977, 98.57]);
    expect([cell('A3'), cell('B3'), cell('C3')]).toEqual(['Xã "Mới", thử', 123456, null]);
  });

  it('in an English spreadsheet the English CSV does the same', async () => {
    const cell = await openInCalc('en', 'en', 'en-in-en');
    expect([cell('B2'), cell('C2'), cell('B3')]).toEqual([4977, 98.57, 123456]);
  });

  it('why the locale matters: a dot decimal opened in a Vietnamese spreadsheet is text, not 98.57', async () => {
    const cell = await openInCalc('en', 'vi', 'en-in-vi');
    expect(cell('B2')).toBe(4977);
    expect(typeof cell('C2')).toBe('string');
  });
});
