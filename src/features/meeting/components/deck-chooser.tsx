import { ActionIcon, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slideIds, type SlideId } from '../domain/slides';

interface Row {
  id: SlideId;
  chosen: boolean;
}

/** Every slide, the deck's first in its order, then the others in the default order. */
function rowsOf(deck: readonly SlideId[]): Row[] {
  return [...deck.map((id) => ({ id, chosen: true })), ...slideIds.filter((id) => !deck.includes(id)).map((id) => ({ id, chosen: false }))];
}

/** "Chọn trang": tick the slides to show and move them up or down; Lưu hands back the chosen ones in order. */
export function DeckChooser({
  opened,
  deck,
  onClose,
  onSave,
}: {
  opened: boolean;
  deck: readonly SlideId[];
  onClose: () => void;
  onSave: (ids: SlideId[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('meeting.choose.title')} closeButtonProps={{ 'aria-label': t('meeting.choose.close') }}>
      {opened && <ChooserForm deck={deck} onClose={onClose} onSave={onSave} />}
    </Modal>
  );
}

function ChooserForm({ deck, onClose, onSave }: { deck: readonly SlideId[]; onClose: () => void; onSave: (ids: SlideId[]) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(() => rowsOf(deck));
  const chosen = rows.filter((r) => r.chosen).map((r) => r.id);
  const move = (i: number, by: -1 | 1) =>
    setRows((rs) => {
      const next = [...rs];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      return next;
    });
  return (
    <Stack gap="sm">
      <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map((r, i) => {
          const title = t(`meeting.slides.${r.id}`);
          return (
            <Group key={r.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
              <Checkbox
                label={title}
                checked={r.chosen}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setRows((rs) => rs.map((x) => (x.id === r.id ? { ...x, chosen: on } : x)));
                }}
              />
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="default" aria-label={t('meeting.choose.up', { title })} disabled={i === 0} onClick={() => move(i, -1)}>
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={t('meeting.choose.down', { title })}
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
      </Stack>
      {chosen.length === 0 && (
        <Text c="red.8" size="sm" role="alert">
          {t('meeting.choose.noneChosen')}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="subtle" onClick={() => setRows(rowsOf(slideIds))}>
          {t('meeting.choose.reset')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('meeting.choose.cancel')}
          </Button>
          <Button disabled={chosen.length === 0} onClick={() => onSave(chosen)}>
            {t('meeting.choose.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
