import { Stack, Text, Textarea } from '@mantine/core';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionResultSchema, type CriterionResult } from '../../../api/inspections';
import type { Criterion } from '../../../api/inspection-template';
import { formatNumber } from '../../../domain/format';
import { useLocale } from '../../../i18n';
import type { EvidenceRefusal } from '../../../lib/inspection-sync';
import { useDraftText } from '../hooks/use-draft-text';
import { setNote, setResult, type Change } from '../record-edits';
import { criterionDomId } from './dom-ids';
import { EvidenceField } from './evidence-field';
import classes from './result-buttons.module.css';

type Result = NonNullable<CriterionResult['result']>;
const results: Result[] = ['pass', 'fail', 'na'];
const marks: Record<Result, string> = { pass: '✓', fail: '✗', na: '–' };

export const NOTE_MAX = 2000;

export interface CriterionRowProps {
  /** "1.2": the area's number and the criterion's. */
  number: string;
  criterion: Criterion;
  entry: CriterionResult | undefined;
  readOnly: boolean;
  edit: (change: Change) => void;
  addEvidence: (file: File) => Promise<string>;
  /** The server's refusals of files (the draft's, by id; the same object until one changes). */
  evidenceRefusals: Readonly<Record<string, EvidenceRefusal>>;
}

/**
 * One criterion: đạt / chưa đạt / không áp dụng, a note and evidence. Memoised on its own entry, so clicking or
 * typing in one row re-renders that row only; the note's text lives here and each keystroke goes to the draft,
 * which is saved on the device (never a wait on the network).
 */
export const CriterionRow = memo(function CriterionRow({ number, criterion, entry, readOnly, edit, addEvidence, evidenceRefusals }: CriterionRowProps) {
  const { t } = useTranslation();
  const name = useId();
  const result = entry?.result ?? null;
  const labelId = `${name}-label`;

  return (
    <Stack gap="xs" py="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Text fw={500} id={labelId}>
        {number}. {criterion.text}{' '}
        <Text span c="dimmed" size="sm">
          ({t('record.checklist.points', { count: criterion.points })})
        </Text>
      </Text>
      {readOnly ? (
        <>
          <Text size="sm">
            {t('record.checklist.resultLabel')}: <b>{result ? t(`record.results.${result}`) : t('record.checklist.unassessed')}</b>
          </Text>
          {entry?.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {t('record.checklist.note')}: {entry.note}
            </Text>
          ) : null}
          <EvidenceField criterionId={criterion.id} evidence={entry?.evidence ?? []} readOnly edit={edit} addEvidence={addEvidence} refusals={evidenceRefusals} />
        </>
      ) : (
        <>
          <fieldset className={classes.group} id={criterionDomId(criterion.id)} aria-labelledby={labelId} tabIndex={-1}>
            {results.map((r) => (
              <label key={r} className={classes.option} data-value={r} data-checked={result === r || undefined}>
                <input
                  className={classes.input}
                  type="radio"
                  name={name}
                  value={r}
                  checked={result === r}
                  onChange={() => edit(setResult(criterion.id, r))}
                />
                <span className={classes.mark} aria-hidden>
                  {marks[r]}
                </span>
                {t(`record.results.${r}`)}
              </label>
            ))}
          </fieldset>
          <NoteField criterionId={criterion.id} note={entry?.note ?? ''} edit={edit} criterionNumber={number} />
          <EvidenceField criterionId={criterion.id} evidence={entry?.evidence ?? []} readOnly={false} edit={edit} addEvidence={addEvidence} refusals={evidenceRefusals} />
        </>
      )}
    </Stack>
  );
});

function NoteField({ criterionId, note, edit, criterionNumber }: { criterionId: string; note: string; edit: (c: Change) => void; criterionNumber: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const field = useDraftText(note, (v) => edit(setNote(criterionId, v)));
  const text = field.value;
  const check = criterionResultSchema.shape.note.safeParse(text);
  const error = check.success ? undefined : check.error.issues[0]?.message;
  return (
    <Textarea
      label={t('record.checklist.noteFor', { number: criterionNumber })}
      value={text}
      rows={2}
      resize="vertical"
      onChange={(e) => field.onChange(e.currentTarget.value)}
      onFocus={field.onFocus}
      onBlur={field.onBlur}
      error={error}
      description={
        text.length > NOTE_MAX * 0.8
          ? t('record.checklist.noteCount', { count: formatNumber(text.length, locale), max: formatNumber(NOTE_MAX, locale) })
          : undefined
      }
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      styles={{ input: { minHeight: 44 } }}
    />
  );
}
