import { SimpleGrid, Title } from '@mantine/core';
import { IconClockExclamation, IconCircleCheck, IconInbox, IconWorldWww } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../../api/meta';
import {
  compareCounts,
  dossierKpiMeasures,
  KpiCard,
  type DossierKpiMeasure,
  type KpiComparison,
} from '../../../components/kpi-card';
import { QueryError } from '../../../components/errors';
import {
  pending,
  received,
  resolved,
  resolvedEarlyOrOnTime,
} from '../../../domain/dossier-measures';
import { formatNumber } from '../../../domain/format';
import { isWithin, samePeriodLastYear } from '../../../domain/period';
import type { DashboardFilters } from '../../../lib/filters/resolve-filters';
import { useLocale } from '../../../i18n';
import { useDossierSummary } from '../../../lib/queries/get-dossier-summary';
import { ChannelSplit } from './channel-split';

const measures = dossierKpiMeasures;

interface KpiSectionProps {
  /** null while the filters (meta, units) are loading. */
  filters: DashboardFilters | null;
  meta: Meta | null;
}

/** The four headline cards for the unit and period, each against the same period last year. */
export function KpiSection({ filters, meta }: KpiSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  // While the filters load, the cards show their skeletons; the queries wait (disabled) on a placeholder key.
  const ready = filters !== null && meta !== null;
  const unit = filters?.unit ?? 'all';
  const period = filters?.period ?? { from: '0000-01', to: '0000-01' };
  const lastYearPeriod = samePeriodLastYear(period);
  const lastYearCovered = meta !== null && isWithin(lastYearPeriod, meta.coverage);

  const current = useDossierSummary({ ...period, unit, level: 'all' }, { enabled: ready });
  const lastYear = useDossierSummary({ ...lastYearPeriod, unit, level: 'all' }, { enabled: ready && lastYearCovered });

  const c = current.data?.totals;
  const b = lastYear.data?.totals;
  const loading = !ready || current.isPending;

  const comparison = (m: DossierKpiMeasure): KpiComparison => {
    if (loading || !c) return { kind: 'loading' };
    if (!lastYearCovered) return { kind: 'unavailable', text: t('kpi.noLastYear') };
    if (lastYear.isError) return { kind: 'error', text: t('kpi.lastYearError'), onRetry: () => void lastYear.refetch() };
    if (!b) return { kind: 'loading' };
    return compareCounts(m, c, b, locale, t('kpi.lastYear'));
  };

  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} size="h4" mb="sm">
        {t('overview.kpiSection')}
      </Title>
      {current.isError ? (
        <QueryError error={current.error} onRetry={() => void current.refetch()} minHeight={120} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          <KpiCard
            title={t('kpi.received')}
            icon={<IconInbox size={20} />}
            loading={loading}
            value={c && measures.received.value(c, locale)}
            detail={c && `${t('kpi.channels')}:`}
            comparison={comparison(measures.received)}
          >
            <ChannelSplit counts={loading ? undefined : c} />
          </KpiCard>
          <KpiCard
            title={t('kpi.onTime')}
            icon={<IconCircleCheck size={20} />}
            loading={loading}
            value={c && measures.onTime.value(c, locale)}
            detail={
              c &&
              t('kpi.onTimeDetail', {
                n: formatNumber(resolvedEarlyOrOnTime(c), locale),
                total: formatNumber(resolved(c), locale),
              })
            }
            comparison={comparison(measures.onTime)}
          />
          <KpiCard
            title={t('kpi.overdue')}
            icon={<IconClockExclamation size={20} />}
            hint={t('kpi.lowerIsBetter')}
            loading={loading}
            value={c && measures.overdue.value(c, locale)}
            detail={c && t('kpi.overdueDetail', { total: formatNumber(pending(c), locale) })}
            comparison={comparison(measures.overdue)}
          />
          <KpiCard
            title={t('kpi.onlineShare')}
            icon={<IconWorldWww size={20} />}
            loading={loading}
            value={c && measures.online.value(c, locale)}
            detail={
              c &&
              t('kpi.onlineDetail', {
                n: formatNumber(c.receivedOnline, locale),
                total: formatNumber(received(c), locale),
              })
            }
            comparison={comparison(measures.online)}
          />
        </SimpleGrid>
      )}
    </section>
  );
}
