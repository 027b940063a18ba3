import { Anchor, Badge, Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { InspectionTemplate } from '../../../api/inspection-template';
import { useUnitLabel } from '../../../components/unit-picker';
import { formatDate } from '../../../domain/format';
import { latestResults, scoreBands, sortByTotal, type InspectionResult, type ResultInspection } from '../../../domain/inspection-results';
import { unitPath } from '../../../lib/paths';
import { resultsUntil, sectionOf, type ResultsContext, type useResultsData } from '../hooks/use-results-data';
import { AreaHeader } from './area-header';
import { scoreBandColors } from '../../../semantic-colors';
import classes from './results.module.css';
import { ResultsTableCard } from './results-table-card';
import { ScoreCell } from './score-cell';

/** The table's order, in the URL (`?sort=total-desc`): by name (absent), or by the overall score. */
type Sort = 'name' | 'total-desc' | 'total-asc';
const SORT_PARAM = 'sort';

/**
 * Communes × the seven areas: each unit's latest finalised inspection up to the end of the period (or the data's
 * today), every cell a number and a grade word on the grade's fill, "—" with its reason where the area was not
 * in scope or nothing applied. Sortable by the overall score; the header's unit is marked, never filtered out.
 */
export function HeatMap({ ctx, data }: { ctx: ResultsContext; data: ReturnType<typeof useResultsData> }) {
  const { t } = useTranslation();
  const unitLabel = useUnitLabel(ctx.meta, ctx.units);
  const [params, setParams] = useSearchParams();
  const sort = parseSort(params.get(SORT_PARAM));
  const until = resultsUntil(ctx.filters.period, ctx.meta.asOf);
  const { inspections, template } = data;
  const section = sectionOf([inspections, template]);

  const rows = useMemo(() => {
    if (!template.data || !inspections.data) return [];
    const latest = latestResults(template.data, inspections.data as ResultInspection[], until);
    if (sort !== 'name') return sortByTotal(latest, sort === 'total-desc' ? 'desc' : 'asc');
    return [...latest].sort((a, b) => unitLabel(a.unitId).localeCompare(unitLabel(b.unitId), 'vi'));
  }, [template.data, inspections.data, until, sort, unitLabel]);

  const nextSort: Sort = sort === 'total-desc' ? 'total-asc' : 'total-desc';
  const onSort = () => {
    const next = new URLSearchParams(params);
    next.set(SORT_PARAM, nextSort);
    setParams(next);
  };
  const ariaSort = sort === 'total-desc' ? 'descending' : sort === 'total-asc' ? 'ascending' : undefined;
  const SortIcon = sort === 'total-desc' ? IconArrowDown : sort === 'total-asc' ? IconArrowUp : IconArrowsSort;
  const date = formatDate(until);

  return (
    <ResultsTableCard
      title={t('results.heatMap.title', { date })}
      description={t('results.heatMap.description', { date })}
      below={<HeatMapLegend />}
      error={section.error}
      onRetry={section.retry}
      loading={section.loading}
      empty={rows.length === 0 ? t('results.heatMap.none', { date }) : null}
      caption={t('results.heatMap.caption')}
      minWidth={940}
      tableClassName={classes.heatMap}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" className={classes.unitCell}>
            <Group justify="space-between" wrap="nowrap" gap={6}>
              <span>{t('results.heatMap.unit')}</span>
              <Text span size="xs" c="dimmed" fw={400}>
                {t('results.heatMap.date')}
              </Text>
            </Group>
          </Table.Th>
          {(template.data?.areas ?? []).map((a) => (
            <AreaHeader key={a.id} area={a} />
          ))}
          <Table.Th scope="col" className={classes.areaHead} aria-sort={ariaSort}>
            <UnstyledButton className={classes.sortButton} onClick={onSort} title={t('results.heatMap.sortTotal')}>
              {t('results.heatMap.total')}
              <SortIcon size={16} aria-hidden />
            </UnstyledButton>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <HeatMapRow key={row.unitId} row={row} label={unitLabel(row.unitId)} selected={ctx.filters.unit === row.unitId} template={template.data} />
        ))}
      </Table.Tbody>
    </ResultsTableCard>
  );
}

function HeatMapRow({ row, label, selected, template }: { row: InspectionResult; label: string; selected: boolean; template?: InspectionTemplate }) {
  const { t } = useTranslation();
  if (!template) return null;
  return (
    <Table.Tr className={selected ? classes.selectedRow : undefined} aria-current={selected ? 'true' : undefined}>
      <Table.Th scope="row" className={classes.unitCell}>
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={unitPath(row.unitId)} className={classes.unitLink}>
              {label}
            </Anchor>
            {selected && (
              <Badge tt="none" variant="outline" size="sm">
                {t('results.heatMap.selected')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" className={classes.visitDate}>
            <VisuallyHidden>{t('results.heatMap.date')}: </VisuallyHidden>
            {formatDate(row.day)}
          </Text>
        </Group>
      </Table.Th>
      {row.areas.map((a) => (
        <ScoreCell key={a.areaId} result={a} />
      ))}
      <ScoreCell result={{ kind: 'total', score: row.total, band: row.totalBand }} bold />
    </Table.Tr>
  );
}

/** The grades' cut-offs and what "—" means, under the table (the words are in every cell too). */
function HeatMapLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" mt="sm" align="center" wrap="wrap">
      {scoreBands.map((b) => (
        <span key={b} className={classes.swatch} style={{ background: scoreBandColors[b] }}>
          {t(`results.bands.${b}`)}
        </span>
      ))}
      <Text size="xs" c="dimmed" style={{ flex: '1 1 320px' }}>
        <strong>{t('results.heatMap.legendTitle')}:</strong> {t('results.heatMap.legend')}
      </Text>
    </Group>
  );
}

function parseSort(raw: string | null): Sort {
  return raw === 'total-desc' || raw === 'total-asc' ? raw : 'name';
}
