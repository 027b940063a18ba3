import { configureApiClient } from '../api/client';
import { expireSession, getToken } from '../features/auth';
import { getSessionState, subscribeSessionChange } from '../features/auth/session-store';
import { bindSyncSession } from '../lib/inspection-sync/session-binding';

/** The API client sends the session's token and ends the session on any 401 (the guard then sends to sign-in). */
export function setupApiClient(baseUrl: string) {
  configureApiClient({ baseUrl, getToken, onUnauthorized: expireSession });
  // The inspection drafts belong to the signed-in user: their queue follows the session (src/lib cannot read it).
  bindSyncSession({
    current: () => {
      const { session, end } = getSessionState();
      return { userId: session?.user.id ?? null, end };
    },
    subscribe: subscribeSessionChange,
  });
}
