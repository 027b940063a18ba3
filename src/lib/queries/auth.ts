import { queryOptions } from '@tanstack/react-query';
import { getMe } from '../../api/auth';

/** Generic to specific, as every resource (see dossiers.ts). The session itself is features/auth/session-store.ts. */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const authQueries = {
  /** The server's view of the signed-in user (GET /auth/me). */
  me: () => queryOptions({ queryKey: authKeys.me(), queryFn: ({ signal }) => getMe({ signal }), staleTime: 5 * 60 * 1000 }),
};
