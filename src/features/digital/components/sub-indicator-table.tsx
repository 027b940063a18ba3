import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard, type ChartTable } from '../../../components/chart-card';
import { NoData } from '../../../components/no-data';
import { formatNumber, formatPercent } from '../../../domain/format';
import { scorecardGroupIds, type Scorecard, type SubIndicatorScore } from '../../../domain/scorecard-766';
import { formatPeriod, useLocale } from '../../../i18n';
import type { DigitalContext } from '../hooks/use-digital-queries';
import { fileName } from './file-name';
import classes from './sub-indicator-table.module.css';

/** Every sub-indicator: rate, threshold, points and points lost; a click on its name opens "vì sao thấp?". */
export function SubIndicatorTable({ card, ctx, unitLabel, onOpen }: { card: Scorecard; ctx: DigitalContext; unitLabel: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const period = formatPeriod(ctx.filters.period, locale);
  const name = (r: SubIndicatorScore) => t(`digital.names.${r.rule.id}` as 'digital.names.1.1');
  const table: ChartTable = {
    columns: [
      { key: 'id', header: t('digital.rows.id') },
      { key: 'name', header: t('digital.rows.name') },
      { key: 'numerator', header: t('digital.why.numerator'), format: 'number' },
      { key: 'denominator', header: t('digital.why.denominator'), format: 'number' },
      { key: 'rate', header: t('digital.rows.rate'), format: 'percent' },
      { key: 'threshold', header: t('digital.rows.threshold'), format: 'percent' },
      { key: 'earned', header: t('digital.groupsChart.earned'), format: 'number' },
      { key: 'max', header: t('digital.groupsChart.max'), format: 'number' },
      { key: 'lost', header: t('digital.rows.lost'), format: 'number' },
    ],
    rows: card.rows.map((r) => ({
      id: r.rule.id,
      name: name(r),
      numerator: r.numerator,
      denominator: r.denominator,
      rate: r.rate,
      threshold: r.threshold ?? 1,
      earned: r.earned === null ? null : round2(r.earned),
      max: r.points,
      lost: r.lost === null ? null : round2(r.lost),
    })),
  };
  return (
    <ChartCard
      title={`${t('digital.rows.title')}: ${unitLabel}, ${period}`}
      description={t('digital.rows.caption', { period })}
      table={table}
      fileName={fileName('chi-so-thanh-phan', ctx)}
      status="ready"
      height={600}
    >
      <Table.ScrollContainer minWidth={760}>
        <Table className={classes.table} verticalSpacing={6}>
          <caption className={classes.caption}>{t('digital.rows.caption', { period })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('digital.rows.id')}</Table.Th>
              <Table.Th scope="col">{t('digital.rows.name')}</Table.Th>
              <Table.Th scope="col" className={classes.num}>{t('digital.rows.rate')}</Table.Th>
              <Table.Th scope="col" className={classes.num}>{t('digital.rows.threshold')}</Table.Th>
              <Table.Th scope="col" className={classes.num}>{t('digital.rows.points')}</Table.Th>
              <Table.Th scope="col" className={classes.num}>{t('digital.rows.lost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scorecardGroupIds.map((g) => {
              const group = card.groups.find((x) => x.group === g);
              return (
                <Fragment key={g}>
                  <Table.Tr className={classes.groupRow}>
                    <Table.Th scope="rowgroup" colSpan={4}>
                      {t(`digital.groups.${g}`)}
                    </Table.Th>
                    <Table.Td className={classes.num}>
                      {group && t('digital.rows.pointsOf', { earned: formatNumber(group.earned, locale, 1), max: formatNumber(group.max, locale, 0) })}
                    </Table.Td>
                    <Table.Td className={classes.num}>{group && formatNumber(group.lost, locale, 1)}</Table.Td>
                  </Table.Tr>
                  {card.rows
                    .filter((r) => r.rule.group === g)
                    .map((r) => (
                      <Table.Tr key={r.rule.id}>
                        <Table.Td>{r.rule.id}</Table.Td>
                        <Table.Th scope="row" fw={400}>
                          <UnstyledButton className={classes.open} onClick={() => onOpen(r.rule.id)} aria-haspopup="dialog" aria-label={t('digital.rows.why', { name: `${r.rule.id} ${name(r)}` })}>
                            {name(r)}
                          </UnstyledButton>
                          <Notes row={r} />
                        </Table.Th>
                        <Table.Td className={classes.num}>{r.rate === null ? <NoData /> : formatPercent(r.rate, locale)}</Table.Td>
                        <Table.Td className={classes.num}>{formatPercent(r.threshold ?? 1, locale, 0)}</Table.Td>
                        <Table.Td className={classes.num}>
                          {r.points === 0 ? '—' : r.earned === null ? <NoData /> : t('digital.rows.pointsOf', { earned: formatNumber(r.earned, locale, 2), max: formatNumber(r.points, locale, 0) })}
                        </Table.Td>
                        <Table.Td className={classes.num}>{r.points === 0 ? '—' : r.lost === null ? <NoData /> : formatNumber(r.lost, locale, 2)}</Table.Td>
                      </Table.Tr>
                    ))}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ChartCard>
  );
}

function Notes({ row }: { row: SubIndicatorScore }) {
  const { t } = useTranslation();
  return (
    <div className={classes.notes}>
      {!row.rule.confirmed && (
        <Badge size="xs" variant="light" color="orange" radius="sm" tt="none">
          {t('digital.rows.unconfirmed')}
        </Badge>
      )}
      {row.points === 0 && <Text span size="xs" c="dimmed">{t('digital.rows.notScored')}</Text>}
      {row.appliedRule === 'full-points' && <Text span size="xs" c="dimmed">{t('digital.rows.fullPoints')}</Text>}
      {row.appliedRule === 'excluded' && row.points > 0 && <Text span size="xs" c="dimmed">{t('digital.rows.excluded')}</Text>}
    </div>
  );
}

const round2 = (x: number) => Math.round(x * 100) / 100;
