import { SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/errors';
import { FilterProblems } from '../../../components/filter-problems';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatDate } from '../../../domain/format';
import { useDashboardFilters, type DashboardFiltersState } from '../../../lib/filters/use-dashboard-filters';
import { formatPeriod, useLocale } from '../../../i18n';
import type { OverviewContext } from '../hooks/use-overview-queries';
import { CommuneRankingChart } from './commune-ranking-chart';
import { DigitalChart } from './digital-chart';
import { KpiSection } from './kpi-section';
import { OnTimeByMonthChart } from './on-time-by-month-chart';
import { ParIndexChart } from './par-index-chart';
import { ReceiptsByMonthChart } from './receipts-by-month-chart';
import { RemediationChart } from './remediation-chart';
import { SummarySection } from './summary-section';

/**
 * Tổng quan: what the chosen unit did in the chosen period, against the same period last year.
 * Cards, then the summary paragraph, then the charts two to a row on wide screens; every section
 * loads and fails on its own.
 */
export function Overview() {
  const state = useDashboardFilters();
  const { t } = useTranslation();
  const filters = state.status === 'ready' ? state.filters : null;
  const meta = state.status === 'ready' ? state.meta : null;
  const units = state.status === 'ready' ? state.units : null;
  // Stable while the filters are, so the deferred charts render once per change.
  const ctx = useMemo<OverviewContext | null>(
    () => (filters && meta && units ? { filters, meta, units } : null),
    [filters, meta, units],
  );

  if (state.status === 'error') {
    return (
      <Stack gap="lg">
        <Title order={1} size="h2">{t('overview.title')}</Title>
        <QueryError error={state.error} onRetry={state.retry} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {state.status === 'ready' ? <OverviewHeading state={state} /> : <HeadingSkeleton />}
      {state.status === 'ready' && (
        <FilterProblems problems={state.problems} filters={state.filters} meta={state.meta} units={state.units} />
      )}
      <KpiSection filters={ctx?.filters ?? null} meta={ctx?.meta ?? null} />
      <SummarySection ctx={ctx} />
      <DeferredCharts ctx={ctx} />
    </Stack>
  );
}

/**
 * The charts are the heavy part of the page: they render in the background after the heading, the
 * cards and the summary are on screen (and, on a filter change, the previous charts stay until the
 * new ones are ready), so the page answers at once.
 */
function DeferredCharts({ ctx }: { ctx: OverviewContext | null }) {
  const deferred = useDeferredValue(ctx, null);
  if (!deferred) return <ChartsPlaceholder />;
  return <OverviewCharts ctx={deferred} />;
}

function ChartsPlaceholder() {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" aria-hidden>
      {[440, 440, 820, 820].map((h, i) => (
        <Skeleton key={i} height={h} radius="md" />
      ))}
    </SimpleGrid>
  );
}

function OverviewCharts({ ctx }: { ctx: OverviewContext }) {
  const { t } = useTranslation();
  const headingId = useId();
  const unitLabel = useUnitLabel(ctx.meta, ctx.units);
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} size="h4" mb="sm">
        {t('overview.chartsSection')}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ReceiptsByMonthChart ctx={ctx} />
        <OnTimeByMonthChart ctx={ctx} />
        {/* Top-aligned, so the card keeps its own height instead of stretching to the column beside it. */}
        <div style={{ alignSelf: 'start' }}>
          <CommuneRankingChart ctx={ctx} />
        </div>
        <Stack gap="md">
          <RemediationChart ctx={ctx} unitLabel={unitLabel(ctx.filters.unit)} />
          <DigitalChart ctx={ctx} unitLabel={unitLabel(ctx.filters.unit)} />
          <ParIndexChart ctx={ctx} />
        </Stack>
      </SimpleGrid>
    </section>
  );
}

function OverviewHeading({ state }: { state: Extract<DashboardFiltersState, { status: 'ready' }> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useUnitLabel(state.meta, state.units);
  return (
    <div>
      <Title order={1} size="h2">
        {t('overview.heading', { unit: unitLabel(state.filters.unit), period: formatPeriod(state.filters.period, locale) })}
      </Title>
      <Text c="dimmed" size="sm" mt={4}>
        {state.meta.name} · {t('overview.asOf', { date: formatDate(state.meta.asOf) })}
      </Text>
    </div>
  );
}

function HeadingSkeleton() {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={1} size="h2">
        {t('overview.title')}
      </Title>
      <Skeleton height={14} width={280} mt={10} />
    </div>
  );
}
