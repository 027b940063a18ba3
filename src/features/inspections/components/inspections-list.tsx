import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
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
      description={t('inspections.description')}
      error={error}
      onRetry={onRetry}
      loading={loading}
      empty={rows.length === 0 ? t('inspections.list.none') : null}
      caption={t('inspections.list.caption')}
      minWidth={showActions ? 860 : 700}
    >
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
        {rows.map((insp) => {
          const total =
            insp.status === 'finalised' && template ? inspectionScores(template, insp.checklist, insp.areaIds).total : null;
          const editable = insp.status === 'planned' && canEdit?.(insp) === true;
          return (
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
              <Table.Td>
                <Badge tt="none" variant="dot" color={inspectionStatusColors[insp.status]} className={classes.nowrap}>
                  {t(`inspections.statuses.${insp.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td className={classes.num} fw={700}>
                {insp.status === 'finalised' ? (total === null ? <NoData /> : formatPercent(total, locale)) : ''}
              </Table.Td>
              {showActions && (
                <Table.Td>
                  {editable && (
                    <div className={classes.rowActions}>
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
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </TableCard>
  );
}
