import { Anchor, Button, Group, Pagination, Skeleton, Stack, Table, Text, TextInput, Title, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconArrowUp, IconArrowsSort, IconDownload, IconSearch } from '@tabler/icons-react';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/errors';
import { FilterProblems } from '../../../components/filter-problems';
import { NoData } from '../../../components/no-data';
import { clipMiddle } from '../../../domain/clip';
import { formatDate, formatNumber, formatPercent, type Locale } from '../../../domain/format';
import { belowTarget } from '../../../domain/ranking';
import type { Rate } from '../../../domain/rate';
import { csvBlob, toCsv } from '../../../lib/export/csv';
import { downloadBlob } from '../../../lib/export/download';
import { useDashboardFilters, type DashboardFiltersState } from '../../../lib/filters/use-dashboard-filters';
import { useDossiersByUnit } from '../../../lib/queries/dossiers';
import { useTargets } from '../../../lib/queries/targets';
import { formatPeriod, scopeContext, useLocale } from '../../../i18n';
import { useHeaderUnitNavigation } from '../hooks/use-header-unit-navigation';
import { useListParams, type SortDirection, type SortKey } from '../hooks/use-list-params';
import { useUnitLinks } from '../hooks/use-unit-link';
import { useUnitTrends, type UnitTrends } from '../hooks/use-unit-trends';
import { buildUnitRows, searchRows, sortRows, totalsOf, type UnitRow } from '../unit-rows';
import { Sparkline } from './sparkline';
import { UnitEventNotes } from './unit-event-notes';
import { useBucketLabel, useRowLabel } from './unit-names';
import { UnitsPagePending } from './units-page-pending';
import classes from './units.module.css';

type Ready = Extract<DashboardFiltersState, { status: 'ready' }>;

/** A district has about 30 units (one page); the national dataset's 3,300 communes go page by page. */
const PAGE_SIZE = 100;

/** Đơn vị: every unit of the period with its main measures and a small on-time trend line. */
export function UnitList() {
  const state = useDashboardFilters();
  const { t } = useTranslation();
  useHeaderUnitNavigation(null);

  if (state.status !== 'ready') {
    return (
      <UnitsPagePending
        state={state}
        placeholder={
          <>
            <Title order={1} size="h2">
              {t('units.title')}
            </Title>
            <Skeleton height={14} width={280} />
            <Skeleton height={420} />
          </>
        }
      />
    );
  }
  return <UnitListReady state={state} />;
}

function UnitListReady({ state }: { state: Ready }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { filters, meta, units, problems } = state;
  const { period } = filters;
  const { sort, dir, q, page, setSort, setQuery, setPage } = useListParams();
  const rowLabel = useRowLabel(meta, units);
  const year = Number(period.to.slice(0, 4));

  const byUnit = useDossiersByUnit({ ...period, unit: 'all', level: 'all' });
  const targets = useTargets(year);
  const trends = useUnitTrends(period, true);
  const onTimeTarget = targets.data?.values.onTimeRate ?? null;

  const allRows = useMemo(
    () => (byUnit.data ? buildUnitRows(byUnit.data.rows, units, period, rowLabel) : null),
    [byUnit.data, units, period, rowLabel],
  );
  const shown = useMemo(() => (allRows ? sortRows(searchRows(allRows, q), sort, dir) : null), [allRows, q, sort, dir]);
  const totals = useMemo(() => (shown ? totalsOf(shown) : null), [shown]);
  const pages = shown ? Math.max(1, Math.ceil(shown.length / PAGE_SIZE)) : 1;
  const currentPage = Math.min(page, pages);
  const pageRows = shown ? shown.slice((currentPage - 1) * PAGE_SIZE, currentPage * PAGE_SIZE) : null;
  const hasMergers = allRows?.some((r) => r.events.length > 0) ?? false;

  const exportCsv = () => {
    if (!shown || !totals) return;
    const columns = [
      { key: 'unit', header: t('units.columns.name') },
      { key: 'received', header: t('units.columns.received'), format: 'number' as const },
      { key: 'onTime', header: t('units.columns.onTime'), format: 'percent' as const },
      { key: 'overdue', header: t('units.columns.overdue'), format: 'number' as const },
      { key: 'online', header: t('units.columns.online'), format: 'percent' as const },
    ];
    const line = (unit: string, f: UnitRow['figures']) => ({
      unit,
      received: f.received,
      onTime: f.onTimeRate,
      overdue: f.pendingOverdue,
      online: f.onlineShare,
    });
    const csv = toCsv(columns, [...shown.map((r) => line(r.label, r.figures)), line(t('units.total', { n: formatNumber(shown.length, locale) }), totals)], locale);
    downloadBlob(csvBlob(csv), `don-vi-${period.from}-${period.to}`.concat('.csv'));
  };

  const captionId = useId();
  const periodText = formatPeriod(period, locale);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('units.listHeading', { period: periodText })}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {meta.name} · {t('units.asOf', { date: formatDate(meta.asOf) })}
        </Text>
      </div>
      {/* An unknown `unit=` is named too; the list shows every unit whatever the header says. */}
      <FilterProblems
        problems={problems}
        filters={{ ...filters, unit: 'all' }}
        meta={meta}
        units={units}
      />

      <Group justify="space-between" align="flex-end" gap="sm">
        <TextInput
          label={t('units.search')}
          placeholder={t('units.searchPlaceholder')}
          value={q}
          onChange={(e) => setQuery(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          w={{ base: '100%', sm: 320 }}
          type="search"
        />
        <Group gap="sm">
          {shown && (
            <Text size="sm" c="dimmed" role="status">
              {t('units.shownCount', { n: formatNumber(shown.length, locale), total: formatNumber(allRows?.length ?? 0, locale) })}
            </Text>
          )}
          <Button variant="default" size="sm" leftSection={<IconDownload size={16} aria-hidden />} onClick={exportCsv} disabled={!shown}>
            {t('units.downloadCsv')}
          </Button>
        </Group>
      </Group>

      {byUnit.isError ? (
        <QueryError error={byUnit.error} onRetry={() => void byUnit.refetch()} minHeight={200} />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table highlightOnHover verticalSpacing="xs" aria-labelledby={captionId} aria-busy={!shown || undefined} className={classes.table}>
            <caption id={captionId} className={classes.caption}>
              {t('units.caption', { period: periodText })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <SortHeader column="name" label={t('units.columns.name')} sort={sort} dir={dir} onSort={setSort} />
                <SortHeader column="received" label={t('units.columns.received')} sort={sort} dir={dir} onSort={setSort} numeric />
                <SortHeader column="onTime" label={t('units.columns.onTime')} sort={sort} dir={dir} onSort={setSort} numeric />
                <SortHeader column="overdue" label={t('units.columns.overdue')} sort={sort} dir={dir} onSort={setSort} numeric />
                <SortHeader column="online" label={t('units.columns.online')} sort={sort} dir={dir} onSort={setSort} numeric />
                <Table.Th scope="col" className={classes.trendCell}>
                  {t(`units.columns.trend.${trends.buckets[0]?.kind ?? 'month'}`)}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {!shown
                ? Array.from({ length: 8 }, (_, i) => (
                    <Table.Tr key={i} aria-hidden>
                      {Array.from({ length: 6 }, (__, j) => (
                        <Table.Td key={j}>
                          <Skeleton height={14} my={6} />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))
                : (pageRows ?? []).map((row) => (
                    <UnitListRow key={row.id} row={row} units={units} trends={trends} target={onTimeTarget} year={year} locale={locale} />
                  ))}
              {shown && shown.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    {/* The echo is cut and may break anywhere: a pasted 10,000 characters must not widen the page. */}
                    <Text c="dimmed" ta="center" py="md" style={{ overflowWrap: 'anywhere' }}>
                      {t('units.noMatch', { q: clipMiddle(q) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
            {shown && totals && shown.length > 0 && (
              <Table.Tfoot className={classes.totals}>
                <Table.Tr>
                  <Table.Th scope="row">{t('units.total', { n: formatNumber(shown.length, locale) })}</Table.Th>
                  <Table.Td className={classes.num}>{formatNumber(totals.received, locale)}</Table.Td>
                  <Table.Td className={classes.num}>{showRate(totals.onTimeRate, locale)}</Table.Td>
                  <Table.Td className={classes.num}>{formatNumber(totals.pendingOverdue, locale)}</Table.Td>
                  <Table.Td className={classes.num}>{showRate(totals.onlineShare, locale)}</Table.Td>
                  <Table.Td className={classes.trendCell}>
                    <TrendCell
                      trends={trends}
                      values={trends.status === 'ready' ? trends.total(shown.map((r) => r.id)) : null}
                      target={onTimeTarget}
                      name={t('units.totalName')}
                    />
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        </Table.ScrollContainer>
      )}

      {pages > 1 && (
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            {t('units.pageNote', { page: currentPage, pages })}
          </Text>
          <Pagination
            total={pages}
            value={currentPage}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`units.pagination.${control}`) })}
            getItemProps={(n) => ({ 'aria-label': t('units.pagination.page', { n }) })}
          />
        </Group>
      )}
      {trends.status === 'error' && (
        <QueryError error={trends.error} onRetry={trends.retry} title={t('units.trendError')} />
      )}
      <Text size="sm" c="dimmed">
        {t('units.totalsNote')} {hasMergers && t('units.mergerNote', { context: scopeContext(meta.dataset) })}{' '}
        {onTimeTarget !== null && t('units.targetNote', { target: formatPercent(onTimeTarget, locale, 0), year })}
      </Text>
    </Stack>
  );
}

const showRate = (r: Rate, locale: Locale): ReactNode => (r === null ? <NoData /> : formatPercent(r, locale));

function UnitListRow({
  row,
  units,
  trends,
  target,
  year,
  locale,
}: {
  row: UnitRow;
  units: Ready['units'];
  trends: UnitTrends;
  target: number | null;
  year: number;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const { toUnit } = useUnitLinks();
  const f = row.figures;
  const lagging = belowTarget(f.onTimeRate, target);
  return (
    <Table.Tr>
      <Table.Th scope="row" className={classes.nameCell}>
        <Anchor component={Link} to={toUnit(row.id)} fw={500}>
          {row.label}
        </Anchor>
        <UnitEventNotes events={row.events} units={units} />
      </Table.Th>
      <Table.Td className={classes.num}>{formatNumber(f.received, locale)}</Table.Td>
      <Table.Td className={classes.num}>
        {lagging ? (
          <Tooltip label={t('units.belowTarget', { target: formatPercent(target, locale, 0), year })}>
            <span className={classes.lagging} tabIndex={0}>
              <IconAlertTriangle size={14} aria-hidden />
              {formatPercent(f.onTimeRate, locale)}
              <VisuallyHidden>{`(${t('units.belowTarget', { target: formatPercent(target, locale, 0), year })})`}</VisuallyHidden>
            </span>
          </Tooltip>
        ) : (
          showRate(f.onTimeRate, locale)
        )}
      </Table.Td>
      <Table.Td className={classes.num}>{formatNumber(f.pendingOverdue, locale)}</Table.Td>
      <Table.Td className={classes.num}>{showRate(f.onlineShare, locale)}</Table.Td>
      <Table.Td className={classes.trendCell}>
        <TrendCell trends={trends} values={trends.status === 'ready' ? (trends.byUnit.get(row.id) ?? []) : null} target={target} name={row.label} />
      </Table.Td>
    </Table.Tr>
  );
}

function TrendCell({ trends, values, target, name }: { trends: UnitTrends; values: Rate[] | null; target: number | null; name: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const bucketLabel = useBucketLabel();
  if (trends.status === 'loading') return <Skeleton height={24} width={112} aria-hidden />;
  if (trends.status === 'error' || values === null) return <Text span c="dimmed" size="sm">{t('units.trendUnavailable')}</Text>;
  const points = values.map((v, i) => ({ v, at: trends.buckets[i] })).filter((p): p is { v: number; at: NonNullable<typeof p.at> } => p.v !== null && p.at !== undefined);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return <NoData />;
  const lowest = points.reduce((a, b) => (b.v < a.v ? b : a));
  const label = t('units.trendLabel', {
    name,
    first: formatPercent(first.v, locale),
    firstAt: bucketLabel(first.at),
    last: formatPercent(last.v, locale),
    lastAt: bucketLabel(last.at),
    lowest: formatPercent(lowest.v, locale),
    lowestAt: bucketLabel(lowest.at),
  });
  return (
    <Tooltip label={label}>
      <span className={classes.sparkline}>
        <Sparkline values={values} target={target} label={label} />
      </span>
    </Tooltip>
  );
}

function SortHeader({
  column,
  label,
  sort,
  dir,
  onSort,
  numeric = false,
}: {
  column: SortKey;
  label: string;
  sort: SortKey;
  dir: SortDirection;
  onSort: (key: SortKey, dir: SortDirection) => void;
  numeric?: boolean;
}) {
  const active = sort === column;
  // A first click sorts names A→Z and figures from the largest.
  const next: SortDirection = active ? (dir === 'asc' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc';
  const Icon = !active ? IconArrowsSort : dir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={numeric ? classes.numHead : undefined}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(column, next)} data-active={active || undefined}>
        <span>{label}</span>
        <Icon size={14} aria-hidden className={classes.sortIcon} />
      </UnstyledButton>
    </Table.Th>
  );
}
