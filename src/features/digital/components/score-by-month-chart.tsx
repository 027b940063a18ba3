import { LineChart } from '@mantine/charts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { formatNumber } from '../../../domain/format';
import { scoreIndicators } from '../../../domain/scorecard-766';
import { formatPeriod, useLocale } from '../../../i18n';
import { useMonthlySums, type DigitalContext } from '../hooks/use-digital-queries';
import { fileName } from './file-name';
import { measureColors } from '../../../semantic-colors';

const HEIGHT = 280;

/** The unit filter's total score month by month, each month scored on its own numerators and denominators. */
export function ScoreByMonthChart({ ctx, unitLabel }: { ctx: DigitalContext; unitLabel: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const monthly = useMonthlySums(ctx);
  const data = useMemo(
    () => (monthly.data?.rows ?? []).map((m) => ({ month: m.month, total: roundTotal(scoreIndicators(m.indicators).total) })),
    [monthly.data],
  );
  const table: ChartTable = {
    columns: [
      { key: 'month', header: t('digital.byMonth.month') },
      { key: 'total', header: t('digital.byMonth.total'), format: 'number' },
    ],
    rows: data.map((d) => ({ month: f.month(d.month), total: d.total })),
  };
  const status = monthly.isPending ? 'loading' : monthly.isError ? 'error' : data.every((d) => d.total === null) ? 'empty' : 'ready';
  return (
    <ChartCard
      title={t('digital.byMonth.title', { unit: unitLabel, period: formatPeriod(ctx.filters.period, locale) })}
      description={t('digital.byMonth.description')}
      table={table}
      fileName={fileName('tong-diem-theo-thang', ctx)}
      status={status}
      error={monthly.error}
      onRetry={() => void monthly.refetch()}
      height={HEIGHT}
    >
      <LineChart
        h={HEIGHT}
        data={data}
        dataKey="month"
        series={[{ name: 'total', label: t('digital.byMonth.total'), color: measureColors.primary }]}
        valueFormatter={(v) => formatNumber(v, locale, 1)}
        xAxisProps={{ tickFormatter: f.month }}
        yAxisProps={{ domain: [0, 100], tickFormatter: f.number }}
        tooltipProps={{ labelFormatter: (m: unknown) => f.month(m as string) }}
        curveType="linear"
      />
    </ChartCard>
  );
}

const roundTotal = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
