import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Reading the Hồ sơ TTHC report table (two header lines, a row per unit/field/month, the totals row)
 * by role and accessible name, cheaply: jsdom's getComputedStyle costs about a millisecond and every
 * accessible name asks for it on each node, so each name is worked out once per read, not once per
 * column looked up (17 lookups × 22 headers made a read cost a second).
 */

/** "4.977" → 4977; "98,6 %" → 98.6; "—" → null. */
export function readNumber(text: string): number | null {
  const s = text.replace(/\s|%/g, '').replace(/Không có số liệu/g, '');
  if (s === '—' || s === '') return null;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

// Role queries with `hidden: true` skip jsdom's costly visibility check (a getComputedStyle per ancestor);
// the table has ~600 cells. Where it matters that the user sees a thing, the tests ask without it.
export const byRole = { hidden: true } as const;

export const COUNT_COLUMNS = [
  'Kỳ trước chuyển sang',
  'Trực tuyến (Tiếp nhận mới trong kỳ)',
  'Trực tiếp (Tiếp nhận mới trong kỳ)',
  'BCCI (Tiếp nhận mới trong kỳ)',
  'Tổng số (Tiếp nhận mới trong kỳ)',
  'Trước hạn (Đã giải quyết)',
  'Đúng hạn (Đã giải quyết)',
  'Quá hạn (Đã giải quyết)',
  'Tổng số (Đã giải quyết)',
  'Trong hạn (Đang giải quyết)',
  'Quá hạn (Đang giải quyết)',
  'Tổng số (Đang giải quyết)',
  'Trả lại, rút hồ sơ',
  'Phiếu xin lỗi',
] as const;
export const ON_TIME = 'Trước và đúng hạn (Tỷ lệ (%))';
export const PROGRESS = 'Tiến độ (QĐ 766) (Tỷ lệ (%))';
export const ONLINE = 'Trực tuyến (Tỷ lệ (%))';
export const ALL_COLUMNS = [...COUNT_COLUMNS, ON_TIME, PROGRESS, ONLINE] as const;

export type RowValues = Map<string, number | null>;

/**
 * The report table. A failed getBy* prints the whole page into its error (a few hundred ms with the
 * table on it), and a wait retries on every change: so a missing table throws a short error instead.
 */
export function reportTable(): HTMLElement {
  const table = screen.queryByRole('table', { name: /^Kết quả giải quyết thủ tục hành chính/, ...byRole });
  if (!table) throw new Error('no report table on the page (yet)');
  return table;
}

/**
 * Waits for the page's h1 to read `name` (as a page is replaced by the next, with no whole-page dump
 * on each retry), then returns it as the user sees it.
 */
export async function findPageHeading(name: string | RegExp, { timeout }: { timeout?: number } = {}): Promise<HTMLElement> {
  await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name, ...byRole })).not.toBeNull(), { timeout });
  return screen.getByRole('heading', { level: 1, name });
}

/**
 * The grid position of each named column header, worked out from the two header lines (rowSpan and
 * colSpan), so that cells can be read under their header: "Tổng số (Tiếp nhận mới trong kỳ)", …
 * Throws, as getByRole would, when a header is missing or named twice.
 */
export function columnIndex(table: HTMLElement, names: readonly string[]): Map<string, number> {
  const [head] = within(table).getAllByRole('rowgroup', byRole);
  const headerRows = within(head as HTMLElement).getAllByRole('row', byRole);
  if (headerRows.length !== 2) throw new Error(`expected two header lines, found ${headerRows.length}`);
  // Every header's accessible name, each worked out once: the name matcher sees (name, element).
  const nameOf = new Map<Element, string>();
  within(head as HTMLElement).getAllByRole('columnheader', {
    ...byRole,
    name: (name, element) => {
      if (element) nameOf.set(element, name);
      return true;
    },
  });
  const taken: boolean[][] = [[], []];
  const position = new Map<string, number[]>();
  headerRows.forEach((row, r) => {
    let col = 0;
    for (const th of within(row).getAllByRole('columnheader', byRole)) {
      while (taken[r]?.[col]) col++;
      const span = Number(th.getAttribute('colspan') ?? 1);
      const rows = Number(th.getAttribute('rowspan') ?? 1);
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < span; dc++) (taken[r + dr] as boolean[])[col + dc] = true;
      const name = nameOf.get(th) ?? '';
      position.set(name, [...(position.get(name) ?? []), col]);
      col += span;
    }
  });
  return new Map(
    names.map((name) => {
      const at = position.get(name) ?? [];
      if (at.length !== 1) throw new Error(`column header "${name}": found ${at.length}; headers: ${[...position.keys()].join(' | ')}`);
      return [name, at[0] as number];
    }),
  );
}

/** A body or footer row's values by column header: the first column is the row's name (a row header). */
export function rowValues(row: HTMLElement, columns: Map<string, number>): RowValues {
  const cells = within(row).getAllByRole('cell', byRole);
  const out: RowValues = new Map();
  for (const [name, col] of columns) out.set(name, readNumber(cells[col - 1]?.textContent ?? ''));
  return out;
}

/** Every data row (tbody) and the totals row "Tổng cộng" (tfoot) of the report table, by column header. */
export function readTable(table: HTMLElement = reportTable()) {
  const columns = columnIndex(table, ALL_COLUMNS);
  const [, body] = within(table).getAllByRole('rowgroup', byRole);
  const dataRows = within(body as HTMLElement).getAllByRole('row', byRole);
  const totalsRow = totalsHeader(table).closest('tr') as HTMLElement;
  return {
    columns,
    names: dataRows.map((r) => within(r).getByRole('rowheader', byRole).textContent ?? ''),
    rows: dataRows.map((r) => rowValues(r, columns)),
    totals: rowValues(totalsRow, columns),
    totalsRow,
  };
}

/** The totals row's header "Tổng cộng", in the table's footer; throws while the table loads. */
export function totalsHeader(table: HTMLElement = reportTable()): HTMLElement {
  const foot = within(table).getAllByRole('rowgroup', byRole)[2];
  const header = foot && within(foot).queryByRole('rowheader', { name: 'Tổng cộng', ...byRole });
  if (!header) throw new Error('the report table has no totals row (yet)');
  return header;
}

/** Just the row names, for waiting on a view: cheaper than reading every cell. */
export function rowNames(table: HTMLElement = reportTable()): string[] {
  const [, body] = within(table).getAllByRole('rowgroup', byRole);
  return within(body as HTMLElement)
    .queryAllByRole('rowheader', byRole)
    .map((th) => th.textContent ?? '');
}

export const sum = (rows: readonly RowValues[], col: string) => rows.reduce((s, r) => s + (r.get(col) ?? 0), 0);
/** A percentage to one decimal, as the table shows it. */
export const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;
