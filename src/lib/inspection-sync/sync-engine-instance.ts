import { SyncEngine } from './engine';

/**
 * The page's one sync engine, made on first use (not at import, so that a module that only reads the types opens
 * no database). Tests replace it with `replaceSyncEngine`.
 */
let engine: SyncEngine | null = null;
let session: SyncSessionSource | null = null;
let unsubscribe: (() => void) | null = null;

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

/**
 * Where the signed-in user comes from. src/lib may not import features/auth, so the app hands its session store
 * over (src/app/setup-api-client.ts) — the same place that gives the API client its token.
 */
export interface SyncSessionSource {
  /** The signed-in user's id, and why there is none. */
  current(): { userId: string | null; end: 'none' | 'signed-out' | 'expired' };
  /** Calls back whenever the session becomes another one; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function bindSyncSession(source: SyncSessionSource): void {
  session = source;
  if (engine) {
    unsubscribe?.();
    follow(engine);
  }
}

function follow(e: SyncEngine) {
  if (!session) return;
  const s = session;
  const apply = () => {
    const { userId, end } = s.current();
    void e.setUser(userId, { dropUnpersisted: end !== 'expired' });
  };
  unsubscribe = s.subscribe(apply);
  apply();
}
