import { z } from 'zod';
import { actionSchema, type Action } from '../src/api/actions';
import { ALL_AREA_IDS, inspectionSchema, type Inspection } from '../src/api/inspections';
import { targetsSchema, type TargetValues, type Targets } from '../src/api/targets';
import { activeDataset, getActiveDatasetName, type DatasetName } from './active-dataset';
import { clearEvidence } from './evidence-store';

/**
 * The writable records of the mock backend: the dataset's seed inspections, actions and targets
 * with the writes on top. Only the writes (an overlay) are kept; in the browser they persist across
 * reloads in localStorage under a key that names the dataset, in Node they live in memory.
 */
const STORAGE_PREFIX = 'cchc-mock:store:';
const STORAGE_VERSION = 1;

/**
 * A stored inspection, as written by this version or an older one: a write from before inspections had a scope
 * covered the whole template, so it reads with every area (and an empty history) rather than being thrown away with
 * the rest.
 */
const storedInspectionSchema = z.preprocess(
  (v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? { ...('areaIds' in v ? {} : { areaIds: [...ALL_AREA_IDS] }), ...('history' in v ? {} : { history: [] }), ...v }
      : v,
  inspectionSchema,
);

const overlaySchema = z.object({
  v: z.literal(STORAGE_VERSION),
  /** null: deleted */
  inspections: z.record(z.string(), storedInspectionSchema.nullable()),
  actions: z.record(z.string(), actionSchema.nullable()),
  targets: z.record(z.string(), targetsSchema),
  seq: z.number().int().nonnegative(),
});
type Overlay = z.infer<typeof overlaySchema>;

interface State {
  overlay: Overlay;
  inspections: Map<string, Inspection>;
  actions: Map<string, Action>;
  targets: Map<number, Targets>;
}

const emptyOverlay = (): Overlay => ({ v: STORAGE_VERSION, inspections: {}, actions: {}, targets: {}, seq: 0 });

/**
 * A write the browser's storage could not keep (localStorage full, or IndexedDB's quota for evidence files): the
 * handler answers 507 with the message, and nothing was written.
 */
export class StoreFullError extends Error {
  constructor(
    message = 'Bộ nhớ của trình duyệt đã đầy: không lưu được thay đổi. Hãy đặt lại dữ liệu mô phỏng (bảng điều khiển mô phỏng) rồi thử lại.',
  ) {
    super(message);
  }
}

let persist = typeof window !== 'undefined' && typeof localStorage !== 'undefined';
const states = new Map<DatasetName, State>();
const warned = new Set<string>();

/** Keep writes in localStorage (the browser) or only in memory (tests). */
export function setPersistence(enabled: boolean): void {
  persist = enabled;
  states.clear();
}

function storage(): Storage | null {
  if (!persist) return null;
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const storageKey = (name: DatasetName) => `${STORAGE_PREFIX}${name}:v${STORAGE_VERSION}`;

/**
 * The stored writes, checked against the contract. An unreadable store (not JSON, or a shape the
 * contract refuses, e.g. `inspections: null`) is reported once, removed and replaced by the seed, so
 * no page is left on a server error until someone resets it by hand.
 */
function loadOverlay(name: DatasetName): Overlay {
  const s = storage();
  const key = storageKey(name);
  const raw = s?.getItem(key);
  if (!raw) return emptyOverlay();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const checked = overlaySchema.safeParse(parsed);
  if (checked.success) return checked.data;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`[mock backend] the stored writes (${key}) could not be read; starting again from the seed data.`);
  }
  try {
    s?.removeItem(key);
  } catch {
    // nothing more to do: the seed is used either way
  }
  return emptyOverlay();
}

/** Writes the overlay; throws StoreFullError when the storage refuses it (quota). */
function persistOverlay(name: DatasetName, overlay: Overlay): void {
  const s = storage();
  if (!s) return;
  try {
    s.setItem(storageKey(name), JSON.stringify(overlay));
  } catch {
    throw new StoreFullError();
  }
}

const clone = <T>(v: T): T => structuredClone(v);

function state(): State {
  const name = getActiveDatasetName();
  let st = states.get(name);
  if (st) return st;
  const ds = activeDataset();
  const overlay = loadOverlay(name);
  const inspections = new Map(ds.seedInspections.map((r) => [r.id, clone(r)]));
  const actions = new Map(ds.seedActions.map((r) => [r.id, clone(r)]));
  const targets = new Map(ds.seedTargets.map((r) => [r.year, clone(r)]));
  for (const [id, rec] of Object.entries(overlay.inspections)) {
    if (rec) inspections.set(id, rec);
    else inspections.delete(id);
  }
  for (const [id, rec] of Object.entries(overlay.actions)) {
    if (rec) actions.set(id, rec);
    else actions.delete(id);
  }
  for (const rec of Object.values(overlay.targets)) targets.set(rec.year, rec);
  st = { overlay, inspections, actions, targets };
  states.set(name, st);
  return st;
}

/** Forgets every write (memory and localStorage, every dataset) and the evidence files: the seed data again. */
export function resetStore(): void {
  states.clear();
  // IndexedDB is asynchronous: the clearing starts now, before any later write (its transaction comes first).
  void clearEvidence();
  try {
    if (typeof localStorage === 'undefined') return;
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
    }
    for (const k of keys) localStorage.removeItem(k);
  } catch {
    // no storage
  }
}

// ---- writes, all or nothing

/** Undo steps of the writes of the transaction under way (null: none under way). */
let undoLog: (() => void)[] | null = null;

/**
 * Runs `fn`'s writes as one: they are stored together at the end, and if `fn` throws or the storage
 * refuses them, every one is undone (memory and overlay), so a request never half-writes.
 */
export function transaction<T>(fn: () => T): T {
  if (undoLog) return fn();
  const log: (() => void)[] = [];
  undoLog = log;
  try {
    const out = fn();
    persistOverlay(getActiveDatasetName(), state().overlay);
    return out;
  } catch (e) {
    for (const undo of log.reverse()) undo();
    throw e;
  } finally {
    undoLog = null;
  }
}

/** Sets (or with null deletes) one record in memory and in the overlay, with its undo step. */
function put<K, R>(map: Map<K, R>, key: K, overlay: Record<string, R | null>, overlayKey: string, rec: R | null, keepDeletion = true) {
  const hadMap = map.has(key);
  const prevMap = map.get(key);
  const hadOverlay = Object.hasOwn(overlay, overlayKey);
  const prevOverlay = overlay[overlayKey];
  if (rec) map.set(key, clone(rec));
  else map.delete(key);
  if (rec || keepDeletion) overlay[overlayKey] = rec && clone(rec);
  else delete overlay[overlayKey];
  undoLog?.push(() => {
    if (hadMap) map.set(key, prevMap as R);
    else map.delete(key);
    if (hadOverlay) overlay[overlayKey] = prevOverlay as R | null;
    else delete overlay[overlayKey];
  });
}

/** A new id, unused in the current dataset, e.g. `insp-new-3`. */
export function newId(prefix: 'insp' | 'act'): string {
  const st = state();
  const taken = prefix === 'insp' ? st.inspections : st.actions;
  let id: string;
  do {
    st.overlay.seq += 1;
    id = `${prefix}-new-${st.overlay.seq}`;
  } while (taken.has(id));
  return id;
}

/** Read, find, save and remove for a collection of records keyed by id. */
function collection<K extends 'inspections' | 'actions'>(name: K) {
  type R = State[K] extends Map<string, infer T> ? T : never;
  const map = () => state()[name] as unknown as Map<string, R>;
  const overlay = () => state().overlay[name] as unknown as Record<string, R | null>;
  return {
    /** Every record, as stored: read, do not mutate (save a copy instead). */
    list: (): readonly R[] => [...map().values()],
    find: (id: string): R | undefined => {
      const r = map().get(id);
      return r && clone(r);
    },
    save: (rec: R & { id: string }): R => transaction(() => {
      put(map(), rec.id, overlay(), rec.id, rec);
      return clone(rec);
    }),
    remove: (id: string): void => transaction(() => put(map(), id, overlay(), id, null)),
  };
}

// ---- inspections

const inspections = collection('inspections');
export const listInspections = inspections.list;
export const findInspection = inspections.find;
export const saveInspection = inspections.save;
export const removeInspection = inspections.remove;

// ---- actions

const actions = collection('actions');
export const listActions = actions.list;
export const findAction = actions.find;
export const saveAction = actions.save;
export const removeAction = actions.remove;

// ---- targets

const fallbackValues: TargetValues = {
  onTimeRate: 0.98,
  onlineShare: 0.5,
  fullyOnlineShare: 0.3,
  digitisedShare: 0.8,
  electronicResultShare: 0.8,
  onlinePaymentShare: 0.3,
  feedbackOnTimeRate: 1,
  parIndexRank: 10,
};

/**
 * The targets of a year. A year without a record (one not yet planned) gets the values of the
 * nearest earlier year (or the earliest one) at version 0, never updated; a PUT with version 0
 * creates it.
 */
export function findTargets(year: number): Targets {
  const st = state();
  const rec = st.targets.get(year);
  if (rec) return clone(rec);
  const years = [...st.targets.keys()].sort((a, b) => a - b);
  const base = [...years].reverse().find((y) => y < year) ?? years[0];
  const values = base === undefined ? fallbackValues : st.targets.get(base)!.values;
  return { year, version: 0, values: clone(values), updatedAt: null, updatedBy: null };
}

export function saveTargets(rec: Targets): Targets {
  return transaction(() => {
    const st = state();
    put(st.targets, rec.year, st.overlay.targets, String(rec.year), rec, false);
    return clone(rec);
  });
}
