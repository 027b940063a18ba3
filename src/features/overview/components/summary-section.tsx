import { Card, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { scopeContext, summaryText, useLocale } from '../../../i18n';
import { useSummaryFacts } from '../../../lib/queries/summary-facts';
import type { OverviewContext } from '../hooks/use-overview-queries';

/**
 * The generated paragraph under the cards, from the period's summary facts (useSummaryFacts: the cards' own queries,
 * same keys, fetched once); a part that fails is left out, and says so, while the rest is written.
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
  const summary = useSummaryFacts(ctx);

  // The cards above show that failure with its retry (the same query): no second alert here.
  if (summary.status === 'error')
    return (
      <Text size="sm" c="dimmed">
        {t('overview.summary.unavailable')}
      </Text>
    );
  if (summary.status === 'loading') return <SummarySkeleton />;

  const text = summaryText(summary.facts, { language: locale, scope: scopeContext(ctx.meta.dataset) });
  return (
    <>
      <Text component="p" m={0} lh={1.65} style={{ textWrap: 'pretty' }}>
        {text}
      </Text>
      {summary.incomplete && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('overview.summary.partial')}
        </Text>
      )}
    </>
  );
}
