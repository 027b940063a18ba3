import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { targetsSchema, type Targets } from '../../../api/targets';
import { useLocale } from '../../../i18n';
import { useSaveTargets } from '../api/save-targets';
import { parseTargetForm, targetFields, toTargetForm, type TargetField, type TargetForm } from '../targets-form-values';

/**
 * The secretariat's edit of one year's targets: each share typed as a percentage (0–100), checked at
 * its field; saved with the version it was read at, and a stale version says so and keeps the typing.
 */
export function TargetsForm({ opened, onClose, targets }: { opened: boolean; onClose: () => void; targets: Targets }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('digital.targets.editTitle', { year: targets.year })} size="lg" closeButtonProps={{ 'aria-label': t('digital.targets.cancel') }}>
      {opened && <TargetsFormBody targets={targets} onDone={onClose} />}
    </Modal>
  );
}

function TargetsFormBody({ targets, onDone }: { targets: Targets; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form, setForm] = useState<TargetForm>(() => toTargetForm(targets.values, locale));
  const [version, setVersion] = useState(targets.version);
  const [checked, setChecked] = useState(false);
  const save = useSaveTargets(targets.year);
  const { errors } = parseTargetForm(form);
  const serverField = (f: TargetField) => (isApiError(save.error) ? save.error.fieldMessage(`values.${f}`) : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    const parsed = parseTargetForm(form);
    if (!parsed.values) return;
    save.mutate(
      { version, values: parsed.values },
      {
        onSuccess: () => onDone(),
        onError: (err) => {
          // Someone saved first: take their version, keep what was typed, and say so.
          if (isApiError(err) && err.kind === 'conflict') {
            const current = targetsSchema.safeParse(err.current);
            if (current.success) setVersion(current.data.version);
          }
        },
      },
    );
  };

  const failure = save.error
    ? isApiError(save.error) && save.error.kind === 'conflict'
      ? t('digital.targets.errors.conflict', { year: targets.year })
      : isApiError(save.error) && save.error.kind === 'forbidden'
        ? t('digital.targets.errors.forbidden')
        : isApiError(save.error) && save.error.kind === 'validation'
          ? null
          : t('digital.targets.errors.failed')
    : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color={save.error && isApiError(save.error) && save.error.kind === 'conflict' ? 'orange' : 'red'} role="alert">
            {failure}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {targetFields.map((f) => {
            const local = checked ? errors[f] : undefined;
            const message = local ? t(`digital.targets.errors.${local}`) : serverField(f);
            return (
              <TextInput
                key={f}
                label={t(`digital.targets.fields.${f}`)}
                value={form[f]}
                inputMode="decimal"
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setForm((prev) => ({ ...prev, [f]: value }));
                }}
                error={message}
                required
              />
            );
          })}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('digital.targets.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('digital.targets.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
