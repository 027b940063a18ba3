import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { usePercentAxis } from '../../../components/chart-axis';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { monthlyOnTime, yearsOf } from '../../../domain/monthly-series';
import { formatPeriod, useLocale } from '../../../i18n';
import { sectionState, useMonthlyDossiers, useOnTimeTargets, type OverviewContext } from '../hooks/use-overview-queries';
import { measureColors, targetColor } from '../../../semantic-colors';
import { cardState, chartFileName } from './chart-style';

const HEIGHT = 300;

/** The on-time rate month by month against the target of each month's own year. */
export function OnTimeByMonthChart({ ctx }: { ctx: OverviewContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const { period } = ctx.filters;
  const { current } = useMonthlyDossiers(ctx);
  const targets = useOnTimeTargets(yearsOf(period));

  const series = current.data ? monthlyOnTime(period, current.data.rows, targets.targetOf) : [];
  const state = sectionState([{ query: current, enabled: true }, ...targets.tracked], () =>
    series.every((m) => m.rate === null),
  );
  const axis = usePercentAxis(series.flatMap((m) => [m.rate, m.target]));

  const table: ChartTable = {
    columns: [
      { key: 'month', header: t('overview.onTime.month') },
      { key: 'onTime', header: t('overview.onTime.onTime'), format: 'number' },
      { key: 'resolved', header: t('overview.onTime.resolved'), format: 'number' },
      { key: 'rate', header: t('overview.onTime.rate'), format: 'percent' },
      { key: 'target', header: t('overview.onTime.target'), format: 'percent' },
    ],
    rows: series.map((m) => ({ ...m, month: f.month(m.month) })),
  };

  return (
    <ChartCard
      {...cardState(state)}
      title={t('overview.onTime.title', { period: formatPeriod(period, locale) })}
      description={t('overview.onTime.description')}
      table={table}
      fileName={chartFileName('ty-le-dung-han-theo-thang', ctx)}
      emptyMessage={t('overview.onTime.empty')}
      height={HEIGHT}
    >
      <LineChart
        h={HEIGHT}
        data={series}
        dataKey="month"
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 40 }}
        valueFormatter={f.percent}
        xAxisProps={{ tickFormatter: f.month }}
        yAxisProps={{ ...axis.props, width: 56 }}
        tooltipProps={{ labelFormatter: (m: unknown) => f.month(m as string) }}
        connectNulls={false}
        curveType="linear"
        lineProps={(s) => (s.name === 'target' ? { dot: false, activeDot: false } : {})}
        series={[
          { name: 'rate', label: t('overview.onTime.rate'), color: measureColors.primary },
          { name: 'target', label: t('overview.onTime.target'), color: targetColor, strokeDasharray: '6 4', curveType: 'stepAfter' },
        ]}
      />
    </ChartCard>
  );
}
