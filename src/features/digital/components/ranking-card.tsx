import { Group, NativeSelect, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankingByValues, type RankingRow } from '../../../api/digital';
import { ChartCard, type ChartTable } from '../../../components/chart-card';
import { NoData } from '../../../components/no-data';
import { formatNumber } from '../../../domain/format';
import { formatPeriod, useLocale } from '../../../i18n';
import { ALL_UNITS } from '../../../lib/filters/resolve-filters';
import { useDigitalRanking } from '../../../lib/queries/digital';
import type { DigitalContext } from '../hooks/use-digital-queries';
import { fileName } from './file-name';

const PAGE_SIZE = 20;
type By = (typeof rankingByValues)[number];

/**
 * Communes ranked by the 766 total or one group, computed by the backend a page at a time (the
 * national dataset has 3,321 communes); the chosen commune's place with 5 neighbours on each side.
 */
export function RankingCard({ ctx, unitLabel }: { ctx: DigitalContext; unitLabel: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [by, setBy] = useState<By>('total');
  const [page, setPage] = useState(1);
  const chosen = ctx.filters.unit !== ALL_UNITS ? ctx.filters.unit : undefined;
  const ranking = useDigitalRanking({ ...ctx.filters.period, unit: ALL_UNITS, level: 'commune', by, page, pageSize: PAGE_SIZE, ...(chosen ? { around: chosen } : {}) });
  const byLabel = by === 'total' ? t('digital.ranking.byTotal') : t(`digital.groups.${by}`).toLowerCase();
  const value = (r: RankingRow) => (by === 'total' ? r.total : r.groups[by].earned);
  const rows = ranking.data?.rows ?? [];
  const count = ranking.data?.totalRows ?? 0;
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const table: ChartTable = {
    columns: [
      { key: 'rank', header: t('digital.ranking.rank'), format: 'number' },
      { key: 'unit', header: t('digital.ranking.unit') },
      { key: 'value', header: by === 'total' ? t('digital.ranking.total') : t('digital.ranking.share'), format: 'number' },
    ],
    rows: rows.map((r) => ({ rank: r.rank, unit: unitLabel(r.unitId), value: round2(value(r)) })),
  };
  const status = ranking.isPending ? 'loading' : ranking.isError ? 'error' : rows.length === 0 ? 'empty' : 'ready';
  const here = chosen ? ranking.data?.around?.find((r) => r.unitId === chosen) : undefined;
  return (
    <ChartCard
      title={t('digital.ranking.title', { by: byLabel, period: formatPeriod(ctx.filters.period, locale) })}
      description={t('digital.ranking.description', { n: formatNumber(count, locale) })}
      table={table}
      fileName={fileName(`xep-hang-${by}`, ctx)}
      status={status}
      error={ranking.error}
      onRetry={() => void ranking.refetch()}
      height={400}
      actions={
        <NativeSelect
          size="xs"
          label={t('digital.ranking.by')}
          value={by}
          onChange={(e) => {
            setBy(e.currentTarget.value as By);
            setPage(1);
          }}
          data={rankingByValues.map((v) => ({ value: v, label: v === 'total' ? t('digital.ranking.byTotal') : t(`digital.groups.${v}`) }))}
        />
      }
    >
      <Stack gap="sm">
        <RankTable rows={rows} value={value} unitLabel={unitLabel} chosen={chosen} caption={t('digital.ranking.title', { by: byLabel, period: formatPeriod(ctx.filters.period, locale) })} />
        {pages > 1 && (
          <Group justify="center">
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              size="sm"
              aria-label={t('digital.ranking.page')}
              getItemProps={(n) => ({ 'aria-label': t('digital.ranking.pageN', { n }) })}
              // First and last page: the best and the lowest-ranked communes.
              withEdges
              getControlProps={(control) => ({ 'aria-label': t(`digital.ranking.${control}`) })}
            />
          </Group>
        )}
        {chosen && ranking.data && (
          here ? (
            <>
              <Text fw={600} size="sm">
                {t('digital.ranking.around', { unit: unitLabel(chosen), rank: here.rank, n: formatNumber(count, locale) })}
              </Text>
              <RankTable rows={ranking.data.around ?? []} value={value} unitLabel={unitLabel} chosen={chosen} caption={t('digital.ranking.around', { unit: unitLabel(chosen), rank: here.rank, n: formatNumber(count, locale) })} />
            </>
          ) : (
            <Text size="sm">{t('digital.ranking.notRanked', { unit: unitLabel(chosen) })}</Text>
          )
        )}
      </Stack>
    </ChartCard>
  );
}

function RankTable({ rows, value, unitLabel, chosen, caption }: { rows: RankingRow[]; value: (r: RankingRow) => number | null; unitLabel: (id: string) => string; chosen: string | undefined; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table striped highlightOnHover>
      <caption style={{ captionSide: 'top', textAlign: 'left', position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('digital.ranking.rank')}</Table.Th>
          <Table.Th scope="col">{t('digital.ranking.unit')}</Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('digital.ranking.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const v = value(r);
          return (
            <Table.Tr key={r.unitId} aria-current={r.unitId === chosen ? 'true' : undefined} fw={r.unitId === chosen ? 700 : undefined}>
              <Table.Td>{formatNumber(r.rank, locale)}</Table.Td>
              <Table.Th scope="row" fw="inherit">{unitLabel(r.unitId)}</Table.Th>
              <Table.Td style={{ textAlign: 'right' }}>{v === null ? <NoData /> : formatNumber(v, locale, 1)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
