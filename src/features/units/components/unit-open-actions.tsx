import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../api/actions';
import { TableCard } from '../../../components/table-card';
import { isOverdue } from '../../../domain/action-status';
import { formatDate, formatNumber } from '../../../domain/format';
import { daysOverdueAt, isOpenAction } from '../../../domain/open-actions';
import { useLocale } from '../../../i18n';
import { useActions } from '../../../lib/queries/actions';
import { actionStatusColors, overdueBadgeColor } from '../../../semantic-colors';
import classes from './units.module.css';

interface UnitOpenActionsProps {
  unitId: string;
  /** The data's "today" (meta.asOf): overdue means due before it. */
  asOf: string;
  ownerLabel: (unitId: string) => string;
}

/** The unit's remediation actions not yet fixed or verified, overdue ones first, then by due date. */
export function UnitOpenActions({ unitId, asOf, ownerLabel }: UnitOpenActionsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const actions = useActions({ unit: unitId });

  const open = (actions.data ?? [])
    .filter(isOpenAction)
    .sort((a, b) => Number(isOverdue(b, asOf)) - Number(isOverdue(a, asOf)) || a.dueDate.localeCompare(b.dueDate));
  const overdue = open.filter((a) => isOverdue(a, asOf)).length;

  return (
    <TableCard
      title={t('units.actions.title')}
      aside={
        actions.data && (
          <Text size="sm" c="dimmed">
            {t('units.actions.summary', { count: open.length, overdue, date: formatDate(asOf) })}
          </Text>
        )
      }
      description={t('units.actions.description')}
      error={actions.error}
      onRetry={() => void actions.refetch()}
      loading={actions.isPending}
      empty={open.length === 0 ? t('units.actions.none') : null}
      caption={t('units.actions.caption')}
      minWidth={760}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('units.actions.content')}</Table.Th>
          <Table.Th scope="col">{t('units.actions.owner')}</Table.Th>
          <Table.Th scope="col">{t('units.actions.due')}</Table.Th>
          <Table.Th scope="col">{t('units.actions.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {open.map((a) => (
          <ActionRow key={a.id} action={a} unitId={unitId} asOf={asOf} ownerLabel={ownerLabel} locale={locale} />
        ))}
      </Table.Tbody>
    </TableCard>
  );
}

function ActionRow({
  action,
  unitId,
  asOf,
  ownerLabel,
  locale,
}: {
  action: Action;
  unitId: string;
  asOf: string;
  ownerLabel: (unitId: string) => string;
  locale: 'vi' | 'en';
}) {
  const { t } = useTranslation();
  const late = isOverdue(action, asOf);
  return (
    <Table.Tr>
      <Table.Td className={classes.actionText}>{action.description}</Table.Td>
      <Table.Td>
        {action.ownerName}
        {action.ownerUnitId !== unitId && (
          <Text size="xs" c="dimmed">
            {ownerLabel(action.ownerUnitId)}
          </Text>
        )}
      </Table.Td>
      <Table.Td className={classes.nowrap}>{formatDate(action.dueDate)}</Table.Td>
      <Table.Td miw={150}>
        <Group gap={4} wrap="wrap">
          <Badge tt="none" variant="dot" color={actionStatusColors[action.status]}>
            {t(`units.actions.statuses.${action.status}` as 'units.actions.statuses.not_started')}
          </Badge>
          {late && (
            <Badge tt="none" variant="filled" color={overdueBadgeColor}>
              {t('units.actions.overdue', { days: formatNumber(daysOverdueAt(action, asOf), locale) })}
            </Badge>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
