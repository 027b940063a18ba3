import { queryOptions, useQuery } from '@tanstack/react-query';
import { getActions } from '../../api/actions';
import type { ActionStatus } from '../../api/actions';

type ActionsQuery = { unit?: string; inspectionId?: string; status?: ActionStatus };

export const actionsKeys = {
  all: ['actions'] as const,
  list: (query: ActionsQuery) => [...actionsKeys.all, 'list', query] as const,
};

export const getActionsQueryOptions = (query: ActionsQuery = {}) =>
  queryOptions({ queryKey: actionsKeys.list(query), queryFn: () => getActions(query) });

/** Remediation actions (kiến nghị khắc phục), filtered. */
export const useActions = (query: ActionsQuery = {}, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getActionsQueryOptions(query), enabled: options.enabled ?? true });
