import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/errors';
import { FilterProblems } from '../../../components/filter-problems';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatDate, formatPeriod } from '../../../domain/format';
import { useDashboardFilters, type DashboardFiltersState } from '../../../lib/filters/use-dashboard-filters';
import { useLocale } from '../../../i18n';
import { KpiSection } from './kpi-section';

/** Tổng quan: what the chosen unit did in the chosen period, against the same period last year. */
export function Overview() {
  const state = useDashboardFilters();
  const { t } = useTranslation();

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
      <KpiSection
        filters={state.status === 'ready' ? state.filters : null}
        meta={state.status === 'ready' ? state.meta : null}
      />
    </Stack>
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
