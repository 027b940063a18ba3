import type { unitsVi } from './units.vi';

/** English strings of the 'units' namespace; same keys as `units.vi.ts`. */
export const unitsEn: typeof unitsVi = {
  title: 'Units',
};
