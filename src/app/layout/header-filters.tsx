import { Group, Skeleton, Stack } from '@mantine/core';
import { PeriodPicker } from '../../components/period-picker';
import { UnitPicker } from '../../components/unit-picker';
import { useDashboardFilters } from '../../lib/filters/use-dashboard-filters';

/** The period and unit of the screen, read from and written to the URL. */
export function HeaderFilters({ stacked = false }: { stacked?: boolean }) {
  const state = useDashboardFilters();
  const Layout = stacked ? Stack : Group;
  if (state.status === 'error') return null; // the page says what failed and offers a retry
  if (state.status === 'loading') {
    return (
      <Layout gap="sm" wrap="nowrap" aria-hidden>
        <Skeleton height={36} width={150} />
        <Skeleton height={36} width={stacked ? '100%' : 240} />
      </Layout>
    );
  }
  const { filters, meta, units, setFilters } = state;
  return (
    <Layout gap="sm" wrap="nowrap">
      <PeriodPicker value={filters.period} coverage={meta.coverage} onChange={(period) => setFilters({ period })} />
      <UnitPicker
        value={filters.unit}
        meta={meta}
        units={units}
        onChange={(unit) => setFilters({ unit })}
        {...(stacked ? { width: '100%' } : {})}
      />
    </Layout>
  );
}
