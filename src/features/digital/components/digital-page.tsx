import { SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/errors';
import { FilterProblems } from '../../../components/filter-problems';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatPeriod, useLocale } from '../../../i18n';
import type { FilterProblem } from '../../../lib/filters/resolve-filters';
import { useDashboardFilters } from '../../../lib/filters/use-dashboard-filters';
import type { DigitalContext } from '../hooks/use-digital-queries';
import { FeedbackSection } from './feedback-section';
import { RankingCard } from './ranking-card';
import { ScoreByMonthChart } from './score-by-month-chart';
import { ScorecardSection } from './scorecard-section';
import { TargetsPanel } from './targets-panel';

/**
 * `canEditTargets`: the secretariat's edit of the year's targets (leaders and inspectors get no control; the API refuses them too).
 *
 * Chuyển đổi số: the Decision 766 scorecard of the unit and period in the header (why each part is
 * low and what it would take), the year's targets with their projection, and the communes' ranking.
 */
export function DigitalPage({ canEditTargets }: { canEditTargets: boolean }) {
  const state = useDashboardFilters();
  const { t } = useTranslation();
  const filters = state.status === 'ready' ? state.filters : null;
  const meta = state.status === 'ready' ? state.meta : null;
  const units = state.status === 'ready' ? state.units : null;
  const ctx = useMemo<DigitalContext | null>(() => (filters && meta && units ? { filters, meta, units } : null), [filters, meta, units]);

  if (state.status === 'error') {
    return (
      <Stack gap="lg">
        <Title order={1} size="h2">{t('digital.title')}</Title>
        <QueryError error={state.error} onRetry={state.retry} />
      </Stack>
    );
  }
  if (state.status !== 'ready' || !ctx) {
    return (
      <Stack gap="lg">
        <Title order={1} size="h2">{t('digital.title')}</Title>
        <Skeleton height={400} radius="md" />
      </Stack>
    );
  }
  return <DigitalScreen ctx={ctx} problems={state.problems} canEditTargets={canEditTargets} />;
}

function DigitalScreen({ ctx, problems, canEditTargets }: { ctx: DigitalContext; problems: FilterProblem[]; canEditTargets: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useUnitLabel(ctx.meta, ctx.units);
  const unit = unitLabel(ctx.filters.unit);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('digital.heading', { unit, period: formatPeriod(ctx.filters.period, locale) })}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('digital.subtitle')}
        </Text>
      </div>
      <FilterProblems problems={problems} filters={ctx.filters} meta={ctx.meta} units={ctx.units} />
      <ScorecardSection ctx={ctx} unitLabel={unit} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TargetsPanel ctx={ctx} unitLabel={unit} canEdit={canEditTargets} />
        <ScoreByMonthChart ctx={ctx} unitLabel={unit} />
      </SimpleGrid>
      <FeedbackSection ctx={ctx} unitLabel={unit} />
      <RankingCard ctx={ctx} unitLabel={unitLabel} />
    </Stack>
  );
}

