import { queryOptions, useQuery } from '@tanstack/react-query';
import { getInspectionTemplate } from '../../api/inspection-template';

export const getInspectionTemplateQueryOptions = () =>
  queryOptions({ queryKey: ['inspection-template'], queryFn: getInspectionTemplate, staleTime: 60 * 60 * 1000 });

/** The checklist template: seven areas and their criteria. */
export const useInspectionTemplate = () => useQuery(getInspectionTemplateQueryOptions());
