import { HttpResponse } from 'msw';
import { loginRequestSchema, type LoginResponse } from '../../src/api/auth';
import { jsonError, MESSAGES, parseBody, publicRoute, route } from '../http-helpers';
import { issueToken, publicUser } from '../session';

export const authHandlers = [
  publicRoute('post', '/auth/login', async ({ request, dataset }) => {
    const body = await parseBody(request, loginRequestSchema);
    const username = body.username.toLowerCase();
    const user = dataset.users.find((u) => u.username.toLowerCase() === username && u.password === body.password);
    if (!user) return jsonError(401, 'unauthorized', MESSAGES.badLogin);
    const { token, expiresAt } = issueToken(user.id);
    return HttpResponse.json({ token, expiresAt, user: publicUser(user) } satisfies LoginResponse);
  }),

  route('get', '/auth/me', ({ user }) => HttpResponse.json(publicUser(user))),

  // The mock's tokens carry their own expiry and no server state: signing out has nothing to revoke.
  route('post', '/auth/logout', () => new HttpResponse(null, { status: 204 })),
];
