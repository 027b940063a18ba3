import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { User } from '../../src/api/auth';
import type { Role } from '../../src/api/common';
import type { Queryable } from '../db/database';
import { forbidden, MESSAGES, unauthorized } from './errors';

/** A session lasts 8 hours after sign-in, as the mock's tokens do. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

/** The token is 32 random bytes; the database keeps only its SHA-256. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Queryable, userId: string, now = Date.now()) {
  // Expired sessions go when someone signs in: the table holds only live ones (and a few hours' worth).
  await db.query('DELETE FROM sessions WHERE expires_at <= now()');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + SESSION_LIFETIME_MS).toISOString();
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [hashToken(token), userId, expiresAt]);
  return { token, expiresAt };
}

export const bearerToken = (req: FastifyRequest): string | null =>
  /^Bearer\s+(\S+)$/i.exec((req.headers.authorization ?? '').trim())?.[1] ?? null;

/** The signed-in user of a token that exists and has not expired, with their teams. */
export async function userForToken(db: Queryable, token: string): Promise<User | null> {
  const rows = await db.query<User>(
    `SELECT u.id, u.username, u.name, u.role,
            COALESCE(ARRAY(SELECT m.team_id FROM team_members m WHERE m.user_id = u.id ORDER BY m.team_id), '{}') AS "teamIds"
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [hashToken(token)],
  );
  return rows[0] ?? null;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}

/** 403 unless the user has one of the roles (the messages the mock gives). */
export function requireRole(user: User, roles: readonly Role[], message?: string): void {
  if (roles.includes(user.role)) return;
  throw forbidden(
    message ??
      (user.role === 'leader'
        ? MESSAGES.leaderReadOnly
        : user.role === 'inspector'
          ? 'Chỉ văn phòng CCHC được thực hiện thao tác này'
          : 'Tài khoản không có quyền thực hiện thao tác này'),
  );
}

/** 403 unless the user is the secretariat or belongs to the team. */
export function requireTeam(user: User, teamId: string, message: string): void {
  if (user.role === 'secretariat') return;
  if (user.role === 'inspector' && user.teamIds.includes(teamId)) return;
  throw forbidden(message);
}

/** The user of an authenticated route (set by the onRequest hook); 401 if there is none. */
export function currentUser(req: FastifyRequest): User {
  if (!req.user) throw unauthorized();
  return req.user;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
  }
  interface FastifyContextConfig {
    /** 'public': no token needed; otherwise the roles allowed (absent: any signed-in user). */
    access?: 'public' | readonly Role[];
    roleMessage?: string;
  }
}
