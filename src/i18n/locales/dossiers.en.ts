import type { dossiersVi } from './dossiers.vi';

/** English strings of the 'dossiers' namespace; same keys as `dossiers.vi.ts`. */
export const dossiersEn: typeof dossiersVi = {
  title: 'Dossiers',
};
