import type { TFunction } from 'i18next';
import type { ReportColumnKey, ReportRateKey } from '../../domain/dossier-report';

export type ReportColumnGroup = 'received' | 'resolved' | 'pending' | 'rates';

/** One cell of the header's first line: a column on its own (spanning both lines) or a group over sub-columns. */
export type ReportHeaderCell =
  | { kind: 'single'; key: ReportColumnKey }
  | { kind: 'group'; group: ReportColumnGroup; keys: readonly ReportColumnKey[] };

/** The official one-stop report form's columns, left to right (after the row name). */
export const reportHeader: readonly ReportHeaderCell[] = [
  { kind: 'single', key: 'carriedOver' },
  { kind: 'group', group: 'received', keys: ['receivedOnline', 'receivedDirect', 'receivedPostal', 'received'] },
  { kind: 'group', group: 'resolved', keys: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'resolved'] },
  { kind: 'group', group: 'pending', keys: ['pendingOnTime', 'pendingOverdue', 'pending'] },
  { kind: 'single', key: 'returned' },
  { kind: 'single', key: 'apologyLetters' },
  { kind: 'group', group: 'rates', keys: ['onTimeRate', 'progressRate', 'onlineShare'] },
];

const rateKeys: readonly ReportColumnKey[] = ['onTimeRate', 'progressRate', 'onlineShare'];
export const isRateKey = (key: ReportColumnKey): key is ReportRateKey => rateKeys.includes(key);

/** Every column in order, with its group. */
export interface ReportColumn {
  key: ReportColumnKey;
  group: ReportColumnGroup | null;
  format: 'number' | 'percent';
}

export const reportColumns: readonly ReportColumn[] = reportHeader.flatMap((cell): ReportColumn[] =>
  cell.kind === 'single'
    ? [{ key: cell.key, group: null, format: isRateKey(cell.key) ? 'percent' : 'number' }]
    : cell.keys.map((key) => ({ key, group: cell.group, format: isRateKey(key) ? 'percent' : 'number' })),
);

export const isReportColumnKey = (s: string): s is ReportColumnKey => reportColumns.some((c) => c.key === s);

/** A column's header in words: its own label, and with its group for places that have one line only (CSV, names). */
export function columnLabel(t: TFunction, column: ReportColumn): { label: string; group: string | null; full: string } {
  const label = t(`dossiers.columns.${column.key}`);
  const group = column.group ? t(`dossiers.groups.${column.group}`) : null;
  return { label, group, full: group ? `${group}: ${label}` : label };
}
