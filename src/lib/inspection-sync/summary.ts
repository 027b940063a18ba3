import { useSyncExternalStore } from 'react';
import type { SyncSnapshot } from './engine';
import { getSyncEngine } from './sync-engine-instance';
import type { SyncState } from './types';

export interface SyncSummary {
  /** The state across the user's drafts; null when there is none (the header shows nothing). */
  state: SyncState | null;
  /** Changes not yet taken by the server, across every draft. */
  pending: number;
  /** The drafts with a conflict to settle, to link to. */
  conflictIds: string[];
  /** Drafts that could not be read (kept to export), and how many of them were never reported. */
  unreadable: number;
  unreported: number;
  storageError: boolean;
  persistent: boolean;
}

/**
 * One state for the header from every draft of the user: a conflict first (the user must act), then a write under
 * way, a refusal, a draft still missing information, a wait (the earliest next try), else đã lưu.
 */
export function summarize(snapshot: SyncSnapshot): SyncSummary {
  const views = [...snapshot.drafts.values()];
  const pending = views.reduce((n, v) => n + v.draft.sync.pendingChanges, 0);
  const conflictIds = views.filter((v) => v.sync.kind === 'conflict').map((v) => v.draft.draftId);
  const base = {
    pending,
    conflictIds,
    unreadable: snapshot.quarantined.length,
    unreported: snapshot.quarantined.filter((q) => !q.reported).length,
    storageError: snapshot.storageError,
    persistent: snapshot.persistent,
  };
  if (views.length === 0) return { ...base, state: null };
  const states = views.map((v) => v.sync);
  if (conflictIds.length > 0) return { ...base, state: { kind: 'conflict', pending } };
  if (states.some((s) => s.kind === 'saving')) return { ...base, state: { kind: 'saving', pending } };
  const refused = states.find((s) => s.kind === 'refused');
  if (refused) return { ...base, state: { ...refused, pending } };
  const incomplete = states.find((s) => s.kind === 'incomplete');
  if (incomplete) return { ...base, state: { ...incomplete, pending } };
  const waiting = states.filter((s): s is Extract<SyncState, { kind: 'waiting' }> => s.kind === 'waiting');
  if (waiting.length > 0) {
    const times = waiting.map((w) => w.nextAttemptAt).filter((t): t is string => t !== null).sort();
    // The reason the user can act on first: a session to renew, then the network.
    const reason = waiting.find((w) => w.reason === 'session')?.reason ?? waiting.find((w) => w.reason === 'offline')?.reason ?? waiting[0]!.reason;
    return { ...base, state: { kind: 'waiting', pending, nextAttemptAt: reason === 'session' ? null : (times[0] ?? null), reason } };
  }
  return { ...base, state: pending > 0 ? { kind: 'saving', pending } : { kind: 'saved' } };
}

/** The sync engine's snapshot, re-rendering on each change. */
export function useSyncSnapshot(): SyncSnapshot {
  const engine = getSyncEngine();
  return useSyncExternalStore(engine.subscribe, engine.getSnapshot, engine.getSnapshot);
}

let lastSnapshot: SyncSnapshot | null = null;
let lastSummary: SyncSummary | null = null;
const memoSummary = (s: SyncSnapshot) => {
  if (s !== lastSnapshot) {
    lastSnapshot = s;
    lastSummary = summarize(s);
  }
  return lastSummary!;
};

/** The header's summary of the user's drafts. */
export function useSyncSummary(): SyncSummary {
  return memoSummary(useSyncSnapshot());
}

/** Tries every waiting draft now ("Thử lại"). */
export const retryAllNow = () => getSyncEngine().retryNow();

/** Removes every inspection draft and piece of evidence of the signed-in user from this device (before a sign-out). */
export async function discardLocalData(): Promise<void> {
  const engine = getSyncEngine();
  const userId = engine.currentUserId;
  if (userId !== null) await engine.discardUserData(userId);
}

/** The unreadable drafts have been told to the user (the header says it once). */
export const markUnreadableReported = () => getSyncEngine().markQuarantineReported();
