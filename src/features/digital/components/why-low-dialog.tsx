import { LineChart } from '@mantine/charts';
import { Modal, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { NoData } from '../../../components/no-data';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatNumber, formatPercent } from '../../../domain/format';
import { rules766, scoreIndicators, type SubIndicatorScore } from '../../../domain/scorecard-766';
import { useLocale } from '../../../i18n';
import { useMonthlySums, useUnitSums, type DigitalContext } from '../hooks/use-digital-queries';
import { fileName } from './file-name';
import { measureColors } from '../../../semantic-colors';
import { usePercentAxis } from '../../../components/chart-axis';

const TREND_HEIGHT = 220;
const WORST = 5;

/** "Vì sao thấp?": a sub-indicator's numerator and denominator, what would reach the threshold, its monthly trend and the units that pull it down. */
export function WhyLowDialog({ row, ctx, onClose }: { row: SubIndicatorScore | null; ctx: DigitalContext; onClose: () => void }) {
  const { t } = useTranslation();
  const name = row ? t(`digital.names.${row.rule.id}` as 'digital.names.1.1') : '';
  return (
    <Modal opened={row !== null} onClose={onClose} size="xl" title={row ? t('digital.why.title', { id: row.rule.id, name }) : ''} closeButtonProps={{ 'aria-label': t('digital.why.close') }}>
      {row && <WhyLowBody row={row} ctx={ctx} name={name} />}
    </Modal>
  );
}

function WhyLowBody({ row, ctx, name }: { row: SubIndicatorScore; ctx: DigitalContext; name: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const target = formatPercent(row.threshold ?? 1, locale, 0);
  const noun = t(`digital.nouns.${row.rule.id}` as 'digital.nouns.1.1');
  const sentence =
    row.noData ? t('digital.why.noData')
    : row.moreNeeded === null ? t('digital.why.unreachable', { target })
    : row.moreNeeded === 0 ? t('digital.why.reached', { target })
    : t('digital.why.more', { n: formatNumber(row.moreNeeded, locale), noun, target });
  return (
    <Stack gap="md">
      <Table withTableBorder variant="vertical" layout="fixed">
        <Table.Tbody>
          {row.parts.map((p) => (
            <PartRows key={p.role} label={p.role === 'ratio' ? null : t(`digital.why.${p.role}`)} numerator={p.numerator} denominator={p.denominator} />
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('digital.why.rate')}</Table.Th>
            <Table.Td>{row.rate === null ? <NoData /> : formatPercent(row.rate, locale)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('digital.why.threshold')}</Table.Th>
            <Table.Td>{target}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {row.rule.formula.kind === 'one-minus-late-and-complaints' && <Text size="sm">{t('digital.why.satisfactionFormula')}</Text>}
      {row.points > 0 && row.earned !== null && row.lost !== null && (
        <Text size="sm">{t('digital.why.points', { earned: formatNumber(row.earned, locale, 2), max: formatNumber(row.points, locale, 0), lost: formatNumber(row.lost, locale, 2) })}</Text>
      )}
      <Text fw={600} data-testid="why-more">
        {sentence}
      </Text>
      <Text size="xs" c="dimmed">
        {t('digital.why.source', { source: t(`digital.sources.${row.rule.source}`) })}
        {!row.rule.confirmed && ` · ${t('digital.rows.unconfirmed')}`}
      </Text>
      <MonthlyTrend row={row} ctx={ctx} name={name} />
      {ctx.filters.unit === 'all' && <WorstUnits row={row} ctx={ctx} />}
    </Stack>
  );
}

function PartRows({ label, numerator, denominator }: { label: string | null; numerator: number; denominator: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <Table.Tr>
        <Table.Th scope="row">{label ? `${label}: ${t('digital.why.numerator').toLowerCase()}` : t('digital.why.numerator')}</Table.Th>
        <Table.Td>{formatNumber(numerator, locale)}</Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Th scope="row">{label ? `${label}: ${t('digital.why.denominator').toLowerCase()}` : t('digital.why.denominator')}</Table.Th>
        <Table.Td>{formatNumber(denominator, locale)}</Table.Td>
      </Table.Tr>
    </>
  );
}

/** The sub-indicator month by month: each month's rate from its own numerator and denominator. */
function MonthlyTrend({ row, ctx, name }: { row: SubIndicatorScore; ctx: DigitalContext; name: string }) {
  const { t } = useTranslation();
  const f = useChartFormatters();
  const monthly = useMonthlySums(ctx);
  const data = useMemo(
    () =>
      (monthly.data?.rows ?? []).map((m) => {
        const scored = scoreIndicators(m.indicators).rows.find((r) => r.rule.id === row.rule.id);
        const part = scored?.parts[0];
        return { month: m.month, numerator: part?.numerator ?? null, denominator: part?.denominator ?? null, rate: scored?.rate ?? null };
      }),
    [monthly.data, row.rule.id],
  );
  const rateAxis = usePercentAxis(data.map((d) => d.rate));
  const table: ChartTable = {
    columns: [
      { key: 'month', header: t('digital.why.month') },
      { key: 'numerator', header: t('digital.why.numerator'), format: 'number' },
      { key: 'denominator', header: t('digital.why.denominator'), format: 'number' },
      { key: 'rate', header: t('digital.why.rate'), format: 'percent' },
    ],
    rows: data.map((d) => ({ ...d, month: f.month(d.month) })),
  };
  const status = monthly.isPending ? 'loading' : monthly.isError ? 'error' : data.every((d) => d.rate === null) ? 'empty' : 'ready';
  return (
    <ChartCard
      title={t('digital.why.trendTitle', { id: row.rule.id, name })}
      description={t('digital.why.trendDescription')}
      table={table}
      fileName={fileName(`chi-so-${row.rule.id}-theo-thang`, ctx)}
      status={status}
      error={monthly.error}
      onRetry={() => void monthly.refetch()}
      height={TREND_HEIGHT}
    >
      <LineChart
        h={TREND_HEIGHT}
        data={data}
        dataKey="month"
        series={[{ name: 'rate', label: t('digital.why.rate'), color: measureColors.primary }]}
        valueFormatter={f.percent}
        xAxisProps={{ tickFormatter: f.month }}
        yAxisProps={{ ...rateAxis.props, width: 56 }}
        tooltipProps={{ labelFormatter: (m: unknown) => f.month(m as string) }}
        connectNulls={false}
        curveType="linear"
      />
    </ChartCard>
  );
}

/** The units with the most missing dossiers for this sub-indicator (only when every unit is chosen). */
function WorstUnits({ row, ctx }: { row: SubIndicatorScore; ctx: DigitalContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useUnitLabel(ctx.meta, ctx.units);
  const byUnit = useUnitSums(ctx, true);
  const worst = useMemo(() => {
    const rule = rules766.rows.find((r) => r.id === row.rule.id);
    if (!rule || !byUnit.data) return [];
    return byUnit.data.rows
      .map((u) => {
        const s = scoreIndicators(u.indicators, { ...rules766, rows: [rule] }).rows[0];
        return { unitId: u.unitId, more: s?.moreNeeded ?? null, rate: s?.rate ?? null };
      })
      .filter((u) => u.more !== null && u.more > 0)
      .sort((a, b) => (b.more as number) - (a.more as number) || a.unitId.localeCompare(b.unitId))
      .slice(0, WORST);
  }, [byUnit.data, row.rule.id]);
  if (byUnit.isPending) return null;
  return (
    <section aria-label={t('digital.why.worstTitle')}>
      <Text fw={600} size="sm" mb={4}>
        {t('digital.why.worstTitle')}
      </Text>
      {worst.length === 0 ? (
        <Text size="sm">{t('digital.why.worstNone')}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('digital.why.worstUnit')}</Table.Th>
              <Table.Th scope="col">{t('digital.why.rate')}</Table.Th>
              <Table.Th scope="col">{t('digital.why.worstMore')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {worst.map((u) => (
              <Table.Tr key={u.unitId}>
                <Table.Th scope="row" fw={400}>{unitLabel(u.unitId)}</Table.Th>
                <Table.Td>{u.rate === null ? <NoData /> : formatPercent(u.rate, locale)}</Table.Td>
                <Table.Td>{formatNumber(u.more, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
