import type { minutesVi } from './minutes.vi';

/** English strings of the 'minutes' namespace; same keys as `minutes.vi.ts`. */
export const minutesEn: typeof minutesVi = {
  nav: 'Minutes',
  title: 'Inspection minutes',
};
