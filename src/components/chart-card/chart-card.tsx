import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

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

/**
 * Every chart's frame: title, table toggle, CSV and PNG export, loading, empty and error states.
 * STUB: the shared-components work replaces the body; the props above are the contract.
 */
export function ChartCard({ title, height, status, children }: ChartCardProps) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <div style={{ height }}>{status === 'ready' ? children : null}</div>
    </Card>
  );
}
