import type { Unit } from '../../src/api/units';

/** A unit that exists through the whole coverage (from before it), untouched by any merger. */
export const standingUnit = (u: Pick<Unit, 'id' | 'name' | 'kind' | 'level' | 'population'>): Unit => ({
  ...u,
  validFrom: '2019-01-01',
  validTo: null,
  successorId: null,
  predecessorIds: [],
});

/** The root office of a dataset (level district), with the population of the units below it. */
export const rootOffice = (id: string, name: string, below: readonly Pick<Unit, 'population'>[]): Unit =>
  standingUnit({ id, name, kind: 'district', level: 'district', population: below.reduce((s, u) => s + u.population, 0) });
