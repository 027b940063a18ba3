import type { User } from '../../api/auth';
import type { Inspection } from '../../api/inspections';
import type { Team } from '../../api/teams';

/**
 * The teams a user may plan for: every team for the secretariat, their own for an inspector, none for a leader
 * (the API refuses the others with 403 as well).
 */
export function planTeams(user: User | null, teams: readonly Team[]): Team[] {
  if (!user) return [];
  if (user.role === 'secretariat') return [...teams];
  if (user.role === 'inspector') return teams.filter((t) => user.teamIds.includes(t.id) || t.members.some((m) => m.userId === user.id));
  return [];
}

/** Whether the user may change this inspection's plan. */
export function canEditPlan(user: User | null, teams: readonly Team[], inspection: Pick<Inspection, 'teamId'>): boolean {
  return planTeams(user, teams).some((t) => t.id === inspection.teamId);
}
