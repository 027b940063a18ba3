import { useOfflineQueries, useSyncSnapshot } from '../../lib/inspection-sync';

/**
 * Keeps the recording page's reads on the device and puts them back into the query cache before a page's queries
 * run, so an offline reload of the recording page still opens its inspection. In the shell and loaded with it (not
 * lazily): loaded later, the page's queries fail first. Renders nothing.
 */
export function OfflineAnswers() {
  useOfflineQueries(useSyncSnapshot().userId);
  return null;
}
