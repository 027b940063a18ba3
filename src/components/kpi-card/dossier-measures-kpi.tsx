import type { ReactNode } from 'react';
import type { DossierCounts } from '../../api/dossiers';
import { countChange, rateChange, trendOf, verdictOf, type Change, type Polarity } from '../../domain/change';
import { onlineShare, onTimeRate, progressRate, received } from '../../domain/dossier-measures';
import { formatNumber, formatPercent, formatSignedNumber, formatSignedPercent, type Locale } from '../../domain/format';
import type { Rate } from '../../domain/rate';
import { NoData } from '../no-data';
import type { KpiComparison } from './kpi-card';
import { formatPoints } from '../../i18n';

/** A headline dossier measure: how to show its value, and how to compare it with a base period. */
export interface DossierKpiMeasure {
  value: (c: DossierCounts, locale: Locale) => ReactNode;
  change: (c: DossierCounts, base: DossierCounts) => Change;
  /** null: neither direction is good or bad news (e.g. how many dossiers came in). */
  polarity: Polarity | null;
}

const showRate = (r: Rate, locale: Locale): ReactNode => (r === null ? <NoData /> : formatPercent(r, locale));

/** The headline measures every screen shows the same way (Tổng quan, a unit's page). */
export const dossierKpiMeasures = {
  received: {
    value: (c, l) => formatNumber(received(c), l),
    change: (c, b) => countChange(received(c), received(b)),
    polarity: null,
  },
  onTime: {
    value: (c, l) => showRate(onTimeRate(c), l),
    change: (c, b) => rateChange(onTimeRate(c), onTimeRate(b)),
    polarity: 'higher-is-better',
  },
  progress: {
    value: (c, l) => showRate(progressRate(c), l),
    change: (c, b) => rateChange(progressRate(c), progressRate(b)),
    polarity: 'higher-is-better',
  },
  overdue: {
    value: (c, l) => formatNumber(c.pendingOverdue, l),
    change: (c, b) => countChange(c.pendingOverdue, b.pendingOverdue),
    polarity: 'lower-is-better',
  },
  online: {
    value: (c, l) => showRate(onlineShare(c), l),
    change: (c, b) => rateChange(onlineShare(c), onlineShare(b)),
    polarity: 'higher-is-better',
  },
} satisfies Record<string, DossierKpiMeasure>;

/** "+1,5 điểm %" for a rate, "+12,3 %" for a count (or "+12" on a zero base), null when a side has no data. */
export function changeText(change: Change, locale: Locale): string | null {
  switch (change.kind) {
    case 'none':
      return null;
    case 'rate':
      return formatPoints(change.points, locale);
    case 'count':
      return change.relative === null ? formatSignedNumber(change.delta, locale) : formatSignedPercent(change.relative, locale);
  }
}

/** A KPI card's comparison line for a measure, current counts against the base period's. */
export function compareCounts(
  measure: DossierKpiMeasure,
  current: DossierCounts,
  base: DossierCounts,
  locale: Locale,
  baseLabel: string,
): KpiComparison {
  const change = measure.change(current, base);
  return {
    kind: 'change',
    change: changeText(change, locale),
    trend: trendOf(change),
    verdict: measure.polarity ? verdictOf(change, measure.polarity) : 'neutral',
    base: (
      <>
        {baseLabel}: {measure.value(base, locale)}
      </>
    ),
  };
}
