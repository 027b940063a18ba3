import type { Action } from '../api/actions';

/** An action still to be done: chưa thực hiện or đang thực hiện (not yet đã khắc phục or đã xác minh). */
export const isOpenAction = (a: Pick<Action, 'status'>): boolean => a.status === 'not_started' || a.status === 'in_progress';

/**
 * Open and due before `asOf`, the data's "today" (meta.asOf, never the browser clock). An action due
 * on `asOf` itself still has that day.
 */
export const isOverdueAt = (a: Pick<Action, 'status' | 'dueDate'>, asOf: string): boolean =>
  isOpenAction(a) && a.dueDate < asOf;

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Whole days from the due date to `asOf` for an overdue action, else 0. */
export function daysOverdueAt(a: Pick<Action, 'status' | 'dueDate'>, asOf: string): number {
  return isOverdueAt(a, asOf) ? dayNumber(asOf) - dayNumber(a.dueDate) : 0;
}
