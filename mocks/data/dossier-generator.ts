import { dossierCountKeys } from '../../src/api/dossiers';
import type { Level } from '../../src/api/common';
import type { FieldProfile } from './fields';
import { Rng } from './prng';

/** The columns of the one-stop report, in the order of dossierCountsSchema: the storage layout of a cell. */
export const DOSSIER_COLUMNS = dossierCountKeys;
export const NCOL = DOSSIER_COLUMNS.length;
export const COL = {
  carriedOver: 0,
  receivedOnline: 1,
  receivedDirect: 2,
  receivedPostal: 3,
  resolvedEarly: 4,
  resolvedOnTime: 5,
  resolvedLate: 6,
  pendingOnTime: 7,
  pendingOverdue: 8,
  returned: 9,
  apologyLetters: 10,
} as const;

export type CountArray = Uint16Array | Uint32Array;

/**
 * Dossier counts per unit × field × month × column in one typed array (layout [u][f][m][c], so a
 * unit-field's months are contiguous for the period sums). A cell of a field the unit does not
 * handle, or of a month the unit did not exist, is zero.
 */
export interface DossierStore {
  months: string[];
  unitCount: number;
  fieldCount: number;
  data: CountArray;
}

export const cellIndex = (s: DossierStore, u: number, f: number, m: number) =>
  ((u * s.fieldCount + f) * s.months.length + m) * NCOL;

export interface StockTakeOver {
  month: number;
  onTime: readonly number[];
  overdue: readonly number[];
}

export interface UnitDossierProfile {
  level: Level;
  /** Month indices (into the store's months) of the unit's first and last month with data. */
  firstMonth: number;
  lastMonth: number;
  /** Expected dossiers a year at month m (before seasonality). */
  annualVolume: (m: number) => number;
  /** The unit's own online uptake relative to the overall curve. */
  onlineFactor: number;
  /** The unit's share of resolved dossiers that run late at month m (before the field's factor). */
  lateRate: (m: number) => number;
  /** Share of late dossiers that get an apology letter at month m (1 = the rule is followed). */
  apologyDiligence: (m: number) => number;
  /** A unit dissolved with no successor clears its stock: nothing pending in its last month. */
  closeBooks: boolean;
  /**
   * Stock taken over at a merger: at month `month` the unit's chain of field f starts from its own
   * pending dossiers plus `onTime[f]` and `overdue[f]`, the closing balance its predecessors left the
   * month before (a dissolved unit hands its pending dossiers to its successor).
   */
  takeOver?: readonly StockTakeOver[];
  /** Exact yearly totals of dossiers received that the data must hit (facts from the record). */
  receivedTotals?: { year: number; total: number }[];
  /** Months (inclusive index range) with nothing late and nothing overdue (nor overdue in the month before). */
  noLate?: { from: number; to: number };
}

/** Share of dossiers received online at month m over the whole district: a few % in 2020 → ~70 % mid-2025. */
const ONLINE_KNOTS: [number, number][] = [
  [0, 0.02], // 2020-01
  [12, 0.04],
  [24, 0.1],
  [36, 0.26],
  [48, 0.44],
  [60, 0.6],
  [66, 0.72],
];
export function interpolate(knots: readonly [number, number][], x: number): number {
  const first = knots[0];
  if (!first) return 0;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i] as [number, number];
    const [x0, y0] = knots[i - 1] as [number, number];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return (knots[knots.length - 1] as [number, number])[1];
}

/** Month index since 2020-01 of a 'YYYY-MM'. */
export const monthsSince2020 = (month: string) => (Number(month.slice(0, 4)) - 2020) * 12 + Number(month.slice(5, 7)) - 1;

export const onlineCurve = (month: string) => interpolate(ONLINE_KNOTS, monthsSince2020(month));

/** Public postal service (BCCI): a small share that grows a little. */
const postalShare = (month: string) => 0.006 + 0.003 * Math.max(0, monthsSince2020(month)) / 12;

/** Calendar month shape: quieter in summer, year-end peak. */
const MONTH_SHAPE = [1.0, 1.0, 1.05, 1.0, 1.0, 0.97, 0.93, 0.94, 1.0, 1.03, 1.1, 1.22];
/** The Tết dip (and the rush before it) by year: Tết fell on 25/1/2020, 12/2/2021, 1/2/2022, 22/1/2023, 10/2/2024, 29/1/2025. */
const TET: Record<number, [number, number]> = {
  2020: [0.78, 0.92],
  2021: [1.05, 0.7],
  2022: [1.08, 0.72],
  2023: [0.75, 0.98],
  2024: [1.06, 0.7],
  2025: [0.8, 0.88],
};
/** Covid-19: nationwide distancing in April 2020, Hà Nội's lockdown from late July to September 2021. */
const COVID: Record<string, number> = { '2020-04': 0.55, '2021-07': 0.85, '2021-08': 0.6, '2021-09': 0.72 };

export function seasonality(month: string): number {
  const y = Number(month.slice(0, 4));
  const mi = Number(month.slice(5, 7)) - 1;
  let f = MONTH_SHAPE[mi] ?? 1;
  const tet = TET[y];
  if (tet && mi < 2) f = tet[mi] ?? 1;
  return f * (COVID[month] ?? 1);
}

/** Puts `total` into the cells in proportion to their current values (largest remainders), exactly. */
function scaleToTotal(values: number[], total: number): number[] {
  const sum = values.reduce((s, v) => s + v, 0);
  const exact = values.map((v) => (sum > 0 ? (v * total) / sum : total / values.length));
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => ({ i, frac: v - Math.floor(v) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) {
    const i = (order[k] as { i: number }).i;
    out[i] = (out[i] as number) + 1;
  }
  return out;
}

/**
 * Fills the store for one unit. Each unit-field is a chain month by month: what was pending at the
 * end of a month is carried into the next, and carriedOver + received = resolved + pending + returned.
 */
export function generateUnitDossiers(
  store: DossierStore,
  u: number,
  profile: UnitDossierProfile,
  fields: readonly FieldProfile[],
  rng: Rng,
): void {
  const { months, data } = store;
  const max = data instanceof Uint16Array ? 0xffff : 0xffffffff;
  const { firstMonth, lastMonth } = profile;
  const nMonths = lastMonth - firstMonth + 1;
  if (nMonths <= 0) return;

  // 1. Dossiers received per field and month.
  const shares = fields.map((f) => (profile.level === 'district' ? f.districtShare : f.communeShare));
  const received: number[][] = fields.map(() => new Array<number>(nMonths).fill(0));
  for (let k = 0; k < nMonths; k++) {
    const m = firstMonth + k;
    const month = months[m] as string;
    const unitMonth = profile.annualVolume(m) / 12 * seasonality(month) * Math.exp(0.05 * rng.normal());
    for (let f = 0; f < fields.length; f++) {
      const share = shares[f] as number;
      if (share <= 0) continue;
      (received[f] as number[])[k] = rng.round(unitMonth * share * Math.exp(0.08 * rng.normal()));
    }
  }
  // Facts that must hold exactly (e.g. 4,977 dossiers at the district in 2022): rescale that year.
  for (const { year, total } of profile.receivedTotals ?? []) {
    const cells: [number, number][] = [];
    for (let k = 0; k < nMonths; k++) {
      if (Number((months[firstMonth + k] as string).slice(0, 4)) !== year) continue;
      for (let f = 0; f < fields.length; f++) if ((shares[f] as number) > 0) cells.push([f, k]);
    }
    const scaled = scaleToTotal(
      cells.map(([f, k]) => (received[f] as number[])[k] as number),
      total,
    );
    cells.forEach(([f, k], i) => ((received[f] as number[])[k] = scaled[i] as number));
  }

  // 2. The chain of each field. Curves that depend on the month only are evaluated once.
  const onlineByMonth = new Float64Array(nMonths);
  const postalByMonth = new Float64Array(nMonths);
  for (let k = 0; k < nMonths; k++) {
    onlineByMonth[k] = onlineCurve(months[firstMonth + k] as string);
    postalByMonth[k] = postalShare(months[firstMonth + k] as string);
  }
  for (let f = 0; f < fields.length; f++) {
    if ((shares[f] as number) <= 0) continue;
    const field = fields[f] as FieldProfile;
    const recv = received[f] as number[];
    let prevOnTime = 0;
    let prevOverdue = 0;
    for (let k = 0; k < nMonths; k++) {
      const m = firstMonth + k;
      const month = months[m] as string;
      const noLate = profile.noLate !== undefined && m >= profile.noLate.from && m <= profile.noLate.to;
      // Nothing overdue may be carried into a month without late dossiers.
      const noOverdue = noLate || (profile.noLate !== undefined && m === profile.noLate.from - 1);
      const late = noLate ? 0 : Math.min(0.5, profile.lateRate(m) * field.lateFactor);
      const r = recv[k] as number;

      if (k === 0 && m === 0) {
        // The first month of the coverage starts from a plausible stock, all within its deadline
        // (a new unit starts from 0).
        prevOnTime = rng.round(r * field.pendingShare);
        prevOverdue = 0;
      }
      for (const t of profile.takeOver ?? []) {
        if (t.month !== m) continue;
        prevOnTime += t.onTime[f] ?? 0;
        prevOverdue += t.overdue[f] ?? 0;
      }
      const carried = prevOnTime + prevOverdue;

      const online = Math.min(0.95, (onlineByMonth[k] as number) * profile.onlineFactor * field.onlineFactor);
      const recvOnline = Math.min(r, rng.round(r * online));
      const recvPostal = Math.min(r - recvOnline, rng.round((r - recvOnline) * (postalByMonth[k] as number)));
      const recvDirect = r - recvOnline - recvPostal;

      // Last month's overdue dossiers are all resolved (late) this month; what is overdue at the end
      // of a month became overdue in it. So each late dossier is counted late once, when it gets its
      // apology letter, and over any period letters ≤ resolved late + overdue at the end.
      const open = carried + r;
      const returned = Math.min(open - prevOverdue, rng.round(open * field.returnedShare));
      let pending = rng.round(r * field.pendingShare * Math.exp(0.15 * rng.normal()));
      if (profile.closeBooks && m === lastMonth) pending = 0;
      pending = Math.min(pending, open - returned - prevOverdue);
      const resolved = open - returned - pending;

      const pendingOverdue = noOverdue ? 0 : Math.min(pending, rng.round(pending * Math.min(0.6, late * 2)));
      const pendingOnTime = pending - pendingOverdue;
      const newLate = noLate ? 0 : Math.min(resolved - prevOverdue, rng.round((resolved - prevOverdue) * late));
      const resolvedLate = prevOverdue + newLate;
      const inTime = resolved - resolvedLate;
      const resolvedEarly = rng.round(inTime * field.earlyShare * (0.9 + 0.2 * rng.float()));
      const resolvedOnTime = inTime - resolvedEarly;
      const diligence = profile.apologyDiligence(m);
      const apologyLetters = Math.min(newLate + pendingOverdue, rng.round(newLate * diligence) + rng.round(pendingOverdue * diligence));

      // Every column is at most `open`, so one range check covers the row.
      if (open > max) throw new Error(`dossier count out of range: ${open} (unit ${u}, month ${month})`);
      const i = cellIndex(store, u, f, m);
      data[i + COL.carriedOver] = carried;
      data[i + COL.receivedOnline] = recvOnline;
      data[i + COL.receivedDirect] = recvDirect;
      data[i + COL.receivedPostal] = recvPostal;
      data[i + COL.resolvedEarly] = resolvedEarly;
      data[i + COL.resolvedOnTime] = resolvedOnTime;
      data[i + COL.resolvedLate] = resolvedLate;
      data[i + COL.pendingOnTime] = pendingOnTime;
      data[i + COL.pendingOverdue] = pendingOverdue;
      data[i + COL.returned] = returned;
      data[i + COL.apologyLetters] = apologyLetters;
      prevOnTime = pendingOnTime;
      prevOverdue = pendingOverdue;
    }
  }
}
