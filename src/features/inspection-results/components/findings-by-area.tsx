import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatNumber } from '../../../domain/format';
import { dayInPeriod, findingsByArea, resultDay } from '../../../domain/inspection-results';
import { formatPeriod, useLocale } from '../../../i18n';
import { ALL_UNITS } from '../../../lib/filters/resolve-filters';
import { inUnitFilter, sectionOf, type ResultsContext, type useResultsData } from '../hooks/use-results-data';
import classes from './results.module.css';
import { ResultsTableCard } from './results-table-card';

const TOP = 3;

/**
 * The findings of the inspections finalised within the period (by their last day), of the header's unit: per area
 * how many, in how many inspections, and the titles repeated most often.
 */
export function FindingsByArea({ ctx, data }: { ctx: ResultsContext; data: ReturnType<typeof useResultsData> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unitLabel = useUnitLabel(ctx.meta, ctx.units);
  const { inspections, template } = data;
  const section = sectionOf([inspections, template]);
  const { period, unit } = ctx.filters;

  const summary = useMemo(() => {
    if (!template.data || !inspections.data) return null;
    const inPeriod = inspections.data.filter((i) => i.status === 'finalised' && inUnitFilter(ctx.filters, i.unitId) && dayInPeriod(resultDay(i), period));
    return findingsByArea(template.data, inPeriod, TOP);
  }, [template.data, inspections.data, ctx.filters, period]);
  const names = new Map((template.data?.areas ?? []).map((a) => [a.id, a.name]));
  const periodText = formatPeriod(period, locale);
  const n = (v: number) => formatNumber(v, locale);

  return (
    <ResultsTableCard
      title={unit === ALL_UNITS ? t('results.findings.title', { period: periodText }) : t('results.findings.titleUnit', { unit: unitLabel(unit), period: periodText })}
      description={t('results.findings.description', { n: n(summary?.inspections ?? 0) })}
      error={section.error}
      onRetry={section.retry}
      loading={section.loading}
      empty={summary && summary.inspections === 0 ? t('results.findings.none') : null}
      caption={t('results.findings.caption')}
      minWidth={720}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('results.findings.area')}</Table.Th>
          <Table.Th scope="col" className={classes.numHead}>
            {t('results.findings.count')}
          </Table.Th>
          <Table.Th scope="col" className={classes.numHead}>
            {t('results.findings.inspections')}
          </Table.Th>
          <Table.Th scope="col">{t('results.findings.titles')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(summary?.areas ?? []).map((a) => (
          <Table.Tr key={a.areaId}>
            <Table.Th scope="row" fw={500} miw={200}>
              {names.get(a.areaId)}
            </Table.Th>
            <Table.Td className={classes.num}>{n(a.count)}</Table.Td>
            <Table.Td className={classes.num}>{n(a.inspections)}</Table.Td>
            <Table.Td>
              {a.titles.length === 0 ? (
                t('results.findings.noTitles')
              ) : (
                <ul className={classes.titles}>
                  {a.titles.map((x) => (
                    <li key={x.title}>{t('results.findings.titleCount', { title: x.title, times: n(x.count), units: n(x.units) })}</li>
                  ))}
                </ul>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      {summary && (
        <Table.Tfoot>
          <Table.Tr className={classes.totals}>
            <Table.Th scope="row">{t('results.findings.total')}</Table.Th>
            <Table.Td className={classes.num}>{n(summary.findings)}</Table.Td>
            <Table.Td className={classes.num}>{n(summary.inspections)}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      )}
    </ResultsTableCard>
  );
}
