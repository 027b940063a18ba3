import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DigitalIndicatorKey } from '../../../api/digital';
import type { TargetValues } from '../../../api/targets';
import { ChartCard, type ChartTable } from '../../../components/chart-card';
import { NoData } from '../../../components/no-data';
import { formatNumber, formatPercent } from '../../../domain/format';
import type { Period } from '../../../domain/period';
import { belowTarget } from '../../../domain/ranking';
import { rate } from '../../../domain/rate';
import { useLocale } from '../../../i18n';
import { useDigitalByUnit } from '../../../lib/queries/get-digital-by-unit';
import { useTargets } from '../../../lib/queries/get-targets';
import classes from './unit-digital.module.css';

/** The main digital indicators and the year's target each is measured against. */
const indicators = [
  { key: 'onlineDossiers', target: 'onlineShare' },
  { key: 'fullyOnlineDossiers', target: 'fullyOnlineShare' },
  { key: 'digitisedDossiers', target: 'digitisedShare' },
  { key: 'electronicResults', target: 'electronicResultShare' },
  { key: 'dossiersPaidOnline', target: 'onlinePaymentShare' },
] as const satisfies readonly { key: DigitalIndicatorKey; target: keyof TargetValues }[];

const HEIGHT = 300;

interface UnitDigitalProps {
  unitId: string;
  period: Period;
  name: string;
  periodText: string;
  fileBase: string;
}

/** Digital transformation: each indicator as numerator ÷ denominator, against the target of the period's last year. */
export function UnitDigital({ unitId, period, name, periodText, fileBase }: UnitDigitalProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const year = Number(period.to.slice(0, 4));
  const digital = useDigitalByUnit({ ...period, unit: unitId, level: 'all' });
  const targets = useTargets(year);
  const values = targets.data?.values;
  const row = digital.data?.rows.find((r) => r.unitId === unitId);

  const items = indicators.map(({ key, target }) => {
    const ratio = row?.indicators[key] ?? { numerator: 0, denominator: 0 };
    return {
      key,
      label: t(`units.digital.${key}`),
      numerator: ratio.numerator,
      denominator: ratio.denominator,
      rate: rate(ratio.numerator, ratio.denominator),
      target: values ? values[target] : null,
    };
  });

  const table: ChartTable = {
    columns: [
      { key: 'indicator', header: t('units.digital.indicator'), format: 'text' },
      { key: 'numerator', header: t('units.digital.numerator'), format: 'number' },
      { key: 'denominator', header: t('units.digital.denominator'), format: 'number' },
      { key: 'rate', header: t('units.digital.rate'), format: 'percent' },
      { key: 'target', header: t('units.digital.target', { year }), format: 'percent' },
    ],
    rows: items.map((i) => ({ indicator: i.label, numerator: i.numerator, denominator: i.denominator, rate: i.rate, target: i.target })),
  };
  const status = digital.isPending ? 'loading' : digital.isError ? 'error' : !row ? 'empty' : 'ready';

  return (
    <ChartCard
      title={t('units.digital.title', { name, period: periodText })}
      description={targets.isError ? t('units.digital.noTargets') : t('units.digital.description', { year })}
      table={table}
      fileName={`${fileBase}-chuyen-doi-so`}
      status={status}
      error={digital.error}
      onRetry={() => void digital.refetch()}
      height={HEIGHT}
    >
      <Stack gap="md" className={classes.list}>
        {items.map((i) => {
          const lagging = belowTarget(i.rate, i.target);
          const met = i.rate !== null && i.target !== null && !lagging;
          return (
            <div key={i.key}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {i.label}
                </Text>
                <Text size="sm" className={classes.figure}>
                  {i.rate === null ? <NoData /> : <strong>{formatPercent(i.rate, locale)}</strong>}{' '}
                  <Text span size="xs" c="dimmed">
                    ({formatNumber(i.numerator, locale)}/{formatNumber(i.denominator, locale)})
                  </Text>
                </Text>
              </Group>
              <div className={classes.bar}>
                <Progress
                  value={(i.rate ?? 0) * 100}
                  color={lagging ? 'orange.8' : 'cchc.7'}
                  size="md"
                  aria-hidden
                />
                {i.target !== null && (
                  <Tooltip label={t('units.digital.targetMark', { target: formatPercent(i.target, locale, 0) })}>
                    <span className={classes.marker} style={{ left: `${i.target * 100}%` }} aria-hidden />
                  </Tooltip>
                )}
              </div>
              <Text size="xs" c={lagging ? 'var(--cchc-verdict-bad)' : 'dimmed'} mt={2}>
                {i.target === null
                  ? t('units.digital.noTarget')
                  : met
                    ? t('units.digital.met', { target: formatPercent(i.target, locale, 0) })
                    : lagging
                      ? t('units.digital.below', { target: formatPercent(i.target, locale, 0) })
                      : t('units.digital.targetOnly', { target: formatPercent(i.target, locale, 0) })}
              </Text>
            </div>
          );
        })}
      </Stack>
    </ChartCard>
  );
}
