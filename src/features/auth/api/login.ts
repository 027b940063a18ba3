import { useMutation } from '@tanstack/react-query';
import { login, type LoginRequest } from '../../../api/auth';
import { authKeys } from '../../../lib/queries/auth';
import { startSession } from '../session-store';

/**
 * Signs in and keeps the new session. The answers cached for the previous session are dropped by the
 * session-change reset (use-reset-on-session-change.ts), as for a sign-in in another tab.
 */
export function useLogin() {
  return useMutation({
    mutationKey: [...authKeys.all, 'login'],
    mutationFn: (body: LoginRequest) => login(body),
    onSuccess: (res) => startSession(res),
  });
}
