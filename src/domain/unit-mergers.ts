import type { Unit } from '../api/units';
import { periodDays, type Period } from './period';

/** A change of the unit map inside a period: a unit that ended (merged away) or one that began. */
export type MergerEvent =
  | { kind: 'dissolved'; unit: Unit; date: string; successor: Unit | null }
  | { kind: 'created'; unit: Unit; date: string };

/**
 * The units among `scopeIds` (plus the ones merged into or out of them) whose validity begins or ends
 * inside the period, so that a report over a period spanning a merger can say which rows cover only
 * part of it. A unit that ended on the period's last day or began on its first is not an event.
 */
export function mergersInPeriod(units: readonly Unit[], period: Period, scopeIds: readonly string[] | 'all'): MergerEvent[] {
  const { first, last } = periodDays(period);
  const byId = new Map(units.map((u) => [u.id, u]));
  const ids = new Set<string>();
  if (scopeIds === 'all') units.forEach((u) => ids.add(u.id));
  else
    for (const id of scopeIds) {
      const u = byId.get(id);
      if (!u) continue;
      ids.add(id);
      u.predecessorIds.forEach((p) => ids.add(p));
      if (u.successorId) ids.add(u.successorId);
    }

  const events: MergerEvent[] = [];
  for (const u of units) {
    if (!ids.has(u.id)) continue;
    if (u.validTo !== null && u.validTo >= first && u.validTo < last) {
      events.push({ kind: 'dissolved', unit: u, date: u.validTo, successor: u.successorId ? (byId.get(u.successorId) ?? null) : null });
    }
    if (u.validFrom > first && u.validFrom <= last) events.push({ kind: 'created', unit: u, date: u.validFrom });
  }
  return events;
}
