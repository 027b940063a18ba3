import { teamsResponseSchema, type Team } from '../../src/api/teams';
import type { Api, Deps } from '../http/types';

/** GET /teams: the inspection teams with their members by post (the account's name is a post), in id order. */
export function teamRoutes(api: Api, { db }: Deps) {
  api.get('/teams', { schema: { response: { 200: teamsResponseSchema } } }, async () =>
    db.query<Team>(
      `SELECT t.id, t.name,
              coalesce((SELECT json_agg(json_build_object('userId', u.id, 'post', u.name, 'role', u.role) ORDER BY u.id)
                          FROM team_members m JOIN users u ON u.id = m.user_id
                         WHERE m.team_id = t.id), '[]'::json) AS members
         FROM teams t
        ORDER BY t.id`,
    ),
  );
}
