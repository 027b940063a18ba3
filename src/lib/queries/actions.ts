import { queryOptions, useQuery } from '@tanstack/react-query';
import { getActions, type ActionStatus } from '../../api/actions';

export type ActionsQuery = { unit?: string; inspectionId?: string; status?: ActionStatus };

/** Generic to specific, as every resource (see dossiers.ts). */
export const actionKeys = {
  all: ['actions'] as const,
  lists: () => [...actionKeys.all, 'list'] as const,
  list: (query: ActionsQuery) => [...actionKeys.lists(), query] as const,
};

export const actionQueries = {
  /** Remediation actions (kiến nghị khắc phục), filtered. */
  list: (query: ActionsQuery = {}) =>
    queryOptions({ queryKey: actionKeys.list(query), queryFn: ({ signal }) => getActions(query, { signal }) }),
};

export const useActions = (query: ActionsQuery = {}, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...actionQueries.list(query), enabled });
