import { verify } from '@node-rs/argon2';
import { loginRequestSchema, loginResponseSchema, userSchema } from '../../src/api/auth';
import { ApiError, MESSAGES } from '../http/errors';
import { bearerToken, createSession, currentUser, deleteSession, userForToken } from '../http/session';
import type { Api, Deps } from '../http/types';

// Verifying against a fixed hash when the user does not exist costs the same time as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$lt43A6LmKEE69jQAaMhpYQ$c85QTLIymXMPDtcPMk2Q/nmyu8x/t38subOBPZTGoYA';

export function authRoutes(api: Api, { db, loginLimit }: Deps) {
  api.post(
    '/auth/login',
    {
      schema: { body: loginRequestSchema, response: { 200: loginResponseSchema } },
      config: {
        access: 'public',
        // Per client address and user name, counted after the body is parsed.
        rateLimit: {
          max: loginLimit,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (req) => {
            const body = req.body as { username?: unknown } | undefined;
            const name = typeof body?.username === 'string' ? body.username.trim().toLowerCase() : '';
            return `${req.ip}|${name}`;
          },
          errorResponseBuilder: () => new ApiError(429, 'validation', MESSAGES.tooManyLogins),
        },
      },
    },
    async (req) => {
      const [row] = await db.query<{ id: string; password_hash: string }>(
        'SELECT id, password_hash FROM users WHERE lower(username) = lower($1)',
        [req.body.username],
      );
      const ok = await verify(row?.password_hash ?? DUMMY_HASH, req.body.password).catch(() => false);
      if (!row || !ok) throw new ApiError(401, 'unauthorized', MESSAGES.badLogin);
      const { token, expiresAt } = await createSession(db, row.id);
      const user = await userForToken(db, token);
      if (!user) throw new ApiError(401, 'unauthorized', MESSAGES.session);
      return { token, expiresAt, user };
    },
  );

  api.get('/auth/me', { schema: { response: { 200: userSchema } } }, async (req) => currentUser(req));

  api.post('/auth/logout', async (req, reply) => {
    const token = bearerToken(req);
    if (token) await deleteSession(db, token);
    return reply.code(204).send();
  });
}
