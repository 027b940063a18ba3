import { Button, Group, Modal, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionResult, Finding, InspectionStatus } from '../../../api/inspections';
import type { InspectionTemplate } from '../../../api/inspection-template';
import { formatDate } from '../../../domain/format';
import type { Collection, MergeConflict, MergeSide } from '../../../domain/inspection-merge';
import type { InspectionWork } from '../../../domain/inspection-work';
import type { recordVi } from '../../../i18n/locales/record.vi';
import type { InspectionConflict } from '../../../lib/inspection-sync';

interface Props {
  conflict: InspectionConflict;
  mine: InspectionWork;
  template: InspectionTemplate;
  unitLabel: (id: string) => string;
  teamLabel: (id: string) => string;
  opened: boolean;
  onClose: () => void;
}

const dateFields = new Set(['plannedDate', 'startDate', 'endDate', 'dueDate']);
type Item = Record<string, unknown>;
type Result = NonNullable<CriterionResult['result']>;
type FieldName = keyof typeof recordVi.conflict.fields;

/**
 * Someone else saved first: only the fields both sides changed, "Của tôi" and "Trên máy chủ" side by side, one
 * choice each (mine until changed, so nothing typed is lost by a hasty click); the rest is merged already.
 */
export function ConflictChooser({ conflict, mine, template, unitLabel, teamLabel, opened, onClose }: Props) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});

  const criterionNumber = new Map<string, string>();
  for (const a of template.areas) a.criteria.forEach((c, i) => criterionNumber.set(c.id, `${a.id}.${i + 1}`));
  const areaName = (id: unknown) => template.areas.find((a) => a.id === id)?.name ?? String(id);
  const empty = t('record.conflict.empty');

  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return empty;
    if (dateFields.has(field) && typeof v === 'string') return formatDate(v);
    switch (field) {
      case 'status':
        return t(`record.status.${v as InspectionStatus}`);
      case 'result':
        return t(`record.results.${v as Result}`);
      case 'severity':
        return t(`record.severity.${v as Finding['severity']}`);
      case 'unitId':
      case 'ownerUnitId':
        return unitLabel(String(v));
      case 'teamId':
        return teamLabel(String(v));
      case 'areaId':
        return areaName(v);
      case 'areaIds':
        return Array.isArray(v) && v.length ? v.map(areaName).join('; ') : empty;
      case 'evidence':
        return Array.isArray(v) && v.length ? v.join('; ') : empty;
    }
    return Array.isArray(v) ? v.join('; ') : String(v);
  };

  /** An item deleted on one side: what the other side holds, in a line. */
  const itemSummary = (c: Extract<MergeConflict, { kind: 'item-deleted' }>, item: unknown): string => {
    if (item === null || item === undefined) return t('record.conflict.deleted');
    const x = item as Item;
    if (c.collection === 'checklist') return `${value('result', x.result)}${x.note ? ` — ${String(x.note)}` : ''}`;
    if (c.collection === 'findings') return String(x.title || empty);
    return String(x.description || empty);
  };

  const itemName = (collection: string, id: string): string => {
    const find = (list: readonly Item[] | undefined, key = 'id') => list?.find((x) => x[key] === id);
    if (collection === 'checklist') return t('record.conflict.criterion', { number: criterionNumber.get(id) ?? id });
    const list = (w: InspectionWork) => w[collection as 'findings' | 'goodPractices' | 'actions'] as unknown as Item[];
    const item = find(list(mine)) ?? find(list(conflict.theirs));
    const text = String(item?.title ?? item?.description ?? '') || id;
    return t(`record.conflict.item.${collection as Collection}`, { name: text.length > 60 ? `${text.slice(0, 60)}…` : text });
  };

  const label = (c: MergeConflict): string => {
    if (c.kind === 'field') return t(`record.conflict.fields.${c.field as FieldName}`, { defaultValue: c.field });
    if (c.kind === 'item-field') return `${itemName(c.collection, c.id)} — ${t([`record.conflict.itemFields.${c.collection}.${c.field}` as 'record.conflict.itemFields.findings.title', `record.conflict.fields.${c.field as FieldName}`], { defaultValue: c.field })}`;
    return `${itemName(c.collection, c.id)} — ${t(c.deletedBy === 'mine' ? 'record.conflict.deletedByMe' : 'record.conflict.deletedByThem')}`;
  };

  const shown = (c: MergeConflict, side: MergeSide): string => {
    const v = side === 'mine' ? c.mine : c.theirs;
    if (c.kind === 'item-deleted') return itemSummary(c, v);
    return value(c.field, v);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('record.conflict.title')} size="xl" closeButtonProps={{ 'aria-label': t('record.conflict.later') }}>
      <Stack>
        <Text size="sm">{t('record.conflict.intro', { count: conflict.conflicts.length })}</Text>
        {conflict.conflicts.map((c) => {
          const choice = choices[c.key] ?? 'mine';
          return (
            <Paper key={c.key} withBorder p="sm">
              <Radio.Group
                label={label(c)}
                value={choice}
                onChange={(v) => setChoices((s) => ({ ...s, [c.key]: v as MergeSide }))}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                  {(['mine', 'theirs'] as const).map((side) => (
                    <Radio.Card key={side} value={side} p="sm" radius="md" mih={44} aria-label={`${t(`record.conflict.${side}`)}: ${shown(c, side)}`}>
                      <Group wrap="nowrap" align="flex-start">
                        <Radio.Indicator />
                        <Stack gap={2} style={{ minWidth: 0 }}>
                          <Text fw={600} size="sm">
                            {t(`record.conflict.${side}`)}
                          </Text>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                            {shown(c, side)}
                          </Text>
                        </Stack>
                      </Group>
                    </Radio.Card>
                  ))}
                </SimpleGrid>
              </Radio.Group>
            </Paper>
          );
        })}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>
            {t('record.conflict.later')}
          </Button>
          <Button mih={44} onClick={() => conflict.resolve(choices)}>
            {t('record.conflict.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
