import type { Action } from '../src/api/actions';
import type { Inspection } from '../src/api/inspections';
import type { TargetValues, Targets } from '../src/api/targets';
import { activeDataset, getActiveDatasetName, type DatasetName } from './active-dataset';

/**
 * The writable records of the mock backend: the dataset's seed inspections, actions and targets
 * with the writes on top. Only the writes (an overlay) are kept; in the browser they persist across
 * reloads in localStorage under a key that names the dataset, in Node they live in memory.
 */
const STORAGE_PREFIX = 'cchc-mock:store:';
const STORAGE_VERSION = 1;

interface Overlay {
  v: number;
  /** null: deleted */
  inspections: Record<string, Inspection | null>;
  actions: Record<string, Action | null>;
  targets: Record<string, Targets>;
  seq: number;
}

interface State {
  overlay: Overlay;
  inspections: Map<string, Inspection>;
  actions: Map<string, Action>;
  targets: Map<number, Targets>;
}

const emptyOverlay = (): Overlay => ({ v: STORAGE_VERSION, inspections: {}, actions: {}, targets: {}, seq: 0 });

let persist = typeof window !== 'undefined' && typeof localStorage !== 'undefined';
const states = new Map<DatasetName, State>();

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

function loadOverlay(name: DatasetName): Overlay {
  const raw = storage()?.getItem(storageKey(name));
  if (!raw) return emptyOverlay();
  try {
    const parsed = JSON.parse(raw) as Overlay;
    if (parsed?.v !== STORAGE_VERSION || typeof parsed.seq !== 'number') return emptyOverlay();
    return { ...emptyOverlay(), ...parsed };
  } catch {
    return emptyOverlay();
  }
}

function save(name: DatasetName, state: State): void {
  const s = storage();
  if (!s) return;
  try {
    s.setItem(storageKey(name), JSON.stringify(state.overlay));
  } catch {
    // quota exceeded: the writes still hold until the page is reloaded
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

/** Forgets every write (memory and localStorage, every dataset): the seed data again. */
export function resetStore(): void {
  states.clear();
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

// ---- inspections

/** Every inspection, as stored: read, do not mutate (save a copy instead). */
export function listInspections(): readonly Inspection[] {
  return [...state().inspections.values()];
}

export function findInspection(id: string): Inspection | undefined {
  const r = state().inspections.get(id);
  return r && clone(r);
}

export function saveInspection(rec: Inspection): Inspection {
  const st = state();
  st.inspections.set(rec.id, clone(rec));
  st.overlay.inspections[rec.id] = clone(rec);
  save(getActiveDatasetName(), st);
  return clone(rec);
}

export function removeInspection(id: string): void {
  const st = state();
  st.inspections.delete(id);
  st.overlay.inspections[id] = null;
  save(getActiveDatasetName(), st);
}

// ---- actions

/** Every action, as stored: read, do not mutate (save a copy instead). */
export function listActions(): readonly Action[] {
  return [...state().actions.values()];
}

export function findAction(id: string): Action | undefined {
  const r = state().actions.get(id);
  return r && clone(r);
}

export function saveAction(rec: Action): Action {
  const st = state();
  st.actions.set(rec.id, clone(rec));
  st.overlay.actions[rec.id] = clone(rec);
  save(getActiveDatasetName(), st);
  return clone(rec);
}

export function removeAction(id: string): void {
  const st = state();
  st.actions.delete(id);
  st.overlay.actions[id] = null;
  save(getActiveDatasetName(), st);
}

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
  const st = state();
  st.targets.set(rec.year, clone(rec));
  st.overlay.targets[String(rec.year)] = clone(rec);
  save(getActiveDatasetName(), st);
  return clone(rec);
}
