import type { chartsVi } from './charts.vi';

/** English strings of the 'charts' namespace; same keys as `charts.vi.ts`. */
export const chartsEn: typeof chartsVi = {
  title: 'Chart',
};
