import type { User } from '../../api/auth';
import type { Inspection } from '../../api/inspections';
import type { Team } from '../../api/teams';
import { canWriteInspection, writableTeamIds } from '../../domain/team-membership';

/**
 * The teams a user may plan for (domain/team-membership.ts): every team for the secretariat, their own for an
 * inspector, none for a leader; the API refuses the others with 403 as well.
 */
export function planTeams(user: User | null, teams: readonly Team[]): Team[] {
  if (!user) return [];
  const ids = new Set(writableTeamIds(user, teams));
  return teams.filter((t) => ids.has(t.id));
}

/** Whether the user may change this inspection's plan: it is still planned and they may write it. */
export function canEditPlan(user: User | null, teams: readonly Team[], inspection: Pick<Inspection, 'teamId' | 'status'>): boolean {
  return user !== null && inspection.status === 'planned' && canWriteInspection(user, teams, inspection);
}
