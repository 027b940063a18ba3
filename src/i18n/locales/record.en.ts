import type { recordVi } from './record.vi';

/** English strings of the 'record' namespace; same keys as `record.vi.ts`. */
export const recordEn: typeof recordVi = {
  nav: 'Record',
  title: 'Record an inspection',
};
