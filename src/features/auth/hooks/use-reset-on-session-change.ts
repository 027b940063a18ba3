import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { subscribeSessionChange } from '../session-store';

/**
 * Drops every cached answer when the session becomes another one, in this tab or another (the `storage`
 * event): the answers, and GET /auth/me above all, belonged to the previous user. Runs before React
 * re-renders, so no screen of the new session reads the old cache.
 */
function useResetOnSessionChange() {
  const queryClient = useQueryClient();
  useEffect(() => subscribeSessionChange(() => queryClient.clear()), [queryClient]);
}

/** useResetOnSessionChange as an element, for the app's providers. */
export function SessionCacheReset() {
  useResetOnSessionChange();
  return null;
}
