export { useLogin } from './api/login';
export { useValidateSession } from './api/get-me';
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
  type Session,
} from './session-store';
