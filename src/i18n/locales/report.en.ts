import type { reportVi } from './report.vi';

/** English strings of the 'report' namespace; same keys as `report.vi.ts`. */
export const reportEn: typeof reportVi = {
  title: 'Report',
};
