import { z } from 'zod';
import { logout, userSchema, type LoginResponse, type User } from '../../api/auth';

/**
 * The signed-in session: token, expiry and user, kept in localStorage so that it survives a reload.
 * A tiny external store (subscribe/getSnapshot) so that React reads it with useSyncExternalStore and
 * the API client reads the token without React.
 */
export const SESSION_STORAGE_KEY = 'cchc.session';

const storedSessionSchema = z.object({ token: z.string().min(1), expiresAt: z.string(), user: userSchema });
export type Session = z.infer<typeof storedSessionSchema>;

/** Why there is no session: never signed in, signed out on purpose, or the token stopped working. */
export type SessionEnd = 'none' | 'signed-out' | 'expired';

export interface SessionState {
  session: Session | null;
  end: SessionEnd;
}

let state: SessionState = { session: null, end: 'none' };
const listeners = new Set<() => void>();
/** Told first, before React re-renders, whenever the token changes (sign-in, sign-out, expiry, another tab). */
const changeListeners = new Set<() => void>();
let expiryTimer: ReturnType<typeof setTimeout> | undefined;

const isPast = (iso: string) => {
  const t = Date.parse(iso);
  return !Number.isFinite(t) || t <= Date.now();
};

function write(session: Session | null) {
  try {
    if (session) localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // storage blocked or full: the session still holds for this page
  }
}

function read(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed = storedSessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// The largest delay setTimeout honours (about 24.8 days); a longer one fires at once.
const MAX_TIMEOUT = 2 ** 31 - 1;

function scheduleExpiry(session: Session | null) {
  clearTimeout(expiryTimer);
  expiryTimer = undefined;
  if (!session) return;
  const ms = Date.parse(session.expiresAt) - Date.now();
  if (ms < MAX_TIMEOUT) expiryTimer = setTimeout(() => expireSession(), Math.max(ms, 0));
}

function set(next: SessionState) {
  const changed = (next.session?.token ?? null) !== (state.session?.token ?? null);
  state = next;
  scheduleExpiry(next.session);
  if (changed) for (const l of changeListeners) l();
  for (const l of listeners) l();
}

/** Reads the session from storage (at start-up, in tests after the storage was changed). */
export function loadSession() {
  const stored = read();
  if (stored && isPast(stored.expiresAt)) {
    write(null);
    set({ session: null, end: 'expired' });
    return;
  }
  set({ session: stored, end: 'none' });
}

export function startSession(res: LoginResponse) {
  const session: Session = { token: res.token, expiresAt: res.expiresAt, user: res.user };
  write(session);
  set({ session, end: 'none' });
}

/** The server's current view of the user (GET /auth/me). */
export function updateSessionUser(user: User) {
  if (!state.session) return;
  const session = { ...state.session, user };
  write(session);
  set({ ...state, session });
}

/**
 * Ends the session here at once and asks the server to end it too (POST /auth/logout, with the token
 * read before it is forgotten); whether the server answers does not hold the user back.
 */
export function signOut() {
  if (state.session) void logout().catch(() => {});
  write(null);
  set({ session: null, end: 'signed-out' });
}

/** The token was refused (401) or its time ran out. Idempotent: many requests may fail at once. */
export function expireSession() {
  if (!state.session) return;
  write(null);
  set({ session: null, end: 'expired' });
}

export const getSessionState = (): SessionState => state;
export const getToken = (): string | null => state.session?.token ?? null;

export function subscribeSession(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Calls `listener` whenever the session becomes another one (or none): what was fetched or shown for the
 * previous session (its user, its cached answers) must go. Returns the unsubscribe function.
 */
export function subscribeSessionChange(listener: () => void) {
  changeListeners.add(listener);
  return () => {
    changeListeners.delete(listener);
  };
}

// Another tab signed in or out: follow it (its session-change listeners then reset this tab too).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== SESSION_STORAGE_KEY && e.key !== null) return;
    const stored = read();
    if (!stored && state.session) set({ session: null, end: 'signed-out' });
    else if (stored && stored.token !== state.session?.token) set({ session: stored, end: 'none' });
  });
}

loadSession();
