import { dossierCountKeys, type DossierCounts } from '../../src/api/dossiers';

/** Dossier counts with the few columns a test uses; every other column 0. */
export function counts(some: Partial<DossierCounts>): DossierCounts {
  const zero = Object.fromEntries(dossierCountKeys.map((k) => [k, 0])) as DossierCounts;
  return { ...zero, ...some };
}
