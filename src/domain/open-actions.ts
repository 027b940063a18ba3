import type { Action } from '../api/actions';
import { isDone, isOverdue } from './action-status';
import { daysBetween } from './period';

/** An action still to be done: chưa thực hiện or đang thực hiện (not yet đã khắc phục or đã xác minh). */
export const isOpenAction = (a: Pick<Action, 'status'>): boolean => !isDone(a.status);

/**
 * Whole days from the due date to `asOf` (the data's "today", meta.asOf) for an overdue action, else 0.
 * Overdue is `isOverdue` of action-status.ts: open and due before asOf.
 */
export function daysOverdueAt(a: Pick<Action, 'status' | 'dueDate'>, asOf: string): number {
  return isOverdue(a, asOf) ? daysBetween(a.dueDate, asOf) : 0;
}

/**
 * Where an action stands against its deadline on `asOf`, for the tracker's "due" and "overdue" filters:
 * `done` once fixed or verified (whatever the date), `overdue` as isOverdue rules, `due-soon` when still open
 * and due within `soonDays` days from asOf (asOf itself included), otherwise `on-time`.
 */
export type DueState = 'done' | 'overdue' | 'due-soon' | 'on-time';

export function dueState(a: Pick<Action, 'status' | 'dueDate'>, asOf: string, soonDays = 7): DueState {
  if (isDone(a.status)) return 'done';
  if (isOverdue(a, asOf)) return 'overdue';
  return daysBetween(asOf, a.dueDate) <= soonDays ? 'due-soon' : 'on-time';
}

/** How many actions are overdue on `asOf` (the overview's count and the tracker's badge). */
export const overdueCount = (actions: readonly Pick<Action, 'status' | 'dueDate'>[], asOf: string): number =>
  actions.reduce((n, a) => n + (isOverdue(a, asOf) ? 1 : 0), 0);
