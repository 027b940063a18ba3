import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The device's own store of what users typed: one IndexedDB database, `cchc-local`, separate from the mock
 * backend's (which stands for the server). localStorage holds 5 MB for the whole origin, too little for photos.
 *
 * - `drafts`: one value per draft, keyed by its draftId (the inspection's id). Values are stored as written and
 *   read back through readDraft, which migrates older shapes and never throws.
 * - `evidence`: photos and documents added on this device, with their thumbnail, until the draft is gone.
 * - `quarantine`: drafts that could not be read (a newer app, a broken write), moved out of `drafts` so that a
 *   new draft of the same inspection never overwrites them; kept until exported or signed out.
 *
 * - `queries`: the last answers of the reads the recording page needs (template, units, teams, the user, the
 *   inspection and its actions), so that it opens with no connection; see offline-queries.ts.
 *
 * Where IndexedDB is missing (jsdom, a locked-down browser) the same interface is kept in memory for the page.
 */
export const LOCAL_DB_NAME = 'cchc-local';
const LOCAL_DB_VERSION = 2;

export interface StoredEvidence {
  /** The device-side id (`local-ev-…`), what a criterion's `evidence` holds until the upload. */
  id: string;
  userId: string;
  draftId: string | null;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  thumbnail: Blob | null;
  /** The server's id once uploaded. */
  serverId: string | null;
  createdAt: string;
  /** A photo scaled down before upload: its size as chosen and as kept (absent in what older versions stored). */
  scaled?: EvidenceScaling | null;
  /** The server refused the file (413 too large, 415 not an accepted type, 422): it is not sent again. */
  refused?: EvidenceRefusal | null;
}

export interface EvidenceScaling {
  width: number;
  height: number;
  fromWidth: number;
  fromHeight: number;
}

export interface EvidenceRefusal {
  status: number;
  /** The server's words. */
  message: string;
}

export interface QuarantinedDraft {
  /** Where it was found (its key in `drafts`). */
  key: string;
  reason: string;
  schemaVersion: number | null;
  raw: unknown;
  /** The user said it once already (the header tells it once, not on every load). */
  reported: boolean;
  foundAt: string;
}

export interface StoredQuery {
  /** JSON of the query key. */
  hash: string;
  key: unknown[];
  userId: string;
  data: unknown;
  updatedAt: number;
}

interface LocalSchema extends DBSchema {
  queries: { key: string; value: StoredQuery };
  drafts: { key: string; value: unknown };
  evidence: { key: string; value: StoredEvidence; indexes: { byUser: string; byServerId: string } };
  quarantine: { key: string; value: QuarantinedDraft };
}

/** What the sync needs of a store; IndexedDB or memory. */
export interface LocalStore {
  readonly persistent: boolean;
  allDrafts(): Promise<{ key: string; value: unknown }[]>;
  getDraft(key: string): Promise<unknown>;
  putDraft(key: string, value: unknown): Promise<void>;
  deleteDraft(key: string): Promise<void>;
  putEvidence(value: StoredEvidence): Promise<void>;
  getEvidence(id: string): Promise<StoredEvidence | undefined>;
  evidenceByServerId(serverId: string): Promise<StoredEvidence | undefined>;
  allEvidence(): Promise<StoredEvidence[]>;
  deleteEvidence(id: string): Promise<void>;
  allQuarantined(): Promise<QuarantinedDraft[]>;
  putQuarantined(value: QuarantinedDraft): Promise<void>;
  deleteQuarantined(key: string): Promise<void>;
  putQuery(value: StoredQuery): Promise<void>;
  allQueries(): Promise<StoredQuery[]>;
  deleteQuery(hash: string): Promise<void>;
  /** Everything, every user (tests; a full reset). */
  clear(): Promise<void>;
}

function idbStore(db: Promise<IDBPDatabase<LocalSchema>>): LocalStore {
  return {
    persistent: true,
    async allDrafts() {
      const tx = (await db).transaction('drafts');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      return keys.map((key, i) => ({ key: String(key), value: values[i] }));
    },
    getDraft: async (key) => (await db).get('drafts', key),
    putDraft: async (key, value) => void (await (await db).put('drafts', value, key)),
    deleteDraft: async (key) => (await db).delete('drafts', key),
    putEvidence: async (value) => void (await (await db).put('evidence', value)),
    getEvidence: async (id) => (await db).get('evidence', id),
    evidenceByServerId: async (serverId) => (await db).getFromIndex('evidence', 'byServerId', serverId),
    allEvidence: async () => (await db).getAll('evidence'),
    deleteEvidence: async (id) => (await db).delete('evidence', id),
    allQuarantined: async () => (await db).getAll('quarantine'),
    putQuarantined: async (value) => void (await (await db).put('quarantine', value)),
    deleteQuarantined: async (key) => (await db).delete('quarantine', key),
    putQuery: async (value) => void (await (await db).put('queries', value)),
    allQueries: async () => (await db).getAll('queries'),
    deleteQuery: async (hash) => (await db).delete('queries', hash),
    async clear() {
      const tx = (await db).transaction(['drafts', 'evidence', 'quarantine', 'queries'], 'readwrite');
      await Promise.all([
        tx.objectStore('drafts').clear(),
        tx.objectStore('evidence').clear(),
        tx.objectStore('quarantine').clear(),
        tx.objectStore('queries').clear(),
        tx.done,
      ]);
    },
  };
}

export function memoryStore(): LocalStore {
  const drafts = new Map<string, unknown>();
  const evidence = new Map<string, StoredEvidence>();
  const quarantine = new Map<string, QuarantinedDraft>();
  const queries = new Map<string, StoredQuery>();
  // Values are cloned in and out, as IndexedDB does, so that a caller's later change never reaches the store.
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    persistent: false,
    allDrafts: async () => [...drafts].map(([key, value]) => ({ key, value: clone(value) })),
    getDraft: async (key) => clone(drafts.get(key)),
    putDraft: async (key, value) => void drafts.set(key, clone(value)),
    deleteDraft: async (key) => void drafts.delete(key),
    // Blobs are immutable: the record is copied, the blob shared.
    putEvidence: async (value) => void evidence.set(value.id, { ...value }),
    getEvidence: async (id) => (evidence.has(id) ? { ...evidence.get(id)! } : undefined),
    evidenceByServerId: async (serverId) => [...evidence.values()].find((e) => e.serverId === serverId),
    allEvidence: async () => [...evidence.values()].map((e) => ({ ...e })),
    deleteEvidence: async (id) => void evidence.delete(id),
    allQuarantined: async () => [...quarantine.values()].map(clone),
    putQuarantined: async (value) => void quarantine.set(value.key, clone(value)),
    deleteQuarantined: async (key) => void quarantine.delete(key),
    putQuery: async (value) => void queries.set(value.hash, clone(value)),
    allQueries: async () => [...queries.values()].map(clone),
    deleteQuery: async (hash) => void queries.delete(hash),
    clear: async () => {
      queries.clear();
      drafts.clear();
      evidence.clear();
      quarantine.clear();
    },
  };
}

/**
 * The IndexedDB store when the browser has one and lets it open (a private window may refuse), else memory: the app
 * never waits on a database that will not open.
 */
export function openLocalStore(): LocalStore {
  if (typeof indexedDB === 'undefined') return memoryStore();
  const db = openDB<LocalSchema>(LOCAL_DB_NAME, LOCAL_DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('drafts')) database.createObjectStore('drafts');
      if (!database.objectStoreNames.contains('evidence')) {
        const ev = database.createObjectStore('evidence', { keyPath: 'id' });
        ev.createIndex('byUser', 'userId');
        ev.createIndex('byServerId', 'serverId');
      }
      if (!database.objectStoreNames.contains('quarantine')) database.createObjectStore('quarantine', { keyPath: 'key' });
      if (!database.objectStoreNames.contains('queries')) database.createObjectStore('queries', { keyPath: 'hash' });
    },
  });
  let persistent = true;
  const ready: Promise<LocalStore> = db.then(
    (opened) => idbStore(Promise.resolve(opened)),
    (e: unknown) => {
      console.warn('[inspection-sync] IndexedDB did not open; drafts are kept in memory for this page', e);
      persistent = false;
      return memoryStore();
    },
  );
  // Each call waits for the store the open settled on, then runs there.
  const via =
    <K extends keyof Omit<LocalStore, 'persistent'>>(name: K) =>
    (...args: Parameters<LocalStore[K]>) =>
      ready.then((store) => (store[name] as (...a: Parameters<LocalStore[K]>) => ReturnType<LocalStore[K]>)(...args));
  return {
    get persistent() {
      return persistent;
    },
    allDrafts: via('allDrafts'),
    getDraft: via('getDraft'),
    putDraft: via('putDraft'),
    deleteDraft: via('deleteDraft'),
    putEvidence: via('putEvidence'),
    getEvidence: via('getEvidence'),
    evidenceByServerId: via('evidenceByServerId'),
    allEvidence: via('allEvidence'),
    deleteEvidence: via('deleteEvidence'),
    allQuarantined: via('allQuarantined'),
    putQuarantined: via('putQuarantined'),
    deleteQuarantined: via('deleteQuarantined'),
    putQuery: via('putQuery'),
    allQueries: via('allQueries'),
    deleteQuery: via('deleteQuery'),
    clear: via('clear'),
  } as unknown as LocalStore;
}
