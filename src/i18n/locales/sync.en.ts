import type { syncVi } from './sync.vi';

/** English strings of the 'sync' namespace; same keys as `sync.vi.ts`. */
export const syncEn: typeof syncVi = {
  nav: 'Sync',
  title: 'Sync state',
};
