import { DigitalCard } from '../../../components/digital-card';
import { formatPeriod, useLocale } from '../../../i18n';
import type { OverviewContext } from '../hooks/use-overview-queries';
import { chartFileName } from './chart-style';

/** Digital indicators for the unit filter (the whole district: every unit's numerators and denominators added up). */
export function DigitalChart({ ctx, unitLabel }: { ctx: OverviewContext; unitLabel: string }) {
  const locale = useLocale();
  const { period, unit } = ctx.filters;
  return (
    <DigitalCard
      query={{ ...period, unit, level: 'all' }}
      name={unitLabel}
      periodText={formatPeriod(period, locale)}
      fileName={chartFileName('chuyen-doi-so', ctx)}
      meta={ctx.meta}
    />
  );
}
