import { useMemo } from 'react';
import type { Level, PeriodQuery } from '../../../api/common';
import type { Field } from '../../../api/fields';
import type { Meta } from '../../../api/meta';
import type { Unit } from '../../../api/units';
import { useUnitLabel, useUnitValidity } from '../../../components/unit-picker';
import { reportFigures, reportTotals, sortReportRows, type ReportFigures } from '../../../domain/dossier-report';
import { periodDays } from '../../../domain/period';
import { formatMonth } from '../../../domain/format';
import { ALL_UNITS, type DashboardFilters } from '../../../lib/filters/resolve-filters';
import { useDossiersByField, useDossiersByMonth, useDossiersByUnit } from '../../../lib/queries/dossiers';
import type { ReportParams } from './use-report-params';

/** One row of the report table, ready to show. */
export interface ReportLine {
  /** Unit id, field id or month (YYYY-MM). */
  id: string;
  label: string;
  /** A unit that did not exist for the whole period: "đến 31/12/2024" / "từ 01/01/2025". */
  note: string | null;
  /** A unit's level (rows by unit only): the official form groups its rows by it. */
  level?: Level;
  figures: ReportFigures;
}

export type ReportRowsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; lines: ReportLine[]; totals: ReportFigures };

/** The API filter of the report: a single unit ignores the level filter (it is one office). */
export function reportQuery(filters: DashboardFilters, params: Pick<ReportParams, 'level' | 'field'>): PeriodQuery {
  return {
    from: filters.period.from,
    to: filters.period.to,
    unit: filters.unit,
    level: filters.unit === ALL_UNITS ? params.level : 'all',
    ...(params.field !== null ? { field: params.field } : {}),
  };
}

const collator = new Intl.Collator('vi');

/** The report's rows for the filters: from the breakdown `by` asks for, named, ordered, with the totals row. */
export function useReportRows(args: {
  filters: DashboardFilters;
  params: ReportParams;
  meta: Meta;
  units: readonly Unit[];
  fields: readonly Field[] | undefined;
  /** false: wait (e.g. until the field in the URL is known to exist). */
  enabled: boolean;
}): ReportRowsState {
  const { filters, params, meta, units, fields, enabled } = args;
  const query = reportQuery(filters, params);
  const byUnit = useDossiersByUnit(query, { enabled: enabled && params.by === 'unit' });
  const byField = useDossiersByField(query, { enabled: enabled && params.by === 'field' });
  const byMonth = useDossiersByMonth(query, { enabled: enabled && params.by === 'month' });
  const unitLabel = useUnitLabel(meta, units);
  const validity = useUnitValidity(meta);

  const active = params.by === 'unit' ? byUnit : params.by === 'field' ? byField : byMonth;
  const { first, last } = periodDays(filters.period);

  const natural = useMemo((): ReportLine[] | null => {
    if (params.by === 'unit') {
      if (!byUnit.data) return null;
      const index = new Map(units.map((u) => [u.id, u]));
      const rows = byUnit.data.rows.map((r) => {
        const unit = index.get(r.unitId);
        const partial = unit && ((unit.validTo !== null && unit.validTo < last) || unit.validFrom > first);
        return {
          unit,
          line: { id: r.unitId, label: unitLabel(r.unitId), note: unit && partial ? validity(unit) : null, level: unit?.level, figures: reportFigures(r) },
        };
      });
      // The district's own office first, then the communes by name in Vietnamese order.
      rows.sort(
        (a, b) =>
          Number(a.unit?.level !== 'district') - Number(b.unit?.level !== 'district') ||
          collator.compare(a.unit?.name ?? a.line.id, b.unit?.name ?? b.line.id),
      );
      return rows.map((r) => r.line);
    }
    if (params.by === 'field') {
      if (!byField.data) return null;
      return byField.data.rows.map((r) => ({
        id: r.fieldId,
        label: fields?.find((f) => f.id === r.fieldId)?.name ?? r.fieldId,
        note: null,
        figures: reportFigures(r),
      }));
    }
    if (!byMonth.data) return null;
    return [...byMonth.data.rows]
      .sort((a, b) => a.month.localeCompare(b.month))
      .map((r) => ({ id: r.month, label: formatMonth(r.month), note: null, figures: reportFigures(r) }));
  }, [params.by, byUnit.data, byField.data, byMonth.data, units, fields, unitLabel, validity, first, last]);

  // Month rows are in calendar order here, as the totals of months need (first and last stocks).
  const totals = useMemo(() => (natural ? reportTotals(natural.map((l) => l.figures), params.by) : null), [natural, params.by]);

  if (active.isError) return { status: 'error', error: active.error, retry: () => void active.refetch() };
  if (!natural || !totals) return { status: 'loading' };
  const lines = params.sort ? sortReportRows(natural, params.sort.key, params.sort.order) : natural;
  return { status: 'ready', lines, totals };
}
