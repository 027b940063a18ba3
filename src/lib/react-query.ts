import { QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiErrorKind } from '../api/api-error';

/** Errors that another try will not mend: ask the user (or sign in again) instead. */
const final: ApiErrorKind[] = ['unauthorized', 'forbidden', 'not_found', 'validation', 'conflict', 'invalid_response'];

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && final.includes(error.kind)) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Aggregates change when the data is updated (daily at most): no need to refetch on focus.
        staleTime: 5 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}
