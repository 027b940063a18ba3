import { CompositeChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { monthlyReceipts } from '../../../domain/monthly-series';
import { formatPeriod, useLocale } from '../../../i18n';
import { sectionState, useMonthlyDossiers, type OverviewContext } from '../hooks/use-overview-queries';
import { channelColors, measureColors } from '../../../semantic-colors';
import { cardState, chartFileName } from './chart-style';

const HEIGHT = 300;

/** The legend in the order of the series (Recharts sorts it by name otherwise). */
const seriesOrder = ['online', 'direct', 'postal', 'lastYear'];
const legendOrder = (item: { dataKey?: unknown }) => seriesOrder.indexOf(String(item.dataKey));

/** New dossiers month by month, stacked by channel, with last year's total for the same month as a line. */
export function ReceiptsByMonthChart({ ctx }: { ctx: OverviewContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const { period } = ctx.filters;
  const { current, lastYear, lastYearPeriod } = useMonthlyDossiers(ctx);

  const series = current.data
    ? monthlyReceipts(period, current.data.rows, lastYearPeriod ? (lastYear.data?.rows ?? null) : null)
    : [];
  const state = sectionState(
    [
      { query: current, enabled: true },
      { query: lastYear, enabled: lastYearPeriod !== null },
    ],
    () => series.every((m) => m.received === 0 && !m.lastYear),
  );

  const table: ChartTable = {
    columns: [
      { key: 'month', header: t('overview.receipts.month') },
      { key: 'direct', header: t('overview.receipts.direct'), format: 'number' },
      { key: 'online', header: t('overview.receipts.online'), format: 'number' },
      { key: 'postal', header: t('overview.receipts.postal'), format: 'number' },
      { key: 'received', header: t('overview.receipts.total'), format: 'number' },
      { key: 'lastYear', header: t('overview.receipts.lastYear'), format: 'number' },
    ],
    rows: series.map((m) => ({ ...m, month: f.month(m.month) })),
  };

  return (
    <ChartCard
      {...cardState(state)}
      title={t('overview.receipts.title', { period: formatPeriod(period, locale) })}
      description={
        <>
          {t('overview.receipts.description')}
          {lastYearPeriod === null && <> {t('overview.receipts.noLastYear')}</>}
        </>
      }
      table={table}
      fileName={chartFileName('ho-so-tiep-nhan-theo-thang', ctx)}
      emptyMessage={t('overview.receipts.empty')}
      height={HEIGHT}
    >
      <CompositeChart
        h={HEIGHT}
        data={series}
        dataKey="month"
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 56, itemSorter: legendOrder }}
        valueFormatter={f.number}
        xAxisProps={{ tickFormatter: f.month }}
        tooltipProps={{ labelFormatter: (m: unknown) => f.month(m as string) }}
        yAxisProps={{ width: 56 }}
        withDots={false}
        connectNulls={false}
        barProps={(s) => (s.type === 'bar' ? { stackId: 'received' } : {})}
        series={[
          { name: 'online', label: t('overview.receipts.online'), color: channelColors.online, type: 'bar' },
          { name: 'direct', label: t('overview.receipts.direct'), color: channelColors.direct, type: 'bar' },
          { name: 'postal', label: t('overview.receipts.postal'), color: channelColors.postal, type: 'bar' },
          ...(lastYearPeriod
            ? [{ name: 'lastYear', label: t('overview.receipts.lastYear'), color: measureColors.context, type: 'line' as const, strokeDasharray: '6 4' }]
            : []),
        ]}
      />
    </ChartCard>
  );
}
