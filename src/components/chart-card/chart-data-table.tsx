import { Table } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { formatNumber, formatPercent, type Locale } from '../../domain/format';
import { useLocale } from '../../i18n';
import { NoData } from '../no-data';
import classes from './chart-card.module.css';
import type { ChartColumn, ChartTable } from './chart-table';

/** One cell as the screen shows it: numbers and rates in the current locale, "—" with its reason for no data. */
export function formatCell(value: string | number | null | undefined, column: ChartColumn, locale: Locale): ReactNode {
  if (value === null || value === undefined || value === '') return <NoData />;
  if (typeof value === 'string') return value;
  switch (column.format) {
    case 'percent':
      return formatPercent(value, locale);
    case 'number':
      return formatNumber(value, locale);
    default:
      return String(value);
  }
}

interface ChartDataTableProps {
  /** The table's caption: the chart's title, so the table says what and when on its own. */
  caption: string;
  table: ChartTable;
  ref?: Ref<HTMLTableElement>;
}

/** A chart's numbers as a table: a caption, column headers, the first column as row headers, numbers right-aligned. */
export function ChartDataTable({ caption, table, ref }: ChartDataTableProps) {
  const locale = useLocale();
  const [first, ...rest] = table.columns;
  const isNumeric = (c: ChartColumn) => c.format === 'number' || c.format === 'percent';
  return (
    <Table ref={ref} className={classes.table} stickyHeader striped highlightOnHover captionSide="top">
      <Table.Caption className={classes.caption}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((c) => (
            <Table.Th key={c.key} scope="col" data-numeric={isNumeric(c) || undefined}>
              {c.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row, i) => (
          <Table.Tr key={first ? `${String(row[first.key])}-${i}` : i}>
            {first && (
              <Table.Th scope="row" data-numeric={isNumeric(first) || undefined}>
                {formatCell(row[first.key], first, locale)}
              </Table.Th>
            )}
            {rest.map((c) => (
              <Table.Td key={c.key} data-numeric={isNumeric(c) || undefined}>
                {formatCell(row[c.key], c, locale)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
