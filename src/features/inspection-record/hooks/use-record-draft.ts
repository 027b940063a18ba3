import { useInspectionDraft } from '../../../lib/inspection-sync';

/**
 * The draft handle of one inspection: the device's draft (IndexedDB) with its background sync. One name for the
 * screen, so the screen's own tests and a stand-in can swap it in one place.
 */
export const useRecordDraft = useInspectionDraft;
