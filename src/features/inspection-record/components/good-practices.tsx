import { Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goodPracticeSchema, type GoodPractice } from '../../../api/inspections';
import type { InspectionArea } from '../../../api/inspection-template';
import { useDraftText } from '../hooks/use-draft-text';
import { addGoodPractice, deleteGoodPractice, newGoodPractice, updateGoodPractice, type Change } from '../record-edits';
import { fieldMessage } from './findings-section';

interface Props {
  goodPractices: readonly GoodPractice[];
  areas: readonly InspectionArea[];
  readOnly: boolean;
  edit: (c: Change) => void;
  showErrors: boolean;
}

/** Good practices and initiatives (điển hình, sáng kiến), each in one area. */
export function GoodPractices({ goodPractices, areas, readOnly, edit, showErrors }: Props) {
  const { t } = useTranslation();
  const areaOptions = useMemo(() => areas.map((a) => ({ value: String(a.id), label: `${a.id}. ${a.name}` })), [areas]);
  const add = () => {
    const g = newGoodPractice(areas[0]?.id ?? 1);
    edit(addGoodPractice(g));
    requestAnimationFrame(() => document.getElementById(`dien-hinh-${g.id}`)?.focus());
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('record.goodPractices.title')} ({goodPractices.length})
        </Title>
        {!readOnly && (
          <Button variant="light" mih={44} leftSection={<IconPlus size={18} aria-hidden />} onClick={add} disabled={areas.length === 0}>
            {t('record.goodPractices.add')}
          </Button>
        )}
      </Group>
      {goodPractices.length === 0 && <Text c="dimmed">{t('record.goodPractices.empty')}</Text>}
      {goodPractices.map((g, i) => (
        <GoodPracticeRow key={g.id} index={i + 1} gp={g} areaOptions={areaOptions} readOnly={readOnly} edit={edit} showErrors={showErrors} />
      ))}
    </Stack>
  );
}

const GoodPracticeRow = memo(function GoodPracticeRow({
  index,
  gp,
  areaOptions,
  readOnly,
  edit,
  showErrors,
}: {
  index: number;
  gp: GoodPractice;
  areaOptions: { value: string; label: string }[];
  readOnly: boolean;
  edit: (c: Change) => void;
  showErrors: boolean;
}) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState(false);
  const field = useDraftText(gp.description, (v) => edit(updateGoodPractice(gp.id, { description: v })));
  const text = field.value;
  const heading = t('record.goodPractices.heading', { index });
  const areaLabel = areaOptions.find((a) => a.value === String(gp.areaId))?.label ?? String(gp.areaId);
  if (readOnly)
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        • {gp.description} ({areaLabel})
      </Text>
    );
  const remove = () =>
    modals.openConfirmModal({
      title: t('record.goodPractices.deleteTitle'),
      children: <Text size="sm">{t('record.goodPractices.deleteText', { what: gp.description || heading })}</Text>,
      labels: { confirm: t('record.delete'), cancel: t('record.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => edit(deleteGoodPractice(gp.id)),
    });
  return (
    <Card withBorder component="section" aria-label={heading} p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={500}>{heading}</Text>
          <Button variant="subtle" color="red" mih={44} leftSection={<IconTrash size={18} aria-hidden />} onClick={remove}>
            {t('record.goodPractices.delete')}
          </Button>
        </Group>
        <Select
          label={t('record.findings.area')}
          data={areaOptions}
          value={String(gp.areaId)}
          allowDeselect={false}
          onChange={(v) => v && edit(updateGoodPractice(gp.id, { areaId: Number(v) }))}
          size="md"
        />
        <Textarea
          label={t('record.goodPractices.description')}
          required
          value={text}
          onChange={(e) => field.onChange(e.currentTarget.value)}
          onFocus={field.onFocus}
          onBlur={() => {
            field.onBlur();
            setTouched(true);
          }}
          error={touched || showErrors || text !== '' ? fieldMessage(goodPracticeSchema.shape.description, text) : undefined}
          rows={2}
          resize="vertical"
          size="md"
          id={`dien-hinh-${gp.id}`}
        />
      </Stack>
    </Card>
  );
});
