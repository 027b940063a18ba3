import { useEffect, useState } from 'react';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MESSAGES, uploadEvidence } from '../../api/evidence';
import { prepareEvidence } from '../evidence/scale-image';
import { useEvidenceUrl } from '../queries/evidence';
import type { EvidenceScaling, StoredEvidence } from './db';
import type { SyncEngine } from './engine';
import { getSyncEngine } from './sync-engine-instance';
import { isLocalEvidenceId } from './work-diff';

/** A file the device will not keep for upload, with the words to show at the field (the server's own). */
export class EvidenceRefused extends Error {
  readonly reason: 'type' | 'tooLarge';
  constructor(reason: 'type' | 'tooLarge') {
    super(EVIDENCE_MESSAGES[reason]);
    this.name = 'EvidenceRefused';
    this.reason = reason;
  }
}

/**
 * Keeps a photo or document on the device with the draft: a large photo scaled down first (longest side 2,000 px)
 * with a thumbnail, both in IndexedDB. Resolves to the device-side id to put in a criterion's `evidence`; the queue
 * uploads the file before the inspection is sent and puts the server's id in its place. A file that is not a JPEG,
 * PNG, WebP or PDF by content, or over 10 MB after scaling, is refused at once (EvidenceRefused).
 */
export async function keepEvidenceFile(engine: SyncEngine, draftId: string, file: File): Promise<string> {
  const prepared = await prepareEvidence(file);
  if (!prepared.type) throw new EvidenceRefused('type');
  if (prepared.file.size > EVIDENCE_MAX_BYTES) throw new EvidenceRefused('tooLarge');
  return engine.keepEvidence(draftId, {
    blob: prepared.file,
    thumbnail: prepared.thumbnail,
    name: prepared.file.name,
    type: prepared.type,
    scaled:
      prepared.scaled && prepared.width && prepared.height && prepared.originalWidth && prepared.originalHeight
        ? { width: prepared.width, height: prepared.height, fromWidth: prepared.originalWidth, fromHeight: prepared.originalHeight }
        : null,
  });
}

/** The queue's upload of one kept file: POST /evidence with its thumbnail; the server's id. */
export async function uploadStoredEvidence(evidence: StoredEvidence): Promise<string> {
  const file = new File([evidence.blob], evidence.name, { type: evidence.type });
  // Rebuilt as a Blob of this realm, as the file is: what the store gives back may be another realm's copy.
  const thumbnail = evidence.thumbnail ? new Blob([evidence.thumbnail], { type: evidence.thumbnail.type || 'image/jpeg' }) : null;
  const saved = await uploadEvidence(file, thumbnail);
  return saved.id;
}

export interface EvidencePreview {
  /** An object URL for `<img src>` or a link; null while loading, or when there is none. */
  url: string | null;
  /** The file's name and type when the device knows them (added here). */
  name: string | null;
  type: string | null;
  /** Shown from the device's copy (not uploaded yet, or uploaded from here). */
  local: boolean;
  /** The photo was scaled down on this device before upload: to which size, from which. */
  scaled: EvidenceScaling | null;
  status: 'loading' | 'ready' | 'error';
}

/**
 * Shows one piece of evidence from a criterion's `evidence`: from the device when it was added here (a device-side
 * id, or a server id uploaded from here; offline too), else from the server (GET /evidence/:id with the token).
 * `thumbnail`: the small picture when the device has one. The object URL is revoked on change and unmount.
 */
export function useEvidencePreview(id: string | null | undefined, { thumbnail = false }: { thumbnail?: boolean } = {}): EvidencePreview {
  const [local, setLocal] = useState<{ key: string; evidence: StoredEvidence | null; url: string | null } | null>(null);
  const key = `${id ?? ''}|${thumbnail}`;
  useEffect(() => {
    if (!id) return undefined;
    let alive = true;
    let made: string | null = null;
    const store = getSyncEngine().localStore;
    void (isLocalEvidenceId(id) ? store.getEvidence(id) : store.evidenceByServerId(id))
      .catch(() => undefined)
      .then((evidence) => {
        if (!alive) return;
        const blob = evidence ? (thumbnail && evidence.thumbnail ? evidence.thumbnail : evidence.blob) : null;
        made = blob ? URL.createObjectURL(blob) : null;
        setLocal({ key: `${id}|${thumbnail}`, evidence: evidence ?? null, url: made });
      });
    return () => {
      alive = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [id, thumbnail]);
  const looked = local !== null && local.key === key;
  const known = looked ? local.evidence : null;
  const remote = useEvidenceUrl(id, { enabled: looked && !known && !!id && !isLocalEvidenceId(id) });
  const none = { url: null, name: null, type: null, scaled: null };
  if (!id) return { ...none, local: false, status: 'error' };
  if (!looked) return { ...none, local: false, status: 'loading' };
  if (known) return { url: local.url, name: known.name, type: known.type, scaled: known.scaled ?? null, local: true, status: 'ready' };
  if (isLocalEvidenceId(id)) return { ...none, local: true, status: 'error' };
  return {
    scaled: null,
    url: remote.url,
    name: null,
    type: remote.query.data?.type ?? null,
    local: false,
    status: remote.query.isError ? 'error' : remote.url ? 'ready' : 'loading',
  };
}
