import { Anchor, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatDate, formatNumber, formatPercent } from '../../../domain/format';
import { verifiedOnTimeByUnit, verifiedOnTimeShare } from '../../../domain/inspection-results';
import { formatPeriod, useLocale } from '../../../i18n';
import { ALL_UNITS } from '../../../lib/filters/resolve-filters';
import { unitPath } from '../../../lib/paths';
import { inUnitFilter, sectionOf, type ResultsContext, type useResultsData } from '../hooks/use-results-data';
import classes from './results.module.css';
import { ResultsTableCard } from './results-table-card';

/**
 * The share of actions verified on time (verifiedOnTimeShare) over the actions due within the period, of the
 * header's unit: overall, and per inspected unit in a table.
 */
export function VerifiedOnTime({ ctx, data }: { ctx: ResultsContext; data: ReturnType<typeof useResultsData> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useUnitLabel(ctx.meta, ctx.units);
  const { actions } = data;
  const section = sectionOf([actions]);
  const { period, unit } = ctx.filters;
  const asOf = ctx.meta.asOf;

  const { overall, rows } = useMemo(() => {
    const scoped = (actions.data ?? []).filter((a) => inUnitFilter(ctx.filters, a.unitId));
    return {
      overall: verifiedOnTimeShare(scoped, asOf, period),
      rows: verifiedOnTimeByUnit(scoped, asOf, period).sort((a, b) => unitLabel(a.unitId).localeCompare(unitLabel(b.unitId), 'vi')),
    };
  }, [actions.data, ctx.filters, asOf, period, unitLabel]);
  const n = (v: number) => formatNumber(v, locale);
  const periodText = formatPeriod(period, locale);

  return (
    <ResultsTableCard
      title={unit === ALL_UNITS ? t('results.onTime.title', { period: periodText }) : t('results.onTime.titleUnit', { unit: unitLabel(unit), period: periodText })}
      aside={
        actions.data &&
        overall.due > 0 && (
          <Text size="md" className={classes.overall}>
            {t('results.onTime.overall')}:{' '}
            <strong>{t('results.onTime.overallValue', { share: formatPercent(overall.share, locale), onTime: n(overall.verifiedOnTime), due: n(overall.due) })}</strong>
          </Text>
        )
      }
      description={t('results.onTime.description', { date: formatDate(asOf) })}
      error={section.error}
      onRetry={section.retry}
      loading={section.loading}
      empty={rows.length === 0 ? t('results.onTime.none') : null}
      caption={t('results.onTime.caption')}
      minWidth={560}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('results.onTime.unit')}</Table.Th>
          <Table.Th scope="col" className={classes.numHead}>
            {t('results.onTime.due')}
          </Table.Th>
          <Table.Th scope="col" className={classes.numHead}>
            {t('results.onTime.verified')}
          </Table.Th>
          <Table.Th scope="col" className={classes.numHead}>
            {t('results.onTime.share')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.unitId}>
            <Table.Th scope="row" fw={400}>
              <Anchor component={Link} to={unitPath(r.unitId)} className={classes.unitLink}>
                {unitLabel(r.unitId)}
              </Anchor>
            </Table.Th>
            <Table.Td className={classes.num}>{n(r.due)}</Table.Td>
            <Table.Td className={classes.num}>{n(r.verifiedOnTime)}</Table.Td>
            <Table.Td className={classes.num}>{formatPercent(r.share, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      {rows.length > 1 && (
        <Table.Tfoot>
          <Table.Tr className={classes.totals}>
            <Table.Th scope="row">{t('results.onTime.overall')}</Table.Th>
            <Table.Td className={classes.num}>{n(overall.due)}</Table.Td>
            <Table.Td className={classes.num}>{n(overall.verifiedOnTime)}</Table.Td>
            <Table.Td className={classes.num}>{formatPercent(overall.share, locale)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      )}
    </ResultsTableCard>
  );
}
