import type { DossierCounts } from '../../src/api/dossiers';
import { feedbackTopics, type FeedbackCounts, type FeedbackTopicId } from '../../src/api/feedback';
import type { Field } from '../../src/api/fields';
import type { Unit } from '../../src/api/units';
import type { AggregateQuery, Dataset } from './dataset';
import { COL, DOSSIER_COLUMNS, NCOL, type DossierStore } from './dossier-generator';
import { digitalIndicatorsFor, type DigitalProfile } from './digital-generator';
import { FB_PENDING, FEEDBACK_COLUMNS, NFB, NTOPIC, type FeedbackStore } from './feedback-generator';
import { monthsSince2020 } from './dossier-generator';
import { monthOffset } from './months';

/** Everything the query functions need; both datasets build one. */
export interface DataCore {
  units: Unit[];
  fields: Field[];
  /** Month index range [unitFirst, unitLast] in which each unit has data (first > last: none). */
  unitFirst: Int32Array;
  unitLast: Int32Array;
  /** 1 where unit u handles field f (index u * fieldCount + f). */
  handles: Uint8Array;
  dossiers: DossierStore;
  feedback: FeedbackStore;
  digital: DigitalProfile;
}

export type Queries = Pick<
  Dataset,
  | 'dossierSummary'
  | 'dossiersByMonth'
  | 'dossiersByUnit'
  | 'dossiersByField'
  | 'digitalByUnit'
  | 'feedbackByUnit'
  | 'feedbackByTopic'
  | 'feedbackByMonth'
>;

/** Whether a unit exists on a day (YYYY-MM-DD). */
export const isUnitValidAt = (unit: Unit, date: string) =>
  unit.validFrom <= date && (unit.validTo === null || date <= unit.validTo);

/** Month index range of a unit's validity within `months` (first > last when it never overlaps). */
export function validityRange(unit: Unit, months: readonly string[]): [number, number] {
  const start = months[0] as string;
  const first = Math.max(0, monthOffset(start, unit.validFrom.slice(0, 7)));
  const last = unit.validTo === null ? months.length - 1 : Math.min(months.length - 1, monthOffset(start, unit.validTo.slice(0, 7)));
  return [first, last];
}

// Imported bindings copied into module constants: some module runners (vitest, tsx) turn every
// access to an imported binding into a getter call, which dominated the hot loops below.
const NC = NCOL;
const NF = NFB;
const FBP = FB_PENDING;
const NT = NTOPIC;
const CARRIED = COL.carriedOver;
const PEND_ON_TIME = COL.pendingOnTime;
const PEND_OVERDUE = COL.pendingOverdue;
const R_ONLINE = COL.receivedOnline;
const R_DIRECT = COL.receivedDirect;
const R_POSTAL = COL.receivedPostal;
const S_EARLY = COL.resolvedEarly;
const S_ON_TIME = COL.resolvedOnTime;
const S_LATE = COL.resolvedLate;
const RETURNED = COL.returned;
const APOLOGY = COL.apologyLetters;

function toCounts(acc: Float64Array, o: number): DossierCounts {
  const out = {} as Record<keyof DossierCounts, number>;
  DOSSIER_COLUMNS.forEach((k, c) => (out[k] = acc[o + c] as number));
  return out;
}

function toFeedback(acc: Float64Array, o: number): FeedbackCounts {
  const out = {} as Record<keyof FeedbackCounts, number>;
  FEEDBACK_COLUMNS.forEach((k, c) => (out[k] = acc[o + c] as number));
  return out;
}

/**
 * The query functions of a dataset. Semantics, the same for every grouping: the units are those
 * matching `unit` and `level` that existed in the period; flows (received, resolved, returned,
 * apology letters) are summed over the months; carriedOver is each unit-field's stock when the period
 * began (0 for a unit created inside the period) and pendingOnTime/pendingOverdue its stock when the
 * period ended (0 for a unit dissolved inside the period, whose pending dossiers passed to its
 * successor). So per-unit and per-field rows add up to the summary in every column, per-month rows add
 * up to it for flows and at the ends for stocks, and month rows over all units chain across a merger.
 * A row keeps carriedOver + received = resolved + pending + returned except for the stock handed over
 * at a merger inside the period: a dissolved unit's row lacks what it handed over, and its
 * successor's row resolved or still holds what it took over without having carried it in.
 */
export function createQueries(core: DataCore): Queries {
  const { units, fields, unitFirst, unitLast, handles, dossiers, feedback } = core;
  const months = dossiers.months;
  const M = months.length;
  const F = dossiers.fieldCount;
  const d = dossiers.data;
  const fieldIndex = new Map(fields.map((f, i) => [f.id, i]));
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  const digitalCtx = {
    dossiers,
    feedback,
    profile: core.digital,
    monthBase: monthsSince2020(months[0] as string),
    handles,
  };

  interface Resolved {
    /** Month index range of the period within the coverage (a > b: empty). */
    a: number;
    b: number;
    /** Matching units valid in the period, with their own month range. */
    units: { u: number; ua: number; ub: number; opens: boolean; closes: boolean }[];
    /** Field indices to include. */
    fields: number[];
  }

  function resolve(q: AggregateQuery): Resolved {
    const a = Math.max(0, monthOffset(months[0] as string, q.from));
    const b = Math.min(M - 1, monthOffset(months[0] as string, q.to));
    const fieldList =
      q.field === undefined ? fields.map((_, i) => i) : fieldIndex.has(q.field) ? [fieldIndex.get(q.field) as number] : [];
    const selected: Resolved['units'] = [];
    if (a <= b) {
      const candidates = q.unit === 'all' ? units.map((_, i) => i) : unitIndex.has(q.unit) ? [unitIndex.get(q.unit) as number] : [];
      for (const u of candidates) {
        const unit = units[u] as Unit;
        if (q.level !== 'all' && unit.level !== q.level) continue;
        const ua = Math.max(a, unitFirst[u] as number);
        const ub = Math.min(b, unitLast[u] as number);
        // The stocks at the period's ends count only for a unit that existed then.
        if (ua <= ub) selected.push({ u, ua, ub, opens: ua === a, closes: ub === b });
      }
    }
    return { a, b, units: selected, fields: fieldList };
  }

  /** Adds one unit-field's period counts into acc at offset o (flows summed, stocks at the ends). */
  function addPeriod(acc: Float64Array, o: number, u: number, f: number, s: Resolved['units'][number]) {
    const { ua, ub } = s;
    const base = (u * F + f) * M;
    let i = (base + ua) * NC;
    let rOnline = 0, rDirect = 0, rPostal = 0, early = 0, onTime = 0, late = 0, returned = 0, apology = 0;
    for (let m = ua; m <= ub; m++, i += NC) {
      rOnline += d[i + R_ONLINE] as number;
      rDirect += d[i + R_DIRECT] as number;
      rPostal += d[i + R_POSTAL] as number;
      early += d[i + S_EARLY] as number;
      onTime += d[i + S_ON_TIME] as number;
      late += d[i + S_LATE] as number;
      returned += d[i + RETURNED] as number;
      apology += d[i + APOLOGY] as number;
    }
    const first = (base + ua) * NC;
    const last = (base + ub) * NC;
    if (s.opens) acc[o + CARRIED] = (acc[o + CARRIED] as number) + (d[first + CARRIED] as number);
    acc[o + R_ONLINE] = (acc[o + R_ONLINE] as number) + rOnline;
    acc[o + R_DIRECT] = (acc[o + R_DIRECT] as number) + rDirect;
    acc[o + R_POSTAL] = (acc[o + R_POSTAL] as number) + rPostal;
    acc[o + S_EARLY] = (acc[o + S_EARLY] as number) + early;
    acc[o + S_ON_TIME] = (acc[o + S_ON_TIME] as number) + onTime;
    acc[o + S_LATE] = (acc[o + S_LATE] as number) + late;
    if (s.closes) {
      acc[o + PEND_ON_TIME] = (acc[o + PEND_ON_TIME] as number) + (d[last + PEND_ON_TIME] as number);
      acc[o + PEND_OVERDUE] = (acc[o + PEND_OVERDUE] as number) + (d[last + PEND_OVERDUE] as number);
    }
    acc[o + RETURNED] = (acc[o + RETURNED] as number) + returned;
    acc[o + APOLOGY] = (acc[o + APOLOGY] as number) + apology;
  }

  function dossierSummary(q: AggregateQuery): DossierCounts {
    const r = resolve(q);
    const acc = new Float64Array(NC);
    for (const s of r.units) for (const f of r.fields) if (handles[s.u * F + f]) addPeriod(acc, 0, s.u, f, s);
    return toCounts(acc, 0);
  }

  function dossiersByUnit(q: AggregateQuery): (DossierCounts & { unitId: string })[] {
    const r = resolve(q);
    return r.units.map((s) => {
      const acc = new Float64Array(NC);
      for (const f of r.fields) if (handles[s.u * F + f]) addPeriod(acc, 0, s.u, f, s);
      return { unitId: (units[s.u] as Unit).id, ...toCounts(acc, 0) };
    });
  }

  function dossiersByField(q: AggregateQuery): (DossierCounts & { fieldId: string })[] {
    const r = resolve(q);
    const levels = new Set(r.units.map(({ u }) => (units[u] as Unit).level));
    const list = q.field !== undefined ? r.fields : r.fields.filter((f) => (fields[f] as Field).levels.some((l) => levels.has(l)));
    return list.map((f) => {
      const acc = new Float64Array(NC);
      for (const s of r.units) if (handles[s.u * F + f]) addPeriod(acc, 0, s.u, f, s);
      return { fieldId: (fields[f] as Field).id, ...toCounts(acc, 0) };
    });
  }

  function dossiersByMonth(q: AggregateQuery): (DossierCounts & { month: string })[] {
    const r = resolve(q);
    if (r.a > r.b) return [];
    const n = r.b - r.a + 1;
    const acc = new Float64Array(n * NC);
    for (const { u, ua, ub } of r.units) {
      for (const f of r.fields) {
        if (!handles[u * F + f]) continue;
        let i = ((u * F + f) * M + ua) * NC;
        for (let m = ua; m <= ub; m++, i += NC) {
          const o = (m - r.a) * NC;
          for (let c = 0; c < NC; c++) acc[o + c] = (acc[o + c] as number) + (d[i + c] as number);
        }
      }
    }
    return Array.from({ length: n }, (_, k) => ({ month: months[r.a + k] as string, ...toCounts(acc, k * NC) }));
  }

  function digitalByUnit(q: AggregateQuery) {
    const r = resolve(q);
    // An unknown field matches no dossiers (index F is past the last field).
    const field = q.field === undefined ? -1 : (r.fields[0] ?? F);
    return r.units.map(({ u, ua, ub, closes }) => ({
      unitId: (units[u] as Unit).id,
      indicators: digitalIndicatorsFor(digitalCtx, u, ua, ub, field, closes),
    }));
  }

  function feedbackByUnit(q: AggregateQuery): (FeedbackCounts & { unitId: string })[] {
    const r = resolve(q);
    const fb = feedback.data;
    return r.units.map(({ u, ua, ub }) => {
      const acc = new Float64Array(NF);
      for (let m = ua; m <= ub; m++) {
        const i = (u * feedback.monthCount + m) * NF;
        for (let c = 0; c < NF; c++) if (c !== FBP) acc[c] = (acc[c] as number) + (fb[i + c] as number);
      }
      acc[FBP] = fb[(u * feedback.monthCount + ub) * NF + FBP] as number;
      return { unitId: (units[u] as Unit).id, ...toFeedback(acc, 0) };
    });
  }

  /** Every topic over the selected units, as feedbackByUnit adds up a unit (flows summed, pending at its last month). */
  function feedbackByTopic(q: AggregateQuery): (FeedbackCounts & { topicId: FeedbackTopicId })[] {
    const r = resolve(q);
    const tp = feedback.topics;
    const acc = new Float64Array(NT * NF);
    for (const { u, ua, ub } of r.units) {
      for (let m = ua; m <= ub; m++) {
        const i = (u * feedback.monthCount + m) * NT * NF;
        for (let k = 0; k < NT * NF; k++) if (k % NF !== FBP) acc[k] = (acc[k] as number) + (tp[i + k] as number);
      }
      const last = (u * feedback.monthCount + ub) * NT * NF;
      for (let t = 0; t < NT; t++) acc[t * NF + FBP] = (acc[t * NF + FBP] as number) + (tp[last + t * NF + FBP] as number);
    }
    return feedbackTopics.map((topic, t) => ({ topicId: topic.id, ...toFeedback(acc, t * NF) }));
  }

  /** Every month of the period in the coverage as its own period, over the selected units alive in it. */
  function feedbackByMonth(q: AggregateQuery): (FeedbackCounts & { month: string })[] {
    const r = resolve(q);
    if (r.a > r.b) return [];
    const n = r.b - r.a + 1;
    const fb = feedback.data;
    const acc = new Float64Array(n * NF);
    for (const { u, ua, ub } of r.units) {
      for (let m = ua; m <= ub; m++) {
        const i = (u * feedback.monthCount + m) * NF;
        const o = (m - r.a) * NF;
        for (let c = 0; c < NF; c++) acc[o + c] = (acc[o + c] as number) + (fb[i + c] as number);
      }
    }
    return Array.from({ length: n }, (_, k) => ({ month: months[r.a + k] as string, ...toFeedback(acc, k * NF) }));
  }

  return { dossierSummary, dossiersByMonth, dossiersByUnit, dossiersByField, digitalByUnit, feedbackByUnit, feedbackByTopic, feedbackByMonth };
}
