import type { DossierCounts } from '../../api/dossiers';
import type { Unit } from '../../api/units';
import { reportFigures, reportTotals, sortReportRows, type ReportColumnKey, type ReportFigures } from '../../domain/dossier-report';
import type { Period } from '../../domain/period';
import { matchesSearch } from '../../domain/text';
import { unitEventsInPeriod, type UnitEvent } from '../../domain/unit-lineage';
import type { SortDirection, SortKey } from './hooks/use-list-params';

/** One line of the unit list. */
export interface UnitRow {
  id: string;
  /** undefined only if the backend answers for a unit GET /units does not know. */
  unit: Unit | undefined;
  label: string;
  counts: DossierCounts;
  figures: ReportFigures;
  /** Mergers that take effect inside the period (why the figures start, stop or jump). */
  events: UnitEvent[];
}

export function buildUnitRows(
  rows: readonly (DossierCounts & { unitId: string })[],
  units: readonly Unit[],
  period: Period,
  label: (id: string) => string,
): UnitRow[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return rows.map(({ unitId, ...counts }) => {
    const unit = byId.get(unitId);
    return {
      id: unitId,
      unit,
      label: label(unitId),
      counts,
      figures: reportFigures(counts),
      events: unit ? unitEventsInPeriod(unit, units, period) : [],
    };
  });
}

/** Rows whose name holds every word of the query, ignoring case and diacritics ("thu phu" → Thư Phú). */
export function searchRows(rows: readonly UnitRow[], query: string): UnitRow[] {
  return query.trim() ? rows.filter((r) => matchesSearch(`${r.label} ${r.unit?.name ?? ''}`, query)) : [...rows];
}

const figureKey: Record<Exclude<SortKey, 'name'>, ReportColumnKey> = {
  received: 'received',
  onTime: 'onTimeRate',
  overdue: 'pendingOverdue',
  online: 'onlineShare',
};

/** Orders the rows on a column; names in Vietnamese alphabetical order, rates with no data always last. */
export function sortRows(rows: readonly UnitRow[], key: SortKey, dir: SortDirection): UnitRow[] {
  if (key === 'name') {
    const sign = dir === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => sign * a.label.localeCompare(b.label, 'vi'));
  }
  return sortReportRows(rows, figureKey[key], dir);
}

/** The totals row: Σ of the rows given (stocks too: every row covers the same period), rates Σ÷Σ. */
export const totalsOf = (rows: readonly UnitRow[]) => reportTotals(rows.map((r) => r.counts), 'unit');
