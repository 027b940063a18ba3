import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconChevronDown, IconChevronRight, IconClockExclamation } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../../api/actions';
import { formatDate, formatNumber } from '../../../domain/format';
import { daysOverdueAt, dueState } from '../../../domain/open-actions';
import { actionMoves, allowedMoves, type Actor } from '../../../domain/status-transitions';
import { useLocale } from '../../../i18n';
import { inspectionPath } from '../../../lib/paths';
import { actionStatusColors, overdueBadgeColor } from '../../../semantic-colors';
import { ActionHistory } from './action-history';
import classes from './actions.module.css';

interface ActionsTableProps {
  rows: readonly Action[];
  asOf: string;
  caption: string;
  unitLabel: (unitId: string) => string;
  inspectionTitle: (inspectionId: string) => string | undefined;
  /** Who is acting on this action; null: no move control at all (a leader). */
  actorFor: (action: Action) => Actor | null;
  postOf: (userId: string) => string | undefined;
  onMove: (action: Action) => void;
}

/** Which actions have their history open. */
function useOpenRows() {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return { open, toggle };
}

/**
 * The tracker's actions: a table where the content area is wide enough for its six columns, otherwise (a tablet
 * upright, 768 px) one card per action, so nothing hides behind a sideways scroll.
 */
export function ActionsTable(props: ActionsTableProps) {
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  return narrow ? <ActionCards {...props} /> : <ActionRows {...props} />;
}

// Below this viewport width the navigation (220 px) leaves the table less than its 880 px.
const NARROW = '(max-width: 1100px)';

/** One row per action, its history in a row that opens below it. */
function ActionRows({ rows, asOf, caption, unitLabel, inspectionTitle, actorFor, postOf, onMove }: ActionsTableProps) {
  const { t } = useTranslation();
  const { open, toggle } = useOpenRows();

  return (
    <Table.ScrollContainer minWidth={880} type="native">
      <Table verticalSpacing="sm" striped={false} highlightOnHover captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('actions.table.description')}</Table.Th>
            <Table.Th scope="col">{t('actions.table.commune')}</Table.Th>
            <Table.Th scope="col">{t('actions.table.owner')}</Table.Th>
            <Table.Th scope="col">{t('actions.table.due')}</Table.Th>
            <Table.Th scope="col">{t('actions.table.status')}</Table.Th>
            <Table.Th scope="col">{t('actions.table.tools')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => {
            const actor = actorFor(a);
            const canMove = actor !== null && allowedMoves(actionMoves, actor, a.status).length > 0;
            const expanded = open.has(a.id);
            const historyId = `action-history-${a.id}`;
            return (
              <Fragment key={a.id}>
                <Table.Tr>
                  <Table.Td className={classes.description}>
                    <Stack gap={2}>
                      <Text size="sm">{a.description}</Text>
                      <Anchor component={Link} to={inspectionPath(a.inspectionId)} size="sm">
                        {inspectionTitle(a.inspectionId)
                          ? t('actions.table.inspection', { title: inspectionTitle(a.inspectionId) })
                          : t('actions.table.inspectionUnknown')}
                      </Anchor>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{unitLabel(a.unitId)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{unitLabel(a.ownerUnitId)}</Text>
                    <Text size="sm" c="dimmed">
                      {a.ownerName}
                    </Text>
                  </Table.Td>
                  <Table.Td className={classes.nowrap}>{formatDate(a.dueDate)}</Table.Td>
                  <Table.Td miw={150}>
                    <StatusBadges action={a} asOf={asOf} />
                  </Table.Td>
                  <Table.Td>
                    <RowButtons action={a} expanded={expanded} historyId={historyId} canMove={canMove} onToggle={() => toggle(a.id)} onMove={() => onMove(a)} />
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={6} className={classes.historyCell}>
                      <ActionHistory action={a} postOf={postOf} id={historyId} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One card per action (a narrow screen): the same facts and controls as a row of the table. */
function ActionCards({ rows, asOf, caption, unitLabel, inspectionTitle, actorFor, postOf, onMove }: ActionsTableProps) {
  const { t } = useTranslation();
  const { open, toggle } = useOpenRows();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-hidden>
        {caption}
      </Text>
      <Stack gap="sm" component="ul" aria-label={caption} className={classes.cardList}>
        {rows.map((a) => {
          const actor = actorFor(a);
          const canMove = actor !== null && allowedMoves(actionMoves, actor, a.status).length > 0;
          const expanded = open.has(a.id);
          const historyId = `action-history-${a.id}`;
          const title = inspectionTitle(a.inspectionId);
          return (
            <Paper key={a.id} component="li" withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Text>{a.description}</Text>
                <Anchor component={Link} to={inspectionPath(a.inspectionId)} size="sm">
                  {title ? t('actions.table.inspection', { title }) : t('actions.table.inspectionUnknown')}
                </Anchor>
                <SimpleGrid cols={3} spacing="sm" component="dl" className={classes.facts}>
                  <div>
                    <Text component="dt" size="xs" c="dimmed">
                      {t('actions.table.commune')}
                    </Text>
                    <Text component="dd" size="sm">
                      {unitLabel(a.unitId)}
                    </Text>
                  </div>
                  <div>
                    <Text component="dt" size="xs" c="dimmed">
                      {t('actions.table.owner')}
                    </Text>
                    <Text component="dd" size="sm">
                      {unitLabel(a.ownerUnitId)} · {a.ownerName}
                    </Text>
                  </div>
                  <div>
                    <Text component="dt" size="xs" c="dimmed">
                      {t('actions.table.due')}
                    </Text>
                    <Text component="dd" size="sm">
                      {formatDate(a.dueDate)}
                    </Text>
                  </div>
                </SimpleGrid>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <StatusBadges action={a} asOf={asOf} />
                  <RowButtons action={a} expanded={expanded} historyId={historyId} canMove={canMove} onToggle={() => toggle(a.id)} onMove={() => onMove(a)} />
                </Group>
                {expanded && <ActionHistory action={a} postOf={postOf} id={historyId} compact />}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}

/** The history toggle and, where the user may move the action, the move button. */
function RowButtons({
  action: a,
  expanded,
  historyId,
  canMove,
  onToggle,
  onMove,
}: {
  action: Action;
  expanded: boolean;
  historyId: string;
  canMove: boolean;
  onToggle: () => void;
  onMove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="subtle"
        size="sm"
        className={classes.touch}
        leftSection={expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
        aria-expanded={expanded}
        aria-controls={expanded ? historyId : undefined}
        aria-label={t('actions.history.showLabel', { description: a.description })}
        onClick={onToggle}
      >
        {t('actions.history.show', { count: a.history.length })}
      </Button>
      {canMove && (
        <Button variant="light" size="sm" className={classes.touch} aria-label={t('actions.move.openLabel', { description: a.description })} onClick={onMove}>
          {t('actions.move.open')}
        </Button>
      )}
    </Group>
  );
}

/** The status word, and where it is late, "Quá hạn N ngày" with an icon (the meaning is never colour alone). */
function StatusBadges({ action, asOf }: { action: Action; asOf: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const due = dueState(action, asOf);
  const days = daysOverdueAt(action, asOf);
  return (
    <Group gap={4} wrap="wrap">
      <Badge tt="none" variant="dot" size="lg" color={actionStatusColors[action.status]}>
        {t(`actions.statuses.${action.status}`)}
      </Badge>
      {due === 'overdue' && (
        <Badge tt="none" variant="filled" size="lg" color={overdueBadgeColor} leftSection={<IconAlertTriangle size={14} aria-hidden />}>
          {t('actions.table.overdue', { count: days, days: formatNumber(days, locale) })}
        </Badge>
      )}
      {due === 'due-soon' && (
        <Badge tt="none" variant="outline" size="lg" color="gray" leftSection={<IconClockExclamation size={14} aria-hidden />}>
          {t('actions.table.dueSoon')}
        </Badge>
      )}
    </Group>
  );
}
