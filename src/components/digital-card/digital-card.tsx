import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodQuery } from '../../api/common';
import type { Meta } from '../../api/meta';
import { digitalIndicatorLines } from '../../domain/digital-indicators';
import type { TargetLine } from '../../domain/scorecard-766/targets';
import { formatNumber, formatPercent } from '../../domain/format';
import { exactPercentDigits } from '../../domain/percent-axis';
import { useLocale } from '../../i18n';
import { useDigitalSummary } from '../../lib/queries/digital';
import { useTargets } from '../../lib/queries/targets';
import { useYearEndTargets } from '../../lib/queries/year-end-targets';
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
  /** The data's coverage: the year-end projection counts the months the data holds. */
  meta: Meta;
}

const yearEndColor = { met: 'green', 'at-risk': 'orange', missed: 'red' } as const;

/**
 * Digital transformation (Decision 766): the main indicators as numerator ÷ denominator over the units
 * asked for, each against the target of the period's last year.
 */
export function DigitalCard({ query, name, periodText, fileName, meta }: DigitalCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const year = Number(query.to.slice(0, 4));
  const digital = useDigitalSummary(query);
  const targets = useTargets(year);
  const totals = digital.data?.totals;
  const lines = totals ? digitalIndicatorLines(totals, targets.data?.values ?? null) : [];
  // The same projection and label as Chuyển đổi số's Chỉ tiêu panel.
  const yearEndTargets = useYearEndTargets(query, query.unit ?? 'all', meta);
  const yearEnd = yearEndTargets.lines;

  const table: ChartTable = {
    columns: [
      { key: 'indicator', header: t('charts.digital.indicator'), format: 'text' },
      { key: 'numerator', header: t('charts.digital.numerator'), format: 'number' },
      { key: 'denominator', header: t('charts.digital.denominator'), format: 'number' },
      { key: 'rate', header: t('charts.digital.rate'), format: 'percent' },
      { key: 'target', header: t('charts.digital.target', { year }), format: 'percent' },
      { key: 'projected', header: t('charts.digital.projectedColumn'), format: 'percent' },
      { key: 'yearEnd', header: t('charts.digital.yearEndColumn', { year }), format: 'text' },
    ],
    rows: lines.map((l) => {
      const end = yearEnd?.find((y) => y.key === l.key);
      return {
        indicator: t(`charts.digital.${l.key}`),
        numerator: l.numerator,
        denominator: l.denominator,
        rate: l.rate,
        target: l.target,
        projected: end?.projection.projected ?? null,
        yearEnd: t(`charts.digital.yearEnd.${end?.label ?? 'none'}`),
      };
    }),
  };
  // Nothing to judge: no unit had a single dossier behind any indicator in the period.
  const empty = lines.every((l) => l.denominator === 0);
  const status = digital.isPending || yearEndTargets.pending ? 'loading' : digital.isError ? 'error' : empty ? 'empty' : 'ready';

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
              <Group justify="space-between" gap="xs" wrap="nowrap" mt={2}>
              <Text size="xs" c={l.verdict === 'below' ? verdictTextColors.bad : 'dimmed'}>
                {l.target === null
                  ? t('charts.digital.noTarget')
                  : l.verdict === 'met'
                    ? t('charts.digital.met', { target })
                    : l.verdict === 'below'
                      ? t('charts.digital.below', { target })
                      : t('charts.digital.targetOnly', { target })}
              </Text>
              <YearEndBadge line={yearEnd?.find((y) => y.key === l.key) ?? null} year={year} />
              </Group>
            </div>
          );
        })}
      </Stack>
    </ChartCard>
  );
}

/** The year-end label of one indicator (đạt / có nguy cơ / không đạt), its projected rate in words beside it. */
function YearEndBadge({ line, year }: { line: TargetLine | null; year: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!line?.label || line.projection.projected === null) return null;
  const projected = formatPercent(line.projection.projected, locale);
  const label = t(`charts.digital.yearEnd.${line.label}`);
  return (
    <Badge variant="light" tt="none" size="sm" color={yearEndColor[line.label]} data-testid={`year-end-${line.key}`}>
      {t('charts.digital.yearEndBadge', { year, label, projected })}
    </Badge>
  );
}
