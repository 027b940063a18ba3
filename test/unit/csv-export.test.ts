import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/export/csv';

describe('CSV export', () => {
  const columns = [
    { key: 'unit', header: 'Đơn vị' },
    { key: 'received', header: 'Tiếp nhận', format: 'number' as const },
    { key: 'rate', header: 'Đúng hạn', format: 'percent' as const },
  ];

  const rows = [
    { unit: 'Xã Thư Phú', received: 4977, rate: 0.98567 },
    { unit: 'Xã "Mới", thử', received: 0, rate: null },
  ];

  it('in English: starts with a BOM, keeps diacritics, commas between fields, raw numbers and percentages with a dot', () => {
    const csv = toCsv(columns, rows, 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['Đơn vị', 'Tiếp nhận', 'Đúng hạn (%)'],
      ['Xã Thư Phú', '4977', '98.57'],
      ['Xã "Mới", thử', '0', ''],
    ]);
  });

  it('in Vietnamese: semicolons between fields and a decimal comma, as a Vietnamese spreadsheet reads them', () => {
    const csv = toCsv(columns, rows, 'vi');
    expect(csv).toBe('\uFEFFĐơn vị;Tiếp nhận;Đúng hạn (%)\r\nXã Thư Phú;4977;98,57\r\n"Xã ""Mới"", thử";0;');
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(['Xã Thư Phú', '4977', '98,57']);
  });
});
