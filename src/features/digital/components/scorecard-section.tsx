import { BarChart } from '@mantine/charts';
import { Alert, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard, useChartFormatters, type ChartTable } from '../../../components/chart-card';
import { QueryError } from '../../../components/errors';
import { formatNumber } from '../../../domain/format';
import { checkTable, rules766, scoreIndicators, totalChange, type Scorecard } from '../../../domain/scorecard-766';
import { formatPeriod, formatScoreChange, useLocale } from '../../../i18n';
import { useScorecardSums, type DigitalContext } from '../hooks/use-digital-queries';
import { fileName } from './file-name';
import { SubIndicatorTable } from './sub-indicator-table';
import { WhyLowDialog } from './why-low-dialog';
import { measureColors } from '../../../semantic-colors';

const GROUPS_HEIGHT = 280;

/** The total with its band and change, the six groups, and every sub-indicator with its "why low?". */
export function ScorecardSection({ ctx, unitLabel }: { ctx: DigitalContext; unitLabel: string }) {
  const { t } = useTranslation();
  const { current, previous, previousPeriod } = useScorecardSums(ctx);
  const [open, setOpen] = useState<string | null>(null);
  const problems = useMemo(() => checkTable(rules766), []);
  const card = useMemo(() => (current.data ? scoreIndicators(current.data.totals) : null), [current.data]);
  const before = useMemo(() => (previous.data && previousPeriod ? scoreIndicators(previous.data.totals) : null), [previous.data, previousPeriod]);

  // A table that would give wrong scores shows none (a data error of the app, not of the user).
  if (problems.length > 0) {
    return <Alert color="red" title={t('digital.title')}>{t('digital.bad.table', { problems: problems.map((p) => ('id' in p ? `${p.code} ${p.id}` : p.code)).join(', ') })}</Alert>;
  }
  if (current.isError) return <QueryError error={current.error} onRetry={() => void current.refetch()} />;
  if (!card) return <Skeleton height={520} radius="md" />;
  const openRow = open ? card.rows.find((r) => r.rule.id === open) ?? null : null;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TotalCard card={card} previous={before} previousText={previousPeriod ? previousPeriod : null} />
        <GroupsChart card={card} ctx={ctx} unitLabel={unitLabel} />
      </SimpleGrid>
      <SubIndicatorTable card={card} ctx={ctx} unitLabel={unitLabel} onOpen={setOpen} />
      <WhyLowDialog row={openRow} ctx={ctx} onClose={() => setOpen(null)} />
    </Stack>
  );
}

function TotalCard({ card, previous, previousText }: { card: Scorecard; previous: Scorecard | null; previousText: { from: string; to: string } | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const change = totalChange(card, previous);
  const Arrow = change === null ? null : Math.round(change * 100) === 0 ? IconArrowRight : change > 0 ? IconArrowUpRight : IconArrowDownRight;
  const rescaled = card.max < card.groups.reduce((s, g) => s + g.fullMax, 0);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="digital-total-title">
      <Title order={2} size="h4" id="digital-total-title">
        {t('digital.total.title')}
      </Title>
      {card.total === null ? (
        <Text mt="md">{t('digital.total.none')}</Text>
      ) : (
        <Stack gap="xs" mt="sm">
          <Text fz={40} fw={700} lh={1.1} data-testid="digital-total">
            {t('digital.total.value', { value: formatNumber(card.total, locale, 1) })}
          </Text>
          <Group gap="xs">
            {card.band && (
              <Badge size="lg" variant="light" color={bandColor[card.band]} tt="none">
                {t('digital.total.band', { band: t(`digital.bands.${card.band}`) })}
              </Badge>
            )}
          </Group>
          {!card.bandsConfirmed && (
            <Text size="xs" c="dimmed">
              {t('digital.total.bandUnconfirmed')}
            </Text>
          )}
          <Group gap={6} wrap="nowrap">
            {Arrow && <Arrow size={20} aria-hidden />}
            <Text size="sm">
              {change === null || !previousText
                ? t('digital.total.changeNone')
                : t('digital.total.change', { period: formatPeriod(previousText, locale), change: formatScoreChange(change, locale) })}
            </Text>
          </Group>
          {rescaled && (
            <Text size="xs" c="dimmed">
              {t('digital.total.excluded', { max: formatNumber(card.max, locale, 0) })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

const bandColor = { excellent: 'green', good: 'teal', fair: 'cchc', average: 'orange', weak: 'red' } as const;

function GroupsChart({ card, ctx, unitLabel }: { card: Scorecard; ctx: DigitalContext; unitLabel: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters();
  const data = card.groups.map((g) => ({ group: t(`digital.groups.${g.group}`), earned: round2(g.earned), lost: round2(g.lost), max: g.max }));
  const table: ChartTable = {
    columns: [
      { key: 'group', header: t('digital.groupsChart.group') },
      { key: 'earned', header: t('digital.groupsChart.earned'), format: 'number' },
      { key: 'lost', header: t('digital.groupsChart.lost'), format: 'number' },
      { key: 'max', header: t('digital.groupsChart.max'), format: 'number' },
    ],
    rows: data,
  };
  return (
    <ChartCard
      title={t('digital.groupsChart.title', { unit: unitLabel, period: formatPeriod(ctx.filters.period, locale) })}
      description={t('digital.groupsChart.description')}
      table={table}
      fileName={fileName('diem-theo-nhom', ctx)}
      status="ready"
      height={GROUPS_HEIGHT}
    >
      <BarChart
        h={GROUPS_HEIGHT}
        data={data}
        dataKey="group"
        type="stacked"
        orientation="vertical"
        series={[
          { name: 'earned', label: t('digital.groupsChart.earned'), color: measureColors.primary },
          { name: 'lost', label: t('digital.groupsChart.lost'), color: measureColors.context },
        ]}
        valueFormatter={(v) => formatNumber(v, locale, 1)}
        xAxisProps={{ tickFormatter: f.number, allowDecimals: false }}
        yAxisProps={{ width: 150, interval: 0 }}
        withLegend
        gridAxis="y"
      />
    </ChartCard>
  );
}

const round2 = (x: number) => Math.round(x * 100) / 100;
