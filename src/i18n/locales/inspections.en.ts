import type { inspectionsVi } from './inspections.vi';

/** English strings of the 'inspections' namespace; same keys as `inspections.vi.ts`. */
export const inspectionsEn: typeof inspectionsVi = {
  nav: 'Inspections',
  title: 'PAR inspections',
};
