import { configureApiClient } from '../api/client';
import { expireSession, getToken } from '../features/auth';

/** The API client sends the session's token and ends the session on any 401 (the guard then sends to sign-in). */
export function setupApiClient(baseUrl: string) {
  configureApiClient({ baseUrl, getToken, onUnauthorized: expireSession });
}
