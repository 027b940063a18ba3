import { LineChart } from '@mantine/charts';
import { SimpleGrid, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { NoData } from '../../../components/no-data';
import { useUnitLabel } from '../../../components/unit-picker';
import { feedbackOnTimeRate, feedbackSatisfactionRate } from '../../../domain/feedback-measures';
import { formatNumber, formatPercent } from '../../../domain/format';
import { rate } from '../../../domain/rate';
import { formatPeriod, useLocale } from '../../../i18n';
import { useFeedbackSummary } from '../../../lib/queries/feedback';
import { useMonthlySums, type DigitalContext } from '../hooks/use-digital-queries';
import { FeedbackByTopic } from './feedback-by-topic';
import { fileName } from './file-name';
import { measureColors } from '../../../semantic-colors';
import { usePercentAxis } from '../../../components/chart-axis';

const HEIGHT = 260;
/** Units listed on screen, lowest on-time rate first; the table view and the CSV hold every unit. */
const SHOWN = 10;

/** Phản ánh, kiến nghị: totals, by unit, by month and by topic, every rate Σ÷Σ, with the formulas stated. */
export function FeedbackSection({ ctx, unitLabel }: { ctx: DigitalContext; unitLabel: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = useUnitLabel(ctx.meta, ctx.units);
  const period = formatPeriod(ctx.filters.period, locale);
  const summary = useFeedbackSummary({ ...ctx.filters.period, unit: ctx.filters.unit, level: 'all' });
  const totals = summary.data?.totals;
  const rows = useMemo(
    () =>
      (summary.data?.rows ?? [])
        .map((r) => ({ unitId: r.unitId, received: r.received, onTime: feedbackOnTimeRate(r), late: r.handledLate, pending: r.pending, satisfaction: feedbackSatisfactionRate(r) }))
        .sort((a, b) => (a.onTime ?? 2) - (b.onTime ?? 2) || a.unitId.localeCompare(b.unitId)),
    [summary.data],
  );
  const table: ChartTable = {
    columns: [
      { key: 'unit', header: t('digital.feedback.unit') },
      { key: 'received', header: t('digital.feedback.received'), format: 'number' },
      { key: 'onTime', header: t('digital.feedback.onTime'), format: 'percent' },
      { key: 'late', header: t('digital.feedback.late'), format: 'number' },
      { key: 'pending', header: t('digital.feedback.pending'), format: 'number' },
      { key: 'satisfaction', header: t('digital.feedback.satisfaction'), format: 'percent' },
    ],
    rows: rows.map((r) => ({ ...r, unit: label(r.unitId) })),
  };
  const status = summary.isPending ? 'loading' : summary.isError ? 'error' : !totals || totals.received + totals.dueInPeriod === 0 ? 'empty' : 'ready';
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartCard
        title={t('digital.feedback.title', { unit: unitLabel, period })}
        description={t('digital.feedback.formula')}
        table={table}
        fileName={fileName('pakn-theo-don-vi', ctx)}
        status={status}
        error={summary.error}
        onRetry={() => void summary.refetch()}
        height={HEIGHT}
      >
        {totals && (
          <>
            <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(9rem, 1fr))', gap: '0.5rem 1rem', margin: 0 }}>
              <Figure term={t('digital.feedback.received')} value={formatNumber(totals.received, locale)} />
              <Figure term={t('digital.feedback.onTime')} value={formatPercent(feedbackOnTimeRate(totals), locale)} detail={`${formatNumber(totals.handledOnTime, locale)}/${formatNumber(totals.dueInPeriod, locale)}`} />
              <Figure term={t('digital.feedback.late')} value={formatNumber(totals.handledLate, locale)} />
              <Figure term={t('digital.feedback.pending')} value={formatNumber(totals.pending, locale)} />
              <Figure term={t('digital.feedback.satisfaction')} value={formatPercent(feedbackSatisfactionRate(totals), locale)} detail={`${formatNumber(totals.satisfied, locale)}/${formatNumber(totals.rated, locale)}`} />
            </dl>
            {rows.length > 1 && (
              <>
                <Text size="sm" fw={600} mt="md">
                  {t('digital.feedback.lowest', { n: Math.min(SHOWN, rows.length) })}
                </Text>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('digital.feedback.unit')}</Table.Th>
                      <Table.Th scope="col">{t('digital.feedback.onTime')}</Table.Th>
                      <Table.Th scope="col">{t('digital.feedback.satisfaction')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.slice(0, SHOWN).map((r) => (
                      <Table.Tr key={r.unitId}>
                        <Table.Th scope="row" fw={400}>{label(r.unitId)}</Table.Th>
                        <Table.Td>{r.onTime === null ? <NoData /> : formatPercent(r.onTime, locale)}</Table.Td>
                        <Table.Td>{r.satisfaction === null ? <NoData /> : formatPercent(r.satisfaction, locale)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
          </>
        )}
      </ChartCard>
      <FeedbackByMonth ctx={ctx} unitLabel={unitLabel} />
      <FeedbackByTopic ctx={ctx} unitLabel={unitLabel} />
    </SimpleGrid>
  );
}

function Figure({ term, value, detail }: { term: string; value: string; detail?: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={700} size="lg">
        {value}{' '}
        {detail && (
          <Text span size="xs" c="dimmed" fw={400}>
            ({detail})
          </Text>
        )}
      </Text>
    </div>
  );
}

/** On-time and satisfaction rates month by month (the same ratios the 766 rows 6.1 and 6.2 use). */
function FeedbackByMonth({ ctx, unitLabel }: { ctx: DigitalContext; unitLabel: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const monthly = useMonthlySums(ctx);
  const data = (monthly.data?.rows ?? []).map((m) => ({
    month: m.month,
    onTime: rate(m.indicators.feedbackOnTime.numerator, m.indicators.feedbackOnTime.denominator),
    satisfaction: rate(m.indicators.feedbackSatisfaction.numerator, m.indicators.feedbackSatisfaction.denominator),
  }));
  const rateAxis = usePercentAxis(data.flatMap((d) => [d.onTime, d.satisfaction]));
  const table: ChartTable = {
    columns: [
      { key: 'month', header: t('digital.why.month') },
      { key: 'onTime', header: t('digital.feedback.onTime'), format: 'percent' },
      { key: 'satisfaction', header: t('digital.feedback.satisfaction'), format: 'percent' },
    ],
    rows: data.map((d) => ({ ...d, month: f.month(d.month) })),
  };
  const status = monthly.isPending ? 'loading' : monthly.isError ? 'error' : data.every((d) => d.onTime === null && d.satisfaction === null) ? 'empty' : 'ready';
  return (
    <ChartCard
      title={t('digital.feedback.byMonth', { unit: unitLabel, period: formatPeriod(ctx.filters.period, locale) })}
      table={table}
      fileName={fileName('pakn-theo-thang', ctx)}
      status={status}
      error={monthly.error}
      onRetry={() => void monthly.refetch()}
      height={HEIGHT}
    >
      <LineChart
        h={HEIGHT}
        data={data}
        dataKey="month"
        series={[
          { name: 'onTime', label: t('digital.feedback.onTime'), color: measureColors.primary },
          { name: 'satisfaction', label: t('digital.feedback.satisfaction'), color: measureColors.secondary },
        ]}
        valueFormatter={f.percent}
        xAxisProps={{ tickFormatter: f.month }}
        yAxisProps={{ ...rateAxis.props, width: 56 }}
        tooltipProps={{ labelFormatter: (m: unknown) => f.month(m as string) }}
        withLegend
        curveType="linear"
      />
    </ChartCard>
  );
}
