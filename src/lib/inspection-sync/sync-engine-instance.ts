import { SyncEngine } from './engine';
import { getSyncSessionSource, onSyncSessionBound } from './session-binding';

export type { SyncSessionSource } from './session-binding';
export { bindSyncSession } from './session-binding';

/**
 * The page's one sync engine, made on first use (not at import, so that a module that only reads the types opens
 * no database). Tests replace it with `replaceSyncEngine`.
 */
let engine: SyncEngine | null = null;
let unsubscribe: (() => void) | null = null;

onSyncSessionBound(() => {
  if (!engine) return;
  unsubscribe?.();
  follow(engine);
});

export function getSyncEngine(): SyncEngine {
  if (!engine) {
    engine = new SyncEngine();
    follow(engine);
  }
  return engine;
}

/** Swaps the engine (tests): the old one is disposed, the session is followed by the new one. */
export function replaceSyncEngine(next: SyncEngine | null): void {
  unsubscribe?.();
  unsubscribe = null;
  engine?.dispose();
  engine = next;
  if (engine) follow(engine);
}

function follow(e: SyncEngine) {
  const s = getSyncSessionSource();
  if (!s) return;
  const apply = () => {
    const { userId, end } = s.current();
    void e.setUser(userId, { dropUnpersisted: end !== 'expired' });
  };
  unsubscribe = s.subscribe(apply);
  apply();
}
