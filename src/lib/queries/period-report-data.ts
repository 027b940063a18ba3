import { useQueries } from '@tanstack/react-query';
import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { remediationSnapshot, remediationState, statusOn } from '../../domain/action-status';
import { digitalIndicatorLines } from '../../domain/digital-indicators';
import { periodTarget } from '../../domain/monthly-series';
import { overviewSummaryFacts, type CommuneFigures, type SummaryScope } from '../../domain/overview-summary';
import { parIndexChanges, parIndexFor } from '../../domain/par-index';
import { isWithin, samePeriodLastYear, type Period } from '../../domain/period';
import { ALL_UNITS, type DashboardFilters } from '../filters/resolve-filters';
import { useActions } from './actions';
import { useDigitalSummary } from './digital';
import { useDossierSummary, useDossiersByMonth, useDossiersByUnit } from './dossiers';
import { useParIndex } from './par-index';
import { targetQueries, useTargets } from './targets';

/** The filters and the dataset's facts a period's report needs (as the overview has them). */
export interface PeriodReportContext {
  filters: DashboardFilters;
  meta: Meta;
  units: Unit[];
}

/** The same period last year when the data covers all of it (as the overview's cards and summary compare). */
function lastYearWhole(period: Period, meta: Meta): Period | null {
  const p = samePeriodLastYear(period);
  return isWithin(p, meta.coverage) ? p : null;
}

/**
 * Everything the printed report (Báo cáo) and the meeting deck (Trình chiếu) show, from the overview's own queries (same keys, so the same answers and the
 * same numbers): the summary facts as the overview builds them, the units' counts, the months, the actions and the
 * digital indicators against the year's targets.
 */
export function usePeriodReportData(ctx: PeriodReportContext) {
  const { period, unit } = ctx.filters;
  const year = Number(period.to.slice(0, 4));
  const before = lastYearWhole(period, ctx.meta);
  const lastYearPeriod = before ?? samePeriodLastYear(period);

  const summary = useDossierSummary({ ...period, unit, level: 'all' });
  const summaryLastYear = useDossierSummary({ ...lastYearPeriod, unit, level: 'all' }, { enabled: before !== null });
  const communes = useDossiersByUnit({ ...period, unit: ALL_UNITS, level: 'commune' });
  const communesLastYear = useDossiersByUnit({ ...lastYearPeriod, unit: ALL_UNITS, level: 'commune' }, { enabled: before !== null });
  const byUnit = useDossiersByUnit({ ...period, unit: ALL_UNITS, level: 'all' });
  const byMonth = useDossiersByMonth({ ...period, unit, level: 'all' });
  const targetResults = useQueries({ queries: [targetQueries.year(year)] });
  const actions = useActions(unit === ALL_UNITS ? {} : { unit });
  const par = useParIndex();
  const digital = useDigitalSummary({ ...period, unit, level: 'all' });
  const yearTargets = useTargets(year);

  const parts = [
    { query: summary, enabled: true },
    { query: summaryLastYear, enabled: before !== null },
    { query: communes, enabled: true },
    { query: communesLastYear, enabled: before !== null },
    { query: byUnit, enabled: true },
    { query: byMonth, enabled: true },
    ...targetResults.map((query) => ({ query, enabled: true })),
    { query: actions, enabled: true },
    { query: par, enabled: true },
    { query: digital, enabled: true },
    { query: yearTargets, enabled: true },
  ].filter((p) => p.enabled);

  if (summary.isError) return { status: 'error' as const, error: summary.error, retry: () => void summary.refetch() };
  if (parts.some((p) => p.query.isPending)) return { status: 'loading' as const };

  const unitsById = new Map(ctx.units.map((u) => [u.id, u]));
  const scope: SummaryScope =
    unit === ALL_UNITS
      ? { kind: 'all' }
      : unit === ctx.meta.rootUnitId || !unitsById.has(unit)
        ? { kind: 'root' }
        : { kind: 'unit', id: unit, unit: unitsById.get(unit)! };

  const lastYearByUnit = new Map((before ? (communesLastYear.data?.rows ?? []) : []).map((r) => [r.unitId, r]));
  const communeFigures: CommuneFigures[] | null = communes.data
    ? communes.data.rows.flatMap((r) => {
        const u = unitsById.get(r.unitId);
        return u ? [{ id: u.id, unit: u, counts: r, lastYear: lastYearByUnit.get(r.unitId) ?? null }] : [];
      })
    : null;
  const snapshot = actions.data ? remediationSnapshot(actions.data, period, ctx.meta.asOf, ctx.meta.coverage.to) : null;
  const remediation = snapshot && {
    day: snapshot.day,
    counts: snapshot.counts,
    total: snapshot.total,
    overdueByUnit: [...snapshot.overdueByUnit].flatMap(([id, count]) => {
      const u = unitsById.get(id);
      return u ? [{ unit: u, count }] : [];
    }),
  };
  const onTimeTarget = targetResults[0]?.data?.values.onTimeRate ?? null;
  const targetOf = (y: number) => (y === year ? onTimeTarget : null);
  const digitalLines = digital.data && yearTargets.data ? digitalIndicatorLines(digital.data.totals, yearTargets.data.values) : null;

  const facts = overviewSummaryFacts({
    period,
    scope,
    current: summary.data?.totals ?? null,
    lastYear: before ? (summaryLastYear.data?.totals ?? null) : null,
    target: targetResults.every((q) => q.isSuccess) ? periodTarget(period, targetOf) : null,
    communes: communeFigures,
    remediation,
    par: par.data ? parIndexFor(parIndexChanges(par.data), year) : null,
    digital: digitalLines ? { year, lines: digitalLines } : null,
  });

  return {
    status: 'ready' as const,
    facts,
    totals: summary.data!.totals,
    unitRows: byUnit.data?.rows ?? [],
    monthRows: byMonth.data?.rows ?? [],
    communeFigures,
    snapshot,
    // Overdue on the day the counts are taken at, as the snapshot counts them.
    overdueActions: snapshot
      ? (actions.data ?? [])
          .filter((a) => {
            const status = statusOn(a, snapshot.day, ctx.meta.asOf);
            return status !== null && remediationState({ dueDate: a.dueDate, status }, snapshot.day) === 'overdue';
          })
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      : [],
    digitalLines,
    incomplete: parts.some((p) => p.query.isError),
  };
}

export type PeriodReportData = Extract<ReturnType<typeof usePeriodReportData>, { status: 'ready' }>;
