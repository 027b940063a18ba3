import { BarChart } from '@mantine/charts';
import { Anchor } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useHref, useNavigate } from 'react-router';
import type { DossierCounts } from '../../../api/dossiers';
import type { Unit } from '../../../api/units';
import { usePercentAxis } from '../../../components/chart-axis';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { lastDayOfMonth } from '../../../domain/period';
import { onTimeRate, resolved, resolvedEarlyOrOnTime } from '../../../domain/dossier-measures';
import { formatNumber, formatPercent, type Locale } from '../../../domain/format';
import { periodTarget } from '../../../domain/monthly-series';
import { belowTarget, rankBy, rankingWindow, rankingWindowRows } from '../../../domain/ranking';
import { formatPeriod, scopeContext, unitName, useLocale } from '../../../i18n';
import { unitListPath, unitPath } from '../../../lib/paths';
import { sectionState, useCommuneDossiers, useOnTimeTargets, type OverviewContext } from '../hooks/use-overview-queries';
import { measureColors, targetColor, verdictColors } from '../../../semantic-colors';
import { cardState, chartFileName } from './chart-style';
import classes from './commune-ranking-chart.module.css';

const ROW_HEIGHT = 22;
/** More communes than fit a readable chart (the national dataset): the 10 best, the 20 lowest and the chosen one. */
const WINDOW = { lowest: 20, highest: 10, showAllUpTo: 40 };

export interface RankingRow {
  id: string;
  /** The axis label: the name, "TT. " for the town. */
  label: string;
  /** "Xã Tân Minh". */
  fullName: string;
  rate: number;
  onTime: number;
  resolved: number;
  rank: number;
  below: boolean;
  selected: boolean;
  color: string;
  /** The unit's page with the same period. */
  to: string;
}

/** Commune-level units that existed at some time in the period. */
function communesIn(ctx: OverviewContext): Unit[] {
  const start = `${ctx.filters.period.from}-01`;
  const end = lastDayOfMonth(ctx.filters.period.to);
  return ctx.units.filter((u) => u.level === 'commune' && u.validFrom <= end && (u.validTo === null || u.validTo >= start));
}

const shortName = (u: Unit) => (u.kind === 'town' ? `TT. ${u.name}` : u.name);

/** Every commune-level unit with dossiers resolved in the period, best first; the ranking ignores the unit filter. */
export function rankingRows(
  rows: readonly (DossierCounts & { unitId: string })[],
  units: readonly Unit[],
  target: number | null,
  ctx: OverviewContext,
): RankingRow[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const { from, to } = ctx.filters.period;
  const ranked = rankBy(
    rows.filter((r) => byId.has(r.unitId)),
    (r) => onTimeRate(r),
  );
  return ranked
    .filter((r) => r.value !== null && r.rank !== null)
    .map(({ item, value, rank }) => {
      const unit = byId.get(item.unitId) as Unit;
      const below = belowTarget(value, target);
      const selected = item.unitId === ctx.filters.unit;
      return {
        id: unit.id,
        label: shortName(unit),
        fullName: unitName(unit),
        rate: value as number,
        onTime: resolvedEarlyOrOnTime(item),
        resolved: resolved(item),
        rank: rank as number,
        below,
        selected,
        color: selected ? verdictColors.selected : below ? verdictColors.below : verdictColors.meets,
        to: `${unitPath(unit.id)}?${new URLSearchParams({ from, to })}`,
      };
    });
}

/** One row of the chart: a commune, or a break standing for the communes left out between two shown ones. */
type ChartRow =
  | { key: string; rate: number; color: string; row: RankingRow; hidden?: undefined }
  | { key: string; rate: null; row?: undefined; hidden: number };

/** The text at the end of a bar: its rate, and "▼ chưa đạt" for a laggard (the marker is not colour alone). */
const barText = (entry: ChartRow, locale: Locale, belowWord: string) =>
  entry.row ? `${formatPercent(entry.row.rate, locale)}${entry.row.below ? ` ▼ ${belowWord}` : ''}` : '';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
}

/**
 * A y-axis name that is a link to the unit's page: clickable and reachable with Tab and Enter. In a cut
 * ranking it starts with the rank; a break says how many communes it leaves out.
 */
function UnitTick({
  x = 0,
  y = 0,
  payload,
  rowsByKey,
  of,
  cut,
}: TickProps & { rowsByKey: Map<string, ChartRow>; of: number; cut: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const entry = payload ? rowsByKey.get(String(payload.value)) : undefined;
  const row = entry?.row;
  const href = useHref(row?.to ?? '.');
  if (entry?.hidden !== undefined) {
    return (
      <text x={Number(x) - 8} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fontStyle="italic" className={classes.gapText}>
        {t('overview.ranking.gap', { hidden: formatNumber(entry.hidden, locale) })}
      </text>
    );
  }
  if (!row) return null;
  const open = (e: MouseEvent) => {
    e.preventDefault();
    void navigate(row.to);
  };
  const label = t('overview.ranking.linkLabel', {
    unit: row.fullName,
    rate: formatPercent(row.rate, locale),
    rank: formatNumber(row.rank, locale),
    of: formatNumber(of, locale),
    status: row.below ? t('overview.ranking.linkMisses') : '',
  });
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <a href={href} onClick={open} className={classes.tickLink} aria-label={label} data-selected={row.selected || undefined}>
        <text x={-8} y={0} dy={4} textAnchor="end" fontSize={12} fill="currentColor" fontWeight={row.selected ? 700 : 400}>
          {row.selected && '▶ '}
          {cut && <tspan className={classes.rank}>{formatNumber(row.rank, locale)} · </tspan>}
          {row.label}
        </text>
      </a>
    </g>
  );
}

/** Communes ranked on the on-time rate, the target as a line, laggards red and marked; a click opens the unit. */
export function CommuneRankingChart({ ctx }: { ctx: OverviewContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const navigate = useNavigate();
  const { period } = ctx.filters;
  const context = scopeContext(ctx.meta.dataset);
  const { current } = useCommuneDossiers(ctx);
  const targetYear = Number(period.to.slice(0, 4));
  const targets = useOnTimeTargets([targetYear]);
  const target = periodTarget(period, targets.targetOf);

  const rows = current.data ? rankingRows(current.data.rows, ctx.units, target?.value ?? null, ctx) : [];
  const state = sectionState([{ query: current, enabled: true }, ...targets.tracked], () => rows.length === 0);
  // The chart draws every commune up to WINDOW.showAllUpTo, else the best and the lowest (and the chosen one).
  const view = rankingWindow(rows, { ...WINDOW, keep: (r) => r.selected });
  const chartRows: ChartRow[] = view.entries.map((e) =>
    e.kind === 'item' ? { key: e.item.id, rate: e.item.rate, color: e.item.color, row: e.item } : { key: `gap-${e.from}`, rate: null, hidden: e.hidden },
  );
  const rowsByKey = new Map(chartRows.map((r) => [r.key, r]));
  const axis = usePercentAxis([...rows.map((r) => r.rate), target?.value ?? null]);
  // While loading, the height of the rows to come (from the communes that existed in the period), so the card does not jump.
  const expected = state.status === 'ready' ? chartRows.length : rankingWindowRows(communesIn(ctx).length, WINDOW);
  const height = Math.max(160, expected * ROW_HEIGHT + 50);
  const selected = rows.find((r) => r.selected);
  const belowWord = t('overview.ranking.belowTarget');
  const laggards = rows.filter((r) => r.below).length;

  const table: ChartTable = {
    columns: [
      { key: 'rank', header: t('overview.ranking.rank'), format: 'number' },
      { key: 'unit', header: t('overview.ranking.unit') },
      { key: 'onTime', header: t('overview.ranking.onTime'), format: 'number' },
      { key: 'resolved', header: t('overview.ranking.resolved'), format: 'number' },
      { key: 'rate', header: t('overview.ranking.rate'), format: 'percent' },
      { key: 'status', header: t('overview.ranking.status') },
    ],
    rows: rows.map((r) => ({
      rank: r.rank,
      unit: r.fullName,
      onTime: r.onTime,
      resolved: r.resolved,
      rate: r.rate,
      status: target ? t(r.below ? 'overview.ranking.misses' : 'overview.ranking.meets') : null,
    })),
  };

  const axisFrom = formatPercent(axis.axis.domain[0], locale, axis.axis.decimals);
  return (
    <ChartCard
      {...cardState(state)}
      title={t('overview.ranking.title', { context, period: formatPeriod(period, locale) })}
      description={
        <>
          {target
            ? t('overview.ranking.description', { year: target.year, target: formatPercent(target.value, locale), axisFrom })
            : t('overview.ranking.descriptionNoTarget', { axisFrom })}
          {selected && <> {t('overview.ranking.selected', { unit: selected.fullName })}</>}
          {view.cut && (
            <>
              {' '}
              {t('overview.ranking.cutNote', {
                context,
                lowest: formatNumber(WINDOW.lowest, locale),
                highest: formatNumber(WINDOW.highest, locale),
                total: formatNumber(rows.length, locale),
              })}{' '}
              <Anchor component={Link} to={unitListPath(period, { key: 'onTime', dir: 'asc' })} inherit>
                {t('overview.ranking.cutLink')}
              </Anchor>
              .
              {target && (
                <>
                  {' '}
                  {t('overview.ranking.laggards', {
                    laggards: formatNumber(laggards, locale),
                    total: formatNumber(rows.length, locale),
                  })}
                </>
              )}
            </>
          )}
        </>
      }
      table={table}
      fileName={chartFileName('xep-hang-xa-ty-le-dung-han', ctx)}
      emptyMessage={t('overview.ranking.empty', { context })}
      height={height}
    >
      <BarChart
        h={height}
        data={chartRows}
        dataKey="key"
        orientation="vertical"
        series={[{ name: 'rate', label: t('overview.ranking.rate'), color: verdictColors.meets }]}
        valueFormatter={f.percent}
        xAxisProps={axis.props}
        yAxisProps={{
          width: view.cut ? 160 : 130,
          interval: 0,
          tick: (props: TickProps) => <UnitTick {...props} rowsByKey={rowsByKey} of={rows.length} cut={view.cut} />,
        }}
        tooltipProps={{
          // The tooltip names the commune (the axis key is its id); a break has no value to show.
          labelFormatter: (key: unknown) => rowsByKey.get(String(key))?.row?.label ?? '',
        }}
        barChartProps={{ margin: { right: 110, left: 0, top: 16 } }}
        gridAxis="y"
        withBarValueLabel
        valueLabelProps={{
          valueAccessor: (entry: { payload?: ChartRow }) => (entry.payload ? barText(entry.payload, locale, belowWord) : ''),
          formatter: (v: unknown) => String(v ?? ''),
          fill: 'var(--mantine-color-text)',
        }}
        barProps={{
          cursor: 'pointer',
          onClick: (data: { payload?: ChartRow }) => {
            if (data.payload?.row) void navigate(data.payload.row.to);
          },
        }}
        referenceLines={[
          // A thin dashed line across each break, so the two groups read as apart.
          ...chartRows
            .filter((r) => r.hidden !== undefined)
            .map((r) => ({ y: r.key, color: measureColors.context, strokeDasharray: '2 4', strokeWidth: 1 })),
          ...(target
            ? [
                {
                  x: target.value,
                  color: targetColor,
                  strokeDasharray: '6 4',
                  strokeWidth: 2,
                  label: t('overview.ranking.targetLine', { target: formatPercent(target.value, locale) }),
                  labelPosition: 'top' as const,
                },
              ]
            : []),
        ]}
      />
    </ChartCard>
  );
}
