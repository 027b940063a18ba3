import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/errors';
import type { DashboardFiltersState } from '../../../lib/filters/use-dashboard-filters';

interface UnitsPagePendingProps {
  state: Exclude<DashboardFiltersState, { status: 'ready' }>;
  /** What stands in for the page while the filters load, shaped like it. */
  placeholder: ReactNode;
}

/**
 * A units page (the list, a unit's page) before the filters' data (meta, units) is there: the page's
 * placeholder while it loads, or "Đơn vị" with the failure and "Thử lại".
 */
export function UnitsPagePending({ state, placeholder }: UnitsPagePendingProps) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <Stack gap="lg" aria-busy>
        {placeholder}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('units.title')}
      </Title>
      <QueryError error={state.error} onRetry={state.retry} />
    </Stack>
  );
}
