import type { Inspection } from '../api/inspections';
import type { Unit } from '../api/units';
import { daysInMonth, parseIsoDate } from './iso-date';

/** How many years may pass between two inspections of a commune before it stands out. */
export const COVERAGE_YEARS = 2;

/**
 * Where a commune stands against the two-year rule on the data's today (`asOf`):
 * - `recent`: inspected on or after the day two years before `asOf`;
 * - `overdue`: its last inspection is older than that, or it was never inspected though it has existed for two
 *   years or more;
 * - `new-uninspected`: a unit formed less than two years before `asOf` (a 2025 merger) with no inspection of its
 *   own yet: it stands out too, since the body that works now has never been inspected.
 */
export type CoverageStatus = 'recent' | 'overdue' | 'new-uninspected';

export interface CommuneCoverage {
  unitId: string;
  /** The day of its last inspection that took place (started or finalised, on or before `asOf`); null for none. */
  lastDate: string | null;
  /** The id of that inspection, for a link. */
  lastInspectionId: string | null;
  /**
   * For a unit formed from or taking in others: the latest inspection of those predecessors, for information only
   * (it does not count towards the rule). Null when there is none or the unit has no predecessors.
   */
  predecessorLastDate: string | null;
  /** The earliest inspection still planned for it (any date), so an overdue commune shows whether it is in hand. */
  nextPlannedDate: string | null;
  status: CoverageStatus;
}

/** The day a visit took place: when it started, else when it was planned. */
export const visitDate = (i: Pick<Inspection, 'startDate' | 'plannedDate'>): string => i.startDate ?? i.plannedDate;

/** An inspection that took place by `asOf`: started or finalised (planned and cancelled ones did not). */
const tookPlace = (i: Inspection, asOf: string) =>
  (i.status === 'finalised' || i.status === 'in_progress') && visitDate(i) <= asOf;

/**
 * The same calendar day `years` earlier (YYYY-MM-DD); 29 February falls back to 28 February in a common year.
 * Null for a date that does not exist.
 */
export function yearsBefore(date: string, years: number): string | null {
  const d = parseIsoDate(date);
  if (!d) return null;
  const year = d.year - years;
  const day = Math.min(d.day, daysInMonth(year, d.month));
  return `${String(year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The communes and towns (not the district) that exist on `asOf`. */
export function activeCommunes(units: readonly Unit[], asOf: string): Unit[] {
  return units.filter(
    (u) => u.kind !== 'district' && u.validFrom <= asOf && (u.validTo === null || u.validTo >= asOf),
  );
}

/**
 * Each commune's last inspection and whether it has gone two years without one (docs/domain.md, Inspections).
 * The communes are those of `units` that exist on `asOf` (the dataset's today, never the browser clock), in the
 * order of `units`. A merged unit of 2025 is judged on its own inspections only: the body that works now is the
 * one to inspect, and a predecessor's visit is reported beside it for information. A unit formed less than two
 * years before `asOf` and never inspected is `new-uninspected`.
 */
export function communeCoverage(
  units: readonly Unit[],
  inspections: readonly Inspection[],
  asOf: string,
): CommuneCoverage[] {
  const threshold = yearsBefore(asOf, COVERAGE_YEARS);
  if (threshold === null) return [];
  const last = new Map<string, Inspection>();
  const next = new Map<string, string>();
  for (const i of inspections) {
    if (tookPlace(i, asOf)) {
      const prev = last.get(i.unitId);
      if (!prev || visitDate(i) > visitDate(prev) || (visitDate(i) === visitDate(prev) && i.id > prev.id)) last.set(i.unitId, i);
    } else if (i.status === 'planned') {
      const prev = next.get(i.unitId);
      if (prev === undefined || i.plannedDate < prev) next.set(i.unitId, i.plannedDate);
    }
  }
  const lastDateOf = (id: string) => {
    const i = last.get(id);
    return i ? visitDate(i) : null;
  };

  return activeCommunes(units, asOf).map((u) => {
    const own = last.get(u.id) ?? null;
    const lastDate = own ? visitDate(own) : null;
    let predecessorLastDate: string | null = null;
    for (const p of u.predecessorIds) {
      const d = lastDateOf(p);
      if (d !== null && (predecessorLastDate === null || d > predecessorLastDate)) predecessorLastDate = d;
    }
    const status: CoverageStatus =
      lastDate !== null ? (lastDate >= threshold ? 'recent' : 'overdue') : u.validFrom > threshold ? 'new-uninspected' : 'overdue';
    return {
      unitId: u.id,
      lastDate,
      lastInspectionId: own?.id ?? null,
      predecessorLastDate,
      nextPlannedDate: next.get(u.id) ?? null,
      status,
    };
  });
}

/** True when the commune stands out on the coverage list (overdue or a new unit never inspected). */
export const needsInspection = (c: Pick<CommuneCoverage, 'status'>) => c.status !== 'recent';
