import { queryOptions, useQuery } from '@tanstack/react-query';
import { getTeams } from '../../api/teams';

/** Generic to specific, as every resource (see dossiers.ts). */
export const teamKeys = {
  all: ['teams'] as const,
  list: () => [...teamKeys.all, 'list'] as const,
};

export const teamQueries = {
  /** The inspection teams with their members by post; who may write what follows from it (domain/team-membership.ts). */
  list: () =>
    queryOptions({
      queryKey: teamKeys.list(),
      queryFn: ({ signal }) => getTeams({ signal }),
      // Teams change rarely (an administrator's job, not this app's): an hour, like the template.
      staleTime: 60 * 60 * 1000,
    }),
};

export const useTeams = ({ enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...teamQueries.list(), enabled });
