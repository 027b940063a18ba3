import Papa from 'papaparse';

export interface CsvColumn {
  key: string;
  header: string;
  /** 'percent' values are 0–1 shares, written as percentages (98.6) with "(%)" after the header. */
  format?: 'text' | 'number' | 'percent';
}

export type CsvRow = Record<string, string | number | null | undefined>;

/** Which spreadsheet conventions a CSV follows: the UI's language. */
export type CsvLocale = 'vi' | 'en';

/**
 * The separators a spreadsheet expects in that locale: in Vietnamese the decimal mark is a comma, so the list
 * separator is a semicolon (as Excel and LibreOffice Calc take them from a Vietnamese system); in English a comma
 * and a dot. A number written with the other locale's decimal mark opens as text (LibreOffice with vi-VN reads
 * "98.6" as text), so the file follows the language the user works in.
 */
export const csvSeparators: Record<CsvLocale, { delimiter: string; decimal: string }> = {
  vi: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
};

/**
 * The table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the diacritics), the locale's
 * separators, counts as plain digits (no thousands mark, so they are numbers in any locale), rates as percentages
 * with two decimals, "no data" an empty cell.
 */
export function toCsv(columns: readonly CsvColumn[], rows: readonly CsvRow[], locale: CsvLocale): string {
  const { delimiter, decimal } = csvSeparators[locale];
  const number = (n: number) => String(n).replace('.', decimal);
  const header = columns.map((c) => (c.format === 'percent' ? `${c.header} (%)` : c.header));
  const data = rows.map((row) =>
    columns.map((c) => {
      const v = row[c.key];
      if (v === null || v === undefined) return '';
      if (typeof v !== 'number') return v;
      return number(c.format === 'percent' ? Number((v * 100).toFixed(2)) : v);
    }),
  );
  return `\uFEFF${Papa.unparse({ fields: header, data }, { delimiter, newline: '\r\n' })}`;
}

export const csvBlob = (csv: string) => new Blob([csv], { type: 'text/csv;charset=utf-8' });
