import { Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/errors';
import { FilterProblems } from '../../../components/filter-problems';
import { formatPeriod, useLocale } from '../../../i18n';
import type { FilterProblem } from '../../../lib/filters/resolve-filters';
import { useDashboardFilters } from '../../../lib/filters/use-dashboard-filters';
import { useResultsData, type ResultsContext } from '../hooks/use-results-data';
import { FindingsByArea } from './findings-by-area';
import { HeatMap } from './heat-map';
import { ScoreOverTime } from './score-over-time';
import { VerifiedOnTime } from './verified-on-time';

/**
 * Kết quả kiểm tra: the communes × areas heat map of the latest scores, a commune's scores over the years, the most
 * frequent findings by area and the share of actions verified on time, all from src/domain/inspection-results.ts.
 * The header's period and unit apply as the subtitle says.
 */
export function InspectionResultsPage() {
  const state = useDashboardFilters();
  const { t } = useTranslation();
  const filters = state.status === 'ready' ? state.filters : null;
  const meta = state.status === 'ready' ? state.meta : null;
  const units = state.status === 'ready' ? state.units : null;
  const ctx = useMemo<ResultsContext | null>(() => (filters && meta && units ? { filters, meta, units } : null), [filters, meta, units]);

  if (state.status === 'error') {
    return (
      <Stack gap="lg">
        <Title order={1} size="h2">{t('results.title')}</Title>
        <QueryError error={state.error} onRetry={state.retry} />
      </Stack>
    );
  }
  if (state.status !== 'ready' || !ctx) {
    return (
      <Stack gap="lg">
        <Title order={1} size="h2">{t('results.title')}</Title>
        <Skeleton height={400} radius="md" />
      </Stack>
    );
  }
  return <ResultsScreen ctx={ctx} problems={state.problems} />;
}

function ResultsScreen({ ctx, problems }: { ctx: ResultsContext; problems: FilterProblem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useResultsData();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('results.heading', { period: formatPeriod(ctx.filters.period, locale) })}
        </Title>
        <Text c="dimmed" size="sm" mt={4} maw={980}>
          {t('results.subtitle')}
        </Text>
      </div>
      <FilterProblems problems={problems} filters={ctx.filters} meta={ctx.meta} units={ctx.units} />
      <HeatMap ctx={ctx} data={data} />
      <ScoreOverTime key={ctx.filters.unit} ctx={ctx} data={data} />
      {/* The findings' titles need the wider column. */}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <FindingsByArea ctx={ctx} data={data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <VerifiedOnTime ctx={ctx} data={data} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
