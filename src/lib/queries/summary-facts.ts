import { useQueries } from '@tanstack/react-query';
import type { Meta } from '../../api/meta';
import type { Unit } from '../../api/units';
import { remediationSnapshot } from '../../domain/action-status';
import { digitalIndicatorLines } from '../../domain/digital-indicators';
import { periodTarget } from '../../domain/monthly-series';
import { overviewSummaryFacts, type CommuneFigures, type SummaryScope } from '../../domain/overview-summary';
import { parIndexChanges, parIndexFor } from '../../domain/par-index';
import { isWithin, samePeriodLastYear, type Period } from '../../domain/period';
import { ALL_UNITS, type DashboardFilters } from '../filters/resolve-filters';
import { useActions } from './actions';
import { useDigitalSummary } from './digital';
import { useDossierSummary, useDossiersByUnit } from './dossiers';
import { useParIndex } from './par-index';
import { targetQueries, useTargets } from './targets';

/** The filters and the dataset's facts the period's summary needs (as the overview has them). */
export interface SummaryFactsContext {
  filters: DashboardFilters;
  meta: Meta;
  units: Unit[];
}

/** The same period last year when the data covers all of it (as the overview's cards compare). */
function lastYearWhole(period: Period, meta: Meta): Period | null {
  const p = samePeriodLastYear(period);
  return isWithin(p, meta.coverage) ? p : null;
}

/**
 * The structured facts of the period's summary (the overview's paragraph, the report's summary, the slides' notes),
 * from the overview's own queries (same keys, so one answer and one set of numbers): this period's and last year's
 * counts, the communes, the on-time target, the actions, the PAR index and the digital indicators against the year's
 * targets. It waits for every part; a part that fails is left out of the facts and `incomplete` says so.
 */
export function useSummaryFacts(ctx: SummaryFactsContext) {
  const { period, unit } = ctx.filters;
  const year = Number(period.to.slice(0, 4));
  const before = lastYearWhole(period, ctx.meta);
  const lastYearPeriod = before ?? samePeriodLastYear(period);

  const summary = useDossierSummary({ ...period, unit, level: 'all' });
  const summaryLastYear = useDossierSummary({ ...lastYearPeriod, unit, level: 'all' }, { enabled: before !== null });
  const communes = useDossiersByUnit({ ...period, unit: ALL_UNITS, level: 'commune' });
  const communesLastYear = useDossiersByUnit({ ...lastYearPeriod, unit: ALL_UNITS, level: 'commune' }, { enabled: before !== null });
  const targetResults = useQueries({ queries: [targetQueries.year(year)] });
  const actions = useActions(unit === ALL_UNITS ? {} : { unit });
  const par = useParIndex();
  const digital = useDigitalSummary({ ...period, unit, level: 'all' });
  const yearTargets = useTargets(year);

  const parts = [
    { query: summaryLastYear, enabled: before !== null },
    { query: communes, enabled: true },
    { query: communesLastYear, enabled: before !== null },
    ...targetResults.map((query) => ({ query, enabled: true })),
    { query: actions, enabled: true },
    { query: par, enabled: true },
    { query: digital, enabled: true },
    { query: yearTargets, enabled: true },
  ].filter((p) => p.enabled);

  if (summary.isError) return { status: 'error' as const, error: summary.error, retry: () => void summary.refetch() };
  if (summary.isPending || parts.some((p) => p.query.isPending)) return { status: 'loading' as const };

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
    current: summary.data.totals,
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
    totals: summary.data.totals,
    communeFigures,
    snapshot,
    /** The actions of the unit filter, as the snapshot counted them. */
    actions: actions.data ?? [],
    digitalLines,
    incomplete: parts.some((p) => p.query.isError),
  };
}
