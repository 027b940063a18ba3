import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodQuery } from '../../api/common';
import { digitalIndicatorLines } from '../../domain/digital-indicators';
import { formatNumber, formatPercent } from '../../domain/format';
import { exactPercentDigits } from '../../domain/percent-axis';
import { useLocale } from '../../i18n';
import { useDigitalSummary } from '../../lib/queries/digital';
import { useTargets } from '../../lib/queries/targets';
import { ChartCard, type ChartTable } from '../chart-card';
import { verdictColors, verdictTextColors } from '../../semantic-colors';
import { NoData } from '../no-data';
import classes from './digital-card.module.css';

const HEIGHT = 300;

export interface DigitalCardProps {
  /** The units asked for: one unit, or `all` (the backend adds them up: Σ÷Σ). */
  query: PeriodQuery;
  /** "Toàn huyện", "Xã Thư Phú": who, for the title. */
  name: string;
  /** "năm 2022": when, for the title. */
  periodText: string;
  fileName: string;
}

/**
 * Digital transformation (Decision 766): the main indicators as numerator ÷ denominator over the units
 * asked for, each against the target of the period's last year.
 */
export function DigitalCard({ query, name, periodText, fileName }: DigitalCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const year = Number(query.to.slice(0, 4));
  const digital = useDigitalSummary(query);
  const targets = useTargets(year);
  const totals = digital.data?.totals;
  const lines = totals ? digitalIndicatorLines(totals, targets.data?.values ?? null) : [];

  const table: ChartTable = {
    columns: [
      { key: 'indicator', header: t('charts.digital.indicator'), format: 'text' },
      { key: 'numerator', header: t('charts.digital.numerator'), format: 'number' },
      { key: 'denominator', header: t('charts.digital.denominator'), format: 'number' },
      { key: 'rate', header: t('charts.digital.rate'), format: 'percent' },
      { key: 'target', header: t('charts.digital.target', { year }), format: 'percent' },
    ],
    rows: lines.map((l) => ({
      indicator: t(`charts.digital.${l.key}`),
      numerator: l.numerator,
      denominator: l.denominator,
      rate: l.rate,
      target: l.target,
    })),
  };
  // Nothing to judge: no unit had a single dossier behind any indicator in the period.
  const empty = lines.every((l) => l.denominator === 0);
  const status = digital.isPending ? 'loading' : digital.isError ? 'error' : empty ? 'empty' : 'ready';

  return (
    <ChartCard
      title={t('charts.digital.title', { name, period: periodText })}
      description={targets.isError ? t('charts.digital.noTargets') : t('charts.digital.description', { year })}
      table={table}
      fileName={fileName}
      status={status}
      error={digital.error}
      onRetry={() => void digital.refetch()}
      height={HEIGHT}
    >
      <Stack gap="md" className={classes.list}>
        {lines.map((l) => {
          const target = l.target === null ? '' : formatPercent(l.target, locale, exactPercentDigits(l.target));
          return (
            <div key={l.key}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {t(`charts.digital.${l.key}`)}
                </Text>
                <Text size="sm" className={classes.figure}>
                  {l.rate === null ? <NoData /> : <strong>{formatPercent(l.rate, locale)}</strong>}{' '}
                  <Text span size="xs" c="dimmed">
                    ({formatNumber(l.numerator, locale)}/{formatNumber(l.denominator, locale)})
                  </Text>
                </Text>
              </Group>
              <div className={classes.bar}>
                <Progress value={(l.rate ?? 0) * 100} color={l.verdict === 'below' ? verdictColors.below : verdictColors.meets} size="md" aria-hidden />
                {l.target !== null && (
                  <Tooltip label={t('charts.digital.targetMark', { target })}>
                    <span className={classes.marker} style={{ left: `${l.target * 100}%` }} aria-hidden />
                  </Tooltip>
                )}
              </div>
              <Text size="xs" c={l.verdict === 'below' ? verdictTextColors.bad : 'dimmed'} mt={2}>
                {l.target === null
                  ? t('charts.digital.noTarget')
                  : l.verdict === 'met'
                    ? t('charts.digital.met', { target })
                    : l.verdict === 'below'
                      ? t('charts.digital.below', { target })
                      : t('charts.digital.targetOnly', { target })}
              </Text>
            </div>
          );
        })}
      </Stack>
    </ChartCard>
  );
}
