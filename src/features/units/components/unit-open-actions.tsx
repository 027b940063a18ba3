import { Badge, Card, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../api/actions';
import { QueryError } from '../../../components/errors';
import { isOverdue } from '../../../domain/action-status';
import { formatDate, formatNumber } from '../../../domain/format';
import { daysOverdueAt, isOpenAction } from '../../../domain/open-actions';
import { useLocale } from '../../../i18n';
import { useActions } from '../../../lib/queries/actions';
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
  const headingId = useId();

  const open = (actions.data ?? [])
    .filter(isOpenAction)
    .sort((a, b) => Number(isOverdue(b, asOf)) - Number(isOverdue(a, asOf)) || a.dueDate.localeCompare(b.dueDate));
  const overdue = open.filter((a) => isOverdue(a, asOf)).length;

  return (
    <Card component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={2} id={headingId} size="h4">
          {t('units.actions.title')}
        </Title>
        {actions.data && (
          <Text size="sm" c="dimmed">
            {t('units.actions.summary', { count: open.length, overdue, date: formatDate(asOf) })}
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('units.actions.description')}
      </Text>
      {actions.isError ? (
        <QueryError error={actions.error} onRetry={() => void actions.refetch()} minHeight={120} />
      ) : actions.isPending ? (
        <Skeleton height={120} />
      ) : open.length === 0 ? (
        <Text c="dimmed">{t('units.actions.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs" className={classes.table}>
            <caption className={classes.caption}>{t('units.actions.caption')}</caption>
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
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
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
          <Badge tt="none" variant="dot" color={action.status === 'in_progress' ? 'cchc' : 'gray'}>
            {t(`units.actions.statuses.${action.status}` as 'units.actions.statuses.not_started')}
          </Badge>
          {late && (
            <Badge tt="none" variant="filled" color="red.8">
              {t('units.actions.overdue', { days: formatNumber(daysOverdueAt(action, asOf), locale) })}
            </Badge>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
