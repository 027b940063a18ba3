import type { DigitalIndicatorKey, DigitalIndicators } from '../../src/api/digital';
import type { Ratio } from '../../src/api/common';
import { COL, NCOL, interpolate, type DossierStore } from './dossier-generator';
import { NFB, type FeedbackStore } from './feedback-generator';
import { hashUniform, type Rng } from './prng';

/**
 * The Decision 766 numerators and denominators. They are not stored: each is computed on demand from
 * the dossier and feedback counts of the period plus a few numbers per unit (its digital maturity and
 * procedure counts), so they stay consistent with the dossiers (a numerator never exceeds its
 * denominator) and the national dataset needs no extra memory for them.
 */
export interface DigitalProfile {
  seed: number;
  /** Per unit, ~1: how far ahead of the average curve the unit is. */
  maturity: Float32Array;
  /** Per unit: procedures it handles, of them fee-bearing, of them needing residence data. */
  procedures: Uint16Array;
  feeProcedures: Uint16Array;
  populationProcedures: Uint16Array;
}

export function makeDigitalProfile(
  seed: number,
  units: readonly { level: 'district' | 'commune'; laggard?: boolean }[],
  rng: Rng,
): DigitalProfile {
  const n = units.length;
  const p: DigitalProfile = {
    seed,
    maturity: new Float32Array(n),
    procedures: new Uint16Array(n),
    feeProcedures: new Uint16Array(n),
    populationProcedures: new Uint16Array(n),
  };
  units.forEach((u, i) => {
    p.maturity[i] = u.laggard ? rng.uniform(0.82, 0.92) : rng.uniform(0.9, 1.12);
    const total = u.level === 'district' ? rng.int(262, 298) : rng.int(104, 126);
    p.procedures[i] = total;
    p.feeProcedures[i] = Math.round(total * rng.uniform(0.36, 0.44));
    p.populationProcedures[i] = Math.round(total * rng.uniform(0.3, 0.4));
  });
  return p;
}

type Knots = [number, number][];

/** Procedure counts: the value at the last month of the period (they are stocks, not flows). */
const PROCEDURE_RATES: { key: DigitalIndicatorKey; den: 'all' | 'fee' | 'population'; knots: Knots }[] = [
  { key: 'proceduresPublishedOnTime', den: 'all', knots: [[0, 0.9], [24, 0.96], [48, 0.99], [66, 1]] },
  { key: 'proceduresUpdatedOnTime', den: 'all', knots: [[0, 0.85], [24, 0.92], [48, 0.97], [66, 0.99]] },
  { key: 'proceduresDisclosedComplete', den: 'all', knots: [[0, 0.8], [24, 0.9], [48, 0.97], [66, 1]] },
  { key: 'proceduresOnline', den: 'all', knots: [[0, 0.25], [12, 0.4], [24, 0.6], [36, 0.75], [48, 0.85], [66, 0.92]] },
  { key: 'feeProceduresPayable', den: 'fee', knots: [[0, 0.1], [12, 0.3], [24, 0.55], [36, 0.75], [48, 0.85], [66, 0.92]] },
  { key: 'proceduresPaidOnline', den: 'fee', knots: [[0, 0.02], [12, 0.1], [24, 0.25], [36, 0.4], [48, 0.55], [66, 0.68]] },
  { key: 'populationDbProcedures', den: 'population', knots: [[0, 0], [12, 0.1], [24, 0.4], [36, 0.7], [48, 0.85], [66, 0.95]] },
];

/** Dossier counts: summed month by month over the period. */
const DOSSIER_RATES: { key: DigitalIndicatorKey; den: 'received' | 'resolved' | 'fee'; knots: Knots }[] = [
  { key: 'dossiersSynced', den: 'received', knots: [[0, 0.55], [12, 0.7], [24, 0.85], [36, 0.93], [48, 0.97], [66, 0.99]] },
  { key: 'dossiersPaidOnline', den: 'fee', knots: [[0, 0.01], [12, 0.03], [24, 0.1], [36, 0.25], [48, 0.4], [66, 0.58]] },
  { key: 'electronicResults', den: 'resolved', knots: [[0, 0.05], [12, 0.15], [24, 0.35], [36, 0.6], [48, 0.8], [66, 0.9]] },
  { key: 'digitisedDossiers', den: 'received', knots: [[0, 0.05], [12, 0.2], [24, 0.45], [36, 0.7], [48, 0.85], [66, 0.93]] },
  { key: 'electronicCopies', den: 'resolved', knots: [[0, 0.01], [12, 0.05], [24, 0.15], [36, 0.3], [48, 0.45], [66, 0.55]] },
  { key: 'reusedData', den: 'received', knots: [[0, 0], [12, 0.02], [24, 0.1], [36, 0.25], [48, 0.4], [66, 0.55]] },
  { key: 'personalDataStore', den: 'received', knots: [[0, 0], [24, 0.02], [36, 0.1], [48, 0.25], [66, 0.45]] },
  { key: 'populationDbDossiers', den: 'received', knots: [[0, 0], [12, 0.05], [24, 0.2], [36, 0.45], [48, 0.65], [66, 0.8]] },
];
/** Of the dossiers of procedures eligible for full online service… */
const ELIGIBLE_SHARE: Knots = [[0, 0.3], [24, 0.5], [48, 0.65], [66, 0.75]];
/** …the share of online dossiers that went through fully online. */
const FULLY_ONLINE_OF_ONLINE: Knots = [[0, 0.2], [24, 0.45], [48, 0.7], [66, 0.82]];
/** Dossiers with a complaint, per resolved dossier (falls over the years). */
const COMPLAINT_RATE: Knots = [[0, 0.004], [36, 0.002], [66, 0.001]];
const FEE_DOSSIER_SHARE = 0.55;

export interface DigitalContext {
  dossiers: DossierStore;
  feedback: FeedbackStore;
  profile: DigitalProfile;
  /** Month index since 2020-01 of the store's month index 0. */
  monthBase: number;
  /** Whether unit u handles field f (skips empty cells). */
  handles: Uint8Array;
}

// Imported bindings copied into module constants (some module runners make each access a getter call).
const NC = NCOL;
const NF = NFB;
const R_ONLINE = COL.receivedOnline;
const R_DIRECT = COL.receivedDirect;
const R_POSTAL = COL.receivedPostal;
const S_EARLY = COL.resolvedEarly;
const S_ON_TIME = COL.resolvedOnTime;
const S_LATE = COL.resolvedLate;
const P_ON_TIME = COL.pendingOnTime;
const P_OVERDUE = COL.pendingOverdue;
const hash = hashUniform;
const interp = interpolate;
const K = DOSSIER_RATES.length;
const DEN_KIND = DOSSIER_RATES.map((r) => (r.den === 'received' ? 0 : r.den === 'resolved' ? 1 : 2));

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });

/** The curves evaluated once per month of the store: [m * (K + 3) + k]. */
const curveCache = new WeakMap<DossierStore, Float64Array>();
function curves(ctx: DigitalContext): Float64Array {
  let c = curveCache.get(ctx.dossiers);
  if (c) return c;
  const M = ctx.dossiers.months.length;
  c = new Float64Array(M * (K + 3));
  for (let m = 0; m < M; m++) {
    const t = ctx.monthBase + m;
    const o = m * (K + 3);
    DOSSIER_RATES.forEach((spec, k) => ((c as Float64Array)[o + k] = interp(spec.knots, t)));
    c[o + K] = interp(ELIGIBLE_SHARE, t);
    c[o + K + 1] = interp(FULLY_ONLINE_OF_ONLINE, t);
    c[o + K + 2] = interp(COMPLAINT_RATE, t);
  }
  curveCache.set(ctx.dossiers, c);
  return c;
}

/**
 * The indicators of unit u over month indices [ua, ub]; `field` narrows the dossier-based ones to one
 * field (-1: all fields; an index past the last field: none). `stockAtEnd` is false for a unit dissolved
 * inside the period: its pending dossiers passed to its successor, so they are not its stock at the end.
 */
export function digitalIndicatorsFor(
  ctx: DigitalContext,
  u: number,
  ua: number,
  ub: number,
  field: number,
  stockAtEnd = true,
): DigitalIndicators {
  const { dossiers, feedback, profile, monthBase, handles } = ctx;
  const d = dossiers.data;
  const F = dossiers.fieldCount;
  const M = dossiers.months.length;
  const maturity = profile.maturity[u] ?? 1;
  const seed = profile.seed;
  const curve = curves(ctx);
  const W = K + 3;

  const num = new Float64Array(K);
  const den = new Float64Array(K);
  let received = 0;
  let online = 0;
  let resolvedSum = 0;
  let early = 0;
  let complaintsNum = 0;
  let fullyNum = 0;
  let fullyDen = 0;
  for (let m = ua; m <= ub; m++) {
    let rec = 0;
    let onl = 0;
    let res = 0;
    for (let f = 0; f < F; f++) {
      if ((field >= 0 && f !== field) || !handles[u * F + f]) continue;
      const i = ((u * F + f) * M + m) * NC;
      const o = d[i + R_ONLINE] as number;
      rec += o + (d[i + R_DIRECT] as number) + (d[i + R_POSTAL] as number);
      onl += o;
      const e = (d[i + S_EARLY] as number) + (d[i + S_ON_TIME] as number);
      early += e;
      res += e + (d[i + S_LATE] as number);
    }
    received += rec;
    online += onl;
    resolvedSum += res;
    if (rec === 0 && res === 0) continue;
    const co = m * W;
    // A stateless uniform per unit, month and indicator rounds each month's numerator.
    const fee = Math.floor(rec * FEE_DOSSIER_SHARE + hash(seed, u, m, 40));
    for (let k = 0; k < K; k++) {
      const kind = DEN_KIND[k] as number;
      const base = kind === 0 ? rec : kind === 1 ? res : fee;
      den[k] = (den[k] as number) + base;
      num[k] = (num[k] as number) + Math.floor(clamp01((curve[co + k] as number) * maturity) * base + hash(seed, u, m, k));
    }
    fullyDen += Math.max(onl, Math.floor(rec * (curve[co + K] as number) + hash(seed, u, m, 41)));
    fullyNum += Math.floor(onl * clamp01((curve[co + K + 1] as number) * maturity) + hash(seed, u, m, 42));
    complaintsNum += Math.floor(res * (curve[co + K + 2] as number) * (2 - maturity) + hash(seed, u, m, 43));
  }

  // Progress is a period measure: the stock at the end of the period counts once.
  let pendingOnTime = 0;
  let pendingOverdue = 0;
  for (let f = 0; f < F && stockAtEnd; f++) {
    if ((field >= 0 && f !== field) || !handles[u * F + f]) continue;
    const i = ((u * F + f) * M + ub) * NC;
    pendingOnTime += d[i + P_ON_TIME] as number;
    pendingOverdue += d[i + P_OVERDUE] as number;
  }

  let fbDue = 0;
  let fbOnTime = 0;
  let fbRated = 0;
  let fbSatisfied = 0;
  const fb = feedback.data;
  for (let m = ua; m <= ub; m++) {
    const i = (u * feedback.monthCount + m) * NF;
    fbDue += fb[i + 1] as number;
    fbOnTime += fb[i + 2] as number;
    fbRated += fb[i + 5] as number;
    fbSatisfied += fb[i + 6] as number;
  }

  const tEnd = monthBase + ub;
  const procedureDen = { all: profile.procedures[u] ?? 0, fee: profile.feeProcedures[u] ?? 0, population: profile.populationProcedures[u] ?? 0 };
  const out = {} as Record<DigitalIndicatorKey, Ratio>;
  for (const spec of PROCEDURE_RATES) {
    const total = procedureDen[spec.den];
    out[spec.key] = ratio(Math.floor(clamp01(interp(spec.knots, tEnd) * maturity) * total), total);
  }
  DOSSIER_RATES.forEach((spec, k) => (out[spec.key] = ratio(num[k] as number, den[k] as number)));
  out.progress = ratio(early + pendingOnTime, resolvedSum + pendingOnTime + pendingOverdue);
  out.fullyOnlineDossiers = ratio(fullyNum, fullyDen);
  out.onlineDossiers = ratio(online, received);
  out.complaintDossiers = ratio(Math.min(complaintsNum, resolvedSum), resolvedSum);
  out.feedbackOnTime = ratio(fbOnTime, fbDue);
  out.feedbackSatisfaction = ratio(fbSatisfied, fbRated);
  return out;
}
