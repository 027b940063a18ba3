import type { SyncEngine } from './engine';
import { readDraft } from '../../domain/inspection-draft';

/** What an export file holds: every draft of the user as stored, the unreadable ones as found, evidence not uploaded. */
export interface DraftExport {
  kind: 'cchc-inspection-drafts';
  exportedAt: string;
  userId: string | null;
  drafts: unknown[];
  unreadable: { key: string; reason: string; raw: unknown }[];
  evidence: { id: string; draftId: string | null; name: string; type: string; size: number; serverId: string | null; dataUrl: string | null }[];
}

const dataUrl = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });

/**
 * Everything of the user on this device as one JSON document, for a file the user keeps before a sign-out drops it
 * (or to hand over an unreadable draft). Evidence not yet uploaded goes in as data URLs, so nothing is lost with it.
 */
export async function exportLocalData(engine: SyncEngine): Promise<Blob> {
  await engine.flushWrites();
  const userId = engine.currentUserId;
  const store = engine.localStore;
  const drafts: unknown[] = [];
  for (const { value } of await store.allDrafts()) {
    const read = readDraft(value);
    if (read.status !== 'unreadable' && (read.draft.userId === userId || read.draft.userId === null)) drafts.push(read.draft);
  }
  const unreadable = (await store.allQuarantined()).map((q) => ({ key: q.key, reason: q.reason, raw: q.raw }));
  const evidence: DraftExport['evidence'] = [];
  for (const ev of await store.allEvidence()) {
    if (ev.userId !== userId && ev.userId !== '') continue;
    evidence.push({
      id: ev.id,
      draftId: ev.draftId,
      name: ev.name,
      type: ev.type,
      size: ev.size,
      serverId: ev.serverId,
      dataUrl: ev.serverId ? null : await dataUrl(ev.blob).catch(() => null),
    });
  }
  const doc: DraftExport = { kind: 'cchc-inspection-drafts', exportedAt: new Date().toISOString(), userId, drafts, unreadable, evidence };
  return new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' });
}
