/** How a table column's values are shown (and exported: CSV keeps raw numbers). */
export type ChartColumnFormat = 'text' | 'number' | 'percent';

export interface ChartColumn {
  key: string;
  header: string;
  format?: ChartColumnFormat;
}

/** The chart's numbers as a table: shown by the table toggle and written by the CSV export. */
export interface ChartTable {
  columns: ChartColumn[];
  /** Raw values: numbers as numbers, rates as 0–1 shares, null for "no data". */
  rows: Record<string, string | number | null>[];
}
