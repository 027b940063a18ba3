import { queryOptions, useQuery } from '@tanstack/react-query';
import { getInspectionTemplate } from '../../api/inspection-template';

/** Generic to specific, as every resource (see dossiers.ts). */
export const inspectionTemplateKeys = {
  all: ['inspection-template'] as const,
  current: () => [...inspectionTemplateKeys.all, 'current'] as const,
};

export const inspectionTemplateQueries = {
  /** The checklist template: seven areas and their criteria. */
  current: () =>
    queryOptions({
      queryKey: inspectionTemplateKeys.current(),
      queryFn: ({ signal }) => getInspectionTemplate({ signal }),
      staleTime: 60 * 60 * 1000,
    }),
};

export const useInspectionTemplate = () => useQuery(inspectionTemplateQueries.current());
