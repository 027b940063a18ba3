import { Badge, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NoData } from '../../../components/no-data';
import { TableCard } from '../../../components/table-card';
import { formatDate, formatNumber, formatPercent, NO_DATA } from '../../../domain/format';
import { inspectionDay, inspectionResult, type AreaResult } from '../../../domain/inspection-results';
import { useLocale } from '../../../i18n';
import { useInspectionTemplate } from '../../../lib/queries/inspection-template';
import { useInspections } from '../../../lib/queries/inspections';
import { inspectionStatusColors } from '../../../semantic-colors';
import classes from './units.module.css';

/** "doan-1" → "Đoàn kiểm tra số 1": the contract has no list of teams yet, so the name is read from the id. */
export function useTeamName() {
  const { t } = useTranslation();
  return (teamId: string) => {
    const n = /^doan-(\d+)$/.exec(teamId)?.[1];
    return n ? t('units.inspections.team', { n }) : teamId;
  };
}

/**
 * The unit's inspections, newest first, read-only: date, team, status, the score of each checklist area
 * (points achieved ÷ points applicable, over the inspection's areas in scope) and the number of findings. Not
 * limited to the period: it is the unit's history. The scores come from inspectionResult
 * (src/domain/inspection-results.ts), as on Kết quả kiểm tra.
 */
export function UnitInspections({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const teamName = useTeamName();
  const inspections = useInspections({ unit: unitId });
  const template = useInspectionTemplate();
  const error = inspections.error ?? template.error;
  const areas = template.data?.areas ?? [];

  const sorted = [...(inspections.data ?? [])].sort((a, b) => inspectionDay(b).localeCompare(inspectionDay(a)));

  return (
    <TableCard
      title={t('units.inspections.title')}
      description={t('units.inspections.description')}
      error={error}
      onRetry={() => {
        if (inspections.isError) void inspections.refetch();
        if (template.isError) void template.refetch();
      }}
      loading={inspections.isPending || template.isPending}
      empty={sorted.length === 0 ? t('units.inspections.none') : null}
      caption={t('units.inspections.caption')}
      minWidth={980}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('units.inspections.date')}</Table.Th>
          <Table.Th scope="col">{t('units.inspections.teamColumn')}</Table.Th>
          <Table.Th scope="col">{t('units.inspections.status')}</Table.Th>
          {areas.map((a) => (
            <Table.Th key={a.id} scope="col" className={classes.numHead}>
              <Tooltip label={a.name}>
                <span tabIndex={0} className={classes.areaHead}>
                  <span aria-hidden>{t(`units.inspections.areaShort.a${a.id}` as 'units.inspections.areaShort.a1')}</span>
                  <VisuallyHidden>{a.name}</VisuallyHidden>
                </span>
              </Tooltip>
            </Table.Th>
          ))}
          <Table.Th scope="col" className={classes.numHead}>
            {t('units.inspections.total')}
          </Table.Th>
          <Table.Th scope="col" className={classes.numHead}>
            {t('units.inspections.findings')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((insp) => {
          const result = template.data ? inspectionResult(template.data, insp) : null;
          const scores = result?.areas ?? [];
          const total = result?.total ?? null;
          return (
            <Table.Tr key={insp.id}>
              <Table.Th scope="row" fw={500}>
                {formatDate(inspectionDay(insp))}
              </Table.Th>
              <Table.Td>{teamName(insp.teamId)}</Table.Td>
              <Table.Td>
                <Badge tt="none" variant="dot" color={inspectionStatusColors[insp.status]}>
                  {t(`units.inspections.statuses.${insp.status}`)}
                </Badge>
              </Table.Td>
              {scores.map((s) => (
                <Table.Td key={s.areaId} className={classes.num}>
                  <AreaScoreText area={s} locale={locale} />
                </Table.Td>
              ))}
              <Table.Td className={classes.num} fw={700}>
                {total === null ? <NoData /> : formatPercent(total, locale)}
              </Table.Td>
              <Table.Td className={classes.num}>{formatNumber(insp.findings.length, locale)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </TableCard>
  );
}

/** An area's score, or "—" with why: not assessed yet (no data), not in the inspection's scope, nothing applicable. */
function AreaScoreText({ area, locale }: { area: AreaResult; locale: 'vi' | 'en' }) {
  const { t } = useTranslation();
  if (area.kind === 'scored') {
    return <span className={area.score < 1 ? classes.scoreShort : undefined}>{formatPercent(area.score, locale, 0)}</span>;
  }
  if (area.kind === 'not-assessed') return <NoData />;
  const reason = t(`results.reasons.${area.kind}`);
  return (
    <Tooltip label={reason}>
      <span tabIndex={0} style={{ cursor: 'help' }}>
        <span aria-hidden>{NO_DATA}</span>
        <VisuallyHidden>{reason}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
