import type { Unit } from '../../src/api/units';

/** A unit that exists through the whole coverage (from before it), untouched by any merger. */
export const standingUnit = (u: Pick<Unit, 'id' | 'name' | 'kind' | 'level' | 'population'>): Unit => ({
  ...u,
  validFrom: '2019-01-01',
  validTo: null,
  successorId: null,
  predecessorIds: [],
});
