import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { authQueries } from '../../../lib/queries/auth';
import { updateSessionUser } from '../session-store';

/**
 * Checks the stored session with the server once per load: a 401 ends it (through the API client's
 * onUnauthorized); success refreshes the stored user (name, role may have changed). The cache is cleared
 * whenever the session changes (use-reset-on-session-change.ts), so the answer is always the current token's.
 */
export function useValidateSession(enabled: boolean) {
  const me = useQuery({ ...authQueries.me(), enabled });
  useEffect(() => {
    if (me.data) updateSessionUser(me.data);
  }, [me.data]);
  return me;
}
