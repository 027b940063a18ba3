import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../api/actions';
import { vietnamDay } from '../../../domain/action-status';
import { formatDate } from '../../../domain/format';
import { actionMoves } from '../../../domain/status-transitions';
import classes from './actions.module.css';

/** Hour and minute of an instant in Viet Nam (UTC+7 all year), as "08:45". */
function vietnamTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + 7 * 60 * 60 * 1000).toISOString().slice(11, 16);
}

/** Moves only the secretariat may make: whoever made one is the secretariat, whatever its account id. */
const secretariatOnly = new Set(actionMoves.filter((m) => m.roles.length === 1 && m.roles[0] === 'secretariat').map((m) => `${m.from}>${m.to}`));

interface ActionHistoryProps {
  action: Action;
  /** The post of an account id (from the teams and the signed-in user), or undefined when not known. */
  postOf: (userId: string) => string | undefined;
  id: string;
  /** A list instead of a table (a card on a narrow screen, where four columns would scroll sideways). */
  compact?: boolean;
}

/** One action's history: when, who (by post), from → to, and the note, oldest first. Notes are shown as text. */
export function ActionHistory({ action, postOf, id, compact = false }: ActionHistoryProps) {
  const { t } = useTranslation();
  const word = (s: Action['status']) => t(`actions.statuses.${s}`);
  const who = (entry: Action['history'][number]) =>
    postOf(entry.by) ?? (entry.from !== null && secretariatOnly.has(`${entry.from}>${entry.to}`) ? t('actions.history.secretariat') : entry.by);
  const move = (entry: Action['history'][number]) =>
    entry.from === null ? t('actions.history.created', { to: word(entry.to) }) : t('actions.history.fromTo', { from: word(entry.from), to: word(entry.to) });
  const when = (entry: Action['history'][number]) => `${formatDate(vietnamDay(entry.at))} ${vietnamTime(entry.at)}`;

  if (compact)
    return (
      <Stack gap={4} id={id}>
        <Text size="sm" fw={700}>
          {t('actions.history.title')}
        </Text>
        <Stack component="ol" gap="xs" aria-label={t('actions.history.title')} className={classes.historyList}>
          {action.history.map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <Text size="sm" fw={500}>
                {move(entry)}
              </Text>
              <Text size="xs" c="dimmed">
                {when(entry)} · {who(entry)}
              </Text>
              {entry.note && (
                <Text size="sm" className={classes.note}>
                  {entry.note}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      </Stack>
    );

  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table id={id} verticalSpacing={6} fz="sm" captionSide="top" aria-label={t('actions.history.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('actions.history.at')}</Table.Th>
            <Table.Th scope="col">{t('actions.history.by')}</Table.Th>
            <Table.Th scope="col">{t('actions.history.move')}</Table.Th>
            <Table.Th scope="col">{t('actions.history.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {action.history.map((entry, i) => (
            <Table.Tr key={`${entry.at}-${i}`}>
              <Table.Td className={classes.nowrap}>{when(entry)}</Table.Td>
              <Table.Td>{who(entry)}</Table.Td>
              <Table.Td>{move(entry)}</Table.Td>
              <Table.Td>
                <Text size="sm" className={classes.note}>
                  {entry.note || t('actions.history.noNote')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
