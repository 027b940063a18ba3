import type { actionsVi } from './actions.vi';

/** English strings of the 'actions' namespace; same keys as `actions.vi.ts`. */
export const actionsEn: typeof actionsVi = {
  nav: 'Remediation',
  title: 'Remediation tracker',
};
