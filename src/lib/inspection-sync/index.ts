export type { InspectionConflict, InspectionDraftHandle, SyncState } from './types';
export { useInspectionDraft } from './use-inspection-draft';
export { bindSyncSession, getSyncEngine, replaceSyncEngine, type SyncSessionSource } from './sync-engine-instance';
export { SyncEngine, type SyncDeps, type SyncSnapshot, type DraftView } from './engine';
export { discardLocalData, markUnreadableReported, retryAllNow, summarize, useSyncSnapshot, useSyncSummary, type SyncSummary } from './summary';
export { exportLocalData } from './export';
export { EvidenceRefused, useEvidencePreview, type EvidencePreview } from './evidence';
export type { EvidenceRefusal, EvidenceScaling } from './db';
export { useOfflineQueries } from './offline-queries';
