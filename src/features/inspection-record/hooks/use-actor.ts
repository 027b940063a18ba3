import { useQuery } from '@tanstack/react-query';
import type { User } from '../../../api/auth';
import type { Team } from '../../../api/teams';
import type { Actor } from '../../../domain/status-transitions';
import { actorFor } from '../../../domain/team-membership';
import { authQueries } from '../../../lib/queries/auth';
import { useTeams } from '../../../lib/queries/teams';

/**
 * The signed-in user as the status rules see them for one inspection's team: membership read from GET /teams, as
 * the API checks it (the user's own team list when the teams cannot be read).
 */
export function useActor(teamId: string): { user: User | null; actor: Actor | null; teams: readonly Team[]; loading: boolean } {
  const me = useQuery(authQueries.me());
  const teams = useTeams();
  const user = me.data ?? null;
  const loading = me.isPending || teams.isPending;
  if (!user) return { user, actor: null, teams: teams.data ?? [], loading };
  const actor = teams.data ? actorFor(user, teams.data, teamId) : { role: user.role, ownTeam: user.teamIds.includes(teamId) };
  return { user, actor, teams: teams.data ?? [], loading };
}
