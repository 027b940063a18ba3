import { Group, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../api/units';
import { formatDate } from '../../../domain/format';
import type { UnitEvent } from '../../../domain/unit-lineage';
import { useJoinList, useNameInSentence } from './unit-names';

/** The sentence for one merger event, e.g. "Sáp nhập vào xã Chương Dương từ 01/01/2025". */
export function useEventText(units: readonly Unit[]) {
  const { t } = useTranslation();
  const name = useNameInSentence(units);
  const join = useJoinList();
  return (e: UnitEvent): string => {
    const date = formatDate(e.date);
    switch (e.kind) {
      case 'merged-into':
        return t('units.events.mergedInto', { unit: name(e.successorId), date });
      case 'consolidated-into':
        return t('units.events.consolidatedInto', { partners: join(e.partnerIds.map(name)), unit: name(e.successorId), date });
      case 'formed-from':
        return t('units.events.formedFrom', { units: join(e.predecessorIds.map(name)), date });
      case 'took-in':
        return t('units.events.tookIn', { units: join(e.predecessorIds.map(name)), date });
    }
  };
}

/** The merger notes under a unit's name in the list. */
export function UnitEventNotes({ events, units }: { events: readonly UnitEvent[]; units: readonly Unit[] }) {
  const text = useEventText(units);
  if (events.length === 0) return null;
  return (
    <>
      {events.map((e) => (
        <Group key={`${e.kind}-${e.date}`} gap={4} wrap="nowrap" align="flex-start" mt={2}>
          <IconGitMerge size={14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            {text(e)}
          </Text>
        </Group>
      ))}
    </>
  );
}
