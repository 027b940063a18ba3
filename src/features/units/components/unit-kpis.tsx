import { IconCircleCheck, IconClockExclamation, IconInbox, IconProgressCheck, IconTrophy, IconWorldWww } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierCounts } from '../../../api/dossiers';
import type { Meta } from '../../../api/meta';
import type { Unit } from '../../../api/units';
import { DossierKpiCards, dossierKpiMeasures, KpiCard, type DossierKpiMeasure, type KpiComparison } from '../../../components/kpi-card';
import { NoData } from '../../../components/no-data';
import { countChange, trendOf, verdictOf } from '../../../domain/change';
import {
  pending,
  received,
  resolved,
  resolvedEarlyOrOnTime,
} from '../../../domain/dossier-measures';
import { formatNumber, type Locale } from '../../../domain/format';
import { isWithin, samePeriodLastYear, type Period } from '../../../domain/period';
import { unitPresence } from '../../../domain/unit-lineage';
import { scopeContext, useLocale, type ScopeContext } from '../../../i18n';
import { useUnitRank, type UnitRank } from '../hooks/use-unit-rank';

interface Measure {
  key: 'received' | 'onTime' | 'progress' | 'overdue' | 'online';
  measure: DossierKpiMeasure;
  icon: ReactNode;
  detail: (c: DossierCounts, locale: Locale) => { n: string; total: string };
}

const measures: Measure[] = [
  {
    key: 'received',
    measure: dossierKpiMeasures.received,
    icon: <IconInbox size={20} />,
    detail: (c, l) => ({ n: formatNumber(c.receivedOnline, l), total: formatNumber(c.carriedOver, l) }),
  },
  {
    key: 'onTime',
    measure: dossierKpiMeasures.onTime,
    icon: <IconCircleCheck size={20} />,
    detail: (c, l) => ({ n: formatNumber(resolvedEarlyOrOnTime(c), l), total: formatNumber(resolved(c), l) }),
  },
  {
    key: 'progress',
    measure: dossierKpiMeasures.progress,
    icon: <IconProgressCheck size={20} />,
    detail: (c, l) => ({
      n: formatNumber(resolvedEarlyOrOnTime(c) + c.pendingOnTime, l),
      total: formatNumber(resolved(c) + pending(c), l),
    }),
  },
  {
    key: 'overdue',
    measure: dossierKpiMeasures.overdue,
    icon: <IconClockExclamation size={20} />,
    detail: (c, l) => ({ n: formatNumber(c.pendingOverdue, l), total: formatNumber(pending(c), l) }),
  },
  {
    key: 'online',
    measure: dossierKpiMeasures.online,
    icon: <IconWorldWww size={20} />,
    detail: (c, l) => ({ n: formatNumber(c.receivedOnline, l), total: formatNumber(received(c), l) }),
  },
];

interface UnitKpisProps {
  unit: Unit;
  units: readonly Unit[];
  period: Period;
  meta: Meta;
}

/** The unit's measures for the period, each against the same period last year, and its rank among communes. */
export function UnitKpis({ unit, units, period, meta }: UnitKpisProps) {
  const { t } = useTranslation();
  const lastYearPeriod = samePeriodLastYear(period);
  // Last year is comparable only if the data covers it and the unit existed then.
  const lastYearUnavailable = !isWithin(lastYearPeriod, meta.coverage)
    ? t('kpi.noLastYear')
    : unitPresence(unit, lastYearPeriod) === 'not-yet' || unitPresence(unit, lastYearPeriod) === 'ended'
      ? t('units.kpi.notExistingLastYear')
      : null;

  const isCommune = unit.level === 'commune';
  const rank = useUnitRank(unit.id, units, period, isCommune);
  const lastYearRank = useUnitRank(unit.id, units, lastYearPeriod, isCommune && lastYearUnavailable === null);

  return (
    <DossierKpiCards
      heading={t('units.kpi.section')}
      scope={{ unit: unit.id, period }}
      lastYearUnavailable={lastYearUnavailable}
      cards={measures.map((m) => ({
        key: m.key,
        measure: m.measure,
        title: t(`units.kpi.${m.key}`),
        icon: m.icon,
        detail: (c, l) => t(`units.kpi.${m.key}Detail`, m.detail(c, l)),
      }))}
      cols={{ base: 1, sm: 2, lg: 3 }}
    >
      <RankCard
        isCommune={isCommune}
        scope={scopeContext(meta.dataset)}
        rank={rank}
        lastYear={lastYearUnavailable === null ? lastYearRank : null}
        unavailable={lastYearUnavailable === null ? null : { kind: 'unavailable', text: lastYearUnavailable }}
      />
    </DossierKpiCards>
  );
}

type RankState = ReturnType<typeof useUnitRank>;

function RankCard({
  isCommune,
  scope,
  rank,
  lastYear,
  unavailable,
}: {
  isCommune: boolean;
  /** Scope words of the dataset (xã, thị trấn or xã, phường, đặc khu). */
  scope: ScopeContext;
  rank: RankState;
  lastYear: RankState | null;
  unavailable: KpiComparison | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = t('units.kpi.rank');
  const icon = <IconTrophy size={20} />;
  const rankText = (r: UnitRank | null): ReactNode =>
    r && r.rank !== null ? t('units.kpi.rankValue', { rank: formatNumber(r.rank, locale), of: formatNumber(r.of, locale) }) : <NoData />;

  if (!isCommune) {
    return <KpiCard title={title} icon={icon} value={<NoData />} detail={t('units.kpi.rankDistrict', { context: scope })} comparison={{ kind: 'unavailable', text: '' }} />;
  }
  if (rank.query.isError) {
    return (
      <KpiCard
        title={title}
        icon={icon}
        value={<NoData />}
        detail=""
        comparison={{ kind: 'error', text: t('units.kpi.rankError'), onRetry: () => void rank.query.refetch() }}
      />
    );
  }
  const loading = rank.query.isPending;
  let comparison: KpiComparison = { kind: 'loading' };
  if (!loading) {
    if (unavailable) comparison = unavailable;
    else if (lastYear?.query.isError) comparison = { kind: 'error', text: t('kpi.lastYearError'), onRetry: () => void lastYear.query.refetch() };
    else if (lastYear && !lastYear.query.isPending) {
      const now = rank.rank?.rank ?? null;
      const before = lastYear.rank?.rank ?? null;
      // Places moved up: a smaller rank number is better.
      const change = now !== null && before !== null ? countChange(before, now) : countChange(null, null);
      const moved = change.kind === 'count' ? change.delta : 0;
      comparison = {
        kind: 'change',
        change: change.kind === 'none' ? null : moved === 0 ? t('units.kpi.rankSame') : t(moved > 0 ? 'units.kpi.rankUp' : 'units.kpi.rankDown', { n: Math.abs(moved) }),
        trend: trendOf(change),
        verdict: verdictOf(change, 'higher-is-better'),
        base: (
          <>
            {t('kpi.lastYear')}: {rankText(lastYear.rank)}
          </>
        ),
      };
    }
  }
  return (
    <KpiCard
      title={title}
      icon={icon}
      loading={loading}
      value={rankText(rank.rank)}
      detail={t('units.kpi.rankDetail', { context: scope })}
      comparison={comparison}
    />
  );
}
