import { BarChart } from '@mantine/charts';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import type { DossierCounts } from '../../../api/dossiers';
import type { Unit } from '../../../api/units';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { lastDayOfMonth } from '../../../domain/period';
import { onTimeRate, resolved, resolvedEarlyOrOnTime } from '../../../domain/dossier-measures';
import { formatPercent, formatPeriod, type Locale } from '../../../domain/format';
import { periodTarget } from '../../../domain/monthly-series';
import { belowTarget, rankBy } from '../../../domain/ranking';
import { unitName } from '../../../domain/unit-name';
import { useLocale } from '../../../i18n';
import { unitPath } from '../../../lib/paths';
import { sectionState, useCommuneDossiers, useOnTimeTargets, type OverviewContext } from '../hooks/use-overview-queries';
import { chartFileName, rankingColors, rateAxis } from './chart-style';
import classes from './commune-ranking-chart.module.css';

const ROW_HEIGHT = 22;

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
        color: selected ? rankingColors.selected : below ? rankingColors.below : rankingColors.meets,
        to: `${unitPath(unit.id)}?${new URLSearchParams({ from, to })}`,
      };
    });
}

/** The text at the end of a bar: its rate, and "▼ chưa đạt" for a laggard (the marker is not colour alone). */
const barText = (row: RankingRow, locale: Locale, belowWord: string) =>
  `${formatPercent(row.rate, locale)}${row.below ? ` ▼ ${belowWord}` : ''}`;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
}

/** A y-axis name that is a link to the unit's page: clickable and reachable with Tab and Enter. */
function UnitTick({ x = 0, y = 0, payload, rowsByLabel, of }: TickProps & { rowsByLabel: Map<string, RankingRow>; of: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const row = payload ? rowsByLabel.get(String(payload.value)) : undefined;
  const href = useHref(row?.to ?? '.');
  if (!row) return null;
  const open = (e: MouseEvent) => {
    e.preventDefault();
    void navigate(row.to);
  };
  const label = t('overview.ranking.linkLabel', {
    unit: row.fullName,
    rate: formatPercent(row.rate, locale),
    rank: row.rank,
    of,
    status: row.below ? t('overview.ranking.linkMisses') : '',
  });
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <a href={href} onClick={open} className={classes.tickLink} aria-label={label} data-selected={row.selected || undefined}>
        <text x={-8} y={0} dy={4} textAnchor="end" fontSize={12} fill="currentColor" fontWeight={row.selected ? 700 : 400}>
          {row.selected ? `▶ ${row.label}` : row.label}
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
  const { current } = useCommuneDossiers(ctx);
  const targetYear = Number(period.to.slice(0, 4));
  const targets = useOnTimeTargets([targetYear]);
  const target = periodTarget(period, targets.targetOf);

  const rows = current.data ? rankingRows(current.data.rows, ctx.units, target?.value ?? null, ctx) : [];
  const state = sectionState([{ query: current, enabled: true }, ...targets.tracked], () => rows.length === 0);
  const rowsByLabel = new Map(rows.map((r) => [r.label, r]));
  const axis = rateAxis([...rows.map((r) => r.rate), target?.value ?? null]);
  // While loading, the height of the communes that existed in the period, so the card does not jump.
  const expected = state.status === 'ready' ? rows.length : communesIn(ctx).length;
  const height = Math.max(160, expected * ROW_HEIGHT + 50);
  const selected = rows.find((r) => r.selected);
  const belowWord = t('overview.ranking.belowTarget');

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

  const axisFrom = formatPercent(axis.domain[0], locale, 0);
  return (
    <ChartCard
      title={t('overview.ranking.title', { period: formatPeriod(period, locale) })}
      description={
        <>
          {target
            ? t('overview.ranking.description', { year: target.year, target: formatPercent(target.value, locale), axisFrom })
            : t('overview.ranking.descriptionNoTarget', { axisFrom })}
          {selected && <> {t('overview.ranking.selected', { unit: selected.fullName })}</>}
        </>
      }
      table={table}
      fileName={chartFileName('xep-hang-xa-ty-le-dung-han', ctx)}
      status={state.status}
      error={state.error}
      onRetry={state.retry}
      emptyMessage={t('overview.ranking.empty')}
      height={height}
    >
      <BarChart
        h={height}
        data={rows}
        dataKey="label"
        orientation="vertical"
        series={[{ name: 'rate', label: t('overview.ranking.rate'), color: rankingColors.meets }]}
        valueFormatter={f.percent}
        xAxisProps={{ domain: axis.domain, ticks: axis.ticks, tickFormatter: f.percentAxis, allowDataOverflow: true }}
        yAxisProps={{
          width: 130,
          interval: 0,
          tick: (props: TickProps) => <UnitTick {...props} rowsByLabel={rowsByLabel} of={rows.length} />,
        }}
        barChartProps={{ margin: { right: 110, left: 0, top: 16 } }}
        gridAxis="y"
        withBarValueLabel
        valueLabelProps={{
          valueAccessor: (entry: { payload?: RankingRow }) => (entry.payload ? barText(entry.payload, locale, belowWord) : ''),
          formatter: (v: unknown) => String(v ?? ''),
          fill: 'var(--mantine-color-text)',
        }}
        barProps={{
          cursor: 'pointer',
          onClick: (data: { payload?: RankingRow }) => {
            if (data.payload) void navigate(data.payload.to);
          },
        }}
        referenceLines={
          target
            ? [
                {
                  x: target.value,
                  color: 'red.8',
                  strokeDasharray: '6 4',
                  strokeWidth: 2,
                  label: t('overview.ranking.targetLine', { target: formatPercent(target.value, locale) }),
                  labelPosition: 'top',
                },
              ]
            : []
        }
      />
    </ChartCard>
  );
}
