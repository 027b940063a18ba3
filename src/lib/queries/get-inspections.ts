import { queryOptions, useQuery } from '@tanstack/react-query';
import { getInspections, type InspectionStatus } from '../../api/inspections';

type InspectionsQuery = { unit?: string; year?: number; status?: InspectionStatus };

export const inspectionsKeys = {
  all: ['inspections'] as const,
  list: (query: InspectionsQuery) => [...inspectionsKeys.all, 'list', query] as const,
};

export const getInspectionsQueryOptions = (query: InspectionsQuery = {}) =>
  queryOptions({ queryKey: inspectionsKeys.list(query), queryFn: () => getInspections(query) });

/** Inspection visits, filtered. */
export const useInspections = (query: InspectionsQuery = {}, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getInspectionsQueryOptions(query), enabled: options.enabled ?? true });
