// The sign-in form (and @mantine/form with it) is imported by the sign-in route from its own module, so that the
// shell's first load, which needs the session from here, does not carry it.
export { RequireAuth, type SignInState } from './components/require-auth';
export { SessionCacheReset } from './hooks/use-reset-on-session-change';
export { useSession } from './hooks/use-session';
export {
  expireSession,
  getToken,
  loadSession,
  signOut,
  startSession,
  SESSION_STORAGE_KEY,
} from './session-store';
