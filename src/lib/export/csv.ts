import Papa from 'papaparse';

export interface CsvColumn {
  key: string;
  header: string;
  /** 'percent' values are 0–1 shares, written as percentages (98.6) with "(%)" after the header. */
  format?: 'text' | 'number' | 'percent';
}

export type CsvRow = Record<string, string | number | null | undefined>;

/**
 * The table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the diacritics),
 * comma-separated, numbers unformatted with a dot (machine-readable), "no data" as an empty cell.
 */
export function toCsv(columns: readonly CsvColumn[], rows: readonly CsvRow[]): string {
  const header = columns.map((c) => (c.format === 'percent' ? `${c.header} (%)` : c.header));
  const data = rows.map((row) =>
    columns.map((c) => {
      const v = row[c.key];
      if (v === null || v === undefined) return '';
      if (c.format === 'percent' && typeof v === 'number') return Number((v * 100).toFixed(2));
      return v;
    }),
  );
  return `\uFEFF${Papa.unparse({ fields: header, data }, { newline: '\r\n' })}`;
}

export const csvBlob = (csv: string) => new Blob([csv], { type: 'text/csv;charset=utf-8' });
