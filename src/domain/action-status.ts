import type { Action, ActionStatus } from '../api/actions';
import { lastDayOfMonth, type Period } from './period';

/**
 * Where a remediation action (kiến nghị khắc phục) stands on a day. Disjoint, so the five add up to
 * all actions: an action past its due date that is not yet fixed counts as overdue, not as
 * not-started or in-progress.
 */
export type RemediationState = 'not_started' | 'in_progress' | 'overdue' | 'fixed' | 'verified';

/** In the order of the action's life, overdue after the two open states it is taken from. */
export const remediationStates: readonly RemediationState[] = ['not_started', 'in_progress', 'overdue', 'fixed', 'verified'];

/** Fixed (awaiting verification) and verified actions are no longer the unit's to do. */
export const isDone = (status: ActionStatus) => status === 'fixed' || status === 'verified';

/**
 * Overdue: its due date is before `asOf` (the data's "today", `meta.asOf`, never the browser clock)
 * and it is neither fixed nor verified. An action due on `asOf` itself is still within its deadline.
 */
export function isOverdue(action: Pick<Action, 'dueDate' | 'status'>, asOf: string): boolean {
  return action.dueDate < asOf && !isDone(action.status);
}

export function remediationState(action: Pick<Action, 'dueDate' | 'status'>, asOf: string): RemediationState {
  return isOverdue(action, asOf) ? 'overdue' : action.status;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) of an instant in Viet Nam (UTC+7 all year). */
export function vietnamDay(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant.slice(0, 10);
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day an action was assigned: its first history entry (null when it has no history). */
export function assignedOn(action: Pick<Action, 'history'>): string | null {
  const first = action.history[0];
  return first ? vietnamDay(first.at) : null;
}

/**
 * The action's status at the end of `day`, from its history; null if it was not yet assigned then.
 * `asOf` and later: its current status (the history may not hold every change of a record).
 */
export function statusOn(action: Pick<Action, 'status' | 'history'>, day: string, asOf: string): ActionStatus | null {
  if (day >= asOf) return action.status;
  const assigned = assignedOn(action);
  if (assigned !== null && assigned > day) return null;
  let status: ActionStatus | null = null;
  for (const entry of action.history) if (vietnamDay(entry.at) <= day) status = entry.to;
  return status ?? action.status;
}

export type RemediationCounts = Record<RemediationState, number>;

export interface RemediationSnapshot {
  /** The day the statuses are taken at: the period's last day, or `asOf` if that comes first. */
  day: string;
  counts: RemediationCounts;
  total: number;
  /** Overdue actions per inspected unit (unit id → count), units with none left out. */
  overdueByUnit: Map<string, number>;
}

export const emptyRemediationCounts = (): RemediationCounts => ({
  not_started: 0,
  in_progress: 0,
  overdue: 0,
  fixed: 0,
  verified: 0,
});

/**
 * The day a period's remediation is read at: its last day, or `asOf` when that comes first — and `asOf` for the
 * latest period the statistics cover (`period.to` at or after `coverageTo`): the monthly statistics stop at the last
 * full month, but the actions are live records, so the latest period shows them as they stand now (a move made
 * today counts at once).
 */
export function snapshotDay(period: Period, asOf: string, coverageTo?: string): string {
  if (coverageTo !== undefined && period.to >= coverageTo) return asOf;
  const end = lastDayOfMonth(period.to);
  return end < asOf ? end : asOf;
}

/**
 * Remediation for a period: every action that was still to be verified at some time in the period —
 * assigned on or before its last day and not already verified before its first day — with its status
 * on the period's last day (or on `asOf`, the data's today, when the period reaches it). So a past
 * year shows how things stood at its end, as the dossier stocks do, and actions closed long before
 * do not swell the "verified" bar.
 */
export function remediationSnapshot(actions: readonly Action[], period: Period, asOf: string, coverageTo?: string): RemediationSnapshot {
  const day = snapshotDay(period, asOf, coverageTo);
  const start = `${period.from}-01`;
  const counts = emptyRemediationCounts();
  const overdueByUnit = new Map<string, number>();
  let total = 0;
  for (const action of actions) {
    const status = statusOn(action, day, asOf);
    if (status === null) continue;
    if (status === 'verified') {
      const verifiedOn = action.history.filter((h) => h.to === 'verified' && vietnamDay(h.at) <= day).pop();
      if (verifiedOn && vietnamDay(verifiedOn.at) < start) continue;
    }
    const state = remediationState({ dueDate: action.dueDate, status }, day);
    counts[state] += 1;
    total += 1;
    if (state === 'overdue') overdueByUnit.set(action.unitId, (overdueByUnit.get(action.unitId) ?? 0) + 1);
  }
  return { day, counts, total, overdueByUnit };
}
