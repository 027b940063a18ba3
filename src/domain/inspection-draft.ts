import { z } from 'zod';
import type { CriterionResult, Finding, GoodPractice } from '../api/inspections';
import type { InspectionWork, WorkAction } from './inspection-work';

/**
 * The local draft of one inspection (kept on the device so nothing typed is lost), versioned so that a draft written
 * by an older app is read, not a white screen.
 *
 * v1: `{ schemaVersion: 1, inspectionId, baseVersion, record, changedAt }`, `record` the inspection's own fields as
 *     the API holds them (no actions).
 * v2: what the sync queue needs besides: the device-side id of a draft for an inspection not created yet, whose it
 *     is (cleared at sign-out), the record the user started from (`base`, for the three-way merge of a 409), the
 *     actions with the record, the server ids given to what was created here (so a retried write is sent once), and
 *     the queue's state for the header (changes waiting, attempts, next try, last error code).
 */
export const DRAFT_SCHEMA_VERSION = 2;

export interface DraftSync {
  /** Edits not yet acknowledged by the server (0: đã lưu). */
  pendingChanges: number;
  /** Failed attempts since the last success (for the back-off). */
  attempts: number;
  /** When the queue tries again (ISO instant), null when it is not waiting. */
  nextAttemptAt: string | null;
  /** What stopped the last attempt: an HTTP status or a code such as `offline`; null after a success. */
  lastError: string | null;
}

export interface InspectionDraftV2 {
  schemaVersion: 2;
  /** The device-side id of the draft: the inspection's id once it has one. */
  draftId: string;
  /** null: planned on this device and not yet created on the server. */
  inspectionId: string | null;
  /** The user the draft belongs to; null for a draft of an older app that did not say. */
  userId: string | null;
  /** The server version `base` was read at; null for a new inspection. */
  baseVersion: number | null;
  /** The record as the user started from it; null when not known (a new inspection, or a v1 draft). */
  base: InspectionWork | null;
  record: InspectionWork;
  /** Device-side ids of created records (actions, the inspection) → the ids the server gave them. */
  serverIds: Record<string, string>;
  sync: DraftSync;
  /** When the user last changed it (ISO instant). */
  changedAt: string;
}
export type InspectionDraft = InspectionDraftV2;

export type DraftReadResult =
  | { status: 'current'; draft: InspectionDraft; repaired: string[] }
  | { status: 'migrated'; from: number; draft: InspectionDraft; repaired: string[] }
  | {
      status: 'unreadable';
      reason: 'not-json' | 'not-a-draft' | 'unknown-version' | 'newer-version' | 'invalid';
      schemaVersion: number | null;
      /** What was stored, untouched, so the user can still export it. */
      raw: unknown;
    };

// Lenient on purpose: a draft holds what the user typed, valid for the API or not (a blank title, a 10,000-character
// note); the API's own schemas judge it when it is sent.
const text = z.string();
const criterionSchema = z.object({
  criterionId: text,
  result: z.enum(['pass', 'fail', 'na']).nullable(),
  note: text,
  evidence: z.array(text),
});
const findingSchema = z.object({
  id: text,
  areaId: z.number().int(),
  title: text,
  description: text,
  severity: z.enum(['low', 'medium', 'high']),
  cause: text,
});
const goodPracticeSchema = z.object({ id: text, areaId: z.number().int(), description: text });
const actionSchema = z.object({
  id: text,
  findingId: text,
  description: text,
  ownerUnitId: text,
  ownerName: text,
  dueDate: text,
  status: z.enum(['not_started', 'in_progress', 'fixed', 'verified']),
});
const scalarSchemas = {
  unitId: text,
  title: text,
  teamId: text,
  plannedDate: text,
  startDate: text.nullable(),
  endDate: text.nullable(),
  status: z.enum(['planned', 'in_progress', 'finalised', 'cancelled']),
  areaIds: z.array(z.number().int()),
};
/** Every area of the template: the scope of a draft written before inspections had one. */
const ALL_AREAS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
const scalarDefaults = {
  unitId: '',
  title: '',
  teamId: '',
  plannedDate: '',
  startDate: null,
  endDate: null,
  status: 'planned',
  areaIds: ALL_AREAS,
} as const;
const listSchemas = { checklist: criterionSchema, findings: findingSchema, goodPractices: goodPracticeSchema, actions: actionSchema };

// The lenient schemas read exactly the API's shapes: the compiler refuses this line if one drifts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapesMatch: Same<
  [z.infer<typeof criterionSchema>, z.infer<typeof findingSchema>, z.infer<typeof goodPracticeSchema>, z.infer<typeof actionSchema>],
  [CriterionResult, Finding, GoodPractice, WorkAction]
> = true;
void shapesMatch;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a record field by field, keeping every part that is well formed: a malformed field takes its empty value and
 * a malformed item of a list is left out, each named in `repaired` (the screen says so). null when it is no record.
 */
function readWork(value: unknown, path: string, repaired: string[], withActions: boolean): InspectionWork | null {
  if (!isObject(value)) return null;
  const work: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(scalarSchemas)) {
    // A draft of an app from before the scope existed has no areaIds: it covered the whole template. That is a
    // migration, not a repair (only a malformed value is one).
    if (field === 'areaIds' && value[field] === undefined) {
      work[field] = [...ALL_AREAS];
      continue;
    }
    const parsed = schema.safeParse(value[field]);
    if (parsed.success) work[field] = parsed.data;
    else {
      const fallback = scalarDefaults[field as keyof typeof scalarDefaults];
      work[field] = Array.isArray(fallback) ? [...fallback] : fallback;
      repaired.push(`${path}.${field}`);
    }
  }
  for (const [field, schema] of Object.entries(listSchemas)) {
    const list = value[field];
    if (field === 'actions' && !withActions) {
      work[field] = [];
      continue;
    }
    if (!Array.isArray(list)) {
      work[field] = [];
      repaired.push(`${path}.${field}`);
      continue;
    }
    const items: unknown[] = [];
    list.forEach((item, i) => {
      const parsed = (schema as z.ZodType).safeParse(item);
      if (parsed.success) items.push(parsed.data);
      else repaired.push(`${path}.${field}.${i}`);
    });
    work[field] = items;
  }
  return work as unknown as InspectionWork;
}

const instant = z.string().min(1);
const emptySync = (pendingChanges: number): DraftSync => ({ pendingChanges, attempts: 0, nextAttemptAt: null, lastError: null });
const syncSchema = z.object({
  pendingChanges: z.number().int().nonnegative(),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
});

/**
 * Reads a stored draft of any version, migrating an older one to the current shape. Never throws: a value that is
 * not JSON, not a draft, of an unknown or a newer version, or whose envelope is broken is `unreadable`, with the raw
 * value kept. `stored` is the stored string or a value already parsed.
 */
export function readDraft(stored: unknown): DraftReadResult {
  let value: unknown = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return { status: 'unreadable', reason: 'not-json', schemaVersion: null, raw: stored };
    }
  }
  const unreadable = (reason: 'not-a-draft' | 'unknown-version' | 'newer-version' | 'invalid', schemaVersion: number | null) =>
    ({ status: 'unreadable', reason, schemaVersion, raw: stored }) as const;
  if (!isObject(value) || !('schemaVersion' in value)) return unreadable('not-a-draft', null);
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return unreadable('unknown-version', null);
  if (version > DRAFT_SCHEMA_VERSION) return unreadable('newer-version', version);

  const repaired: string[] = [];
  const changedAt = instant.safeParse(value.changedAt);
  if (version === 1) {
    const id = z.string().min(1).safeParse(value.inspectionId);
    const baseVersion = z.number().int().nonnegative().safeParse(value.baseVersion);
    const record = readWork(value.record, 'record', repaired, false);
    if (!id.success || !baseVersion.success || !record || !changedAt.success) return unreadable('invalid', 1);
    const draft: InspectionDraft = {
      schemaVersion: 2,
      draftId: id.data,
      inspectionId: id.data,
      userId: null,
      baseVersion: baseVersion.data,
      base: null,
      record,
      serverIds: {},
      // A v1 draft was kept because it held edits not yet sent.
      sync: emptySync(1),
      changedAt: changedAt.data,
    };
    return { status: 'migrated', from: 1, draft, repaired };
  }

  const envelope = z
    .object({
      draftId: z.string().min(1),
      inspectionId: z.string().min(1).nullable(),
      userId: z.string().min(1).nullable(),
      baseVersion: z.number().int().nonnegative().nullable(),
      serverIds: z.record(z.string(), z.string()),
    })
    .safeParse(value);
  const record = readWork(value.record, 'record', repaired, true);
  if (!envelope.success || !record || !changedAt.success) return unreadable('invalid', 2);
  const base = value.base === null ? null : readWork(value.base, 'base', repaired, true);
  if (value.base !== null && base === null) repaired.push('base');
  const sync = syncSchema.safeParse(value.sync);
  if (!sync.success) repaired.push('sync');
  const draft: InspectionDraft = {
    schemaVersion: 2,
    ...envelope.data,
    base,
    record,
    sync: sync.success ? sync.data : emptySync(1),
    changedAt: changedAt.data,
  };
  return { status: 'current', draft, repaired };
}

/**
 * A new draft of a record the user opened from the server (`base` the work as read, at `baseVersion`), or of an
 * inspection planned on this device (`inspectionId` null, no base). Nothing waits to be sent yet.
 */
export function startDraft(opts: {
  draftId: string;
  inspectionId: string | null;
  userId: string;
  baseVersion: number | null;
  base: InspectionWork | null;
  now: string;
}): InspectionDraft {
  const record = opts.base ?? emptyWork();
  return {
    schemaVersion: 2,
    draftId: opts.draftId,
    inspectionId: opts.inspectionId,
    userId: opts.userId,
    baseVersion: opts.baseVersion,
    base: opts.base,
    record: structuredClone(record),
    serverIds: {},
    sync: emptySync(0),
    changedAt: opts.now,
  };
}

/** The draft after one more edit by the user: the new record, one more change waiting, the queue ready to try at once. */
export function withEdit(draft: InspectionDraft, record: InspectionWork, now: string): InspectionDraft {
  return {
    ...draft,
    record,
    sync: { ...draft.sync, pendingChanges: draft.sync.pendingChanges + 1, nextAttemptAt: null },
    changedAt: now,
  };
}

/**
 * The draft once the server has taken what was sent: the saved work becomes the base at its new version, and only
 * the edits made while the write was under way (`sentChanges` counted them at sending) still wait.
 */
export function withSaved(draft: InspectionDraft, saved: { inspectionId: string; version: number; work: InspectionWork }, sentChanges: number): InspectionDraft {
  const waiting = Math.max(0, draft.sync.pendingChanges - sentChanges);
  return {
    ...draft,
    inspectionId: saved.inspectionId,
    baseVersion: saved.version,
    base: saved.work,
    record: waiting === 0 ? saved.work : draft.record,
    sync: emptySync(waiting),
  };
}

function emptyWork(): InspectionWork {
  return { ...scalarDefaults, areaIds: [...ALL_AREAS], checklist: [], findings: [], goodPractices: [], actions: [] };
}
