import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/export/csv';

describe('CSV export', () => {
  const columns = [
    { key: 'unit', header: 'Đơn vị' },
    { key: 'received', header: 'Tiếp nhận', format: 'number' as const },
    { key: 'rate', header: 'Đúng hạn', format: 'percent' as const },
  ];

  it('starts with a BOM, keeps diacritics, writes raw numbers and percentages', () => {
    const csv = toCsv(columns, [
      { unit: 'Xã Thư Phú', received: 4977, rate: 0.98567 },
      { unit: 'Xã "Mới", thử', received: 0, rate: null },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['Đơn vị', 'Tiếp nhận', 'Đúng hạn (%)'],
      ['Xã Thư Phú', '4977', '98.57'],
      ['Xã "Mới", thử', '0', ''],
    ]);
  });
});
