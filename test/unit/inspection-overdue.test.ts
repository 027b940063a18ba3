import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../../src/api/actions';
import { isOverdue, remediationState } from '../../src/domain/action-status';
import { daysOverdueAt, dueState, overdueCount } from '../../src/domain/open-actions';

const asOf = '2025-07-05';
const statuses: ActionStatus[] = ['not_started', 'in_progress', 'fixed', 'verified'];
const a = (dueDate: string, status: ActionStatus) => ({ dueDate, status });

describe('overdue rules for actions', () => {
  it('is overdue only when due before the day and neither fixed nor verified, for every status', () => {
    const table = statuses.map((s) => [s, isOverdue(a('2025-07-04', s), asOf), isOverdue(a('2025-07-05', s), asOf), isOverdue(a('2025-07-06', s), asOf)]);
    expect(table).toEqual([
      ['not_started', true, false, false],
      ['in_progress', true, false, false],
      ['fixed', false, false, false],
      ['verified', false, false, false],
    ]);
  });

  it('counts whole days overdue across a month and a year end, 0 when not overdue', () => {
    expect(daysOverdueAt(a('2025-06-30', 'in_progress'), asOf)).toBe(5);
    expect(daysOverdueAt(a('2024-12-31', 'not_started'), '2025-03-01')).toBe(60);
    expect(daysOverdueAt(a('2025-06-30', 'fixed'), asOf)).toBe(0);
    expect(daysOverdueAt(a(asOf, 'not_started'), asOf)).toBe(0);
  });

  it('sorts open actions into overdue, due within 7 days (the day itself and the 7th day included) and on time', () => {
    expect(
      ['2025-07-04', '2025-07-05', '2025-07-12', '2025-07-13'].map((d) => dueState(a(d, 'in_progress'), asOf)),
    ).toEqual(['overdue', 'due-soon', 'due-soon', 'on-time']);
    expect(dueState(a('2025-07-08', 'not_started'), asOf, 2)).toBe('on-time');
  });

  it('calls a fixed or verified action done whatever its due date', () => {
    expect(dueState(a('2020-01-01', 'fixed'), asOf)).toBe('done');
    expect(dueState(a('2030-01-01', 'verified'), asOf)).toBe('done');
  });

  it('counts the overdue ones, the same as the overdue remediation state', () => {
    const actions = [
      a('2025-07-01', 'not_started'),
      a('2025-07-04', 'in_progress'),
      a('2025-07-05', 'in_progress'),
      a('2025-06-01', 'fixed'),
      a('2025-06-01', 'verified'),
    ];
    expect(overdueCount(actions, asOf)).toBe(2);
    expect(actions.filter((x) => remediationState(x, asOf) === 'overdue')).toHaveLength(2);
    expect(overdueCount([], asOf)).toBe(0);
  });
});
