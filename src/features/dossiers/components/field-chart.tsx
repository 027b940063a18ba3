import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { PeriodQuery } from '../../../api/common';
import type { Field } from '../../../api/fields';
import { ChartCard, type ChartTable } from '../../../components/chart-card';
import { received } from '../../../domain/dossier-measures';
import { formatNumber } from '../../../domain/format';
import { useLocale } from '../../../i18n';
import { useDossiersByField } from '../../../lib/queries/dossiers';
import { channelSeries } from './channels';

const HEIGHT = 340;

interface FieldChartProps {
  query: PeriodQuery;
  enabled: boolean;
  /** "Toàn huyện, năm 2022": what and when, for the title. */
  scope: string;
  period: string;
  fields: readonly Field[] | undefined;
  fileName: string;
}

/** New dossiers by field (lĩnh vực), each bar split by channel, largest first. */
export function FieldChart({ query, enabled, scope, period, fields, fileName }: FieldChartProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const byField = useDossiersByField(query, { enabled });

  const data = (byField.data?.rows ?? [])
    .map((r) => ({
      field: fields?.find((f) => f.id === r.fieldId)?.name ?? r.fieldId,
      receivedOnline: r.receivedOnline,
      receivedDirect: r.receivedDirect,
      receivedPostal: r.receivedPostal,
      received: received(r),
    }))
    .filter((r) => r.received > 0)
    .sort((a, b) => b.received - a.received);

  const table: ChartTable = {
    columns: [
      { key: 'field', header: t('dossiers.charts.field'), format: 'text' },
      ...channelSeries.map((s) => ({ key: s.name, header: t(s.label), format: 'number' as const })),
      { key: 'received', header: t('dossiers.charts.total'), format: 'number' },
    ],
    rows: data,
  };
  const status = byField.isPending ? 'loading' : byField.isError ? 'error' : data.length === 0 ? 'empty' : 'ready';

  return (
    <ChartCard
      title={t('dossiers.charts.byField', { scope, period })}
      table={table}
      fileName={fileName}
      status={status}
      error={byField.error}
      onRetry={() => void byField.refetch()}
      emptyMessage={t('dossiers.charts.empty')}
      height={HEIGHT}
    >
      <BarChart
        h={HEIGHT}
        data={data}
        dataKey="field"
        type="stacked"
        orientation="vertical"
        series={channelSeries.map((s) => ({ name: s.name, label: t(s.label), color: s.color }))}
        valueFormatter={(v) => formatNumber(v, locale)}
        yAxisProps={{ width: 240, interval: 0 }}
        xAxisProps={{ tickFormatter: (v: number) => formatNumber(v, locale), interval: 0 }}
        withLegend
        // Recharts sorts legend items by name by default; keep the channels in the bars' order.
        legendProps={{ verticalAlign: 'bottom', height: 36, itemSorter: null }}
        gridAxis="x"
        barProps={{ isAnimationActive: false }}
        maxBarWidth={28}
      />
    </ChartCard>
  );
}
