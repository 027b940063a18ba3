import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { workOf, type InspectionWork } from '../../../domain/inspection-work';
import type { InspectionDraftHandle } from '../../../lib/inspection-sync';
import { actionQueries } from '../../../lib/queries/actions';
import { inspectionQueries } from '../../../lib/queries/inspections';

/**
 * Stand-in for lib/inspection-sync's useInspectionDraft until it lands: the server's record with the user's edits
 * kept in memory only (no device storage, no sync). Same handle, so the screen does not change when it is swapped.
 */
export function useRecordDraft(inspectionId: string): InspectionDraftHandle {
  const detail = useQuery(inspectionQueries.detail(inspectionId));
  const actions = useQuery(actionQueries.list({ inspectionId }));
  const [edited, setEdited] = useState<InspectionWork | null>(null);
  const server = useMemo(
    () => (detail.data && actions.data ? workOf(detail.data, actions.data) : null),
    [detail.data, actions.data],
  );
  const edit = useCallback(
    (change: (w: InspectionWork) => InspectionWork) => {
      setEdited((prev) => {
        const from = prev ?? server;
        return from ? change(from) : prev;
      });
    },
    [server],
  );
  const error = detail.error ?? actions.error;
  const status: InspectionDraftHandle['status'] = server
    ? 'ready'
    : isApiError(detail.error) && detail.error.kind === 'not_found'
      ? 'not-found'
      : error
        ? 'error'
        : 'loading';
  return {
    status,
    error,
    record: edited ?? server,
    version: detail.data?.version ?? null,
    edit,
    sync: edited ? { kind: 'waiting', pending: 1, nextAttemptAt: null, reason: 'unknown' } : { kind: 'saved' },
    conflict: null,
    retryNow: () => {},
    addEvidence: (file: File) => Promise.resolve(file.name),
  };
}
