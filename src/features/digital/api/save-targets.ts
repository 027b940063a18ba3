import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putTargets, type PutTargetsRequest } from '../../../api/targets';
import { targetKeys } from '../../../lib/queries/targets';

/** Saves a year's targets (the secretariat's PUT /targets/:year, version checked by the backend). */
export function useSaveTargets(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...targetKeys.year(year), 'save'],
    mutationFn: (body: PutTargetsRequest) => putTargets(year, body),
    // The saved record is the year's targets now: every screen reading them (the overview's labels too) updates.
    onSuccess: (saved) => {
      queryClient.setQueryData(targetKeys.year(year), saved);
      void queryClient.invalidateQueries({ queryKey: targetKeys.year(year) });
    },
  });
}
