export { RequireAuth, type SignInState } from './components/require-auth';
export { SignInForm } from './components/sign-in-form';
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
