import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { EVIDENCE_MESSAGES, type Evidence } from '../src/api/evidence';
import { StoreFullError } from './store';

/**
 * The mock backend's evidence files: the bytes in IndexedDB (localStorage holds some 5 MB in all, a single photo
 * can be more), one record per file with its metadata. A write IndexedDB refuses (its quota, or no IndexedDB at
 * all) throws StoreFullError, so the handler answers 507 and the user sees it, never a 201 for a file that is gone
 * on reload. In Node, tests provide IndexedDB with `fake-indexeddb/auto`.
 */
const DB_NAME = 'cchc-mock-evidence';
const DB_VERSION = 1;

export interface StoredEvidence extends Evidence {
  /** Who uploaded it. */
  createdBy: string;
  bytes: ArrayBuffer;
}

interface EvidenceDb extends DBSchema {
  files: { key: string; value: StoredEvidence };
}

let db: Promise<IDBPDatabase<EvidenceDb>> | null = null;

function open(): Promise<IDBPDatabase<EvidenceDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StoreFullError(EVIDENCE_MESSAGES.storeUnavailable));
  db ??= openDB<EvidenceDb>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      d.createObjectStore('files', { keyPath: 'id' });
    },
    // Another tab upgrading or deleting the database: let it, and open again next time.
    blocking() {
      void db?.then((d) => d.close());
      db = null;
    },
  }).catch((e: unknown) => {
    db = null;
    throw e;
  });
  return db;
}

const isQuota = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || (e.name === 'AbortError' && String(e.message).includes('quota')));

let counter = 0;
/** A new evidence id, e.g. `ev-m3k2x9-1-4f1a2b3c`: the time, a counter and random bytes, never reused in one browser. */
export function newEvidenceId(): string {
  counter += 1;
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(16);
  return `ev-${Date.now().toString(36)}-${counter}-${random}`;
}

/** Keeps the records in one transaction (a photo and its thumbnail together, or neither); StoreFullError if refused. */
export async function putEvidence(records: readonly StoredEvidence[]): Promise<void> {
  let d: IDBPDatabase<EvidenceDb>;
  try {
    d = await open();
  } catch (e) {
    throw e instanceof StoreFullError ? e : new StoreFullError(EVIDENCE_MESSAGES.storeUnavailable);
  }
  try {
    const tx = d.transaction('files', 'readwrite');
    await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  } catch (e) {
    throw new StoreFullError(isQuota(e) ? EVIDENCE_MESSAGES.storeFull : EVIDENCE_MESSAGES.storeUnavailable);
  }
}

/** One stored file, or undefined (also when there is no IndexedDB: nothing can have been stored). */
export async function getEvidence(id: string): Promise<StoredEvidence | undefined> {
  try {
    return await (await open()).get('files', id);
  } catch {
    return undefined;
  }
}

/** Forgets every stored file (the dev panel's reset, tests). */
export async function clearEvidence(): Promise<void> {
  try {
    await (await open()).clear('files');
  } catch {
    // no IndexedDB: nothing stored
  }
}
