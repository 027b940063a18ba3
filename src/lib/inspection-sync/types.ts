import type { MergeConflict, MergeSide } from '../../domain/inspection-merge';
import type { InspectionWork } from '../../domain/inspection-work';
import type { EvidenceRefusal } from './db';
import type { DraftProblem } from './precheck';

/**
 * What the recording screen reads of one inspection's local draft and its background sync. The screen edits the
 * draft (saved on the device at once); the sync sends it to the API when it can, in order, once each.
 */

/** The sync state of one draft, or of every draft on the device (the header's summary). */
export type SyncState =
  /** đã lưu: nothing waits. */
  | { kind: 'saved' }
  /** đang lưu: a write is under way. */
  | { kind: 'saving'; pending: number }
  /** chưa đồng bộ — thử lại lúc …: offline, a 5xx or an expired session; it tries again by itself. */
  | { kind: 'waiting'; pending: number; nextAttemptAt: string | null; reason: 'offline' | 'server' | 'session' | 'unknown' }
  /** Someone else saved first (409): the user settles the fields both changed. */
  | { kind: 'conflict'; pending: number }
  /** Refused (403, 404 or 422): no retry until the user changes something; `fields` are the server's per-field messages. */
  | { kind: 'refused'; pending: number; status: number; message: string; fields: Record<string, string> }
  /** chưa đủ thông tin: the API's schemas refuse the draft as it is (still being typed); kept here, not sent, until the next edit. */
  | { kind: 'incomplete'; pending: number; problems: readonly DraftProblem[] };

/** A 409 to settle: only the fields both sides changed are in `conflicts`; the rest is merged already. */
export interface InspectionConflict {
  conflicts: MergeConflict[];
  /** The record as the server holds it now, and its version. */
  theirs: InspectionWork;
  theirsVersion: number;
  /** Saves the merge with the user's choice for each conflict's `key` (a key left out keeps mine). */
  resolve(choices: Record<string, MergeSide>): void;
}

export interface InspectionDraftHandle {
  status: 'loading' | 'ready' | 'not-found' | 'error';
  error: unknown;
  /** The record as the user sees it: the local draft, or the server's record when there is no draft. */
  record: InspectionWork | null;
  /** The server version the draft is based on (null before the first read). */
  version: number | null;
  /** One edit by the user: kept on the device at once, sent in the background. */
  edit(change: (work: InspectionWork) => InspectionWork): void;
  sync: SyncState;
  conflict: InspectionConflict | null;
  /** Try to send now (a "thử lại" button). */
  retryNow(): void;
  /**
   * Keeps a photo or document with the draft (scaled down first when it is a large image) and queues its upload;
   * resolves to the id to put in a criterion's `evidence` (a device-side id until the upload is done, replaced
   * by the server's id before the inspection is sent).
   */
  addEvidence(file: File): Promise<string>;
  /**
   * The draft's files the server refused (413 too large, 415 not an accepted type, 422), by the id in a criterion's
   * `evidence`: they are not sent (the rest of the draft is) and stay listed until the user removes them.
   */
  evidenceRefusals: Readonly<Record<string, EvidenceRefusal>>;
}
