import { BarChart } from '@mantine/charts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard, ChartDataTable, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { usePercentAxis } from '../../../components/chart-axis';
import type { FeedbackTopicId } from '../../../api/feedback';
import { feedbackTopicLines, topicsAddUp } from '../../../domain/feedback-topics';
import { formatPeriod, useLocale } from '../../../i18n';
import { useFeedbackSummary } from '../../../lib/queries/feedback';
import { measureColors } from '../../../semantic-colors';
import type { DigitalContext } from '../hooks/use-digital-queries';
import { fileName } from './file-name';

const CHART_HEIGHT = 240;
/** The chart and, below it, the table of the six topics. */
const HEIGHT = CHART_HEIGHT + 300;

/**
 * PAKN by topic (lĩnh vực) for the period and unit: received, on-time rate, overdue (handled late) and
 * satisfaction rate of each topic, every rate the topic's Σ÷Σ. Topic rows that do not add up to the
 * totals are not shown as if they were right.
 */
export function FeedbackByTopic({ ctx, unitLabel }: { ctx: DigitalContext; unitLabel: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const summary = useFeedbackSummary({ ...ctx.filters.period, unit: ctx.filters.unit, level: 'all' });
  const data = summary.data;
  const consistent = data ? topicsAddUp(data.byTopic, data.totals) : true;
  const lines = useMemo(() => (data && consistent ? feedbackTopicLines(data.byTopic) : []), [data, consistent]);
  const title = t('digital.feedback.byTopic', { unit: unitLabel, period: formatPeriod(ctx.filters.period, locale) });
  const topicName = (id: FeedbackTopicId): string => t(`digital.feedback.topics.${id}`);
  const shown: ChartTable = {
    columns: [
      { key: 'topic', header: t('digital.feedback.topic') },
      { key: 'received', header: t('digital.feedback.received'), format: 'number' },
      { key: 'onTime', header: t('digital.feedback.onTimeRate'), format: 'percent' },
      { key: 'late', header: t('digital.feedback.overdue'), format: 'number' },
      { key: 'satisfaction', header: t('digital.feedback.satisfactionRate'), format: 'percent' },
    ],
    rows: lines.map((l) => ({ topic: topicName(l.topicId), received: l.received, onTime: l.onTimeRate, late: l.handledLate, satisfaction: l.satisfactionRate })),
  };
  // The export and the table view carry the numerators and denominators too.
  const table: ChartTable = {
    columns: [
      ...shown.columns.slice(0, 2),
      { key: 'due', header: t('digital.feedback.due'), format: 'number' },
      { key: 'handledOnTime', header: t('digital.feedback.onTime'), format: 'number' },
      shown.columns[2]!,
      shown.columns[3]!,
      { key: 'rated', header: t('digital.feedback.rated'), format: 'number' },
      { key: 'satisfied', header: t('digital.feedback.satisfied'), format: 'number' },
      shown.columns[4]!,
    ],
    rows: lines.map((l, i) => ({ ...shown.rows[i], due: l.dueInPeriod, handledOnTime: l.handledOnTime, rated: l.rated, satisfied: l.satisfied })),
  };
  const chartData = lines.map((l) => ({ topic: topicName(l.topicId), onTime: l.onTimeRate, satisfaction: l.satisfactionRate }));
  const rateAxis = usePercentAxis(chartData.flatMap((d) => [d.onTime, d.satisfaction]));
  const status = summary.isPending
    ? 'loading'
    : summary.isError
      ? 'error'
      : !data || !consistent || data.totals.received + data.totals.dueInPeriod === 0
        ? 'empty'
        : 'ready';
  return (
    <ChartCard
      title={title}
      description={t('digital.feedback.byTopicFormula')}
      table={table}
      fileName={fileName('pakn-theo-linh-vuc', ctx)}
      status={status}
      error={summary.error}
      onRetry={() => void summary.refetch()}
      emptyMessage={consistent ? undefined : t('digital.feedback.byTopicMismatch')}
      height={HEIGHT}
    >
      <BarChart
        h={CHART_HEIGHT}
        data={chartData}
        dataKey="topic"
        orientation="vertical"
        series={[
          { name: 'onTime', label: t('digital.feedback.onTimeRate'), color: measureColors.primary },
          { name: 'satisfaction', label: t('digital.feedback.satisfactionRate'), color: measureColors.secondary },
        ]}
        valueFormatter={f.percent}
        xAxisProps={{ ...rateAxis.props }}
        yAxisProps={{ width: 150, interval: 0 }}
        withLegend
        legendProps={{ verticalAlign: 'bottom', height: 36, itemSorter: null }}
        gridAxis="x"
        barProps={{ isAnimationActive: false }}
        maxBarWidth={14}
      />
      <ChartDataTable caption={title} table={shown} />
    </ChartCard>
  );
}
