import type { Action, ActionStatus } from '../../api/actions';
import { actionStatusSchema } from '../../api/actions';
import { isCalendarDate } from '../../api/common';
import { isOverdue } from '../../domain/action-status';
import { daysOverdueAt } from '../../domain/open-actions';

/** The tracker's filters, as the URL holds them (`status`, `commune`, `owner`, `dueFrom`, `dueTo`, `overdue=1`, `page`). */
export interface ActionFilters {
  status: ActionStatus | null;
  /** The inspected unit (action.unitId). */
  commune: string | null;
  /** The owner unit (action.ownerUnitId). */
  owner: string | null;
  /** Due dates from and to, both included (YYYY-MM-DD). */
  dueFrom: string | null;
  dueTo: string | null;
  overdueOnly: boolean;
  page: number;
}

export const filterParams = {
  status: 'status',
  commune: 'commune',
  owner: 'owner',
  dueFrom: 'dueFrom',
  dueTo: 'dueTo',
  overdue: 'overdue',
  page: 'page',
} as const;

const dateParam = (raw: string | null) => (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) && isCalendarDate(raw) ? raw : null);
const idParam = (raw: string | null) => (raw && raw.length <= 100 ? raw : null);

/** Reads the filters from the URL; a value that cannot be one (an unknown status, 30 February) is left out. */
export function readFilters(params: URLSearchParams): ActionFilters {
  const status = actionStatusSchema.safeParse(params.get(filterParams.status));
  const page = Number(params.get(filterParams.page));
  return {
    status: status.success ? status.data : null,
    commune: idParam(params.get(filterParams.commune)),
    owner: idParam(params.get(filterParams.owner)),
    dueFrom: dateParam(params.get(filterParams.dueFrom)),
    dueTo: dateParam(params.get(filterParams.dueTo)),
    overdueOnly: params.get(filterParams.overdue) === '1',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Whether an action passes every filter but the status one (the counts at the top are taken over these). */
export function matchesAllButStatus(a: Action, f: ActionFilters, asOf: string): boolean {
  return (
    (f.commune === null || a.unitId === f.commune) &&
    (f.owner === null || a.ownerUnitId === f.owner) &&
    (f.dueFrom === null || a.dueDate >= f.dueFrom) &&
    (f.dueTo === null || a.dueDate <= f.dueTo) &&
    (!f.overdueOnly || isOverdue(a, asOf))
  );
}

export type StatusCounts = Record<ActionStatus, number> & { overdue: number; total: number };

/** How many actions of `rows` are in each status, and how many of them are overdue on `asOf`. */
export function statusCounts(rows: readonly Action[], asOf: string): StatusCounts {
  const counts: StatusCounts = { not_started: 0, in_progress: 0, fixed: 0, verified: 0, overdue: 0, total: 0 };
  for (const a of rows) {
    counts[a.status] += 1;
    counts.total += 1;
    if (isOverdue(a, asOf)) counts.overdue += 1;
  }
  return counts;
}

const lifeOrder: Record<ActionStatus, number> = { not_started: 0, in_progress: 1, fixed: 2, verified: 3 };

/**
 * The tracker's order: what needs doing first. Overdue actions, most overdue first; then the other open ones by
 * due date; then fixed ones awaiting verification; then verified ones, latest due first (the old ones are history).
 */
export function trackerOrder(asOf: string) {
  return (a: Action, b: Action): number => {
    const lateA = daysOverdueAt(a, asOf);
    const lateB = daysOverdueAt(b, asOf);
    if (lateA !== lateB) return lateB - lateA;
    const open = (x: Action) => (x.status === 'not_started' || x.status === 'in_progress' ? 0 : lifeOrder[x.status]);
    if (open(a) !== open(b)) return open(a) - open(b);
    const byDue = a.status === 'verified' ? b.dueDate.localeCompare(a.dueDate) : a.dueDate.localeCompare(b.dueDate);
    return byDue || a.id.localeCompare(b.id);
  };
}

export const PAGE_SIZE = 20;

/**
 * A day typed as dd/mm/yyyy (or d/m/yyyy, with "/", "-" or "." between) → YYYY-MM-DD; '' → null (no filter);
 * anything else, or a day the calendar lacks (30/02), → 'invalid'.
 */
export function parseTypedDate(text: string): string | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return 'invalid';
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : 'invalid';
}
