import type { Unit } from '../../src/api/units';
import { validityRange, type DataCore } from './aggregate';
import { generateUnitDossiers, NCOL, type CountArray, type DossierStore, type UnitDossierProfile } from './dossier-generator';
import { generateUnitFeedback, NFB, type FeedbackStore, type UnitFeedbackProfile } from './feedback-generator';
import { makeDigitalProfile } from './digital-generator';
import { publicField, type FieldProfile } from './fields';
import { Rng } from './prng';

type Fixed = 'level' | 'firstMonth' | 'lastMonth' | 'closeBooks';

export interface UnitSpec {
  dossiers: Omit<UnitDossierProfile, Fixed>;
  feedback: Omit<UnitFeedbackProfile, Fixed>;
  /** Behind on digital services too. */
  laggard: boolean;
}

export interface CoreOptions {
  seed: number;
  months: string[];
  units: Unit[];
  fields: FieldProfile[];
  /** 16-bit counts halve the memory of the national dataset; every count there stays far below 65,535. */
  compact: boolean;
  /** The unit's parameters; `rng` is the unit's own stream. */
  specFor: (unit: Unit, index: number, first: number, rng: Rng) => UnitSpec;
}

/** Generates the typed-array stores of a dataset, unit by unit, each from its own seeded stream. */
export function buildCore(o: CoreOptions): DataCore {
  const U = o.units.length;
  const F = o.fields.length;
  const M = o.months.length;
  const alloc = (n: number): CountArray => (o.compact ? new Uint16Array(n) : new Uint32Array(n));
  const dossiers: DossierStore = { months: o.months, unitCount: U, fieldCount: F, data: alloc(U * F * M * NCOL) };
  const feedback: FeedbackStore = { monthCount: M, data: alloc(U * M * NFB) };
  const unitFirst = new Int32Array(U);
  const unitLast = new Int32Array(U);
  const handles = new Uint8Array(U * F);
  const laggards: { level: Unit['level']; laggard: boolean }[] = [];

  o.units.forEach((unit, u) => {
    const [first, last] = validityRange(unit, o.months);
    unitFirst[u] = first;
    unitLast[u] = last;
    o.fields.forEach((f, fi) => {
      handles[u * F + fi] = (unit.level === 'district' ? f.districtShare : f.communeShare) > 0 ? 1 : 0;
    });
    const rng = Rng.derive(o.seed, `unit:${unit.id}`);
    const spec = o.specFor(unit, u, first, rng);
    // A unit dissolved inside the coverage closes its books in its last month.
    const closeBooks = unit.validTo !== null && last < M - 1;
    laggards.push({ level: unit.level, laggard: spec.laggard });
    if (first > last) return;
    generateUnitDossiers(dossiers, u, { ...spec.dossiers, level: unit.level, firstMonth: first, lastMonth: last, closeBooks }, o.fields, rng);
    generateUnitFeedback(feedback, u, { ...spec.feedback, firstMonth: first, lastMonth: last, closeBooks }, rng);
  });

  return {
    units: o.units,
    fields: o.fields.map(publicField),
    unitFirst,
    unitLast,
    handles,
    dossiers,
    feedback,
    digital: makeDigitalProfile(o.seed, laggards, Rng.derive(o.seed, 'digital')),
  };
}
