import '@mantine/charts/styles.css';
import {
  Alert,
  Button,
  Card,
  rem,
  SegmentedControl,
  Skeleton,
  Text,
  useComputedColorScheme,
  useMantineTheme,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { csvBlob, toCsv } from '../../lib/export/csv';
import { downloadBlob } from '../../lib/export/download';
import { downloadPng, EXPORT_EXCLUDE_ATTRIBUTE } from '../../lib/export/png';
import { tableXlsxBlob } from '../../lib/export/xlsx-table';
import { useLocale } from '../../i18n';
import { ErrorBoundary, errorMessage, QueryError } from '../errors';
import classes from './chart-card.module.css';
import { ChartDataTable } from './chart-data-table';
import { ChartExportMenu } from './chart-export-menu';
import type { ChartTable } from './chart-table';

export type { ChartColumn, ChartColumnFormat, ChartTable } from './chart-table';

export interface ChartCardProps {
  /** Says what and when, e.g. "Hồ sơ tiếp nhận theo tháng, năm 2022". */
  title: string;
  description?: ReactNode;
  table: ChartTable;
  /** Base name of the exported files, ASCII, no extension, e.g. "ho-so-theo-thang-2022". */
  fileName: string;
  status: 'loading' | 'error' | 'empty' | 'ready';
  error?: unknown;
  onRetry?: () => void;
  emptyMessage?: string;
  /** The chart area's height in px: kept while loading, empty or failed, so nothing shifts. */
  height: number;
  /** Extra controls for the card's header (e.g. a metric switch). */
  actions?: ReactNode;
  /** The chart itself; drawn only when status is 'ready'. */
  children: ReactNode;
}

type View = 'chart' | 'table';

const exclude = { [EXPORT_EXCLUDE_ATTRIBUTE]: '' };

/**
 * Every chart's frame: a titled region, a switch between the chart and its numbers as a table,
 * CSV, XLSX and PNG export, and loading, empty and error states that keep the chart's height.
 */
export function ChartCard({
  title,
  description,
  table,
  fileName,
  status,
  error,
  onRetry,
  emptyMessage,
  height,
  actions,
  children,
}: ChartCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const [view, setView] = useState<View>('chart');
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  const ready = status === 'ready';
  const showTable = ready && view === 'table';

  const exportCsv = () => {
    setExportFailed(false);
    downloadBlob(csvBlob(toCsv(table.columns, table.rows, locale)), `${fileName}.csv`);
  };

  const exportXlsx = async () => {
    if (exporting) return;
    setExporting(true);
    setExportFailed(false);
    try {
      const blob = await tableXlsxBlob({ title, sheetName: title, columns: table.columns, rows: table.rows });
      downloadBlob(blob, `${fileName}.xlsx`);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  const exportPng = async () => {
    const card = cardRef.current;
    if (!card || exporting) return;
    setExporting(true);
    setExportFailed(false);
    try {
      // The card as shown (title, and the chart or the whole table), without its buttons.
      await downloadPng(card, fileName, {
        backgroundColor: scheme === 'dark' ? theme.colors.dark[7] : theme.white,
        pixelRatio: 2,
      });
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  // In rem, as Mantine charts turn their `h` into: the states and the chart stay the same height at any font size.
  const chartHeight = rem(height);
  const areaStyle = { '--chart-card-height': chartHeight } as CSSProperties;

  return (
    <Card
      ref={cardRef}
      component="section"
      aria-labelledby={titleId}
      aria-busy={status === 'loading' || undefined}
      className={classes.card}
    >
      <div className={classes.header}>
        <div className={classes.heading}>
          <h3 id={titleId} className={classes.title}>
            {title}
          </h3>
          {description && <div className={classes.description}>{description}</div>}
        </div>
        <div className={classes.controls} {...exclude}>
          {actions}
          <SegmentedControl
            size="xs"
            aria-label={t('charts.view')}
            value={view}
            onChange={(v) => setView(v as View)}
            disabled={!ready}
            data={[
              { value: 'chart', label: t('charts.showChart') },
              { value: 'table', label: t('charts.showTable') },
            ]}
          />
          <ChartExportMenu enabled={ready} busy={exporting} onCsv={exportCsv} onXlsx={() => void exportXlsx()} onPng={() => void exportPng()} />
        </div>
      </div>

      {exportFailed && (
        <Text size="sm" c="var(--cchc-verdict-bad)" role="alert" {...exclude}>
          {t('charts.exportFailed')}
        </Text>
      )}

      <div className={classes.area} style={areaStyle} data-view={showTable ? 'table' : 'chart'}>
        {status === 'loading' && (
          <>
            <Skeleton height={chartHeight} radius="sm" />
            <VisuallyHidden>{t('charts.loading')}</VisuallyHidden>
          </>
        )}
        {status === 'empty' && (
          <div className={classes.empty}>
            <Text c="dimmed">{emptyMessage ?? t('charts.empty')}</Text>
          </div>
        )}
        {status === 'error' && (
          // Centred in the chart's place: the card keeps its size and the rest of the page its layout.
          <div className={classes.failed}>
            {onRetry ? (
              <QueryError error={error} onRetry={onRetry} />
            ) : (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('errors.title')} role="alert">
                {errorMessage(t, error)}
              </Alert>
            )}
          </div>
        )}
        {ready &&
          (showTable ? (
            // Scrolls inside the chart's height; focusable so that keyboard users can scroll it.
            <div className={classes.tableScroll} tabIndex={0}>
              <ChartDataTable caption={title} table={table} />
            </div>
          ) : (
            // A chart that throws while drawing shows its error here; the card (its table, its exports) and the page stay.
            <ErrorBoundary label={`the chart "${title}"`} resetKey={table} fallback={(retry) => <ChartFailed onRetry={retry} />}>
              <div className={classes.chart}>{children}</div>
            </ErrorBoundary>
          ))}
      </div>
    </Card>
  );
}

/** The chart's own failure, in its place: what happened, where the numbers still are, and another try. */
function ChartFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={classes.failed}>
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('appError.chartTitle')} role="alert">
        <Text size="sm">{t('appError.chartMessage')}</Text>
        <Button mt="xs" size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      </Alert>
    </div>
  );
}
