import type { Unit } from '../api/units';
import { periodDays, type Period } from './period';

/**
 * What a merger did to a unit, on the day it took effect:
 * - `merged-into`: the unit was absorbed by one that continues (Thư Phú → Chương Dương);
 * - `consolidated-into`: it and its partners became a new unit (Vạn Điểm + Thống Nhất → Vạn Nhất);
 * - `formed-from`: the new unit, with the units it was formed from;
 * - `took-in`: the continuing unit, with the units it absorbed.
 */
export type UnitEvent =
  | { kind: 'merged-into'; date: string; successorId: string }
  | { kind: 'consolidated-into'; date: string; successorId: string; partnerIds: string[] }
  | { kind: 'formed-from'; date: string; predecessorIds: string[] }
  | { kind: 'took-in'; date: string; predecessorIds: string[] };

/** The calendar day after `date` (YYYY-MM-DD): a merged unit's last day + 1 is its successor's first. */
export function dayAfter(date: string): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1));
  return d.toISOString().slice(0, 10);
}


/** Where a unit stands against a period. */
export type UnitPresence = 'whole' | 'part' | 'ended' | 'not-yet';

export function unitPresence(unit: Pick<Unit, 'validFrom' | 'validTo'>, period: Period): UnitPresence {
  const { first, last } = periodDays(period);
  if (unit.validTo !== null && unit.validTo < first) return 'ended';
  if (unit.validFrom > last) return 'not-yet';
  if (unit.validFrom > first || (unit.validTo !== null && unit.validTo < last)) return 'part';
  return 'whole';
}

/**
 * The merger events of a unit that take effect inside the period, so that a list or a page can say why
 * a unit's figures stop, start or jump. `units` must hold the merged units too (GET /units without `at`).
 */
export function unitEventsInPeriod(unit: Unit, units: readonly Unit[], period: Period): UnitEvent[] {
  const { first, last } = periodDays(period);
  const inside = (date: string) => date >= first && date <= last;
  const byId = new Map(units.map((u) => [u.id, u]));
  const events: UnitEvent[] = [];

  if (unit.validTo !== null && unit.successorId !== null && inside(dayAfter(unit.validTo))) {
    const date = dayAfter(unit.validTo);
    const successor = byId.get(unit.successorId);
    // A successor that already existed took this unit in; one born that day was formed from it and its partners.
    if (successor && successor.validFrom === date) {
      const partnerIds = successor.predecessorIds.filter((id) => id !== unit.id);
      events.push({ kind: 'consolidated-into', date, successorId: unit.successorId, partnerIds });
    } else {
      events.push({ kind: 'merged-into', date, successorId: unit.successorId });
    }
  }

  if (unit.predecessorIds.length > 0) {
    if (inside(unit.validFrom)) {
      // Born inside the period from the units before it.
      events.push({ kind: 'formed-from', date: unit.validFrom, predecessorIds: [...unit.predecessorIds] });
    } else {
      // A continuing unit that absorbed others: group them by the day they joined.
      const byDate = new Map<string, string[]>();
      for (const id of unit.predecessorIds) {
        const validTo = byId.get(id)?.validTo;
        if (!validTo || !inside(dayAfter(validTo))) continue;
        const date = dayAfter(validTo);
        byDate.set(date, [...(byDate.get(date) ?? []), id]);
      }
      for (const [date, predecessorIds] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
        events.push({ kind: 'took-in', date, predecessorIds });
      }
    }
  }
  return events;
}
