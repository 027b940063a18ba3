import { DonutChart } from '@mantine/charts';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodQuery } from '../../../api/common';
import { ChannelLegend } from '../../../components/channel-legend';
import { ChartCard, type ChartTable } from '../../../components/chart-card';
import { channelShares } from '../../../domain/channel-shares';
import { received } from '../../../domain/dossier-measures';
import { formatNumber } from '../../../domain/format';
import { useLocale } from '../../../i18n';
import { useDossierSummary } from '../../../lib/queries/dossiers';
import classes from './channel-chart.module.css';
import { channelSeries } from './channels';

const HEIGHT = 340;

interface ChannelChartProps {
  query: PeriodQuery;
  enabled: boolean;
  scope: string;
  period: string;
  fileName: string;
}

/** New dossiers by channel (trực tuyến / trực tiếp / BCCI): a donut with the numbers beside it. */
export function ChannelChart({ query, enabled, scope, period, fileName }: ChannelChartProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const summary = useDossierSummary(query, { enabled });
  const c = summary.data?.totals;
  const total = c ? received(c) : 0;
  const shares = c ? channelShares(c) : null;

  const rows = channelSeries.map((s) => ({
    channel: t(s.label),
    count: c ? c[s.name] : 0,
    share: shares ? shares[s.key] : null,
  }));
  const table: ChartTable = {
    columns: [
      { key: 'channel', header: t('dossiers.charts.channel'), format: 'text' },
      { key: 'count', header: t('dossiers.charts.count'), format: 'number' },
      { key: 'share', header: t('dossiers.charts.share'), format: 'percent' },
    ],
    rows,
  };
  const status = summary.isPending ? 'loading' : summary.isError ? 'error' : total === 0 ? 'empty' : 'ready';

  return (
    <ChartCard
      title={t('dossiers.charts.byChannel', { scope, period })}
      table={table}
      fileName={fileName}
      status={status}
      error={summary.error}
      onRetry={() => void summary.refetch()}
      emptyMessage={t('dossiers.charts.empty')}
      height={HEIGHT}
    >
      <Group h={HEIGHT} justify="center" align="center" gap="xl" wrap="nowrap">
        <DonutChart
          data={channelSeries.map((s) => ({ name: t(s.label), value: c ? c[s.name] : 0, color: s.color }))}
          size={220}
          thickness={36}
          chartLabel={t('dossiers.charts.channelCenter', { total: formatNumber(total, locale) })}
          valueFormatter={(v) => formatNumber(v, locale)}
          tooltipDataSource="segment"
          pieProps={{ isAnimationActive: false }}
        />
        <div className={classes.legend}>
          <ChannelLegend
            gap="sm"
            items={channelSeries.map((s, i) => ({ key: s.key, label: rows[i]?.channel ?? '', count: rows[i]?.count ?? 0, share: rows[i]?.share ?? null, color: s.color }))}
          />
        </div>
      </Group>
    </ChartCard>
  );
}
