import { expect } from 'vitest';
import { dossierCountKeys, type DossierCounts } from '../../src/api/dossiers';
import type { AggregateQuery, Dataset } from '../../mocks/data/dataset';

/** Helpers for the data-*.test.ts files (not a test file itself). */
export const received = (c: DossierCounts) => c.receivedOnline + c.receivedDirect + c.receivedPostal;
export const resolved = (c: DossierCounts) => c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
export const pending = (c: DossierCounts) => c.pendingOnTime + c.pendingOverdue;
export const onTimeRate = (c: DossierCounts) => (c.resolvedEarly + c.resolvedOnTime) / resolved(c);

const KEYS = dossierCountKeys;
const FLOWS = KEYS.filter((k) => k !== 'carriedOver' && k !== 'pendingOnTime' && k !== 'pendingOverdue');

export const strip = (c: DossierCounts): DossierCounts => Object.fromEntries(KEYS.map((k) => [k, c[k]])) as DossierCounts;

export function sumCounts(rows: DossierCounts[]): DossierCounts {
  const out = Object.fromEntries(KEYS.map((k) => [k, 0])) as DossierCounts;
  for (const r of rows) for (const k of KEYS) out[k] += r[k];
  return out;
}

const nextMonth = (month: string) => {
  const t = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};

export interface Handovers {
  /** Dossiers the selection took over from units outside it. */
  takenOver: number;
  /** Dossiers units of the selection handed over to units outside it, and how many of them were overdue. */
  handedOver: number;
  handedOverOverdue: number;
  /** Per month of the hand-over (the successor's first month): taken − handed. */
  byMonth: Map<string, number>;
}

/**
 * The pending dossiers handed over at mergers inside q's period that cross the edge of a selection
 * (`inSelection` of a unit id): a dissolved unit's closing balance in its last month, read from its
 * own month row, goes to its successor the month after.
 */
export function mergerHandovers(ds: Dataset, q: AggregateQuery, inSelection: (unitId: string) => boolean): Handovers {
  const out: Handovers = { takenOver: 0, handedOver: 0, handedOverOverdue: 0, byMonth: new Map() };
  for (const p of ds.units) {
    if (p.successorId === null || p.validTo === null) continue;
    const last = p.validTo.slice(0, 7);
    const first = nextMonth(last);
    if (last < q.from || first > q.to) continue;
    const fromIn = inSelection(p.id);
    const toIn = inSelection(p.successorId);
    if (fromIn === toIn) continue;
    const [row] = ds.dossiersByMonth({ from: last, to: last, unit: p.id, level: 'all', ...(q.field === undefined ? {} : { field: q.field }) });
    const t = row ? pending(row) : 0;
    if (fromIn) {
      out.handedOver += t;
      out.handedOverOverdue += row ? row.pendingOverdue : 0;
    } else out.takenOver += t;
    out.byMonth.set(first, (out.byMonth.get(first) ?? 0) + (fromIn ? -t : t));
  }
  return out;
}

/** The units of q's selection, as a predicate on unit ids. */
export const selectionOf = (ds: Dataset, q: AggregateQuery) => {
  const byId = new Map(ds.units.map((u) => [u.id, u]));
  return (id: string) => {
    const u = byId.get(id);
    return u !== undefined && (q.unit === 'all' || q.unit === id) && (q.level === 'all' || q.level === u.level);
  };
};

/**
 * carriedOver + received (+ what was taken over at a merger) = resolved + pending + returned (+ what
 * was handed over), no more apology letters than late dossiers, and no negative or fractional count.
 */
export function expectBalanced(
  c: DossierCounts,
  label: string,
  h: Omit<Handovers, 'byMonth'> = { takenOver: 0, handedOver: 0, handedOverOverdue: 0 },
) {
  for (const k of KEYS) {
    if (!Number.isInteger(c[k]) || c[k] < 0) throw new Error(`${label}: ${k} = ${c[k]}`);
  }
  if (c.carriedOver + received(c) + h.takenOver !== resolved(c) + pending(c) + c.returned + h.handedOver) {
    throw new Error(
      `${label}: ${c.carriedOver} + ${received(c)} + ${h.takenOver} taken over ≠ ${resolved(c)} + ${pending(c)} + ${c.returned} + ${h.handedOver} handed over`,
    );
  }
  // An overdue dossier handed over had its letter from the unit that let it run late.
  if (c.apologyLetters > c.resolvedLate + c.pendingOverdue + h.handedOverOverdue) throw new Error(`${label}: more apology letters than late dossiers`);
}

/**
 * Every grouping of a query agrees with its summary: per-unit and per-field rows add up to it in every
 * column, per-month rows add up to it in the flows, the first month carries in what the summary
 * carries in and the last month leaves pending what it leaves pending, and month follows month (plus
 * what a merger handed into the selection, minus what it handed out of it). Every row balances once
 * the dossiers handed over at a merger across the row's edge are counted.
 */
export function expectQueryConsistent(ds: Dataset, q: AggregateQuery) {
  const label = JSON.stringify(q);
  const inSelection = selectionOf(ds, q);
  const handovers = mergerHandovers(ds, q, inSelection);
  const summary = ds.dossierSummary(q);
  expectBalanced(summary, `${label} summary`, handovers);

  const byUnit = ds.dossiersByUnit(q);
  byUnit.forEach((r) => expectBalanced(r, `${label} unit ${r.unitId}`, mergerHandovers(ds, q, (id) => id === r.unitId)));
  expect(sumCounts(byUnit), `${label} by unit`).toEqual(strip(summary));

  const byField = ds.dossiersByField(q);
  byField.forEach((r) => expectBalanced(r, `${label} field ${r.fieldId}`, mergerHandovers(ds, { ...q, field: r.fieldId }, inSelection)));
  expect(sumCounts(byField), `${label} by field`).toEqual(strip(summary));

  const byMonth = ds.dossiersByMonth(q);
  byMonth.forEach((r) => expectBalanced(r, `${label} month ${r.month}`));
  const sum = sumCounts(byMonth);
  for (const k of FLOWS) expect(sum[k], `${label} by month ${k}`).toBe(summary[k]);
  if (byMonth.length > 0) {
    const first = byMonth[0] as DossierCounts;
    const last = byMonth[byMonth.length - 1] as DossierCounts;
    expect(first.carriedOver, `${label} first month carriedOver`).toBe(summary.carriedOver);
    expect(last.pendingOnTime, `${label} last month pendingOnTime`).toBe(summary.pendingOnTime);
    expect(last.pendingOverdue, `${label} last month pendingOverdue`).toBe(summary.pendingOverdue);
  }
  for (let k = 1; k < byMonth.length; k++) {
    const prev = byMonth[k - 1] as DossierCounts;
    const cur = byMonth[k] as DossierCounts & { month: string };
    const expected = pending(prev) + (handovers.byMonth.get(cur.month) ?? 0);
    if (cur.carriedOver !== expected) throw new Error(`${label}: ${cur.month} carries ${cur.carriedOver}, not ${expected}`);
  }
  return { summary, byUnit, byField, byMonth, handovers };
}

/** A fingerprint of a dataset's figures and seed records, to compare two generations. */
export function fingerprint(ds: Dataset, months: string[]): string {
  const parts: unknown[] = [];
  for (const m of months) {
    const q: AggregateQuery = { from: m, to: m, unit: 'all', level: 'all' };
    parts.push(ds.dossiersByUnit(q), ds.feedbackByUnit(q));
  }
  const full: AggregateQuery = { from: ds.meta.coverage.from, to: ds.meta.coverage.to, unit: 'all', level: 'all' };
  parts.push(ds.dossiersByUnit(full), ds.digitalByUnit(full), ds.seedInspections, ds.seedActions, ds.parIndex, ds.units);
  return JSON.stringify(parts);
}
