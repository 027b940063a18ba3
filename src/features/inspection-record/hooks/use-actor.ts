import { useQuery } from '@tanstack/react-query';
import type { User } from '../../../api/auth';
import type { Actor } from '../../../domain/status-transitions';
import { authQueries } from '../../../lib/queries/auth';

/** The signed-in user as the status rules see them for one inspection's team (null while unknown). */
export function useActor(teamId: string | null): { user: User | null; actor: Actor | null; loading: boolean } {
  const me = useQuery(authQueries.me());
  const user = me.data ?? null;
  if (!user || teamId === null) return { user, actor: null, loading: me.isPending };
  return { user, actor: { role: user.role, ownTeam: user.teamIds.includes(teamId) }, loading: false };
}
