import { LineChart } from '@mantine/charts';
import { Card, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePercentAxis } from '../../../components/chart-axis';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatDate } from '../../../domain/format';
import { unitResultsOverTime, type ResultInspection } from '../../../domain/inspection-results';
import { measureColors } from '../../../semantic-colors';
import { sectionOf, type ResultsContext, type useResultsData } from '../hooks/use-results-data';

const HEIGHT = 240;

/**
 * A commune's overall score at each finalised inspection (a line over the visits, by their last day), its table
 * holding every area's score. The commune is chosen with a Select, preset to the header's unit when it has been
 * inspected, else the first by name.
 */
export function ScoreOverTime({ ctx, data }: { ctx: ResultsContext; data: ReturnType<typeof useResultsData> }) {
  const { t } = useTranslation();
  const f = useChartFormatters();
  const unitLabel = useUnitLabel(ctx.meta, ctx.units);
  const { inspections, template } = data;
  const section = sectionOf([inspections, template]);

  const options = useMemo(() => {
    const ids = new Set((inspections.data ?? []).filter((i) => i.status === 'finalised').map((i) => i.unitId));
    return [...ids].map((id) => ({ value: id, label: unitLabel(id) })).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  }, [inspections.data, unitLabel]);
  const preset = options.some((o) => o.value === ctx.filters.unit) ? ctx.filters.unit : (options[0]?.value ?? null);
  const [chosen, setChosen] = useState<string | null>(null);
  const unitId = chosen !== null && options.some((o) => o.value === chosen) ? chosen : preset;

  const results = useMemo(
    () => (template.data && inspections.data && unitId ? unitResultsOverTime(template.data, inspections.data as ResultInspection[], unitId) : []),
    [template.data, inspections.data, unitId],
  );
  const rows = results.map((r) => ({ date: formatDate(r.day), total: r.total }));
  const axis = usePercentAxis(rows.map((r) => r.total));
  const areas = template.data?.areas ?? [];
  const table: ChartTable = {
    columns: [
      { key: 'date', header: t('results.overTime.date') },
      ...areas.map((a) => ({ key: `a${a.id}`, header: a.name, format: 'percent' as const })),
      { key: 'total', header: t('results.overTime.total'), format: 'percent' },
    ],
    rows: results.map((r) => ({
      date: formatDate(r.day),
      ...Object.fromEntries(r.areas.map((a) => [`a${a.areaId}`, a.kind === 'scored' ? a.score : null])),
      total: r.total,
    })),
  };

  const status = section.error ? 'error' : section.loading ? 'loading' : results.length === 0 ? 'empty' : 'ready';
  const label = unitId ? unitLabel(unitId) : '';

  if (!section.loading && !section.error && options.length === 0) {
    return (
      <Card component="section" aria-label={t('results.overTime.title', { unit: '' })}>
        <Text c="dimmed">{t('results.overTime.noUnits')}</Text>
      </Card>
    );
  }

  return (
    <Stack gap="xs">
      <Select
        label={t('results.overTime.select')}
        description={t('results.overTime.selectDescription')}
        data={options}
        value={unitId}
        onChange={(v) => v && setChosen(v)}
        allowDeselect={false}
        searchable
        size="md"
        maw={360}
        disabled={options.length === 0}
        styles={{ input: { minHeight: 44 } }}
      />
      <ChartCard
        title={t('results.overTime.title', { unit: label })}
        description={t('results.overTime.description')}
        table={table}
        fileName={`diem-kiem-tra-qua-cac-nam_${unitId ?? 'none'}`}
        status={status}
        error={section.error}
        onRetry={section.retry}
        emptyMessage={t('results.overTime.empty')}
        height={HEIGHT}
      >
        <LineChart
          h={HEIGHT}
          data={rows}
          dataKey="date"
          series={[{ name: 'total', label: t('results.overTime.total'), color: measureColors.primary }]}
          valueFormatter={f.percent}
          yAxisProps={{ ...axis.props, width: 56 }}
          curveType="linear"
          withDots
          connectNulls={false}
        />
      </ChartCard>
    </Stack>
  );
}
