import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inspection } from '../../../api/inspections';
import type { InspectionTemplate } from '../../../api/inspection-template';
import { NoData } from '../../../components/no-data';
import { TableCard } from '../../../components/table-card';
import { formatDate, formatPercent } from '../../../domain/format';
import { inspectionScores } from '../../../domain/inspection-score';
import { useLocale } from '../../../i18n';
import { inspectionPath } from '../../../lib/paths';
import { inspectionStatusColors } from '../../../semantic-colors';
import classes from './inspections.module.css';

export interface InspectionsListProps {
  rows: readonly Inspection[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  template: InspectionTemplate | undefined;
  unitLabel: (unitId: string) => string;
  teamName: (teamId: string) => string;
  /** Whether the user may change this inspection's plan (null: no control for anyone, e.g. a leader). */
  canEdit: ((insp: Inspection) => boolean) | null;
  onEdit: (insp: Inspection) => void;
  onCancel: (insp: Inspection) => void;
  onDelete: (insp: Inspection) => void;
}

/** The inspections of the filters, one row each: commune, title (a link to its page), date, team, status, score. */
export function InspectionsList(props: InspectionsListProps) {
  const { rows, loading, error, onRetry, template, unitLabel, teamName, canEdit, onEdit, onCancel, onDelete } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const showActions = canEdit !== null;

  // A portrait tablet (and the narrow content area beside the navigation): three columns, none scrolled off.
  const compact = useMediaQuery('(max-width: 74em)') ?? false;

  const statusBadge = (insp: Inspection) => (
    <Badge tt="none" variant="dot" color={inspectionStatusColors[insp.status]} classNames={{ root: classes.statusBadge, label: classes.nowrap }}>
      {t(`inspections.statuses.${insp.status}`)}
    </Badge>
  );
  const scoreOf = (insp: Inspection) => {
    if (insp.status !== 'finalised') return null;
    const total = template ? inspectionScores(template, insp.checklist, insp.areaIds).total : null;
    return total === null ? <NoData /> : formatPercent(total, locale);
  };
  const controls = (insp: Inspection) =>
    insp.status === 'planned' && canEdit?.(insp) === true ? (
      <div className={compact ? classes.rowActionsStacked : classes.rowActions}>
        <Button size="xs" variant="default" className={classes.touch} aria-label={t('inspections.list.edit', { title: insp.title })} onClick={() => onEdit(insp)}>
          {t('inspections.list.editShort')}
        </Button>
        <Button size="xs" variant="default" className={classes.touch} aria-label={t('inspections.list.cancel', { title: insp.title })} onClick={() => onCancel(insp)}>
          {t('inspections.list.cancelShort')}
        </Button>
        <Button size="xs" variant="light" color="red" className={classes.touch} aria-label={t('inspections.list.delete', { title: insp.title })} onClick={() => onDelete(insp)}>
          {t('inspections.list.deleteShort')}
        </Button>
      </div>
    ) : null;

  return (
    <TableCard
      title={t('inspections.filters.views.list')}
      aside={
        !loading && !error ? (
          <Text size="sm" c="dimmed" role="status">
            {t('inspections.list.count', { count: rows.length })}
          </Text>
        ) : undefined
      }
      description={t('inspections.list.description')}
      error={error}
      onRetry={onRetry}
      loading={loading}
      empty={rows.length === 0 ? t('inspections.list.none') : null}
      caption={t('inspections.list.caption')}
      minWidth={compact ? 420 : showActions ? 940 : 720}
    >
      {compact ? (
        <>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('inspections.list.inspection')}</Table.Th>
              <Table.Th scope="col">{t('inspections.list.status')}</Table.Th>
              {showActions && <Table.Th scope="col">{t('inspections.list.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((insp) => {
              const score = scoreOf(insp);
              return (
                <Table.Tr key={insp.id}>
                  <Table.Th scope="row" fw={400}>
                    <Text fw={600} size="sm">
                      {unitLabel(insp.unitId)}
                    </Text>
                    <Anchor component={Link} to={inspectionPath(insp.id)} size="sm">
                      {insp.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('inspections.list.plannedDate')}: {formatDate(insp.plannedDate)} · {teamName(insp.teamId)}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {statusBadge(insp)}
                    {score !== null && (
                      <Text size="sm" fw={700} mt={4} className={classes.nowrap}>
                        {t('inspections.list.score')}: {score}
                      </Text>
                    )}
                  </Table.Td>
                  {showActions && <Table.Td>{controls(insp)}</Table.Td>}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </>
      ) : (
        <>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('inspections.list.unit')}</Table.Th>
              <Table.Th scope="col">{t('inspections.list.inspection')}</Table.Th>
              <Table.Th scope="col">{t('inspections.list.plannedDate')}</Table.Th>
              <Table.Th scope="col">{t('inspections.list.team')}</Table.Th>
              <Table.Th scope="col">{t('inspections.list.status')}</Table.Th>
              <Table.Th scope="col" className={classes.num}>
                {t('inspections.list.score')}
              </Table.Th>
              {showActions && <Table.Th scope="col">{t('inspections.list.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((insp) => (
              <Table.Tr key={insp.id}>
                <Table.Th scope="row" fw={500} className={classes.nowrap}>
                  {unitLabel(insp.unitId)}
                </Table.Th>
                <Table.Td>
                  <Anchor component={Link} to={inspectionPath(insp.id)}>
                    {insp.title}
                  </Anchor>
                </Table.Td>
                <Table.Td className={classes.nowrap}>{formatDate(insp.plannedDate)}</Table.Td>
                <Table.Td>{teamName(insp.teamId)}</Table.Td>
                <Table.Td className={classes.nowrap}>{statusBadge(insp)}</Table.Td>
                <Table.Td className={classes.num} fw={700}>
                  {scoreOf(insp) ?? ''}
                </Table.Td>
                {showActions && <Table.Td>{controls(insp)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </>
      )}
    </TableCard>
  );
}
