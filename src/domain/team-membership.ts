import type { User } from '../api/auth';
import type { Inspection } from '../api/inspections';
import type { Team } from '../api/teams';
import { canEditInspection, type Actor } from './status-transitions';

/** Who is asking: the signed-in user's id and role (GET /auth/me). */
export type MemberUser = Pick<User, 'id' | 'role'>;

/**
 * The teams whose inspections `user` may write, in the order of `teams` (GET /teams): an inspector those they are a
 * member of, the secretariat every team, a leader none. Membership is read from the teams' member lists, the same
 * the API checks.
 */
export function writableTeamIds(user: MemberUser, teams: readonly Team[]): string[] {
  if (user.role === 'secretariat') return teams.map((t) => t.id);
  if (user.role === 'inspector') return teams.filter((t) => t.members.some((m) => m.userId === user.id)).map((t) => t.id);
  return [];
}

/** The status table's view of `user` on an inspection of `teamId` (src/domain/status-transitions.ts). */
export const actorFor = (user: MemberUser, teams: readonly Team[], teamId: string): Actor => ({
  role: user.role,
  ownTeam: writableTeamIds(user, teams).includes(teamId),
});

/**
 * Whether `user` may change this inspection's fields now, as both backends rule: an inspector of its team while it
 * is planned or under way, the secretariat unless it is cancelled (a finalised one too), a leader never.
 */
export function canWriteInspection(user: MemberUser, teams: readonly Team[], inspection: Pick<Inspection, 'teamId' | 'status'>): boolean {
  return canEditInspection(actorFor(user, teams, inspection.teamId), inspection.status);
}
