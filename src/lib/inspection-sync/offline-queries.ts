import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getSyncEngine } from './sync-engine-instance';

/**
 * The last answers of the reads a recording page needs, kept on the device for the signed-in user, so that a tablet
 * that reloads with no connection still opens the inspection it was recording: the checklist template, the units and
 * teams, the user, each inspection and its actions. The service worker caches the app shell, never the API; this is
 * the app's own copy, in IndexedDB with the drafts, and goes with them at sign-out. A kept answer is only put in the
 * cache for a query that has no data (offline, or before the network answers), marked old, so it is fetched again.
 */
const kept = (key: readonly unknown[]): boolean => {
  const [root, kind] = key;
  if (root === 'inspection-template' || root === 'units' || root === 'teams') return true;
  if (root === 'auth') return kind === 'me';
  if (root === 'inspections') return kind === 'detail';
  if (root === 'actions') return kind === 'list' && typeof key[2] === 'object' && key[2] !== null && 'inspectionId' in key[2];
  return false;
};

const hashOf = (userId: string, key: readonly unknown[]) => `${userId}|${JSON.stringify(key)}`;

async function restore(queryClient: QueryClient, userId: string) {
  const store = getSyncEngine().localStore;
  for (const q of await store.allQueries()) {
    if (q.userId !== userId) continue;
    if (queryClient.getQueryData(q.key) !== undefined) continue;
    // Older than any staleTime: shown at once, fetched again when the network answers.
    queryClient.setQueryData(q.key, q.data, { updatedAt: 1 });
  }
}

/** Keeps and restores the recording page's reads (call once, in the signed-in shell). */
export function useOfflineQueries(userId: string | null) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId) return undefined;
    const store = getSyncEngine().localStore;
    let alive = true;
    const restoring = restore(queryClient, userId).catch((e) => console.error('[inspection-sync] restoring kept answers failed', e));
    // A read that fails for want of a connection gets the kept answer (it may have started before restore ended).
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || !alive) return;
      const query = event.query;
      if (!kept(query.queryKey) || query.meta?.persist === false) return;
      if (event.action.type === 'success' && query.state.data !== undefined && query.state.dataUpdatedAt > 1) {
        void store
          .putQuery({ hash: hashOf(userId, query.queryKey), key: [...query.queryKey], userId, data: query.state.data, updatedAt: query.state.dataUpdatedAt })
          .catch(() => undefined);
      } else if (event.action.type === 'error' && query.state.data === undefined) {
        void restoring.then(() => restore(queryClient, userId)).catch(() => undefined);
      }
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [queryClient, userId]);
}
