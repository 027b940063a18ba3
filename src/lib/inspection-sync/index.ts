export type { InspectionConflict, InspectionDraftHandle, SyncState } from './types';
