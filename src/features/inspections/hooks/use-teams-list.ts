import { useQuery } from '@tanstack/react-query';
import { getTeams } from '../../../api/teams';

// Stand-in until src/lib/queries/teams.ts (useTeams) lands: the same key root and fetcher it will use.
export const useTeamsList = () => useQuery({ queryKey: ['teams', 'list'], queryFn: ({ signal }) => getTeams({ signal }), staleTime: 60 * 60 * 1000 });
