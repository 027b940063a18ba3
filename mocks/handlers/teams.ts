import { HttpResponse } from 'msw';
import type { Team } from '../../src/api/teams';
import { route } from '../http-helpers';

/** The inspection teams with their members by post, in id order; a member id with no account is left out. */
export const teamsHandlers = [
  route('get', '/teams', ({ dataset }) => {
    const users = new Map(dataset.users.map((u) => [u.id, u]));
    const teams: Team[] = [...dataset.teams]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((t) => ({
        id: t.id,
        name: t.name,
        members: t.memberIds.flatMap((id) => {
          const u = users.get(id);
          return u ? [{ userId: u.id, post: u.name, role: u.role }] : [];
        }),
      }));
    return HttpResponse.json(teams);
  }),
];
