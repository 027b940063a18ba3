import type { Unit } from '../../src/api/units';
import { validityRange, type DataCore } from './aggregate';
import {
  cellIndex,
  COL,
  generateUnitDossiers,
  NCOL,
  type CountArray,
  type DossierStore,
  type StockTakeOver,
  type UnitDossierProfile,
} from './dossier-generator';
import { generateUnitFeedback, NFB, NTOPIC, splitUnitFeedbackByTopic, type FeedbackStore, type UnitFeedbackProfile } from './feedback-generator';
import { makeDigitalProfile } from './digital-generator';
import { publicField, type FieldProfile } from './fields';
import { Rng } from './prng';

type Fixed = 'level' | 'firstMonth' | 'lastMonth' | 'closeBooks' | 'takeOver';

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
  const feedback: FeedbackStore = { monthCount: M, data: alloc(U * M * NFB), topics: alloc(U * M * NTOPIC * NFB) };
  const unitFirst = new Int32Array(U);
  const unitLast = new Int32Array(U);
  const handles = new Uint8Array(U * F);

  const indexOf = new Map(o.units.map((unit, u) => [unit.id, u]));
  const generated = new Uint8Array(U);
  const laggard = new Uint8Array(U);

  /** The closing balance of predecessor p, per field, which its successor takes over the month after. */
  const handOver = (p: number): StockTakeOver => {
    const last = unitLast[p] as number;
    const onTime = o.fields.map((_, f) => dossiers.data[cellIndex(dossiers, p, f, last) + COL.pendingOnTime] as number);
    const overdue = o.fields.map((_, f) => dossiers.data[cellIndex(dossiers, p, f, last) + COL.pendingOverdue] as number);
    return { month: last + 1, onTime, overdue };
  };

  // Predecessors first, so a successor's chain can start from the stock they leave.
  const generate = (u: number) => {
    if (generated[u]) return;
    generated[u] = 1;
    const unit = o.units[u] as Unit;
    const predecessors = unit.predecessorIds.map((id) => indexOf.get(id)).filter((p): p is number => p !== undefined);
    predecessors.forEach(generate);
    const first = unitFirst[u] as number;
    const last = unitLast[u] as number;
    const rng = Rng.derive(o.seed, `unit:${unit.id}`);
    const spec = o.specFor(unit, u, first, rng);
    laggard[u] = spec.laggard ? 1 : 0;
    if (first > last) return;
    // A unit dissolved inside the coverage with no successor closes its books in its last month; one
    // with a successor hands its pending dossiers over.
    const dissolved = unit.validTo !== null && last < M - 1;
    const closeBooks = dissolved && unit.successorId === null;
    const takeOver = predecessors
      .filter((p) => (unitFirst[p] as number) <= (unitLast[p] as number) && (unitLast[p] as number) < M - 1)
      .map(handOver)
      .filter((t) => t.month >= first && t.month <= last);
    generateUnitDossiers(
      dossiers,
      u,
      { ...spec.dossiers, level: unit.level, firstMonth: first, lastMonth: last, closeBooks, takeOver },
      o.fields,
      rng,
    );
    generateUnitFeedback(feedback, u, { ...spec.feedback, firstMonth: first, lastMonth: last, closeBooks: dissolved }, rng);
    // Its own stream, so that the split leaves every other figure of the unit as it was.
    splitUnitFeedbackByTopic(feedback, u, first, last, Rng.derive(o.seed, `feedback-topics:${unit.id}`));
  };

  o.units.forEach((unit, u) => {
    const [first, last] = validityRange(unit, o.months);
    unitFirst[u] = first;
    unitLast[u] = last;
    o.fields.forEach((f, fi) => {
      handles[u * F + fi] = (unit.level === 'district' ? f.districtShare : f.communeShare) > 0 ? 1 : 0;
    });
  });
  for (let u = 0; u < U; u++) generate(u);
  const laggards = o.units.map((unit, u) => ({ level: unit.level, laggard: laggard[u] === 1 }));

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
