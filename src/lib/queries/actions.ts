import { mutationOptions, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { getActions, patchAction, type Action, type ActionStatus, type PatchActionRequest } from '../../api/actions';

export type ActionsQuery = { unit?: string; inspectionId?: string; status?: ActionStatus };

/** Generic to specific, as every resource (see dossiers.ts). */
export const actionKeys = {
  all: ['actions'] as const,
  lists: () => [...actionKeys.all, 'list'] as const,
  list: (query: ActionsQuery) => [...actionKeys.lists(), query] as const,
  /** The key of every PATCH of an action (a write, not a cached answer). */
  patch: () => [...actionKeys.all, 'patch'] as const,
};

export const actionQueries = {
  /** Remediation actions (kiến nghị khắc phục), filtered. */
  list: (query: ActionsQuery = {}) =>
    queryOptions({ queryKey: actionKeys.list(query), queryFn: ({ signal }) => getActions(query, { signal }) }),
};

export const useActions = (query: ActionsQuery = {}, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...actionQueries.list(query), enabled });

export interface PatchActionVariables {
  id: string;
  body: PatchActionRequest;
}

/**
 * Puts one action as the server has it now into every cached list that holds it, so the screens show it at
 * once (a saved move, or the current record a 409 sent back). A list filtered by status may now hold a row it
 * should not; the invalidation that follows refetches those.
 */
export function putActionInLists(queryClient: QueryClient, action: Action) {
  queryClient.setQueriesData<Action[]>({ queryKey: actionKeys.lists() }, (rows) =>
    rows?.map((row) => (row.id === action.id ? action : row)),
  );
}

export const actionMutations = {
  /** PATCH /actions/:id: a status move with its note, or a change of the action's fields, at `body.version`. */
  patch: () =>
    mutationOptions({
      mutationKey: actionKeys.patch(),
      mutationFn: ({ id, body }: PatchActionVariables) => patchAction(id, body),
    }),
};

/**
 * A move (or edit) of one action. On success the saved record replaces the old one in every list and all
 * action queries are refetched, so the overview's remediation counts and the units' open actions follow.
 */
export function usePatchAction() {
  const queryClient = useQueryClient();
  return useMutation({
    ...actionMutations.patch(),
    onSuccess: (saved) => {
      putActionInLists(queryClient, saved);
      void queryClient.invalidateQueries({ queryKey: actionKeys.all });
    },
  });
}
