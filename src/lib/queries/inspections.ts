import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import {
  createInspection,
  deleteInspection,
  getInspection,
  getInspections,
  patchInspection,
  type CreateInspectionRequest,
  type InspectionStatus,
  type PatchInspectionRequest,
} from '../../api/inspections';

export type InspectionsQuery = { unit?: string; year?: number; status?: InspectionStatus };

/** Generic to specific, as every resource (see dossiers.ts): a write invalidates `all`, or one `detail`. */
export const inspectionKeys = {
  all: ['inspections'] as const,
  lists: () => [...inspectionKeys.all, 'list'] as const,
  list: (query: InspectionsQuery) => [...inspectionKeys.lists(), query] as const,
  details: () => [...inspectionKeys.all, 'detail'] as const,
  detail: (id: string) => [...inspectionKeys.details(), id] as const,
};

export const inspectionQueries = {
  /** Inspection visits, filtered. */
  list: (query: InspectionsQuery = {}) =>
    queryOptions({ queryKey: inspectionKeys.list(query), queryFn: ({ signal }) => getInspections(query, { signal }) }),
  /** One visit with its checklist and findings. */
  detail: (id: string) =>
    queryOptions({ queryKey: inspectionKeys.detail(id), queryFn: ({ signal }) => getInspection(id, { signal }) }),
};

export const useInspections = (query: InspectionsQuery = {}, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...inspectionQueries.list(query), enabled });

/**
 * The plan's writes (Kiểm tra: create, edit of the plan's fields, cancel, delete while planned). Each invalidates
 * every inspection query, so the list, the calendar, the coverage and a unit's page update. The recording
 * screen's saves and status moves are its own; these keys sit under `plan` so the two never share defaults.
 */
export const inspectionPlanMutationKeys = {
  create: () => [...inspectionKeys.all, 'plan', 'create'] as const,
  patch: () => [...inspectionKeys.all, 'plan', 'patch'] as const,
  remove: () => [...inspectionKeys.all, 'plan', 'delete'] as const,
};

const staleAfter = (queryClient: QueryClient, err: unknown) => {
  if (isApiError(err) && (err.kind === 'conflict' || err.kind === 'not_found')) void queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
};

export function useCreateInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: inspectionPlanMutationKeys.create(),
    mutationFn: (body: CreateInspectionRequest) => createInspection(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(inspectionKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
    },
  });
}

/** A patch of one inspection with the version it was read at (the plan's fields, or status → cancelled). */
export function usePatchInspectionPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: inspectionPlanMutationKeys.patch(),
    mutationFn: ({ id, body }: { id: string; body: PatchInspectionRequest }) => patchInspection(id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(inspectionKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
    },
    // A stale version or a record gone: what the screens hold is out of date, so read it again.
    onError: (err) => staleAfter(queryClient, err),
  });
}

/** Deletes a planned inspection (the backend refuses any other status with 403). */
export function useDeleteInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: inspectionPlanMutationKeys.remove(),
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteInspection(id, version),
    onSuccess: (_data, { id }) => {
      queryClient.removeQueries({ queryKey: inspectionKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
    },
    onError: (err) => staleAfter(queryClient, err),
  });
}
