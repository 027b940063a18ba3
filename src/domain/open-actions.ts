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
