import { SimpleGrid, Title, type SimpleGridProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierCounts } from '../../api/dossiers';
import type { Locale } from '../../domain/format';
import { samePeriodLastYear, type Period } from '../../domain/period';
import { useLocale } from '../../i18n';
import { useDossierSummary } from '../../lib/queries/dossiers';
import { QueryError } from '../errors';
import { compareCounts, type DossierKpiMeasure } from './dossier-measures-kpi';
import { KpiCard, type KpiComparison } from './kpi-card';

/** One card of a dossier KPI section: a headline measure and how the page words it. */
export interface DossierKpiCardSpec {
  key: string;
  measure: DossierKpiMeasure;
  title: string;
  icon: ReactNode;
  /** The line under the value, e.g. "4.965 / 4.977 hồ sơ đã giải quyết". */
  detail: (current: DossierCounts, locale: Locale) => ReactNode;
  /** More under the value (e.g. the split by channel); given undefined while the figures load. */
  extra?: (current: DossierCounts | undefined) => ReactNode;
}

export interface DossierKpiCardsProps {
  /** The section's heading (h2). */
  heading: string;
  /** Whose figures, for which months; null while the page's filters load: skeletons, nothing asked yet. */
  scope: { unit: string; period: Period } | null;
  /**
   * Why the same months last year cannot be compared (outside the data's coverage, the unit did not
   * exist yet), in words; null: they can, and are asked for.
   */
  lastYearUnavailable: string | null;
  cards: readonly DossierKpiCardSpec[];
  cols: SimpleGridProps['cols'];
  /** Further cards in the same grid after the measures (e.g. a unit's rank). */
  children?: ReactNode;
}

// While the filters load the queries wait, disabled, on a key of their own.
const placeholderPeriod: Period = { from: '0000-01', to: '0000-01' };

/**
 * The headline dossier measures of a unit and period as KPI cards, each against the same months last
 * year: the summary and last year's summary, with their loading, "no last year" and error states.
 * A failed summary replaces the grid with the error and "Thử lại"; a failed last year only the
 * cards' comparison lines.
 */
export function DossierKpiCards({ heading, scope, lastYearUnavailable, cards, cols, children }: DossierKpiCardsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unit = scope?.unit ?? 'all';
  const period = scope?.period ?? placeholderPeriod;

  const current = useDossierSummary({ ...period, unit, level: 'all' }, { enabled: scope !== null });
  const lastYear = useDossierSummary(
    { ...samePeriodLastYear(period), unit, level: 'all' },
    { enabled: scope !== null && lastYearUnavailable === null },
  );

  const c = current.data?.totals;
  const b = lastYear.data?.totals;
  const loading = scope === null || current.isPending;

  const comparison = (measure: DossierKpiMeasure): KpiComparison => {
    if (loading || !c) return { kind: 'loading' };
    if (lastYearUnavailable !== null) return { kind: 'unavailable', text: lastYearUnavailable };
    if (lastYear.isError) return { kind: 'error', text: t('kpi.lastYearError'), onRetry: () => void lastYear.refetch() };
    if (!b) return { kind: 'loading' };
    return compareCounts(measure, c, b, locale, t('kpi.lastYear'));
  };

  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} size="h4" mb="sm">
        {heading}
      </Title>
      {current.isError ? (
        <QueryError error={current.error} onRetry={() => void current.refetch()} minHeight={120} />
      ) : (
        <SimpleGrid cols={cols} spacing="md">
          {cards.map((card) => (
            <KpiCard
              key={card.key}
              title={card.title}
              icon={card.icon}
              hint={card.measure.polarity === 'lower-is-better' ? t('kpi.lowerIsBetter') : undefined}
              loading={loading}
              value={c && card.measure.value(c, locale)}
              detail={c && card.detail(c, locale)}
              comparison={comparison(card.measure)}
            >
              {card.extra?.(loading ? undefined : c)}
            </KpiCard>
          ))}
          {children}
        </SimpleGrid>
      )}
    </section>
  );
}
