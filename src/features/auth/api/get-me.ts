import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getMe } from '../../../api/auth';
import { updateSessionUser } from '../session-store';

export const getMeQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'me'], queryFn: getMe, staleTime: 5 * 60 * 1000 });

/**
 * Checks the stored session with the server once per load: a 401 ends it (through the API client's
 * onUnauthorized); success refreshes the stored user (name, role may have changed).
 */
export function useValidateSession(enabled: boolean) {
  const me = useQuery({ ...getMeQueryOptions(), enabled });
  useEffect(() => {
    if (me.data) updateSessionUser(me.data);
  }, [me.data]);
  return me;
}
