import { useMutation, useQueryClient } from '@tanstack/react-query';
import { login, type LoginRequest } from '../../../api/auth';
import { startSession } from '../session-store';

/** Signs in; on success drops every cached answer (they belonged to the previous session) and keeps the new session. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => login(body),
    onSuccess: (res) => {
      queryClient.clear();
      startSession(res);
    },
  });
}
