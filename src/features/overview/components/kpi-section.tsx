import { IconClockExclamation, IconCircleCheck, IconInbox, IconWorldWww } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Meta } from '../../../api/meta';
import { DossierKpiCards, dossierKpiMeasures, type DossierKpiCardSpec } from '../../../components/kpi-card';
import { pending, received, resolved, resolvedEarlyOrOnTime } from '../../../domain/dossier-measures';
import { formatNumber } from '../../../domain/format';
import { isWithin, samePeriodLastYear } from '../../../domain/period';
import type { DashboardFilters } from '../../../lib/filters/resolve-filters';
import { ChannelSplit } from './channel-split';

interface KpiSectionProps {
  /** null while the filters (meta, units) are loading. */
  filters: DashboardFilters | null;
  meta: Meta | null;
}

/** The four headline cards for the unit and period, each against the same period last year. */
export function KpiSection({ filters, meta }: KpiSectionProps) {
  const { t } = useTranslation();
  const scope = filters && meta ? { unit: filters.unit, period: filters.period } : null;
  const lastYearCovered = scope !== null && meta !== null && isWithin(samePeriodLastYear(scope.period), meta.coverage);

  const cards: DossierKpiCardSpec[] = [
    {
      key: 'received',
      measure: dossierKpiMeasures.received,
      title: t('kpi.received'),
      icon: <IconInbox size={20} />,
      detail: () => `${t('kpi.channels')}:`,
      extra: (c) => <ChannelSplit counts={c} />,
    },
    {
      key: 'onTime',
      measure: dossierKpiMeasures.onTime,
      title: t('kpi.onTime'),
      icon: <IconCircleCheck size={20} />,
      detail: (c, l) => t('kpi.onTimeDetail', { n: formatNumber(resolvedEarlyOrOnTime(c), l), total: formatNumber(resolved(c), l) }),
    },
    {
      key: 'overdue',
      measure: dossierKpiMeasures.overdue,
      title: t('kpi.overdue'),
      icon: <IconClockExclamation size={20} />,
      detail: (c, l) => t('kpi.overdueDetail', { total: formatNumber(pending(c), l) }),
    },
    {
      key: 'online',
      measure: dossierKpiMeasures.online,
      title: t('kpi.onlineShare'),
      icon: <IconWorldWww size={20} />,
      detail: (c, l) => t('kpi.onlineDetail', { n: formatNumber(c.receivedOnline, l), total: formatNumber(received(c), l) }),
    },
  ];

  return (
    <DossierKpiCards
      heading={t('overview.kpiSection')}
      scope={scope}
      // While the filters load nothing is compared yet; the cards show skeletons either way.
      lastYearUnavailable={scope === null || lastYearCovered ? null : t('kpi.noLastYear')}
      cards={cards}
      cols={{ base: 1, sm: 2, lg: 4 }}
    />
  );
}
