import { CompositeChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { ChartCard, type ChartTable } from '../../../components/chart-card';
import { formatNumber } from '../../../domain/format';
import { formatParScore, parIndexChanges } from '../../../domain/par-index';
import { formatRankChange, formatScoreChange, scopeContext, useLocale } from '../../../i18n';
import { useParIndex } from '../../../lib/queries/par-index';
import { sectionState, type OverviewContext } from '../hooks/use-overview-queries';
import { parIndexColors } from '../../../semantic-colors';
import { cardState, chartFileName } from './chart-style';

const HEIGHT = 280;

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

const num = (v: number | string | undefined) => Number(v ?? 0);

/** 1, 5, 10, … up to the number of districts ranked. */
const rankTicks = (outOf: number) => [1, ...Array.from({ length: Math.floor(outOf / 5) }, (_, i) => (i + 1) * 5).filter((v) => v < outOf), outOf];

/**
 * The district's PAR INDEX by year up to the period's year: the rank as a line on an inverted axis
 * (a better rank is drawn higher), the score as bars, each labelled with its change from the year before.
 */
export function ParIndexChart({ ctx }: { ctx: OverviewContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const par = useParIndex();
  const lastYear = Number(ctx.filters.period.to.slice(0, 4));
  const context = scopeContext(ctx.meta.dataset);

  const years = par.data ? parIndexChanges(par.data).filter((y) => y.year <= lastYear) : [];
  const state = sectionState([{ query: par, enabled: true }], () => years.length === 0);
  const outOf = Math.max(1, ...years.map((y) => y.outOf));
  const data = years.map((y) => ({
    year: String(y.year),
    rank: y.rank,
    score: y.score,
    rankLabel: t('overview.par.rankPoint', { rank: y.rank }),
    rankChangeLabel: y.rankChange === null ? '' : formatRankChange(y.rankChange, locale),
    scoreLabel: formatParScore(y.score, locale),
    scoreChangeLabel: y.scoreChange === null ? '' : formatScoreChange(y.scoreChange, locale),
  }));

  const table: ChartTable = {
    columns: [
      { key: 'year', header: t('overview.par.year') },
      { key: 'rank', header: t('overview.par.rank'), format: 'number' },
      { key: 'outOf', header: t('overview.par.outOf'), format: 'number' },
      { key: 'rankChange', header: t('overview.par.rankChange') },
      { key: 'score', header: t('overview.par.score') },
      { key: 'scoreChange', header: t('overview.par.scoreChange') },
    ],
    rows: years.map((y) => ({
      year: String(y.year),
      rank: y.rank,
      outOf: y.outOf,
      rankChange: y.rankChange === null ? null : formatRankChange(y.rankChange, locale),
      score: formatParScore(y.score, locale),
      scoreChange: y.scoreChange === null ? null : formatScoreChange(y.scoreChange, locale),
    })),
  };

  return (
    <ChartCard
      {...cardState(state)}
      title={t('overview.par.title', { context, year: lastYear })}
      description={t('overview.par.description', { context, outOf })}
      table={table}
      fileName={chartFileName('chi-so-par-index', ctx)}
      emptyMessage={t('overview.par.empty', { year: lastYear })}
      height={HEIGHT}
    >
      <CompositeChart
        h={HEIGHT}
        data={data}
        dataKey="year"
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 36 }}
        valueFormatter={(v) => (Number.isInteger(v) ? formatNumber(v, locale) : formatParScore(v, locale))}
        yAxisProps={{ reversed: true, domain: [1, outOf], ticks: rankTicks(outOf), interval: 0, allowDecimals: false, width: 48 }}
        yAxisLabel={t('overview.par.rank')}
        withRightYAxis
        rightYAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100], interval: 0, width: 48 }}
        rightYAxisLabel={t('overview.par.score')}
        composedChartProps={{ margin: { top: 24, right: 8, left: 0 } }}
        curveType="linear"
        lineProps={{
          // Two short lines above the point: "Hạng 11" and "↑2 bậc".
          label: ({ x, y, index }: LabelProps) => {
            const d = data[index ?? 0];
            return (
              <text x={num(x)} y={num(y) - (d?.rankChangeLabel ? 26 : 12)} textAnchor="middle" fontSize={12} fill="var(--mantine-color-text)">
                <tspan x={num(x)} fontWeight={700}>
                  {d?.rankLabel}
                </tspan>
                {d?.rankChangeLabel && (
                  <tspan x={num(x)} dy={14}>
                    {d.rankChangeLabel}
                  </tspan>
                )}
              </text>
            );
          },
        }}
        barProps={{
          // At the foot of the bar: the rank line runs through the upper part.
          label: ({ x, y, width, height, index }: LabelProps) => {
            const d = data[index ?? 0];
            const cx = num(x) + num(width) / 2;
            return (
              <text x={cx} y={num(y) + num(height) - 24} textAnchor="middle" fontSize={12} fill="var(--mantine-color-text)">
                <tspan x={cx}>{d?.scoreLabel}</tspan>
                {d?.scoreChangeLabel && (
                  <tspan x={cx} dy={15} fontSize={11}>
                    {d.scoreChangeLabel}
                  </tspan>
                )}
              </text>
            );
          },
        }}
        series={[
          { name: 'score', label: t('overview.par.score'), color: parIndexColors.score, type: 'bar', yAxisId: 'right' },
          { name: 'rank', label: t('overview.par.rank'), color: parIndexColors.rank, type: 'line' },
        ]}
      />
    </ChartCard>
  );
}
