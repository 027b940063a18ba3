import { queryOptions, useQuery } from '@tanstack/react-query';
import { getInspection, getInspections, type InspectionStatus } from '../../api/inspections';

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
