import type { SyncEngine } from './engine';

/**
 * Keeps a photo or document on the device with the draft; its device-side id goes into a criterion's `evidence`
 * and is replaced by the server's id when the queue has uploaded it.
 */
export async function keepEvidenceFile(engine: SyncEngine, draftId: string, file: File): Promise<string> {
  return engine.keepEvidence(draftId, { blob: file, thumbnail: null, name: file.name, type: file.type });
}
