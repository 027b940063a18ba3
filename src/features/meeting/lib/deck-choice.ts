import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import { authQueries } from '../../../lib/queries/auth';
import { slideIds, type SlideId } from '../domain/slides';

/**
 * The user's choice and order of slides: `?deck=kpi,ranking,closing` in the URL first (a shared link, the kiosk,
 * the presenter view), then what the user saved last (localStorage, per user id, so two people on one browser keep
 * their own), then every slide in the default order.
 */
export const deckStorageKey = (userId: string) => `cchc.meeting.deck:${userId}`;

/** The slides a `deck` value names, in its order, unknown and repeated names dropped; null when it names none. */
export function parseDeck(value: string | null | undefined): SlideId[] | null {
  if (!value) return null;
  const known = new Set<string>(slideIds);
  const out: SlideId[] = [];
  for (const part of value.split(',')) {
    const id = part.trim();
    if (known.has(id) && !out.includes(id as SlideId)) out.push(id as SlideId);
  }
  return out.length > 0 ? out : null;
}

export const formatDeck = (ids: readonly SlideId[]) => ids.join(',');

export const isDefaultDeck = (ids: readonly SlideId[]) => formatDeck(ids) === formatDeck(slideIds);

export function resolveDeck(fromUrl: string | null, stored: string | null): readonly SlideId[] {
  return parseDeck(fromUrl) ?? parseDeck(stored) ?? slideIds;
}

const listeners = new Set<() => void>();
function readStored(userId: string | undefined): string | null {
  if (!userId) return null;
  try {
    return localStorage.getItem(deckStorageKey(userId));
  } catch {
    return null;
  }
}

/** Keep (or, with null or the default deck, forget) the user's deck. */
export function storeDeck(userId: string, ids: readonly SlideId[] | null) {
  try {
    if (!ids || isDefaultDeck(ids)) localStorage.removeItem(deckStorageKey(userId));
    else localStorage.setItem(deckStorageKey(userId), formatDeck(ids));
  } catch {
    // Not kept: the URL still carries it.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key?.startsWith('cchc.meeting.deck:') && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The deck's slides for the signed-in user and the URL. */
export function useDeckIds(): { ids: readonly SlideId[]; userId: string | undefined } {
  const [params] = useSearchParams();
  // The signed-in user as the server knows them (GET /auth/me, which the sign-in check has already asked).
  const userId = useQuery(authQueries.me()).data?.id;
  const stored = useSyncExternalStore(subscribe, () => readStored(userId), () => null);
  return { ids: resolveDeck(params.get('deck'), stored), userId };
}
