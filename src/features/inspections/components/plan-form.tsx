import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { ALL_AREA_IDS, inspectionSchema, type Inspection } from '../../../api/inspections';
import type { Team } from '../../../api/teams';
import type { Unit } from '../../../api/units';
import { errorMessage } from '../../../components/errors';
import { unitName } from '../../../components/unit-picker';
import { activeCommunes } from '../../../domain/inspection-coverage';
import { foldVietnamese } from '../../../domain/text';
import { useInspectionTemplate } from '../../../lib/queries/inspection-template';
import { useCreateInspection, usePatchInspectionPlan } from '../../../lib/queries/inspections';
import {
  createBody,
  emptyPlanForm,
  parsePlanForm,
  patchBody,
  planFormOf,
  serverFieldPath,
  type PlanField,
  type PlanForm,
} from '../plan-form-values';
import classes from './inspections.module.css';

export interface PlanFormProps {
  opened: boolean;
  onClose: () => void;
  /** The inspection being edited, or null for a new plan. */
  record: Inspection | null;
  /** The teams the user may plan for. */
  teams: readonly Team[];
  units: readonly Unit[];
  asOf: string;
}

/** Lập kế hoạch / sửa kế hoạch kiểm tra, in a modal. */
export function PlanFormModal({ opened, onClose, record, teams, units, asOf }: PlanFormProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(record ? 'inspections.plan.editTitle' : 'inspections.plan.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('inspections.plan.close'), className: classes.touchIcon }}
    >
      {opened && <PlanFormBody key={record?.id ?? 'new'} record={record} teams={teams} units={units} asOf={asOf} onDone={onClose} />}
    </Modal>
  );
}

function PlanFormBody({ record, teams, units, asOf, onDone }: Omit<PlanFormProps, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const template = useInspectionTemplate();
  const [form, setForm] = useState<PlanForm>(() => (record ? planFormOf(record) : emptyPlanForm(teams.length === 1 ? teams[0]!.id : null)));
  const [base, setBase] = useState<Inspection | null>(record);
  const [version, setVersion] = useState(record?.version ?? 0);
  const [checked, setChecked] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<PlanField, string>>>({});
  const autoTitle = useRef<string | null>(null);
  // A second click while the first save is on its way is ignored: the ref is set before React re-renders.
  const sending = useRef(false);
  const create = useCreateInspection();
  const patch = usePatchInspectionPlan();
  const save = record ? patch : create;
  const { errors } = parsePlanForm(form);

  const unitOptions = useMemo(() => {
    const list = activeCommunes(units, asOf);
    // An edited plan of a unit merged since keeps its unit in the list, so the field shows what is stored.
    if (record && !list.some((u) => u.id === record.unitId)) {
      const own = units.find((u) => u.id === record.unitId);
      if (own) list.push(own);
    }
    return list.map((u) => ({ value: u.id, label: unitName(u) }));
  }, [units, asOf, record]);

  const set = <K extends PlanField>(field: K, value: PlanForm[K]) => {
    setForm((prev) => ({ ...prev, [field]: value }));
    setServerErrors((prev) => {
      if (!(field in prev)) return prev;
      const next = { ...prev };
      delete next[field];
      return next;
    });
  };

  const chooseUnit = (unitId: string | null) => {
    const unit = units.find((u) => u.id === unitId);
    // Suggest the usual title while the user has not written one of their own.
    if (unit && (form.title.trim() === '' || form.title === autoTitle.current)) {
      const year = (form.plannedDate || asOf).slice(0, 4);
      const title = t('inspections.plan.titleDefault', { year, unit: t(`words.unit.${unit.kind}`, { name: unit.name }) });
      autoTitle.current = title;
      setForm((prev) => ({ ...prev, unitId, title }));
      setServerErrors(({ unitId: _u, title: _t, ...rest }) => rest);
      return;
    }
    set('unitId', unitId);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (sending.current) return;
    setChecked(true);
    const parsed = parsePlanForm(form);
    if (!parsed.values) {
      // Take the user to the first field to mend (the form may be scrolled down to the save button); a select is
      // only brought into view, since focusing it would open its list.
      const target = e.currentTarget as HTMLFormElement;
      requestAnimationFrame(() => {
        const field = target.querySelector<HTMLElement>('[aria-invalid="true"]');
        if (!field) return;
        if (field.getAttribute('role') === 'combobox') field.scrollIntoView({ block: 'center' });
        else field.focus();
      });
      return;
    }
    const values = parsed.values;
    const done = {
      onSuccess: (saved: Inspection) => {
        notifications.show({
          color: 'teal',
          message: t(record ? 'inspections.plan.saved' : 'inspections.plan.created', { title: saved.title }),
        });
        onDone();
      },
      onError: (err: Error) => {
        if (isApiError(err) && err.kind === 'validation') {
          const next: Partial<Record<PlanField, string>> = {};
          for (const [path, messages] of Object.entries(err.fields)) {
            const field = serverFieldPath(path);
            if (field && messages[0] && !next[field]) next[field] = messages[0];
          }
          setServerErrors(next);
        } else if (isApiError(err) && err.kind === 'conflict') {
          // Someone saved first: keep the typing, take their version so a second save is the user's choice.
          const current = inspectionSchema.safeParse(err.current);
          if (current.success) {
            setVersion(current.data.version);
            setBase(current.data);
          }
        }
      },
      onSettled: () => {
        sending.current = false;
      },
    };
    sending.current = true;
    if (record && base) {
      const body = patchBody(values, base, version);
      if (Object.keys(body).length === 1) {
        sending.current = false;
        onDone();
        return;
      }
      patch.mutate({ id: record.id, body }, done);
    } else {
      create.mutate(createBody(values), done);
    }
  };

  const reload = () => {
    if (!base) return;
    setForm(planFormOf(base));
    setVersion(base.version);
    setServerErrors({});
    save.reset();
    notifications.show({ message: t('inspections.plan.reloaded') });
  };

  const err = save.error;
  const kind = isApiError(err) ? err.kind : null;
  const failure =
    err === null
      ? null
      : kind === 'conflict'
        ? t('inspections.plan.errors.conflict')
        : kind === 'forbidden'
          ? t('inspections.plan.errors.forbidden')
          : kind === 'validation'
            ? t('inspections.plan.errors.fixFields')
            : `${t('inspections.plan.errors.failed')} ${errorMessage(t, err)}`;

  const message = (field: PlanField) => {
    const local = checked ? errors[field] : undefined;
    return local ? t(`inspections.plan.errors.${local}`) : serverErrors[field];
  };

  const areas = template.data?.areas ?? null;

  return (
    <form onSubmit={submit} noValidate className={classes.readableErrors} aria-label={t(record ? 'inspections.plan.editTitle' : 'inspections.plan.createTitle')}>
      <Stack gap="md">
        {failure && (
          <Alert color={kind === 'conflict' ? 'orange' : 'red'} role="alert">
            <Stack gap="xs">
              <Text size="sm">{failure}</Text>
              {kind === 'conflict' && base && (
                <Group>
                  <Button variant="default" onClick={reload} className={classes.touch}>
                    {t('inspections.plan.errors.reload')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        <Select
          label={t('inspections.plan.unit')}
          placeholder={t('inspections.plan.unitPlaceholder')}
          data={unitOptions}
          value={form.unitId}
          onChange={chooseUnit}
          searchable
          filter={({ options, search }) => {
            const q = foldVietnamese(search);
            return options.filter((o) => !('group' in o) && foldVietnamese(o.label).includes(q));
          }}
          nothingFoundMessage="—"
          error={message('unitId')}
          required
          size="md"
          classNames={{ input: classes.touchInput }}
        />
        <TextInput
          label={t('inspections.plan.title')}
          value={form.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={message('title')}
          required
          size="md"
          classNames={{ input: classes.touchInput }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label={t('inspections.plan.plannedDate')}
            value={form.plannedDate}
            min="1900-01-01"
            max="2100-12-31"
            onChange={(e) => set('plannedDate', e.currentTarget.value)}
            error={message('plannedDate')}
            required
            size="md"
            classNames={{ input: classes.touchInput }}
          />
          <Select
            label={t('inspections.plan.team')}
            placeholder={t('inspections.plan.teamPlaceholder')}
            data={teams.map((team) => ({ value: team.id, label: team.name }))}
            value={form.teamId}
            onChange={(v) => set('teamId', v)}
            error={message('teamId')}
            required
            allowDeselect={false}
            size="md"
            classNames={{ input: classes.touchInput }}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('inspections.plan.areas')}
          description={t('inspections.plan.areasHint')}
          value={form.areaIds.map(String)}
          onChange={(v) => set('areaIds', v.map(Number).sort((a, b) => a - b))}
          error={message('areaIds')}
          required
        >
          {areas ? (
            <Stack gap={0} mt="xs">
              {areas.map((a) => (
                <Checkbox key={a.id} value={String(a.id)} label={a.name} size="md" classNames={{ root: classes.touchCheck }} />
              ))}
            </Stack>
          ) : (
            <Skeleton height={7 * 44} mt="xs" />
          )}
        </Checkbox.Group>
        {form.areaIds.length < ALL_AREA_IDS.length && (
          <Group>
            <Button variant="subtle" onClick={() => set('areaIds', [...ALL_AREA_IDS])} className={classes.touch}>
              {t('inspections.plan.allAreas')}
            </Button>
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} className={classes.touch}>
            {t('inspections.plan.close')}
          </Button>
          <Button type="submit" loading={save.isPending} className={classes.touch}>
            {t('inspections.plan.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
