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

/** carriedOver + received = resolved + pending + returned, and no negative or fractional count. */
export function expectBalanced(c: DossierCounts, label: string) {
  for (const k of KEYS) {
    if (!Number.isInteger(c[k]) || c[k] < 0) throw new Error(`${label}: ${k} = ${c[k]}`);
  }
  if (c.carriedOver + received(c) !== resolved(c) + pending(c) + c.returned) {
    throw new Error(`${label}: ${c.carriedOver} + ${received(c)} ≠ ${resolved(c)} + ${pending(c)} + ${c.returned}`);
  }
  if (c.apologyLetters > c.resolvedLate + c.pendingOverdue) throw new Error(`${label}: more apology letters than late dossiers`);
}

/**
 * Every grouping of a query agrees with its summary: per-unit and per-field rows add up to it in every
 * column, per-month rows add up to it in the flows, the first month carries in what the summary
 * carries in and the last month leaves pending what it leaves pending, and month follows month.
 */
export function expectQueryConsistent(ds: Dataset, q: AggregateQuery) {
  const label = JSON.stringify(q);
  const summary = ds.dossierSummary(q);
  expectBalanced(summary, `${label} summary`);

  const byUnit = ds.dossiersByUnit(q);
  byUnit.forEach((r) => expectBalanced(r, `${label} unit ${r.unitId}`));
  expect(sumCounts(byUnit), `${label} by unit`).toEqual(strip(summary));

  const byField = ds.dossiersByField(q);
  byField.forEach((r) => expectBalanced(r, `${label} field ${r.fieldId}`));
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
    if (cur.carriedOver !== pending(prev)) throw new Error(`${label}: ${cur.month} carries ${cur.carriedOver}, not ${pending(prev)}`);
  }
  return { summary, byUnit, byField, byMonth };
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
