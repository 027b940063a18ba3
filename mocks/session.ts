import type { User } from '../src/api/auth';
import type { DemoUser } from './data/dataset';

/**
 * Bearer tokens of the mock backend: an opaque string that carries the user id and the expiry
 * (8 hours after sign-in) with a checksum, so the token survives reloads without server state and a
 * tampered or garbage token is refused.
 */
export const TOKEN_LIFETIME_MS = 8 * 60 * 60 * 1000;
const PREFIX = 'cchc-mock';
const SECRET = 'cchc-mock-backend/not-a-real-secret';

interface Claims {
  sub: string;
  exp: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string | null {
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** FNV-1a, 32 bit, as hex: enough to tell a token we issued from garbage. */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A token for `userId` that expires at `expiresAtMs` (default: 8 hours from now). */
export function issueToken(userId: string, expiresAtMs: number = Date.now() + TOKEN_LIFETIME_MS) {
  const payload = toBase64Url(JSON.stringify({ sub: userId, exp: expiresAtMs } satisfies Claims));
  const token = `${PREFIX}.${payload}.${checksum(SECRET + payload)}`;
  return { token, expiresAt: new Date(expiresAtMs).toISOString() };
}

/** The claims of a valid, unexpired token, or null. */
export function readToken(token: string, now: number = Date.now()): Claims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [, payload = '', sig] = parts;
  if (checksum(SECRET + payload) !== sig) return null;
  const json = fromBase64Url(payload);
  if (json === null) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(json);
  } catch {
    return null;
  }
  if (
    typeof claims !== 'object' ||
    claims === null ||
    typeof (claims as Claims).sub !== 'string' ||
    typeof (claims as Claims).exp !== 'number'
  )
    return null;
  if ((claims as Claims).exp <= now) return null;
  return claims as Claims;
}

/** The user of the request's bearer token, or null when it is missing, garbage, expired or unknown. */
export function userFromRequest(request: Request, users: DemoUser[]): DemoUser | null {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return null;
  const claims = readToken(match[1]);
  if (!claims) return null;
  return users.find((u) => u.id === claims.sub) ?? null;
}

/** The user as the API shows it: without the password. */
export function publicUser(user: DemoUser): User {
  const { id, username, name, role, teamIds } = user;
  return { id, username, name, role, teamIds: [...teamIds] };
}
