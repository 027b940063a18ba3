import { Alert, Button, FileInput, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionSchema, type Action, type ActionStatus } from '../../../api/actions';
import { isApiError } from '../../../api/api-error';
import { EVIDENCE_MAX_BYTES, type Evidence } from '../../../api/evidence';
import { prepareEvidence } from '../../../lib/evidence/scale-image';
import { useUploadEvidence } from '../../../lib/queries/evidence';
import { errorMessage } from '../../../components/errors';
import { actionMoves, allowedMoves, checkMove, type Actor, type Move } from '../../../domain/status-transitions';
import { putActionInLists, usePatchAction } from '../../../lib/queries/actions';
import { useQueryClient } from '@tanstack/react-query';
import classes from './actions.module.css';

const NOTE_MAX = 2000;

/** What the user has typed for one action's move: kept by the page while it lives, so closing and reopening keeps it. */
export interface MoveDraft {
  to: ActionStatus | null;
  note: string;
}

interface MoveDialogProps {
  /** The action as it was when the dialog opened (its version is the one the move is saved at). */
  action: Action | null;
  actor: Actor | null;
  onClose: () => void;
  draft: (id: string) => MoveDraft;
  saveDraft: (id: string, draft: MoveDraft | null) => void;
}

/** The move dialog of one action: the moves this user may make from its status, a note where needed, saved at its version. */
export function MoveDialog({ action, actor, onClose, draft, saveDraft }: MoveDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={t('actions.move.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.move.close') }}
    >
      {action && actor && (
        <MoveForm key={action.id} initial={action} actor={actor} onDone={onClose} draft={draft(action.id)} saveDraft={(d) => saveDraft(action.id, d)} />
      )}
    </Modal>
  );
}

type Problem = { kind: 'conflict'; status: ActionStatus; left: boolean } | { kind: 'forbidden' | 'failed'; message: string };

function MoveForm({
  initial,
  actor,
  onDone,
  draft,
  saveDraft,
}: {
  initial: Action;
  actor: Actor;
  onDone: () => void;
  draft: MoveDraft;
  saveDraft: (d: MoveDraft | null) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const patch = usePatchAction();
  // The record the move is made from; replaced only by what a 409 sends back, never by a background refetch,
  // so a change by someone else is always told, not silently saved over.
  const [base, setBase] = useState(initial);
  const moves = allowedMoves(actionMoves, actor, base.status);
  const [to, setTo] = useState<ActionStatus | null>(() =>
    draft.to && moves.some((m) => m.to === draft.to) ? draft.to : moves.length === 1 ? (moves[0]?.to ?? null) : null,
  );
  const [note, setNote] = useState(draft.note);
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Optional evidence: uploaded once (a failed PATCH retried does not upload it again), named in the note.
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<{ file: File; evidence: Evidence; scaled: boolean } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = useUploadEvidence();
  // A second click (or Enter) while the first is on its way sends nothing: the state update may not have
  // disabled the button yet when the second event arrives.
  const sending = useRef(false);

  const move: Move<ActionStatus> | undefined = moves.find((m) => m.to === to);
  const statusWord = (s: ActionStatus) => t(`actions.statuses.${s}`);

  const localMoveError = checked && !move ? t('actions.move.errors.chooseMove') : undefined;
  const noteCheck = move ? checkMove(actionMoves, actor, base.status, move.to, { note }) : null;
  const localNoteError = !checked
    ? undefined
    : noteCheck && !noteCheck.ok && noteCheck.reason === 'note-required'
      ? t('actions.move.errors.noteRequired')
      : note.length > NOTE_MAX
        ? t('actions.move.errors.noteTooLong', { count: note.length })
        : undefined;
  const serverError = (path: string) => (isApiError(patch.error) && patch.error.kind === 'validation' ? patch.error.fieldMessage(path) : undefined);
  const noteError = localNoteError ?? serverError('note');
  const moveError = localMoveError ?? serverError('status');

  const keep = (next: Partial<MoveDraft>) => saveDraft({ to, note, ...next });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (sending.current) return;
    setChecked(true);
    if (!move) return;
    const check = checkMove(actionMoves, actor, base.status, move.to, { note });
    if (!check.ok || note.length > NOTE_MAX) return;
    sending.current = true;
    setProblem(null);
    void send(move);
  };

  /** Uploads the chosen evidence if not yet done, then PATCHes the move with the note naming it. */
  const send = async (move: Move<ActionStatus>) => {
    let evidence = uploaded && uploaded.file === file ? uploaded.evidence : null;
    if (file && !evidence) {
      setFileError(null);
      try {
        const prepared = await prepareEvidence(file);
        if (prepared.file.size > EVIDENCE_MAX_BYTES) {
          setFileError(t('actions.move.evidence.tooLarge'));
          sending.current = false;
          return;
        }
        evidence = await upload.mutateAsync({ file: prepared.file, thumbnail: prepared.thumbnail });
        setUploaded({ file, evidence, scaled: prepared.scaled });
      } catch (err) {
        setFileError((isApiError(err) && err.fieldMessage('file')) || errorMessage(t, err));
        sending.current = false;
        return;
      }
    }
    const text = [note.trim(), evidence ? t('actions.move.evidence.line', { name: evidence.name, id: evidence.id }) : ''].filter(Boolean).join('\n');
    patch.mutate(
      { id: base.id, body: { version: base.version, status: move.to, ...(text ? { note: text } : {}) } },
      {
        onSuccess: (saved) => {
          saveDraft(null);
          notifications.show({
            color: 'teal',
            title: t('actions.move.saved'),
            message: t('actions.move.savedMessage', { from: statusWord(base.status), to: statusWord(saved.status), description: saved.description }),
          });
          onDone();
        },
        onError: (err) => {
          if (isApiError(err) && err.kind === 'conflict') {
            // Someone moved it first: take the record as it is now (here and in the lists), keep the note.
            const current = actionSchema.safeParse(err.current);
            if (current.success) {
              putActionInLists(queryClient, current.data);
              setBase(current.data);
              const left = allowedMoves(actionMoves, actor, current.data.status);
              if (!left.some((m) => m.to === to)) setTo(left.length === 1 ? (left[0]?.to ?? null) : null);
              setProblem({ kind: 'conflict', status: current.data.status, left: left.length > 0 });
              setChecked(false);
            } else setProblem({ kind: 'failed', message: errorMessage(t, err) });
          } else if (isApiError(err) && err.kind === 'forbidden') {
            setProblem({ kind: 'forbidden', message: err.serverMessage ?? '' });
          } else if (!(isApiError(err) && err.kind === 'validation')) {
            setProblem({ kind: 'failed', message: errorMessage(t, err) });
          }
          notifications.show({ color: 'red', title: t('actions.move.notSaved'), message: base.description });
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  const problemText =
    problem === null
      ? null
      : problem.kind === 'conflict'
        ? t(problem.left ? 'actions.move.errors.conflict' : 'actions.move.errors.conflictGone', { status: statusWord(problem.status) })
        : problem.kind === 'forbidden'
          ? problem.message
            ? t('actions.move.errors.forbidden', { reason: problem.message })
            : t('actions.move.errors.forbiddenNoReason')
          : t('actions.move.errors.failed', { reason: problem.message });

  const noteLabel =
    move && move.note === 'required'
      ? t(`actions.move.noteLabel.${move.kind as 'fix' | 'send-back' | 'unverify'}`)
      : t('actions.move.noteLabel.optional');

  return (
    <form onSubmit={submit} noValidate className={classes.readableErrors}>
      <Stack gap="md">
        <Text className={classes.note}>{base.description}</Text>
        <Text size="sm">{t('actions.move.current', { status: statusWord(base.status) })}</Text>
        {problemText && (
          <Alert color={problem?.kind === 'conflict' ? 'orange' : 'red'} role="alert">
            {problemText}
          </Alert>
        )}
        {moves.length === 0 ? (
          <Text>{t('actions.move.noMoves')}</Text>
        ) : (
          <Radio.Group
            label={t('actions.move.choose')}
            value={to}
            onChange={(v) => {
              setTo(v as ActionStatus);
              keep({ to: v as ActionStatus });
            }}
            error={moveError}
            withAsterisk
          >
            <Stack gap={4} mt={4}>
              {moves.map((m) => (
                <Radio
                  key={m.kind}
                  value={m.to}
                  label={t(`actions.move.kinds.${m.kind as 'start'}`)}
                  description={t('actions.move.to', { status: statusWord(m.to) })}
                  size="md"
                  classNames={{ body: classes.checkboxRoot, label: classes.choiceLabel }}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Textarea
          label={noteLabel}
          description={t('actions.move.noteHint')}
          withAsterisk={move?.note === 'required'}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            keep({ note: e.currentTarget.value });
          }}
          error={noteError}
          // Mantine's autosize measures fonts the test DOM lacks; a fixed height the user can stretch is enough here.
          rows={4}
          resize="vertical"
        />
        <FileInput
          label={t('actions.move.evidence.label')}
          description={
            uploaded && uploaded.file === file
              ? t(uploaded.scaled ? 'actions.move.evidence.uploadedScaled' : 'actions.move.evidence.uploaded', { name: uploaded.evidence.name })
              : t('actions.move.evidence.hint')
          }
          placeholder={t('actions.move.evidence.placeholder')}
          accept="image/jpeg,image/png,image/webp,application/pdf"
          value={file}
          onChange={(f) => {
            setFile(f);
            setFileError(null);
          }}
          clearable
          leftSection={<IconPaperclip size={16} aria-hidden />}
          error={fileError}
          classNames={{ input: classes.touchInput }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} className={classes.touch}>
            {t('actions.move.cancel')}
          </Button>
          <Button type="submit" loading={patch.isPending || upload.isPending} disabled={moves.length === 0} className={classes.touch}>
            {t('actions.move.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
