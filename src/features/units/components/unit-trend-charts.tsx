import { LineChart, type LineChartProps } from '@mantine/charts';
import { Grid, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../api/units';
import { usePercentAxis } from '../../../components/chart-axis';
import { ChartCard, useChartFormatters, type ChartCardProps, type ChartTable } from '../../../components/chart-card';
import { onlineShare, onTimeRate, progressRate, received, resolved } from '../../../domain/dossier-measures';
import { formatPercent } from '../../../domain/format';
import { exactPercentDigits, type PercentAxisOptions } from '../../../domain/percent-axis';
import { monthsOf, type Period } from '../../../domain/period';
import type { Rate } from '../../../domain/rate';
import { formatMonthShort, useLocale } from '../../../i18n';
import { useDossiersByMonth } from '../../../lib/queries/dossiers';
import { useTargets } from '../../../lib/queries/targets';
import { measureColors, targetColor } from '../../../semantic-colors';

const HEIGHT = 240;

interface MonthPoint {
  month: string;
  onTime: Rate;
  progress: Rate;
  online: Rate;
  received: number | null;
  resolved: number | null;
  overdue: number | null;
}

/** Whether the unit existed in (part of) a month; outside its life a month has no data, not zeros. */
const existedIn = (unit: Unit, month: string) =>
  unit.validFrom.slice(0, 7) <= month && (unit.validTo === null || unit.validTo.slice(0, 7) >= month);

interface UnitTrendChartsProps {
  unit: Unit;
  period: Period;
  /** "Xã Tân Minh": for the titles. */
  name: string;
  periodText: string;
  fileBase: string;
}

/** The unit's measures month by month: rates of resolution, the online share, and the dossier counts. */
export function UnitTrendCharts({ unit, period, name, periodText, fileBase }: UnitTrendChartsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const byMonth = useDossiersByMonth({ ...period, unit: unit.id, level: 'all' });
  // A target line only when the period lies in one year (each year has its own target).
  const singleYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const year = Number(period.to.slice(0, 4));
  const targets = useTargets(year, { enabled: singleYear });
  const target = singleYear ? targets.data?.values : undefined;

  const rows = new Map((byMonth.data?.rows ?? []).map((r) => [r.month, r]));
  const data: MonthPoint[] = monthsOf(period).map((month) => {
    const r = rows.get(month);
    if (!r || !existedIn(unit, month)) {
      return { month, onTime: null, progress: null, online: null, received: null, resolved: null, overdue: null };
    }
    return {
      month,
      onTime: onTimeRate(r),
      progress: progressRate(r),
      online: onlineShare(r),
      received: received(r),
      resolved: resolved(r),
      overdue: r.pendingOverdue,
    };
  });
  const anyData = data.some((d) => d.received !== null);
  const status = byMonth.isPending ? 'loading' : byMonth.isError ? 'error' : anyData ? 'ready' : 'empty';
  const common = { status, error: byMonth.error, onRetry: () => void byMonth.refetch(), height: HEIGHT } as const;

  const monthColumn = { key: 'month', header: t('units.trends.month'), format: 'text' as const };
  const tableOf = (cols: { key: keyof MonthPoint; header: string; format: 'number' | 'percent' }[]): ChartTable => ({
    columns: [monthColumn, ...cols],
    rows: data.map((d) => ({ month: formatMonthShort(d.month, locale), ...Object.fromEntries(cols.map((c) => [c.key, d[c.key]])) })),
  });

  const countSeries = [
    { name: 'received', label: t('units.trends.received'), color: measureColors.primary },
    { name: 'resolved', label: t('units.trends.resolved'), color: measureColors.secondary },
    { name: 'overdue', label: t('units.trends.overdue'), color: measureColors.overdue },
  ];

  const headingId = useId();
  const chartProps = {
    h: HEIGHT,
    data,
    dataKey: 'month',
    withLegend: true,
    // Recharts sorts the legend by name; keep the series' order.
    legendProps: { verticalAlign: 'bottom' as const, height: 40, itemSorter: null },
    xAxisProps: { tickFormatter: f.month },
    connectNulls: false,
    lineProps: { isAnimationActive: false },
    curveType: 'linear' as const,
    withDots: data.length <= 12,
  };

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} size="h4" mb="sm">
        {t('units.trends.section')}
      </Title>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6, xl: 4 }}>
          <RateTrendCard
            {...common}
            title={t('units.trends.ratesTitle', { name, period: periodText })}
            fileName={`${fileBase}-dung-han-theo-thang`}
            table={tableOf([
              { key: 'onTime', header: t('units.trends.onTime'), format: 'percent' },
              { key: 'progress', header: t('units.trends.progress'), format: 'percent' },
            ])}
            chartProps={chartProps}
            series={[
              { name: 'onTime', label: t('units.trends.onTime'), color: measureColors.primary },
              { name: 'progress', label: t('units.trends.progress'), color: measureColors.secondary },
            ]}
            target={target?.onTimeRate ?? null}
            year={year}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6, xl: 4 }}>
          <RateTrendCard
            {...common}
            title={t('units.trends.onlineTitle', { name, period: periodText })}
            fileName={`${fileBase}-truc-tuyen-theo-thang`}
            table={tableOf([{ key: 'online', header: t('units.trends.online'), format: 'percent' }])}
            chartProps={chartProps}
            series={[{ name: 'online', label: t('units.trends.online'), color: measureColors.primary }]}
            target={target?.onlineShare ?? null}
            year={year}
            // The online share is far from 100 %: from 0 to just above the data and the target.
            axis={{ from: 'zero', to: 'fit' }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <ChartCard
            {...common}
            title={t('units.trends.countsTitle', { name, period: periodText })}
            fileName={`${fileBase}-ho-so-theo-thang`}
            table={tableOf([
              { key: 'received', header: t('units.trends.received'), format: 'number' },
              { key: 'resolved', header: t('units.trends.resolved'), format: 'number' },
              { key: 'overdue', header: t('units.trends.overdue'), format: 'number' },
            ])}
          >
            <LineChart {...chartProps} series={countSeries} valueFormatter={f.number} yAxisProps={{ tickFormatter: f.number, width: 56 }} />
          </ChartCard>
        </Grid.Col>
      </Grid>
    </section>
  );
}

interface RateTrendCardProps extends Omit<ChartCardProps, 'children' | 'description'> {
  chartProps: { data: MonthPoint[] } & Omit<LineChartProps, 'series' | 'data'>;
  series: { name: keyof MonthPoint; label: string; color: string }[];
  /** The year's target of the measure (0–1), or null: none, or the period spans years. */
  target: number | null;
  year: number;
  axis?: PercentAxisOptions;
}

/** One measure's rates month by month on an exact percent axis, the year's target a dashed series in the legend. */
function RateTrendCard({ chartProps, series, target, year, axis: axisOptions, ...card }: RateTrendCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const data = chartProps.data.map((d) => ({ ...d, target }));
  const axis = usePercentAxis([...chartProps.data.flatMap((d) => series.map((s) => d[s.name] as number | null)), target], axisOptions);
  const targetText = target === null ? '' : formatPercent(target, locale, exactPercentDigits(target));
  return (
    <ChartCard {...card} description={target === null ? undefined : t('units.trends.targetLine', { target: targetText, year })}>
      <LineChart
        {...chartProps}
        data={data}
        // The target is a dashed series with its own legend entry, not a label drawn over the lines.
        series={[
          ...series,
          ...(target === null ? [] : [{ name: 'target', label: t('units.trends.target'), color: targetColor, strokeDasharray: '6 4' }]),
        ]}
        lineProps={(s) => (s.name === 'target' ? { dot: false, activeDot: false, isAnimationActive: false } : { isAnimationActive: false })}
        valueFormatter={f.percent}
        yAxisProps={{ ...axis.props, width: 56 }}
      />
    </ChartCard>
  );
}
