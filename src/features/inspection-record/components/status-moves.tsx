import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { hasVisibleCharacter } from '../../../api/common';
import { patchInspection, type InspectionStatus, type PatchInspectionRequest } from '../../../api/inspections';
import { allowedMoves, inspectionMoves, type Actor, type Move } from '../../../domain/status-transitions';
import type { InspectionWork } from '../../../domain/inspection-work';
import type { SyncState } from '../../../lib/inspection-sync';
import { inspectionKeys } from '../../../lib/queries/inspections';

type MoveKind = Move<InspectionStatus>['kind'];

/** Today on this device's calendar, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Props {
  inspectionId: string;
  record: InspectionWork;
  version: number | null;
  actor: Actor;
  sync: SyncState;
  /** Runs the completeness check and shows what is missing; true when the inspection may be finalised. */
  checkComplete: () => boolean;
}

/**
 * The status moves the user may make (status-transitions.ts): start, finalise (once complete and the draft is on
 * the server), cancel, and the secretariat's reopen with a reason. Each is a PATCH at the record's version.
 */
export function StatusMoves({ inspectionId, record, version, actor, sync, checkComplete }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reopening, setReopening] = useState(false);
  const moves = allowedMoves(inspectionMoves, actor, record.status);

  const patch = useMutation({
    mutationFn: ({ body }: { kind: MoveKind; body: PatchInspectionRequest & { note?: string } }) => patchInspection(inspectionId, body),
    onSuccess: (_saved, { kind }) => {
      notifications.show({ color: 'green', title: t(`record.moves.done.${kind}`), message: record.title });
      setReopening(false);
    },
    onError: (err) => {
      const kind = isApiError(err) ? err.kind : 'server';
      const message =
        kind === 'conflict'
          ? t('record.moves.errors.conflict')
          : kind === 'forbidden'
            ? t('record.moves.errors.forbidden')
            : kind === 'network'
              ? t('record.moves.errors.network')
              : kind === 'validation' && isApiError(err) && err.serverMessage
                ? err.serverMessage
                : t('record.moves.errors.failed');
      notifications.show({ color: 'red', title: t('record.moves.errors.title'), message });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }),
  });

  if (moves.length === 0) return null;

  // A status move goes to the server directly: only once every edit of the draft is there, at its version.
  const synced = sync.kind === 'saved' && version !== null;
  const notSynced = () =>
    notifications.show({ color: 'orange', title: t('record.moves.notSyncedTitle'), message: t('record.moves.notSynced') });

  const run = (move: Move<InspectionStatus>) => {
    if (move.kind === 'finalise' && !checkComplete()) return;
    if (!synced) return notSynced();
    if (move.kind === 'reopen') return setReopening(true);
    const body: PatchInspectionRequest = { version: version!, status: move.to };
    if (move.kind === 'start' && !record.startDate) body.startDate = today();
    if (move.kind === 'finalise' && !record.endDate && record.startDate && record.startDate <= today()) body.endDate = today();
    if (move.kind === 'finalise' || move.kind === 'cancel')
      modals.openConfirmModal({
        title: t(`record.moves.confirm.${move.kind}.title`),
        children: <Text size="sm">{t(`record.moves.confirm.${move.kind}.text`)}</Text>,
        labels: { confirm: t(`record.moves.${move.kind}`), cancel: t('record.cancel') },
        confirmProps: { color: move.kind === 'cancel' ? 'red' : undefined },
        onConfirm: () => patch.mutate({ kind: move.kind, body }),
      });
    else patch.mutate({ kind: move.kind, body });
  };

  return (
    <>
      <Group gap="sm">
        {moves.map((m) => (
          <Button
            key={m.kind}
            mih={44}
            variant={m.kind === 'finalise' || m.kind === 'start' ? 'filled' : 'default'}
            color={m.kind === 'cancel' ? 'red' : undefined}
            loading={patch.isPending && patch.variables?.kind === m.kind}
            disabled={patch.isPending}
            onClick={() => run(m)}
          >
            {t(`record.moves.${m.kind}`)}
          </Button>
        ))}
      </Group>
      <ReopenModal
        opened={reopening}
        pending={patch.isPending}
        onClose={() => setReopening(false)}
        onSubmit={(note) => patch.mutate({ kind: 'reopen', body: { version: version!, status: 'in_progress', note } })}
      />
    </>
  );
}

function ReopenModal({ opened, pending, onClose, onSubmit }: { opened: boolean; pending: boolean; onClose: () => void; onSubmit: (note: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const blank = !hasVisibleCharacter(note);
  const tooLong = note.length > 2000;
  return (
    <Modal opened={opened} onClose={onClose} title={t('record.moves.reopenTitle')} closeButtonProps={{ 'aria-label': t('record.cancel') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!blank && !tooLong) onSubmit(note.trim());
        }}
      >
        <Stack>
          <Textarea
            label={t('record.moves.reopenReason')}
            required
            rows={3}
            resize="vertical"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={tried && blank ? t('record.moves.reopenReasonRequired') : tooLong ? t('record.moves.reopenReasonTooLong') : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" mih={44} onClick={onClose}>
              {t('record.cancel')}
            </Button>
            <Button type="submit" mih={44} loading={pending}>
              {t('record.moves.reopen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
