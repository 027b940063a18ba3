import { getActions, createAction, deleteAction, patchAction, type Action } from '../../api/actions';
import { ApiError, isApiError } from '../../api/api-error';
import { createInspection, getInspection, inspectionSchema, patchInspection, type Inspection } from '../../api/inspections';
import { readDraft, startDraft, withEdit, withSaved, type InspectionDraft } from '../../domain/inspection-draft';
import { mergeInspection, type MergeConflict, type MergeSide } from '../../domain/inspection-merge';
import { workOf, type InspectionWork, type WorkAction } from '../../domain/inspection-work';
import { openLocalStore, type EvidenceRefusal, type EvidenceScaling, type LocalStore, type QuarantinedDraft, type StoredEvidence } from './db';
import { uploadStoredEvidence } from './evidence';
import { draftProblems, type DraftProblem } from './precheck';
import type { SyncState } from './types';
import {
  actionEditFields,
  actionPatch,
  inspectionPatch,
  localEvidenceIds,
  sendableWork,
  toWorkAction,
  withServerIds,
  withUnsentEvidence,
  workWith,
} from './work-diff';

/**
 * The background sync of the inspection drafts on this device: one engine per page, for the signed-in user.
 *
 * Every edit is applied to the draft in memory at once (the screen re-renders from it) and written to IndexedDB at
 * once; the queue then sends the drafts that wait, one at a time, oldest change first: the evidence not uploaded
 * yet, the actions removed here (DELETE), the inspection's changed fields (PATCH with the version the draft is based
 * on), then its actions (POST the new ones, PATCH the changed ones). What the server created is recorded in the draft's `serverIds` as soon as it
 * answers, so a retried write never creates it twice. A failed write waits: offline (until the connection is back,
 * or the next try), a 5xx (back-off), a 401 (until the user signs in again). A 409 is merged field by field with the
 * record as the server holds it now: without overlapping fields the merge is saved by itself, otherwise the user
 * chooses. 403, 404 and 422 are refused, with the server's words, until the user changes something. A draft the
 * API's request schemas already refuse on the device (a finding or an action still being typed) is not sent: it is
 * "incomplete", with what is missing, until the user changes something.
 *
 * Several tabs: each tab keeps its own engine over the same database; a Web Lock per user lets one tab send at a
 * time (the draft is read again from the database inside the lock), and a BroadcastChannel tells the other tabs to
 * read a draft again once it changed.
 */

export type WaitingReason = 'offline' | 'server' | 'session' | 'unknown';

export interface ConflictState {
  conflicts: MergeConflict[];
  theirs: InspectionWork;
  theirsVersion: number;
}

export interface RefusalState {
  status: number;
  message: string;
  fields: Record<string, string>;
}

/** What a screen reads of one draft. */
export interface DraftView {
  draft: InspectionDraft;
  sync: SyncState;
  conflict: ConflictState | null;
  refusal: RefusalState | null;
  /** Files of the draft the server refused (413, 415, 422), by device-side id: not sent, the rest of the draft is. */
  evidenceRefusals: Readonly<Record<string, EvidenceRefusal>>;
}

export interface SyncSnapshot {
  /** The user whose drafts are loaded; null when nobody is signed in. */
  userId: string | null;
  /** The drafts of the user have been read from the device. */
  loaded: boolean;
  drafts: ReadonlyMap<string, DraftView>;
  /** Drafts that could not be read, kept to export. */
  quarantined: readonly QuarantinedDraft[];
  /** The device refused to store a draft (full, blocked): the edits are only in this page. */
  storageError: boolean;
  /** The device keeps drafts across reloads (IndexedDB), or only for this page. */
  persistent: boolean;
}

export interface SyncDeps {
  getInspection: (id: string) => Promise<Inspection>;
  patchInspection: typeof patchInspection;
  createInspection: typeof createInspection;
  getActions: (query: { inspectionId: string }) => Promise<Action[]>;
  createAction: typeof createAction;
  patchAction: typeof patchAction;
  deleteAction: typeof deleteAction;
  /** Uploads one piece of evidence; resolves to the server's id. */
  uploadEvidence: ((evidence: StoredEvidence) => Promise<string>) | null;
  now: () => number;
  /** Milliseconds before the attempt after `attempts` failures (1, 2, …). */
  backoffMs: (attempts: number) => number;
  /** Wait after an edit before sending, so that a burst of keystrokes is one write. */
  editDelayMs: number;
  online: () => boolean;
}

/** 5 s, 10 s, 20 s, … up to 5 minutes. */
export const defaultBackoffMs = (attempts: number) => Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 300_000);

const defaultDeps = (): SyncDeps => ({
  getInspection: (id) => getInspection(id),
  patchInspection,
  createInspection,
  getActions: (query) => getActions(query),
  createAction,
  patchAction,
  deleteAction,
  uploadEvidence: uploadStoredEvidence,
  now: () => Date.now(),
  backoffMs: defaultBackoffMs,
  editDelayMs: 600,
  online: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
});

interface Runtime {
  draft: InspectionDraft;
  phase: 'idle' | 'sending' | 'waiting' | 'conflict' | 'refused' | 'incomplete';
  reason: WaitingReason;
  /** What the request schemas refuse in the draft, while `phase` is 'incomplete'. */
  problems: readonly DraftProblem[];
  conflict: ConflictState | null;
  refusal: RefusalState | null;
  /** 409s merged by themselves in a row (the mock's `conflict` scenario answers 409 to everything). */
  autoMerges: number;
  writing: Promise<void> | null;
  writeAgain: boolean;
  view: DraftView | null;
  /** Replaced only when it changes, so that the rows of the checklist re-render only then. */
  evidenceRefusals: Readonly<Record<string, EvidenceRefusal>>;
}

const NO_REFUSALS: Readonly<Record<string, EvidenceRefusal>> = Object.freeze({});

/** 403, 404 and 422: the server will not take this draft as it is. */
const isRefusal = (e: unknown) => isApiError(e) && (e.kind === 'forbidden' || e.kind === 'not_found' || e.kind === 'validation');

/** The server's refusal of a file (it will never take these bytes), or null for any other failure. */
function evidenceRefusalOf(e: unknown): EvidenceRefusal | null {
  if (!isApiError(e) || (e.status !== 413 && e.status !== 415 && e.status !== 422)) return null;
  return { status: e.status, message: e.fieldMessage('file') ?? e.serverMessage ?? '' };
}

/** A 409 met while writing the actions (stale or deleted action): settled like one of the inspection. */
class StaleAction extends Error {}

const WAL_KEY = 'cchc.inspection-sync.unwritten';

/** Where a draft is kept: per user, so that another user's draft of the same inspection on a shared tablet stays. */
export const draftStoreKey = (d: Pick<InspectionDraft, 'userId' | 'draftId'>) => `${d.userId ?? ''}/${d.draftId}`;
const CHANNEL = 'cchc-inspection-sync';
const MAX_AUTO_MERGES = 3;

export class SyncEngine {
  private readonly store: LocalStore;
  private readonly deps: SyncDeps;
  private entries = new Map<string, Runtime>();
  private userId: string | null = null;
  private loaded = false;
  private quarantined: QuarantinedDraft[] = [];
  private storageError = false;
  private generation = 0;
  private listeners = new Set<() => void>();
  private savedListeners = new Set<(draftId: string) => void>();
  private snapshot: SyncSnapshot;
  private pumping = false;
  private pumpAgain = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private editTimer: ReturnType<typeof setTimeout> | undefined;
  /** Another tab held the sync lock: look again then. */
  private lockRetryAt: number | null = null;
  private lastEditAt = 0;
  /** Every write to the device under way, whichever user's. */
  private readonly writes = new Set<Promise<void>>();
  private loading: Promise<void> = Promise.resolve();
  private channel: BroadcastChannel | null = null;
  private readonly cleanups: (() => void)[] = [];
  private disposed = false;

  constructor({ store, deps }: { store?: LocalStore; deps?: Partial<SyncDeps> } = {}) {
    this.store = store ?? openLocalStore();
    this.deps = { ...defaultDeps(), ...deps };
    this.snapshot = this.buildSnapshot();
    if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
      const online = () => this.onOnline();
      const offline = () => this.onOffline();
      const hide = () => this.writeAheadLog();
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      window.addEventListener('pagehide', hide);
      this.cleanups.push(() => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
        window.removeEventListener('pagehide', hide);
      });
    }
    if (typeof BroadcastChannel !== 'undefined') {
      try {
        this.channel = new BroadcastChannel(CHANNEL);
        this.channel.onmessage = (e: MessageEvent) => void this.onBroadcast(e.data);
      } catch {
        this.channel = null;
      }
    }
  }

  // ---- reading, for React (useSyncExternalStore)

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = (): SyncSnapshot => this.snapshot;

  /** Called after a draft's write was taken by the server (to refresh cached answers). */
  onSaved(listener: (draftId: string) => void) {
    this.savedListeners.add(listener);
    return () => void this.savedListeners.delete(listener);
  }

  get localStore(): LocalStore {
    return this.store;
  }

  get currentUserId(): string | null {
    return this.userId;
  }

  /** Resolves once the drafts of the current user are read from the device. */
  whenLoaded(): Promise<void> {
    return this.loading;
  }

  private emit() {
    this.snapshot = this.buildSnapshot();
    for (const l of this.listeners) l();
  }

  private buildSnapshot(): SyncSnapshot {
    const drafts = new Map<string, DraftView>();
    for (const [id, rt] of this.entries) {
      rt.view ??= { draft: rt.draft, sync: this.syncStateOf(rt), conflict: rt.conflict, refusal: rt.refusal, evidenceRefusals: rt.evidenceRefusals };
      drafts.set(id, rt.view);
    }
    return {
      userId: this.userId,
      loaded: this.loaded,
      drafts,
      quarantined: this.quarantined,
      storageError: this.storageError,
      persistent: this.store.persistent,
    };
  }

  private syncStateOf(rt: Runtime): SyncState {
    const pending = rt.draft.sync.pendingChanges;
    if (rt.phase === 'conflict') return { kind: 'conflict', pending };
    if (rt.phase === 'refused' && rt.refusal) return { kind: 'refused', pending, ...rt.refusal };
    if (rt.phase === 'incomplete') return { kind: 'incomplete', pending, problems: rt.problems };
    if (pending === 0 && rt.phase !== 'sending') return { kind: 'saved' };
    if (rt.phase === 'waiting') return { kind: 'waiting', pending, nextAttemptAt: rt.draft.sync.nextAttemptAt, reason: rt.reason };
    if (!this.deps.online()) return { kind: 'waiting', pending, nextAttemptAt: null, reason: 'offline' };
    return { kind: 'saving', pending };
  }

  private touch(rt: Runtime) {
    rt.view = null;
  }

  // ---- the session

  /**
   * The signed-in user changed (sign-in, sign-out, expiry, another tab). The drafts of the new user are read from
   * the device and their queue starts; a draft of another user is never sent with this user's token. The same
   * user again (signed in after an expiry) resumes what waited for the session.
   */
  setUser(userId: string | null, { dropUnpersisted = false }: { dropUnpersisted?: boolean } = {}): Promise<void> {
    if (userId !== null && userId === this.userId) {
      for (const rt of this.entries.values())
        if (rt.phase === 'waiting' && rt.reason === 'session') {
          rt.phase = 'idle';
          this.touch(rt);
        }
      this.emit();
      this.pump();
      return this.loading;
    }
    const previous = [...this.writes];
    this.generation++;
    const gen = this.generation;
    this.entries = new Map();
    this.userId = userId;
    this.loaded = false;
    this.quarantined = [];
    this.emit();
    this.loading = (async () => {
      await Promise.allSettled(previous);
      // Without IndexedDB the drafts live in this page's memory: they outlive an expired session (sign in again
      // and they sync) but not the end of the session otherwise.
      if (userId === null && dropUnpersisted && !this.store.persistent) await this.store.clear();
      if (userId === null || gen !== this.generation) return;
      await this.load(gen);
    })().catch((e) => {
      console.error('[inspection-sync] reading the drafts failed', e);
      // Never a page that waits for ever: what is typed now is kept in memory, and the header says it is not stored.
      if (gen !== this.generation) return;
      this.loaded = true;
      this.storageError = true;
      this.emit();
    });
    return this.loading;
  }

  /** Reads the user's drafts from the device again (another tab removed them). */
  reload(): Promise<void> {
    const user = this.userId;
    this.userId = null;
    return this.setUser(user);
  }

  private async load(gen: number) {
    const userId = this.userId;
    await this.recoverWriteAheadLog();
    const rows = await this.store.allDrafts();
    const now = new Date(this.deps.now()).toISOString();
    for (const { key, value } of rows) {
      const read = readDraft(value);
      if (read.status === 'unreadable') {
        // Moved aside, so that a new draft of the same inspection never overwrites what could still be recovered.
        await this.store.putQuarantined({ key, reason: read.reason, schemaVersion: read.schemaVersion, raw: read.raw, reported: false, foundAt: now });
        await this.store.deleteDraft(key);
        continue;
      }
      const draft = read.draft;
      if (draft.userId !== null && draft.userId !== userId) continue;
      const claimed: InspectionDraft = draft.userId === null && userId !== null ? { ...draft, userId } : draft;
      if (gen !== this.generation) return;
      const rt = this.runtime(claimed);
      await this.readEvidenceRefusals(rt);
      this.entries.set(claimed.draftId, rt);
      if (read.status === 'migrated' || claimed !== draft || read.repaired.length > 0 || key !== draftStoreKey(claimed)) {
        if (key !== draftStoreKey(claimed)) await this.store.deleteDraft(key);
        this.persist(rt);
      }
    }
    const quarantined = await this.store.allQuarantined();
    if (gen !== this.generation) return;
    this.quarantined = quarantined;
    this.loaded = true;
    this.emit();
    this.pump();
  }

  private runtime(draft: InspectionDraft): Runtime {
    return {
      draft,
      phase: 'idle',
      reason: 'unknown',
      conflict: null,
      refusal: null,
      problems: [],
      autoMerges: 0,
      writing: null,
      writeAgain: false,
      view: null,
      evidenceRefusals: NO_REFUSALS,
    };
  }

  /** The refusals the device keeps for the draft's files not uploaded (a reload shows them again by each file). */
  private async readEvidenceRefusals(rt: Runtime) {
    for (const id of localEvidenceIds(rt.draft.record, rt.draft.serverIds)) {
      const stored = await this.store.getEvidence(id).catch(() => undefined);
      if (stored?.refused) this.noteEvidenceRefusal(rt, id, stored.refused);
    }
  }

  private noteEvidenceRefusal(rt: Runtime, id: string, refusal: EvidenceRefusal) {
    const known = rt.evidenceRefusals[id];
    if (known && known.status === refusal.status && known.message === refusal.message) return;
    rt.evidenceRefusals = { ...rt.evidenceRefusals, [id]: refusal };
    this.touch(rt);
  }

  // ---- editing

  /**
   * One edit by the user. `change` must be a pure function of the record (it may be applied to the stored copy
   * too). `origin` is the server's record, for the first edit of an inspection that has no draft yet.
   */
  edit(draftId: string, change: (work: InspectionWork) => InspectionWork, origin?: { work: InspectionWork; version: number } | null) {
    const now = this.editInstant();
    let rt = this.entries.get(draftId);
    if (!rt) {
      if (!origin) throw new Error(`inspection-sync: no draft "${draftId}" and no record to start one from`);
      const draft = startDraft({
        draftId,
        inspectionId: draftId,
        userId: this.userId ?? '',
        baseVersion: origin.version,
        base: origin.work,
        now,
      });
      rt = this.runtime(this.userId === null ? { ...draft, userId: null } : draft);
      this.entries.set(draftId, rt);
    }
    const before = rt.draft;
    const next = withEdit(before, change(before.record), now);
    // Waiting on a server error or the connection: the next try stays when it was planned (no request per keystroke).
    rt.draft = rt.phase === 'waiting' ? { ...next, sync: { ...next.sync, nextAttemptAt: before.sync.nextAttemptAt } } : next;
    if (rt.phase === 'refused' || rt.phase === 'incomplete') {
      rt.phase = 'idle';
      rt.refusal = null;
      rt.problems = [];
    }
    this.touch(rt);
    this.emit();
    this.persist(rt);
    this.scheduleAfterEdit();
  }

  /**
   * The instant of an edit, strictly after the previous one on this page: drafts are sent in the order of their last
   * change, and two edits in one millisecond must still have an order.
   */
  private editInstant(): string {
    const t = Math.max(this.deps.now(), this.lastEditAt + 1);
    this.lastEditAt = t;
    return new Date(t).toISOString();
  }

  /** The server's record, read by a screen: a draft with nothing waiting follows it when it is newer. */
  adopt(draftId: string, work: InspectionWork, version: number) {
    const rt = this.entries.get(draftId);
    if (!rt || rt.phase === 'sending' || rt.draft.sync.pendingChanges > 0) return;
    if (rt.draft.baseVersion !== null && version <= rt.draft.baseVersion) return;
    rt.draft = { ...rt.draft, base: work, record: withUnsentEvidence(work, rt.draft.record, rt.draft.serverIds), baseVersion: version };
    this.touch(rt);
    this.emit();
    this.persist(rt);
  }

  /** Settles a conflict: each key's side (a key left out keeps mine); the merge is then saved at their version. */
  resolve(draftId: string, choices: Readonly<Record<string, MergeSide>>) {
    const rt = this.entries.get(draftId);
    if (!rt || rt.phase !== 'conflict' || !rt.conflict) return;
    const { theirs, theirsVersion } = rt.conflict;
    this.rebase(rt, theirs, theirsVersion, choices);
    rt.phase = 'idle';
    rt.conflict = null;
    rt.autoMerges = 0;
    this.touch(rt);
    this.emit();
    this.pump();
  }

  /** "Thử lại": every draft that waits (or the one named) is tried now. */
  retryNow(draftId?: string) {
    for (const [id, rt] of this.entries) {
      if (draftId !== undefined && id !== draftId) continue;
      if (rt.phase === 'waiting' || rt.phase === 'refused' || rt.phase === 'incomplete') {
        rt.phase = 'idle';
        rt.refusal = null;
        rt.problems = [];
        rt.draft = { ...rt.draft, sync: { ...rt.draft.sync, nextAttemptAt: null } };
        this.touch(rt);
      }
    }
    this.emit();
    this.pump();
  }

  // ---- writing to the device

  private persist(rt: Runtime) {
    rt.writeAgain = true;
    if (rt.writing) return;
    const gen = this.generation;
    rt.writing = (async () => {
      while (rt.writeAgain) {
        rt.writeAgain = false;
        try {
          await this.store.putDraft(draftStoreKey(rt.draft), rt.draft);
          if (this.storageError && gen === this.generation) {
            this.storageError = false;
            this.emit();
          }
        } catch (e) {
          console.error('[inspection-sync] the device did not keep the draft', e);
          if (gen === this.generation) {
            this.storageError = true;
            this.emit();
          }
        }
      }
      rt.writing = null;
      this.broadcast({ type: 'draft', draftId: rt.draft.draftId, userId: rt.draft.userId });
    })();
    const writing = rt.writing;
    this.writes.add(writing);
    void writing.finally(() => this.writes.delete(writing));
  }

  /** All writes to the device issued so far are done (tests; before a sign-out). */
  async flushWrites() {
    while (this.writes.size > 0) await Promise.allSettled([...this.writes]);
  }

  /**
   * The tab is going away with writes to IndexedDB still under way: keep those drafts in localStorage (synchronous),
   * read back at the next start when they are newer than what IndexedDB holds.
   */
  private writeAheadLog() {
    const unwritten = [...this.entries.values()].filter((rt) => rt.writing !== null).map((rt) => rt.draft);
    if (unwritten.length === 0) return;
    try {
      localStorage.setItem(WAL_KEY, JSON.stringify(unwritten));
    } catch {
      // full or blocked: IndexedDB may still finish the write
    }
  }

  private async recoverWriteAheadLog() {
    let list: unknown;
    try {
      const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(WAL_KEY);
      if (!raw) return;
      list = JSON.parse(raw);
    } catch {
      list = null;
    }
    for (const value of Array.isArray(list) ? list : []) {
      const read = readDraft(value);
      if (read.status === 'unreadable') continue;
      const stored = readDraft(await this.store.getDraft(draftStoreKey(read.draft)));
      if (stored.status !== 'unreadable' && stored.draft.changedAt >= read.draft.changedAt) continue;
      await this.store.putDraft(draftStoreKey(read.draft), read.draft);
    }
    try {
      localStorage.removeItem(WAL_KEY);
    } catch {
      // nothing to do
    }
  }

  private broadcast(message: { type: 'draft'; draftId: string; userId: string | null } | { type: 'cleared'; userId: string }) {
    if (this.disposed || !this.channel) return;
    try {
      this.channel.postMessage(message);
    } catch {
      // closed: the other tabs read the database again at their next start
    }
  }

  private async onBroadcast(message: unknown) {
    if (!message || typeof message !== 'object') return;
    const m = message as { type?: string; draftId?: string; userId?: string | null };
    if (m.type === 'cleared') {
      if (m.userId === this.userId) this.reload();
      return;
    }
    if (m.type !== 'draft' || typeof m.draftId !== 'string' || this.userId === null) return;
    if (m.userId !== this.userId && m.userId !== null) return;
    const rt = this.entries.get(m.draftId);
    if (rt && (rt.writing || rt.phase === 'sending')) return;
    const read = readDraft(await this.store.getDraft(draftStoreKey({ userId: m.userId ?? null, draftId: m.draftId })));
    if (read.status === 'unreadable') return;
    const current = this.entries.get(m.draftId);
    if (current && (current.writing || current.phase === 'sending')) return;
    if (current) {
      current.draft = read.draft;
      if (read.draft.sync.pendingChanges === 0 && current.phase !== 'conflict') current.phase = 'idle';
      this.touch(current);
    } else this.entries.set(m.draftId, this.runtime(read.draft));
    this.emit();
  }

  // ---- the queue

  private scheduleAfterEdit() {
    clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => this.pump(), this.deps.editDelayMs);
  }

  private scheduleTimer() {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.disposed) return;
    let earliest = this.lockRetryAt ?? Infinity;
    for (const rt of this.entries.values()) {
      if (rt.phase !== 'waiting' || rt.reason === 'session' || rt.draft.sync.pendingChanges === 0) continue;
      const at = rt.draft.sync.nextAttemptAt ? Date.parse(rt.draft.sync.nextAttemptAt) : NaN;
      if (Number.isFinite(at)) earliest = Math.min(earliest, at);
    }
    if (earliest === Infinity) return;
    this.timer = setTimeout(() => this.pump(), Math.max(0, earliest - this.deps.now()));
  }

  private nextDue(): Runtime | null {
    const now = this.deps.now();
    const due = [...this.entries.values()].filter((rt) => {
      if (rt.draft.sync.pendingChanges === 0) return false;
      if (rt.phase === 'idle') return true;
      if (rt.phase !== 'waiting' || rt.reason === 'session') return false;
      const at = rt.draft.sync.nextAttemptAt ? Date.parse(rt.draft.sync.nextAttemptAt) : NaN;
      return !Number.isFinite(at) || at <= now;
    });
    due.sort((a, b) => a.draft.changedAt.localeCompare(b.draft.changedAt) || a.draft.draftId.localeCompare(b.draft.draftId));
    return due[0] ?? null;
  }

  /** Sends what waits, one draft at a time, until nothing is due. */
  pump() {
    if (this.disposed || !this.loaded || this.userId === null) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    clearTimeout(this.editTimer);
    this.pumping = true;
    const gen = this.generation;
    void (async () => {
      try {
        do {
          this.pumpAgain = false;
          for (;;) {
            if (gen !== this.generation || this.disposed) return;
            if (!this.deps.online()) {
              this.markOffline();
              break;
            }
            const rt = this.nextDue();
            if (!rt) break;
            const sent = await this.withLock(() => this.sendOne(rt, gen));
            if (!sent) {
              // Another tab is sending (and tells this one what it saved): look again shortly.
              this.lockRetryAt = this.deps.now() + 2_000;
              return;
            }
            this.lockRetryAt = null;
          }
        } while (this.pumpAgain);
      } finally {
        this.pumping = false;
        if (gen === this.generation) this.scheduleTimer();
      }
    })();
  }

  /** Runs `fn` holding the user's sync lock (Web Locks), or at once where there are none. false: another tab holds it. */
  private async withLock(fn: () => Promise<void>): Promise<boolean> {
    const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
    if (!locks?.request) {
      await fn();
      return true;
    }
    return locks.request(`${CHANNEL}:${this.userId ?? ''}`, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await fn();
      return true;
    });
  }

  private markOffline() {
    let changed = false;
    for (const rt of this.entries.values()) {
      if (rt.draft.sync.pendingChanges === 0 || rt.phase === 'conflict' || rt.phase === 'refused' || rt.phase === 'incomplete' || rt.phase === 'sending')
        continue;
      if (rt.phase === 'waiting' && rt.reason === 'offline') continue;
      rt.phase = 'waiting';
      rt.reason = 'offline';
      this.touch(rt);
      changed = true;
    }
    if (changed) this.emit();
  }

  private onOnline() {
    for (const rt of this.entries.values())
      if (rt.phase === 'waiting' && rt.reason === 'offline') {
        rt.phase = 'idle';
        rt.draft = { ...rt.draft, sync: { ...rt.draft.sync, nextAttemptAt: null } };
        this.touch(rt);
      }
    this.emit();
    this.pump();
  }

  private onOffline() {
    this.markOffline();
  }

  /** Changes a draft (in memory at once, then on the device). */
  private update(rt: Runtime, change: (d: InspectionDraft) => InspectionDraft) {
    rt.draft = change(rt.draft);
    this.touch(rt);
    this.emit();
    this.persist(rt);
  }

  private async sendOne(rt: Runtime, gen: number) {
    // Another tab may have sent or changed this draft: the device's copy is the one to send.
    if (!rt.writing) {
      const stored = readDraft(await this.store.getDraft(draftStoreKey(rt.draft)));
      if (stored.status !== 'unreadable' && !rt.writing && stored.draft.changedAt >= rt.draft.changedAt) {
        const s = stored.draft;
        if (s.baseVersion !== rt.draft.baseVersion || s.sync.pendingChanges !== rt.draft.sync.pendingChanges) {
          rt.draft = s;
          this.touch(rt);
          if (s.sync.pendingChanges === 0) {
            this.emit();
            return;
          }
        }
      }
    }
    if (gen !== this.generation) return;
    const problems = draftProblems(rt.draft);
    if (problems.length > 0) {
      rt.phase = 'incomplete';
      rt.problems = problems;
      this.touch(rt);
      this.emit();
      return;
    }
    const sentChanges = rt.draft.sync.pendingChanges;
    const sentAt = rt.draft.changedAt;
    rt.phase = 'sending';
    this.touch(rt);
    this.emit();
    try {
      await this.uploadEvidence(rt, gen);
      if (!(await this.ensureBase(rt, gen))) return;
      const saved = await this.writeWork(rt, gen);
      if (gen !== this.generation) return;
      // A file the server refused is not in what it saved: it stays listed here, with its refusal.
      this.update(rt, (d) => {
        const next = withSaved(d, saved, sentChanges);
        return next.record === saved.work ? { ...next, record: withUnsentEvidence(saved.work, d.record, d.serverIds) } : next;
      });
      rt.phase = 'idle';
      rt.reason = 'unknown';
      rt.autoMerges = 0;
      this.touch(rt);
      this.emit();
      for (const l of this.savedListeners) l(rt.draft.draftId);
    } catch (e) {
      if (gen !== this.generation) return;
      if ((isApiError(e) && e.kind === 'conflict') || e instanceof StaleAction) await this.settleConflict(rt, gen, e);
      else if (isRefusal(e) && rt.draft.changedAt !== sentAt) {
        // Refused, but the user has changed the draft since it went out (a due date typed while the action was on
        // its way): the newer draft is what to send, not a refusal of the older one to show.
        rt.phase = 'idle';
        this.touch(rt);
        this.emit();
        this.scheduleAfterEdit();
      } else this.fail(rt, e);
    }
  }

  private async uploadEvidence(rt: Runtime, gen: number) {
    const local = localEvidenceIds(rt.draft.record, rt.draft.serverIds);
    for (const id of local) {
      const stored = await this.store.getEvidence(id);
      if (!stored) continue; // gone from the device: nothing to upload (listed here, never sent)
      if (stored.refused) {
        this.noteEvidenceRefusal(rt, id, stored.refused);
        continue;
      }
      let serverId = stored.serverId;
      if (!serverId) {
        if (!this.deps.uploadEvidence) throw new Error('inspection-sync: evidence upload is not available');
        try {
          serverId = await this.deps.uploadEvidence(stored);
        } catch (e) {
          // The server will never take these bytes: said by the file, and the rest of the draft goes on.
          const refusal = evidenceRefusalOf(e);
          if (!refusal) throw e;
          await this.store.putEvidence({ ...stored, refused: refusal });
          if (gen !== this.generation) return;
          this.noteEvidenceRefusal(rt, id, refusal);
          this.emit();
          continue;
        }
        await this.store.putEvidence({ ...stored, serverId });
      }
      if (gen !== this.generation) return;
      const sid = serverId;
      this.update(rt, (d) => ({ ...d, serverIds: { ...d.serverIds, [id]: sid } }));
    }
  }

  /** The server's record and its actions, as one piece of work. */
  private async fetchTheirs(inspectionId: string, current?: unknown): Promise<{ work: InspectionWork; version: number }> {
    const parsed = inspectionSchema.safeParse(current);
    const [inspection, actions] = await Promise.all([
      parsed.success ? Promise.resolve(parsed.data) : this.deps.getInspection(inspectionId),
      this.deps.getActions({ inspectionId }),
    ]);
    return { work: workOf(inspection, actions), version: inspection.version };
  }

  /** A draft without a base (planned here, or written by an older app) gets one before its changes can be told. */
  private async ensureBase(rt: Runtime, gen: number): Promise<boolean> {
    const d = rt.draft;
    if (d.inspectionId === null) {
      const { actions: _actions, ...fields } = sendableWork(d.record, d.serverIds);
      const created = await this.deps.createInspection(fields);
      if (gen !== this.generation) return false;
      this.update(rt, (x) => ({
        ...x,
        inspectionId: created.id,
        serverIds: { ...x.serverIds, [x.draftId]: created.id },
        baseVersion: created.version,
        base: workWith(created, []),
      }));
      return true;
    }
    if (d.base !== null && d.baseVersion !== null) return true;
    const theirs = await this.fetchTheirs(d.inspectionId);
    if (gen !== this.generation) return false;
    if (theirs.version === d.baseVersion) {
      this.update(rt, (x) => ({ ...x, base: theirs.work }));
      return true;
    }
    // An older draft without the record it started from: every field the two sides hold differently is asked.
    this.applyMerge(rt, theirs);
    return false;
  }

  /** Sends the inspection's changed fields and its actions; the work as the server now holds it. */
  private async writeWork(rt: Runtime, gen: number): Promise<{ inspectionId: string; version: number; work: InspectionWork }> {
    let d = rt.draft;
    const inspectionId = d.inspectionId!;
    let base = d.base!;
    let version = d.baseVersion!;
    let current: Action[] | null = null;

    // Actions removed here (alone, or with their finding) are deleted first, so that the PATCH may drop the finding.
    const kept = new Set(sendableWork(d.record, d.serverIds).actions.map((a) => a.id));
    for (const b of base.actions.filter((a) => !kept.has(a.id))) {
      current ??= await this.deps.getActions({ inspectionId });
      const cur = current.find((x) => x.id === b.id);
      if (cur) {
        // Changed by someone else since: the merge asks whether to keep it (deleted here, edited there).
        if (actionEditFields.some((field) => cur[field] !== b[field])) throw new StaleAction(b.id);
        await this.deps.deleteAction(cur.id, cur.version);
        if (gen !== this.generation) throw new Error('superseded');
      }
      // Kept at once: a retry after this point does not delete it again.
      this.update(rt, (x) => ({ ...x, base: x.base ? { ...x.base, actions: x.base.actions.filter((a) => a.id !== b.id) } : x.base }));
    }
    base = rt.draft.base!;

    const patch = inspectionPatch(base, sendableWork(d.record, d.serverIds));
    if (Object.keys(patch).length > 0) {
      const saved = await this.deps.patchInspection(inspectionId, { version, ...patch });
      if (gen !== this.generation) throw new Error('superseded');
      version = saved.version;
      // Kept at once: if an action fails next, the inspection's fields are not sent again.
      this.update(rt, (x) => ({ ...x, baseVersion: saved.version, base: workWith(saved, x.base?.actions ?? []) }));
      base = rt.draft.base!;
    }

    d = rt.draft;
    const mine = sendableWork(d.record, d.serverIds);
    const baseActions = new Map(base.actions.map((a) => [a.id, a]));
    const result: WorkAction[] = [];
    for (const a of mine.actions) {
      const b = baseActions.get(a.id);
      if (!b) {
        const created = await this.deps.createAction({
          inspectionId,
          findingId: a.findingId,
          description: a.description,
          ownerUnitId: a.ownerUnitId,
          ownerName: a.ownerName,
          dueDate: a.dueDate,
        });
        if (gen !== this.generation) throw new Error('superseded');
        // Kept at once: a retry after this point PATCHes the created action, it never POSTs it again.
        this.update(rt, (x) => ({
          ...x,
          serverIds: { ...x.serverIds, [a.id]: created.id },
          base: x.base ? { ...x.base, actions: [...x.base.actions, toWorkAction(created)] } : x.base,
        }));
        let w = toWorkAction(created);
        if (a.status !== created.status) w = toWorkAction(await this.deps.patchAction(created.id, { version: created.version, status: a.status }));
        result.push(w);
        continue;
      }
      const changes = actionPatch(b, a);
      if (Object.keys(changes).length === 0) {
        result.push(b);
        continue;
      }
      current ??= await this.deps.getActions({ inspectionId });
      const cur = current.find((x) => x.id === a.id);
      if (!cur) throw new StaleAction(a.id);
      for (const field of Object.keys(changes) as (keyof typeof changes)[])
        if (cur[field] !== b[field] && cur[field] !== a[field]) throw new StaleAction(a.id);
      const updated = await this.deps.patchAction(cur.id, { version: cur.version, ...changes });
      result.push(toWorkAction(updated));
    }
    const fields = rt.draft.base ?? base;
    return { inspectionId, version, work: { ...fields, actions: result } };
  }

  /** A 409: the record as it is now, merged field by field with the user's. */
  private async settleConflict(rt: Runtime, gen: number, e: unknown) {
    const inspectionId = rt.draft.inspectionId;
    if (!inspectionId) return this.fail(rt, e);
    let theirs: { work: InspectionWork; version: number };
    try {
      theirs = await this.fetchTheirs(inspectionId, isApiError(e) && e.path?.startsWith('/inspections') ? e.current : undefined);
    } catch (err) {
      if (gen === this.generation) this.fail(rt, err);
      return;
    }
    if (gen !== this.generation) return;
    rt.autoMerges++;
    if (rt.autoMerges > MAX_AUTO_MERGES) {
      rt.autoMerges = 0;
      return this.fail(rt, new ApiError('server', 'inspection-sync: the server answers 409 to every merged write', { status: 409 }));
    }
    this.applyMerge(rt, theirs);
  }

  private applyMerge(rt: Runtime, theirs: { work: InspectionWork; version: number }) {
    const d = rt.draft;
    const { conflicts } = mergeInspection(d.base, withServerIds(d.record, d.serverIds), theirs.work);
    if (conflicts.length === 0) {
      this.rebase(rt, theirs.work, theirs.version, {});
      rt.phase = 'idle';
    } else {
      rt.phase = 'conflict';
      rt.conflict = { conflicts, theirs: theirs.work, theirsVersion: theirs.version };
    }
    this.touch(rt);
    this.emit();
  }

  /** The draft on top of the server's record: the merge (with the choices) is the record, theirs the new base. */
  private rebase(rt: Runtime, theirs: InspectionWork, version: number, choices: Readonly<Record<string, MergeSide>>) {
    this.update(rt, (d) => ({
      ...d,
      record: mergeInspection(d.base, withServerIds(d.record, d.serverIds), theirs, choices).merged,
      base: theirs,
      baseVersion: version,
      sync: { ...d.sync, pendingChanges: Math.max(1, d.sync.pendingChanges), nextAttemptAt: null },
    }));
  }

  private fail(rt: Runtime, e: unknown) {
    const kind = isApiError(e) ? e.kind : null;
    const attempts = rt.draft.sync.attempts + 1;
    const status = isApiError(e) ? e.status : null;
    const lastError = kind === 'network' ? 'offline' : status !== null ? String(status) : (kind ?? 'error');
    if (kind === 'forbidden' || kind === 'not_found' || kind === 'validation') {
      const err = e as ApiError;
      const fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, v[0] ?? ''])) as Record<string, string>;
      rt.phase = 'refused';
      rt.refusal = { status: err.status ?? 0, message: err.serverMessage ?? '', fields };
      this.update(rt, (d) => ({ ...d, sync: { ...d.sync, attempts, nextAttemptAt: null, lastError } }));
      return;
    }
    if (!kind || kind === 'invalid_response') console.error('[inspection-sync] sending a draft failed', e);
    rt.phase = 'waiting';
    rt.reason = kind === 'network' ? 'offline' : kind === 'unauthorized' ? 'session' : kind === 'server' || kind === 'invalid_response' ? 'server' : 'unknown';
    const nextAttemptAt = rt.reason === 'session' ? null : new Date(this.deps.now() + this.deps.backoffMs(attempts)).toISOString();
    this.update(rt, (d) => ({ ...d, sync: { ...d.sync, attempts, nextAttemptAt, lastError } }));
  }

  // ---- evidence

  /** Keeps a file with the draft on this device; its id goes into a criterion's `evidence`. */
  async keepEvidence(
    draftId: string | null,
    file: { blob: Blob; thumbnail: Blob | null; name: string; type: string; scaled?: EvidenceScaling | null },
  ): Promise<string> {
    const id = `local-ev-${crypto.randomUUID()}`;
    await this.store.putEvidence({
      id,
      userId: this.userId ?? '',
      draftId,
      name: file.name,
      type: file.type,
      size: file.blob.size,
      blob: file.blob,
      thumbnail: file.thumbnail,
      serverId: null,
      createdAt: new Date(this.deps.now()).toISOString(),
      scaled: file.scaled ?? null,
      refused: null,
    });
    return id;
  }

  // ---- leaving

  /**
   * Removes every draft and piece of evidence of the user from the device (sign-out on a shared tablet), and the
   * drafts that could not be read (nobody can tell whose they are; the user was offered to export them).
   */
  async discardUserData(userId: string) {
    await this.flushWrites();
    this.generation++;
    if (this.userId === userId) {
      this.entries = new Map();
      this.quarantined = [];
      this.emit();
    }
    for (const { key, value } of await this.store.allDrafts()) {
      const read = readDraft(value);
      if (read.status === 'unreadable' || read.draft.userId === userId || read.draft.userId === null) await this.store.deleteDraft(key);
    }
    for (const ev of await this.store.allEvidence()) if (ev.userId === userId || ev.userId === '') await this.store.deleteEvidence(ev.id);
    for (const q of await this.store.allQuarantined()) await this.store.deleteQuarantined(q.key);
    for (const q of await this.store.allQueries()) if (q.userId === userId) await this.store.deleteQuery(q.hash);
    try {
      localStorage.removeItem(WAL_KEY);
    } catch {
      // nothing kept
    }
    this.broadcast({ type: 'cleared', userId });
  }

  /** The quarantined drafts were shown to the user once. */
  async markQuarantineReported() {
    const list = this.quarantined.filter((q) => !q.reported);
    if (list.length === 0) return;
    this.quarantined = this.quarantined.map((q) => ({ ...q, reported: true }));
    this.emit();
    for (const q of list) await this.store.putQuarantined({ ...q, reported: true });
  }

  dispose() {
    this.disposed = true;
    this.generation++;
    clearTimeout(this.timer);
    clearTimeout(this.editTimer);
    for (const c of this.cleanups) c();
    this.channel?.close();
    this.listeners.clear();
  }
}
