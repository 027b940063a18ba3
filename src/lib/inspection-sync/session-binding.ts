/**
 * Where the signed-in user comes from. src/lib may not import features/auth, so the app hands its session store
 * over (src/app/setup-api-client.ts) — the same place that gives the API client its token. A module of its own,
 * without the engine, so that binding the session at start-up loads none of the sync code.
 */
export interface SyncSessionSource {
  /** The signed-in user's id, and why there is none. */
  current(): { userId: string | null; end: 'none' | 'signed-out' | 'expired' };
  /** Calls back whenever the session becomes another one; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

let source: SyncSessionSource | null = null;
const watchers = new Set<() => void>();

export function bindSyncSession(next: SyncSessionSource): void {
  source = next;
  for (const w of watchers) w();
}

export const getSyncSessionSource = (): SyncSessionSource | null => source;

/** Called when the source is (re)bound. */
export function onSyncSessionBound(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => void watchers.delete(watcher);
}
