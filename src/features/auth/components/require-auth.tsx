import { Fragment, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { signInPath } from '../../../lib/paths';
import { useValidateSession } from '../api/get-me';
import { useSession } from '../hooks/use-session';

/** Where the sign-in page learns why it was sent to. */
export interface SignInState {
  expired?: boolean;
}

/**
 * Lets signed-in users through. Without a session, sends to sign-in with the page to come back to
 * (path and query), and says so when the session expired; after a deliberate sign-out, just to sign-in.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, end } = useSession();
  const location = useLocation();
  useValidateSession(session !== null);

  if (!session) {
    const here = `${location.pathname}${location.search}`;
    const state: SignInState = { expired: end === 'expired' };
    return <Navigate to={end === 'signed-out' ? signInPath() : signInPath(here)} state={state} replace />;
  }
  // A new session (another user, or the same one signed in again) starts its screens afresh.
  return <Fragment key={session.token}>{children}</Fragment>;
}
