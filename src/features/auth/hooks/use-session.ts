import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeSession, type SessionState } from '../session-store';

export const useSession = (): SessionState => useSyncExternalStore(subscribeSession, getSessionState, getSessionState);
