import { BarChart } from '@mantine/charts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { remediationSnapshot, remediationStates } from '../../../domain/action-status';
import { formatDate, formatNumber } from '../../../domain/format';
import { overdueAtPeriodEnd } from '../../../domain/inspection-results';
import { useLocale } from '../../../i18n';
import { rate } from '../../../domain/rate';
import { ALL_UNITS } from '../../../lib/filters/resolve-filters';
import { sectionState, useUnitActions, type OverviewContext } from '../hooks/use-overview-queries';
import { actionStatusColors, overdueBadgeColor } from '../../../semantic-colors';
import { cardState, chartFileName } from './chart-style';

const HEIGHT = 220;

/**
 * Remediation of inspection actions for the unit filter: the actions still to follow in the period,
 * by their status on its last day (or on meta.asOf, the data's today, if that comes first).
 */
export function RemediationChart({ ctx, unitLabel }: { ctx: OverviewContext; unitLabel: string }) {
  const { t } = useTranslation();
  const f = useChartFormatters();
  const { period, unit } = ctx.filters;
  const actions = useUnitActions(ctx);

  const locale = useLocale();
  const snapshot = remediationSnapshot(actions.data ?? [], period, ctx.meta.asOf, ctx.meta.coverage.to);
  // The overdue count the actions tracker shows (overdueCount over the statuses on the snapshot's day).
  const overdue = overdueAtPeriodEnd(actions.data ?? [], period, ctx.meta.asOf, ctx.meta.coverage.to);
  const state = sectionState([{ query: actions, enabled: true }], () => snapshot.total === 0);
  const rows = remediationStates.map((s) => ({
    state: t(`words.remediationStates.${s}`),
    count: snapshot.counts[s],
    share: rate(snapshot.counts[s], snapshot.total),
    color: actionStatusColors[s],
  }));

  const table: ChartTable = {
    columns: [
      { key: 'state', header: t('overview.remediation.state') },
      { key: 'count', header: t('overview.remediation.count'), format: 'number' },
      { key: 'share', header: t('overview.remediation.share'), format: 'percent' },
    ],
    rows: rows.map(({ state: s, count, share }) => ({ state: s, count, share })),
  };
  const day = formatDate(snapshot.day);

  return (
    <ChartCard
      {...cardState(state)}
      title={t('overview.remediation.title', { date: day })}
      description={
        <>
          {t('overview.remediation.description', { date: day, start: formatDate(`${period.from}-01`) })}
          {unit !== ALL_UNITS && <> {t('overview.remediation.scopeUnit', { unit: unitLabel })}</>}
        </>
      }
      table={table}
      fileName={chartFileName(`khac-phuc-kien-nghi-den-${snapshot.day}`, ctx)}
      emptyMessage={t('overview.remediation.empty')}
      height={HEIGHT}
      actions={
        actions.data &&
        snapshot.total > 0 && (
          <Badge
            tt="none"
            size="lg"
            variant={overdue.count > 0 ? 'filled' : 'light'}
            color={overdue.count > 0 ? overdueBadgeColor : undefined}
          >
            {t('results.overviewOverdue', { count: overdue.count, n: formatNumber(overdue.count, locale), date: formatDate(overdue.day) })}
          </Badge>
        )
      }
    >
      <BarChart
        h={HEIGHT}
        data={rows}
        dataKey="state"
        orientation="vertical"
        series={[{ name: 'count', label: t('overview.remediation.count'), color: actionStatusColors.not_started }]}
        valueFormatter={f.number}
        xAxisProps={{ allowDecimals: false }}
        yAxisProps={{ width: 120, interval: 0 }}
        barChartProps={{ margin: { right: 48 } }}
        gridAxis="y"
        withBarValueLabel
        valueLabelProps={{ fill: 'var(--mantine-color-text)' }}
      />
    </ChartCard>
  );
}
