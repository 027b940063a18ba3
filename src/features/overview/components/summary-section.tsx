import { Card, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { remediationSnapshot } from '../../../domain/action-status';
import { digitalIndicatorLines } from '../../../domain/digital-indicators';
import { periodTarget } from '../../../domain/monthly-series';
import { overviewSummaryFacts, type CommuneFigures, type SummaryScope } from '../../../domain/overview-summary';
import { parIndexChanges, parIndexFor } from '../../../domain/par-index';
import { scopeContext, summaryText, useLocale } from '../../../i18n';
import { ALL_UNITS } from '../../../lib/filters/resolve-filters';
import { useDigitalSummary } from '../../../lib/queries/digital';
import { useParIndex } from '../../../lib/queries/par-index';
import { useTargets } from '../../../lib/queries/targets';
import {
  useCommuneDossiers,
  useOnTimeTargets,
  useSummaryCounts,
  useUnitActions,
  type OverviewContext,
} from '../hooks/use-overview-queries';

/**
 * The generated paragraph under the cards. It uses the cards' own queries (same keys, fetched once)
 * and waits for every part; a part that fails is left out, and says so, while the rest is written.
 */
export function SummarySection({ ctx }: { ctx: OverviewContext | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('overview.summary.title')}
      </Title>
      {ctx ? <SummaryBody ctx={ctx} /> : <SummarySkeleton />}
    </Card>
  );
}

function SummarySkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap={8} aria-busy>
      <VisuallyHidden>{t('overview.summary.loading')}</VisuallyHidden>
      <Skeleton height={14} />
      <Skeleton height={14} />
      <Skeleton height={14} />
      <Skeleton height={14} width="60%" />
    </Stack>
  );
}

function SummaryBody({ ctx }: { ctx: OverviewContext }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { period, unit } = ctx.filters;
  const summary = useSummaryCounts(ctx);
  const communes = useCommuneDossiers(ctx);
  const targets = useOnTimeTargets([Number(period.to.slice(0, 4))]);
  const actions = useUnitActions(ctx);
  const par = useParIndex();
  const year = Number(period.to.slice(0, 4));
  const digital = useDigitalSummary({ ...period, unit, level: 'all' });
  const yearTargets = useTargets(year);

  const parts = [
    { query: summary.lastYear, enabled: summary.lastYearPeriod !== null },
    { query: communes.current, enabled: true },
    { query: communes.lastYear, enabled: communes.lastYearPeriod !== null },
    ...targets.tracked,
    { query: actions, enabled: true },
    { query: par, enabled: true },
    { query: digital, enabled: true },
    { query: yearTargets, enabled: true },
  ].filter((p) => p.enabled);

  // The cards above show that failure with its retry (the same query): no second alert here.
  if (summary.current.isError)
    return (
      <Text size="sm" c="dimmed">
        {t('overview.summary.unavailable')}
      </Text>
    );
  if (summary.current.isPending || parts.some((p) => p.query.isPending)) return <SummarySkeleton />;

  const unitsById = new Map(ctx.units.map((u) => [u.id, u]));
  const scope: SummaryScope =
    unit === ALL_UNITS
      ? { kind: 'all' }
      : unit === ctx.meta.rootUnitId || !unitsById.has(unit)
        ? { kind: 'root' }
        : { kind: 'unit', id: unit, unit: unitsById.get(unit)! };

  const lastYearRows = communes.lastYearPeriod ? (communes.lastYear.data?.rows ?? []) : [];
  const lastYearByUnit = new Map(lastYearRows.map((r) => [r.unitId, r]));
  const communeFigures: CommuneFigures[] | null = communes.current.data
    ? communes.current.data.rows.flatMap((r) => {
        const u = unitsById.get(r.unitId);
        return u ? [{ id: u.id, unit: u, counts: r, lastYear: lastYearByUnit.get(r.unitId) ?? null }] : [];
      })
    : null;

  const snapshot = actions.data ? remediationSnapshot(actions.data, period, ctx.meta.asOf, ctx.meta.coverage.to) : null;
  const remediation = snapshot && {
    day: snapshot.day,
    counts: snapshot.counts,
    total: snapshot.total,
    overdueByUnit: [...snapshot.overdueByUnit].flatMap(([id, count]) => {
      const u = unitsById.get(id);
      return u ? [{ unit: u, count }] : [];
    }),
  };
  const targetsLoaded = targets.tracked.every((q) => q.query.isSuccess);

  const facts = overviewSummaryFacts({
    period,
    scope,
    current: summary.current.data?.totals ?? null,
    lastYear: summary.lastYearPeriod ? (summary.lastYear.data?.totals ?? null) : null,
    target: targetsLoaded ? periodTarget(period, targets.targetOf) : null,
    communes: communeFigures,
    remediation,
    par: par.data ? parIndexFor(parIndexChanges(par.data), year) : null,
    digital:
      digital.data && yearTargets.data
        ? { year, lines: digitalIndicatorLines(digital.data.totals, yearTargets.data.values) }
        : null,
  });
  const text = summaryText(facts, { language: locale, scope: scopeContext(ctx.meta.dataset) });
  const incomplete = parts.some((p) => p.query.isError);

  return (
    <>
      <Text component="p" m={0} lh={1.65} style={{ textWrap: 'pretty' }}>
        {text}
      </Text>
      {incomplete && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('overview.summary.partial')}
        </Text>
      )}
    </>
  );
}
