import { Badge, Skeleton, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NoData } from '../../../components/no-data';
import type { ReportColumnKey, ReportFigures, ReportGrouping } from '../../../domain/dossier-report';
import { formatNumber, formatPercent, type Locale } from '../../../domain/format';
import { useLocale } from '../../../i18n';
import type { ReportLine } from '../hooks/use-report-rows';
import type { ReportParams } from '../hooks/use-report-params';
import { columnLabel, isRateKey, reportColumns, reportHeader, type ReportColumn } from '../report-columns';
import classes from './report-table.module.css';

interface ReportTableProps {
  by: ReportGrouping;
  caption: string;
  lines: readonly ReportLine[] | null;
  totals: ReportFigures | null;
  sort: ReportParams['sort'];
  onSort: (key: ReportColumnKey) => void;
  /** Where a row leads (a unit to its fields, a field to its months) and a hint saying so; null: no drill-down. */
  drill: (line: ReportLine) => { search: string; hint: string } | null;
}

const nameHeaderKey = { unit: 'dossiers.table.rowUnit', field: 'dossiers.table.rowField', month: 'dossiers.table.rowMonth' } as const;

function Value({ figures, column, locale }: { figures: ReportFigures; column: ReportColumn; locale: Locale }) {
  const v = figures[column.key];
  if (isRateKey(column.key)) return v === null ? <NoData /> : <>{formatPercent(v, locale)}</>;
  return <>{formatNumber(v, locale)}</>;
}

/**
 * The standard one-stop report: two header lines (groups over sub-columns), one row per unit, field or
 * month with a link in its first cell to drill down, and the totals row in the footer.
 */
export function ReportTable({ by, caption, lines, totals, sort, onSort, drill }: ReportTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();

  const sortHeader = (column: ReportColumn, rowSpan?: number) => {
    const { label, group, full } = columnLabel(t, column);
    const active = sort?.key === column.key ? sort.order : null;
    const Icon = active === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th
        key={column.key}
        rowSpan={rowSpan}
        scope="col"
        className={classes.numericHeader}
        aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : undefined}
        // "Tổng số" appears three times: the header's name says which group it belongs to (the visible words first).
        aria-label={group ? `${label} (${group})` : undefined}
      >
        <UnstyledButton
          className={classes.sortButton}
          onClick={() => onSort(column.key)}
          aria-label={group ? `${label} (${group})` : undefined}
          title={t('dossiers.table.sortBy', { column: full })}
        >
          {/* The arrow only on the sorted column: seventeen idle icons would not fit a 1366 px screen. */}
          {active && <Icon size={13} aria-hidden className={classes.sortIcon} />}
          <span>{label}</span>
        </UnstyledButton>
      </Table.Th>
    );
  };

  const onRowClick = (e: MouseEvent<HTMLTableRowElement>, search: string | null) => {
    // The link in the first cell handles its own clicks (and keyboard); the rest of the row follows it.
    if (!search || (e.target as HTMLElement).closest('a, button')) return;
    void navigate({ search });
  };

  return (
    <Table.ScrollContainer minWidth={1040} className={classes.scroll}>
      <Table withTableBorder withColumnBorders highlightOnHover={by !== 'month'} className={classes.table} fz={13} verticalSpacing={5} horizontalSpacing={6}>
        <caption className={classes.caption}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} scope="col" className={classes.nameHeader}>
              {t(nameHeaderKey[by])}
            </Table.Th>
            {reportHeader.map((cell) =>
              cell.kind === 'single' ? (
                sortHeader(reportColumns.find((c) => c.key === cell.key) as ReportColumn, 2)
              ) : (
                <Table.Th key={cell.group} colSpan={cell.keys.length} scope="colgroup" className={classes.groupHeader}>
                  {t(`dossiers.groups.${cell.group}`)}
                </Table.Th>
              ),
            )}
          </Table.Tr>
          <Table.Tr>
            {reportColumns.filter((c) => c.group !== null).map((c) => sortHeader(c))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines === null
            ? Array.from({ length: 6 }, (_, i) => (
                <Table.Tr key={i} aria-hidden>
                  <Table.Td colSpan={reportColumns.length + 1}>
                    <Skeleton height={18} />
                  </Table.Td>
                </Table.Tr>
              ))
            : lines.length === 0
              ? (
                  <Table.Tr>
                    <Table.Td colSpan={reportColumns.length + 1}>
                      <Text c="dimmed" size="sm" ta="center" py="md">
                        {t('dossiers.table.empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )
              : lines.map((line) => {
                  const target = drill(line);
                  const search = target?.search ?? null;
                  return (
                    <Table.Tr
                      key={line.id}
                      className={search ? classes.drillRow : undefined}
                      onClick={(e) => onRowClick(e, search)}
                    >
                      <Table.Th scope="row" className={classes.nameCell}>
                        {target ? (
                          <Link to={{ search: target.search }} className={classes.drillLink} title={target.hint}>
                            {line.label}
                          </Link>
                        ) : (
                          line.label
                        )}
                        {line.note && <VisuallyHidden>, </VisuallyHidden>}
                        {line.note && (
                          <Badge size="xs" variant="light" color="gray" ml={6} className={classes.note}>
                            {line.note}
                          </Badge>
                        )}
                      </Table.Th>
                      {reportColumns.map((c) => (
                        <Table.Td key={c.key} className={classes.numeric}>
                          <Value figures={line.figures} column={c} locale={locale} />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
        </Table.Tbody>
        {totals && lines && lines.length > 0 && (
          <Table.Tfoot>
            <Table.Tr className={classes.totalsRow}>
              <Table.Th scope="row" className={classes.nameCell}>
                {t('dossiers.table.total')}
              </Table.Th>
              {reportColumns.map((c) => (
                <Table.Td key={c.key} className={classes.numeric}>
                  <Value figures={totals} column={c} locale={locale} />
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
