import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createActionRequestSchema } from '../../../api/actions';
import { findingSchema, type Finding, type InspectionStatus } from '../../../api/inspections';
import type { InspectionArea } from '../../../api/inspection-template';
import { formatDate } from '../../../domain/format';
import type { WorkAction } from '../../../domain/inspection-work';
import { canDeleteAction, canEditAction, type Actor } from '../../../domain/status-transitions';
import { useDraftText } from '../hooks/use-draft-text';
import {
  addAction,
  addFinding,
  deleteAction,
  deleteFinding,
  newAction,
  newFinding,
  updateAction,
  updateFinding,
  type Change,
} from '../record-edits';
import { actionDomId, findingDomId, findingsSectionId } from './dom-ids';

export interface UnitOption {
  value: string;
  label: string;
}

const severities = ['low', 'medium', 'high'] as const;
type ZodLike = { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } };

/** The contract's own message for a value, or undefined when it is valid. */
export function fieldMessage(schema: ZodLike, value: unknown): string | undefined {
  const r = schema.safeParse(value);
  return r.success ? undefined : r.error?.issues[0]?.message;
}

/** The visit's day an action's due date must not precede: its start, or the planned date while it has none. */
export function dueBeforeVisit(dueDate: string, visitDay: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(dueDate) && dueDate < visitDay;
}

interface SectionProps {
  findings: readonly Finding[];
  actions: readonly WorkAction[];
  areas: readonly InspectionArea[];
  units: readonly UnitOption[];
  unitLabel: (id: string) => string;
  readOnly: boolean;
  /** Who edits, and the inspection's status: whether each action's content may change (canEditAction). */
  actor: Actor | null;
  inspectionStatus: InspectionStatus;
  edit: (c: Change) => void;
  visitDay: string;
  showErrors: boolean;
}

/** Findings (tồn tại, hạn chế), each with its actions (kiến nghị): edited in place, every keystroke kept in the draft. */
export function FindingsSection({ findings, actions, areas, units, unitLabel, readOnly, actor, inspectionStatus, edit, visitDay, showErrors }: SectionProps) {
  const { t } = useTranslation();
  const byFinding = useMemo(() => {
    const m = new Map<string, WorkAction[]>();
    for (const a of actions) m.set(a.findingId, [...(m.get(a.findingId) ?? []), a]);
    return m;
  }, [actions]);
  const areaOptions = useMemo(() => areas.map((a) => ({ value: String(a.id), label: `${a.id}. ${a.name}` })), [areas]);

  const add = () => {
    const f = newFinding(areas[0]?.id ?? 1);
    edit(addFinding(f));
    // Focus the new finding's title once it is on the screen.
    requestAnimationFrame(() => document.getElementById(findingDomId(f.id, 'title'))?.focus());
  };

  return (
    <Stack gap="sm" id={findingsSectionId}>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('record.findings.title')} ({findings.length})
        </Title>
        {!readOnly && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} mih={44} onClick={add} disabled={areas.length === 0}>
            {t('record.findings.add')}
          </Button>
        )}
      </Group>
      {findings.length === 0 && <Text c="dimmed">{t('record.findings.empty')}</Text>}
      {findings.map((f, i) => (
        <FindingCard
          key={f.id}
          index={i + 1}
          finding={f}
          actions={byFinding.get(f.id) ?? noActions}
          areaOptions={areaOptions}
          units={units}
          unitLabel={unitLabel}
          readOnly={readOnly}
          actor={actor}
          inspectionStatus={inspectionStatus}
          edit={edit}
          visitDay={visitDay}
          showErrors={showErrors}
        />
      ))}
    </Stack>
  );
}

const noActions: WorkAction[] = [];

interface CardProps {
  index: number;
  finding: Finding;
  actions: readonly WorkAction[];
  areaOptions: readonly { value: string; label: string }[];
  units: readonly UnitOption[];
  unitLabel: (id: string) => string;
  readOnly: boolean;
  actor: Actor | null;
  inspectionStatus: InspectionStatus;
  edit: (c: Change) => void;
  visitDay: string;
  showErrors: boolean;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const FindingCard = memo(
  function FindingCard({ index, finding, actions, areaOptions, units, unitLabel, readOnly, actor, inspectionStatus, edit, visitDay, showErrors }: CardProps) {
    const { t } = useTranslation();
    const [touched, setTouched] = useState(false);
    const titleField = useDraftText(finding.title, (v) => edit(updateFinding(finding.id, { title: v })));
    const descriptionField = useDraftText(finding.description, (v) => edit(updateFinding(finding.id, { description: v })));
    const causeField = useDraftText(finding.cause, (v) => edit(updateFinding(finding.id, { cause: v })));
    const title = titleField.value;
    const heading = t('record.findings.heading', { index });
    const areaLabel = areaOptions.find((a) => a.value === String(finding.areaId))?.label ?? String(finding.areaId);

    const remove = () =>
      modals.openConfirmModal({
        title: t('record.findings.deleteTitle'),
        children: <Text size="sm">{t('record.findings.deleteText', { title: finding.title || heading, count: actions.length })}</Text>,
        labels: { confirm: t('record.delete'), cancel: t('record.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => edit(deleteFinding(finding.id)),
      });

    const addOne = () => {
      const a = newAction(finding.id);
      edit(addAction(a));
      requestAnimationFrame(() => document.getElementById(actionDomId(a.id, 'description'))?.focus());
    };

    if (readOnly)
      return (
        <Card withBorder component="article" aria-label={heading}>
          <Stack gap={4}>
            <Group gap="xs">
              <Text fw={600}>
                {heading}: {finding.title}
              </Text>
              <Badge variant="light" color={finding.severity === 'high' ? 'red' : finding.severity === 'medium' ? 'orange' : 'gray'}>
                {t(`record.severity.${finding.severity}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {t('record.findings.area')}: {areaLabel}
            </Text>
            {finding.description && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {t('record.findings.description')}: {finding.description}
              </Text>
            )}
            {finding.cause && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {t('record.findings.cause')}: {finding.cause}
              </Text>
            )}
            <Text fw={500} size="sm" mt="xs">
              {t('record.actions.title')} ({actions.length})
            </Text>
            {actions.length === 0 && <Text size="sm" c="dimmed">{t('record.actions.empty')}</Text>}
            {actions.map((a) => (
              <Text key={a.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
                • {a.description} — {unitLabel(a.ownerUnitId)}, {a.ownerName}, {t('record.actions.due')} {formatDate(a.dueDate)} ·{' '}
                {t(`record.actionStatus.${a.status}`)}
              </Text>
            ))}
          </Stack>
        </Card>
      );

    const titleError = touched || showErrors || title !== '' ? fieldMessage(findingSchema.shape.title, title) : undefined;
    return (
      <Card withBorder component="article" aria-label={heading}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600}>{heading}</Text>
            {/* A finding goes with its actions: not while one of them is being remediated. */}
            {actions.every((a) => actor && canDeleteAction(actor, a.status, inspectionStatus)) && (
              <Button variant="subtle" color="red" mih={44} leftSection={<IconTrash size={18} aria-hidden />} onClick={remove}>
                {t('record.findings.delete')}
              </Button>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Select
              label={t('record.findings.area')}
              data={areaOptions as { value: string; label: string }[]}
              value={String(finding.areaId)}
              allowDeselect={false}
              onChange={(v) => v && edit(updateFinding(finding.id, { areaId: Number(v) }))}
              size="md"
              id={findingDomId(finding.id, 'area')}
            />
            <Select
              label={t('record.findings.severity')}
              data={severities.map((s) => ({ value: s, label: t(`record.severity.${s}`) }))}
              value={finding.severity}
              allowDeselect={false}
              onChange={(v) => v && edit(updateFinding(finding.id, { severity: v as Finding['severity'] }))}
              size="md"
            />
          </SimpleGrid>
          <TextInput
            label={t('record.findings.titleLabel')}
            required
            value={title}
            onChange={(e) => titleField.onChange(e.currentTarget.value)}
            onFocus={titleField.onFocus}
            onBlur={() => {
              titleField.onBlur();
              setTouched(true);
            }}
            error={titleError}
            size="md"
            id={findingDomId(finding.id, 'title')}
          />
          <Textarea
            label={t('record.findings.description')}
            value={descriptionField.value}
            onChange={(e) => descriptionField.onChange(e.currentTarget.value)}
            onFocus={descriptionField.onFocus}
            onBlur={descriptionField.onBlur}
            error={fieldMessage(findingSchema.shape.description, descriptionField.value)}
            rows={2}
            resize="vertical"
            size="md"
          />
          <Textarea
            label={t('record.findings.cause')}
            value={causeField.value}
            onChange={(e) => causeField.onChange(e.currentTarget.value)}
            onFocus={causeField.onFocus}
            onBlur={causeField.onBlur}
            error={fieldMessage(findingSchema.shape.cause, causeField.value)}
            rows={2}
            resize="vertical"
            size="md"
          />
          <Stack gap="xs" id={findingDomId(finding.id, 'actions')} tabIndex={-1}>
            <Text fw={600}>
              {t('record.actions.title')} ({actions.length})
            </Text>
            {actions.length === 0 && (
              <Text size="sm" c={showErrors ? 'red' : 'dimmed'}>
                {t('record.actions.needOne')}
              </Text>
            )}
            {actions.map((a, i) => (
              <ActionRow
                key={a.id}
                index={i + 1}
                action={a}
                units={units}
                unitLabel={unitLabel}
                readOnly={!actor || !canEditAction(actor, a.status, inspectionStatus)}
                deletable={!!actor && canDeleteAction(actor, a.status, inspectionStatus)}
                edit={edit}
                visitDay={visitDay}
                showErrors={showErrors}
              />
            ))}
            <Group>
              <Button variant="light" mih={44} leftSection={<IconPlus size={18} aria-hidden />} onClick={addOne}>
                {t('record.actions.add')}
              </Button>
            </Group>
          </Stack>
        </Stack>
      </Card>
    );
  },
  (a, b) =>
    a.finding === b.finding &&
    sameList(a.actions, b.actions) &&
    a.index === b.index &&
    a.areaOptions === b.areaOptions &&
    a.units === b.units &&
    a.unitLabel === b.unitLabel &&
    a.readOnly === b.readOnly &&
    a.actor?.role === b.actor?.role &&
    a.actor?.ownTeam === b.actor?.ownTeam &&
    a.inspectionStatus === b.inspectionStatus &&
    a.edit === b.edit &&
    a.visitDay === b.visitDay &&
    a.showErrors === b.showErrors,
);

const actionShape = createActionRequestSchema.shape;

interface ActionProps {
  index: number;
  action: WorkAction;
  units: readonly UnitOption[];
  unitLabel: (id: string) => string;
  readOnly: boolean;
  /** Still "chưa thực hiện" and the user may change it (canDeleteAction): a remediation begun keeps its record. */
  deletable: boolean;
  edit: (c: Change) => void;
  visitDay: string;
  showErrors: boolean;
}

function ActionRow({ index, action, units, unitLabel, readOnly, deletable, edit, visitDay, showErrors }: ActionProps) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const touch = (f: string) => () => setTouched((s) => (s[f] ? s : { ...s, [f]: true }));
  const descriptionField = useDraftText(action.description, (v) => edit(updateAction(action.id, { description: v })));
  const ownerField = useDraftText(action.ownerName, (v) => edit(updateAction(action.id, { ownerName: v })));
  const dueField = useDraftText(action.dueDate, (v) => edit(updateAction(action.id, { dueDate: v })));
  const [description, ownerName, due] = [descriptionField.value, ownerField.value, dueField.value];
  const blurred = (f: string, field: { onBlur: () => void }) => () => {
    field.onBlur();
    touch(f)();
  };
  const heading = t('record.actions.heading', { index });
  const shown = (f: string, value: string) => touched[f] || showErrors || value !== '';

  if (readOnly)
    return (
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {heading}: {action.description} — {unitLabel(action.ownerUnitId)}, {action.ownerName}, {t('record.actions.due')} {formatDate(action.dueDate)} ·{' '}
        {t(`record.actionStatus.${action.status}`)}
      </Text>
    );

  const dueError = shown('dueDate', due)
    ? (fieldMessage(actionShape.dueDate, due) && t('record.actions.dueRequired')) ||
      (dueBeforeVisit(due, visitDay) ? t('record.actions.dueBeforeVisit', { date: formatDate(visitDay) }) : undefined)
    : undefined;

  const remove = () =>
    modals.openConfirmModal({
      title: t('record.actions.deleteTitle'),
      children: <Text size="sm">{t('record.actions.deleteText', { what: action.description || heading })}</Text>,
      labels: { confirm: t('record.delete'), cancel: t('record.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => edit(deleteAction(action.id)),
    });

  return (
    <Card withBorder bg="var(--mantine-color-default-hover)" component="section" aria-label={heading} p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={500}>{heading}</Text>
            {action.status !== 'not_started' && <Badge variant="light">{t(`record.actionStatus.${action.status}`)}</Badge>}
          </Group>
          {deletable && (
            <Button variant="subtle" color="red" mih={44} leftSection={<IconTrash size={18} aria-hidden />} onClick={remove}>
              {t('record.actions.delete')}
            </Button>
          )}
        </Group>
        <Textarea
          label={t('record.actions.description')}
          required
          value={description}
          onChange={(e) => descriptionField.onChange(e.currentTarget.value)}
          onFocus={descriptionField.onFocus}
          onBlur={blurred('description', descriptionField)}
          error={shown('description', description) ? fieldMessage(actionShape.description, description) : undefined}
          rows={2}
          resize="vertical"
          size="md"
          id={actionDomId(action.id, 'description')}
        />
        <SimpleGrid cols={{ base: 1, lg: 3 }}>
          <Select
            label={t('record.actions.ownerUnit')}
            required
            searchable
            data={units as UnitOption[]}
            value={action.ownerUnitId || null}
            onChange={(v) => edit(updateAction(action.id, { ownerUnitId: v ?? '' }))}
            onBlur={touch('ownerUnitId')}
            error={touched.ownerUnitId || showErrors ? fieldMessage(actionShape.ownerUnitId, action.ownerUnitId) : undefined}
            nothingFoundMessage={t('record.actions.noUnit')}
            size="md"
            id={actionDomId(action.id, 'ownerUnitId')}
          />
          <TextInput
            label={t('record.actions.ownerName')}
            required
            value={ownerName}
            onChange={(e) => ownerField.onChange(e.currentTarget.value)}
            onFocus={ownerField.onFocus}
            onBlur={blurred('ownerName', ownerField)}
            error={shown('ownerName', ownerName) ? fieldMessage(actionShape.ownerName, ownerName) : undefined}
            size="md"
            id={actionDomId(action.id, 'ownerName')}
          />
          <TextInput
            type="date"
            label={t('record.actions.dueDate')}
            required
            value={due}
            min={visitDay}
            onChange={(e) => dueField.onChange(e.currentTarget.value)}
            onFocus={dueField.onFocus}
            onBlur={blurred('dueDate', dueField)}
            error={dueError}
            size="md"
            id={actionDomId(action.id, 'dueDate')}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
