import type { resultsVi } from './results.vi';

/** English strings of the 'results' namespace; same keys as `results.vi.ts`. */
export const resultsEn: typeof resultsVi = {
  nav: 'Inspection results',
  title: 'Inspection results',
};
