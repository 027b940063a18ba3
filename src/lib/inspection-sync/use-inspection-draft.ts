import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { isApiError } from '../../api/api-error';
import type { MergeSide } from '../../domain/inspection-merge';
import { workOf, type InspectionWork } from '../../domain/inspection-work';
import { actionKeys, actionQueries } from '../queries/actions';
import { inspectionKeys, inspectionQueries } from '../queries/inspections';
import { keepEvidenceFile } from './evidence';
import { getSyncEngine } from './sync-engine-instance';
import type { InspectionConflict, InspectionDraftHandle, SyncState } from './types';

const SAVED: SyncState = { kind: 'saved' };
const NO_REFUSALS = Object.freeze({});

/**
 * One inspection as the recording screen edits it: the draft on this device when there is one (so it opens offline
 * and after a reload exactly as typed), else the server's record; every `edit` is kept on the device at once and
 * sent in the background (see engine.ts). `edit`'s function must be pure: it gets the current record, returns the
 * next one, and must not touch anything else.
 */
export function useInspectionDraft(inspectionId: string): InspectionDraftHandle {
  const engine = getSyncEngine();
  const snapshot = useSyncExternalStore(engine.subscribe, engine.getSnapshot, engine.getSnapshot);
  const detail = useQuery(inspectionQueries.detail(inspectionId));
  const actions = useQuery(actionQueries.list({ inspectionId }));
  const queryClient = useQueryClient();

  const server = useMemo(
    () => (detail.data && actions.data ? { work: workOf(detail.data, actions.data), version: detail.data.version } : null),
    [detail.data, actions.data],
  );
  const serverRef = useRef(server);
  useEffect(() => {
    serverRef.current = server;
    if (server) engine.adopt(inspectionId, server.work, server.version);
  }, [engine, inspectionId, server]);

  // What the server took is what other screens should read now.
  useEffect(
    () =>
      engine.onSaved((draftId) => {
        if (draftId !== inspectionId) return;
        void queryClient.invalidateQueries({ queryKey: inspectionKeys.detail(inspectionId) });
        void queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
        void queryClient.invalidateQueries({ queryKey: actionKeys.all });
      }),
    [engine, inspectionId, queryClient],
  );

  const view = snapshot.drafts.get(inspectionId) ?? null;

  const edit = useCallback(
    (change: (work: InspectionWork) => InspectionWork) => {
      const hasDraft = engine.getSnapshot().drafts.has(inspectionId);
      if (!hasDraft && !serverRef.current) {
        console.warn('[inspection-sync] an edit before the record was read is ignored');
        return;
      }
      engine.edit(inspectionId, change, serverRef.current);
    },
    [engine, inspectionId],
  );
  const retryNow = useCallback(() => engine.retryNow(inspectionId), [engine, inspectionId]);
  const addEvidence = useCallback((file: File) => keepEvidenceFile(engine, inspectionId, file), [engine, inspectionId]);

  const conflictState = view?.conflict ?? null;
  const conflict = useMemo<InspectionConflict | null>(
    () =>
      conflictState && {
        conflicts: conflictState.conflicts,
        theirs: conflictState.theirs,
        theirsVersion: conflictState.theirsVersion,
        resolve: (choices: Record<string, MergeSide>) => engine.resolve(inspectionId, choices),
      },
    [conflictState, engine, inspectionId],
  );

  const error = detail.error ?? actions.error;
  const reading = snapshot.userId !== null && !snapshot.loaded;
  const status: InspectionDraftHandle['status'] = view
    ? 'ready'
    : reading
      ? 'loading'
      : server
        ? 'ready'
        : isApiError(detail.error) && detail.error.kind === 'not_found'
          ? 'not-found'
          : error
            ? 'error'
            : 'loading';

  return {
    status,
    error: view ? null : error,
    record: view?.draft.record ?? (reading ? null : (server?.work ?? null)),
    version: view?.draft.baseVersion ?? server?.version ?? null,
    edit,
    sync: view?.sync ?? SAVED,
    conflict,
    retryNow,
    addEvidence,
    evidenceRefusals: view?.evidenceRefusals ?? NO_REFUSALS,
  };
}
