import { describe, expect, it } from 'vitest';
import type { Action, ActionStatus } from '../../src/api/actions';
import {
  isOverdue,
  remediationSnapshot,
  remediationState,
  statusOn,
  vietnamDay,
} from '../../src/domain/action-status';
import { lastDayOfMonth } from '../../src/domain/period';

const asOf = '2025-07-05';

/** An action with a history of [day, status] steps (each at 09:00 Viet Nam time). */
function action(id: string, unitId: string, dueDate: string, steps: [string, ActionStatus][]): Action {
  const history = steps.map(([day, to], i) => ({
    at: `${day}T09:00:00+07:00`,
    by: 'u-kiemtra',
    from: i === 0 ? null : (steps[i - 1]![1] as ActionStatus),
    to,
    note: '',
  }));
  return {
    id,
    version: 1,
    inspectionId: 'insp',
    findingId: 'f',
    unitId,
    description: 'Kiến nghị',
    ownerUnitId: unitId,
    ownerName: 'Công chức Văn phòng - Thống kê',
    dueDate,
    status: steps[steps.length - 1]![1],
    history,
    updatedAt: history[history.length - 1]!.at,
  };
}

describe('isOverdue', () => {
  it('is not overdue on its due day, overdue the day after, never once fixed or verified', () => {
    expect(isOverdue({ dueDate: '2025-07-05', status: 'not_started' }, asOf)).toBe(false);
    expect(isOverdue({ dueDate: '2025-07-04', status: 'not_started' }, asOf)).toBe(true);
    expect(isOverdue({ dueDate: '2025-07-04', status: 'in_progress' }, asOf)).toBe(true);
    expect(isOverdue({ dueDate: '2025-07-06', status: 'in_progress' }, asOf)).toBe(false);
    expect(isOverdue({ dueDate: '2020-01-01', status: 'fixed' }, asOf)).toBe(false);
    expect(isOverdue({ dueDate: '2020-01-01', status: 'verified' }, asOf)).toBe(false);
  });

  it('puts an overdue action in the overdue state instead of its open status', () => {
    expect(remediationState({ dueDate: '2025-07-04', status: 'in_progress' }, asOf)).toBe('overdue');
    expect(remediationState({ dueDate: '2025-07-05', status: 'in_progress' }, asOf)).toBe('in_progress');
    expect(remediationState({ dueDate: '2025-07-04', status: 'fixed' }, asOf)).toBe('fixed');
  });
});

describe('days and statuses', () => {
  it('takes the Viet Nam calendar day of an instant', () => {
    expect(vietnamDay('2022-12-31T16:59:59Z')).toBe('2022-12-31');
    expect(vietnamDay('2022-12-31T17:00:00Z')).toBe('2023-01-01');
    expect(vietnamDay('2023-01-01T00:30:00+07:00')).toBe('2023-01-01');
  });

  it('knows the last day of a month, leap years included', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2023-02')).toBe('2023-02-28');
    expect(lastDayOfMonth('2022-12')).toBe('2022-12-31');
  });

  it('reads the status on a day from the history, null before the action existed', () => {
    const a = action('a', 'xa-a', '2022-06-30', [
      ['2022-03-10', 'not_started'],
      ['2022-04-01', 'in_progress'],
      ['2022-07-15', 'fixed'],
      ['2022-08-20', 'verified'],
    ]);
    expect(statusOn(a, '2022-03-09', asOf)).toBeNull();
    expect(statusOn(a, '2022-03-10', asOf)).toBe('not_started');
    expect(statusOn(a, '2022-06-30', asOf)).toBe('in_progress');
    expect(statusOn(a, '2022-07-15', asOf)).toBe('fixed');
    expect(statusOn(a, '2022-12-31', asOf)).toBe('verified');
    expect(statusOn(a, asOf, asOf)).toBe('verified');
  });
});

describe('remediationSnapshot', () => {
  const actions = [
    // Verified before 2022: left out of 2022, counted in 2021.
    action('old', 'xa-a', '2021-05-31', [['2021-02-01', 'not_started'], ['2021-05-01', 'fixed'], ['2021-06-10', 'verified']]),
    // Open all through 2022, due mid-year: overdue at the end of 2022.
    action('late', 'xa-a', '2022-06-30', [['2022-03-10', 'not_started'], ['2022-04-01', 'in_progress'], ['2023-02-01', 'fixed']]),
    // Due on the snapshot day itself: not overdue.
    action('due', 'xa-b', '2022-12-31', [['2022-10-01', 'not_started']]),
    // Verified within 2022.
    action('done', 'xa-b', '2022-05-31', [['2022-02-01', 'not_started'], ['2022-05-20', 'fixed'], ['2022-06-15', 'verified']]),
    // Assigned after 2022.
    action('new', 'xa-c', '2023-09-30', [['2023-06-01', 'not_started']]),
  ];

  it('counts the actions open at some time in the period, with their status on its last day', () => {
    const s = remediationSnapshot(actions, { from: '2022-01', to: '2022-12' }, asOf);
    expect(s.day).toBe('2022-12-31');
    expect(s.total).toBe(3);
    expect(s.counts).toEqual({ not_started: 1, in_progress: 0, overdue: 1, fixed: 0, verified: 1 });
    expect([...s.overdueByUnit]).toEqual([['xa-a', 1]]);
  });

  it('stops at asOf for a period that reaches it, taking each action as it stands now', () => {
    const s = remediationSnapshot(actions, { from: '2025-01', to: '2025-12' }, asOf);
    expect(s.day).toBe(asOf);
    // 'due' (not started, due 2022-12-31) and 'new' (due 2023-09-30) are overdue; 'late' is fixed.
    expect(s.counts).toEqual({ not_started: 0, in_progress: 0, overdue: 2, fixed: 1, verified: 0 });
    expect(s.overdueByUnit).toEqual(new Map([['xa-b', 1], ['xa-c', 1]]));
  });

  it('reads the latest period the statistics cover (to their last month) as things stand now, not on that month’s last day', () => {
    // The statistics stop at 2022-12 and the data's today is later: 'late' was fixed on 2023-02-01, after the
    // period's last day; as the latest period it counts as fixed now, and 'new' (assigned 2023-06-01) is in.
    const latest = remediationSnapshot(actions, { from: '2022-01', to: '2022-12' }, asOf, '2022-12');
    expect(latest.day).toBe(asOf);
    expect(latest.counts).toEqual({ not_started: 0, in_progress: 0, overdue: 2, fixed: 1, verified: 1 });
    // An earlier period than the coverage's end keeps its own last day.
    expect(remediationSnapshot(actions, { from: '2022-01', to: '2022-12' }, asOf, '2023-06').day).toBe('2022-12-31');
  });

  it('counts the action verified in 2021 for 2021 only', () => {
    const s = remediationSnapshot(actions, { from: '2021-01', to: '2021-12' }, asOf);
    expect(s.total).toBe(1);
    expect(s.counts.verified).toBe(1);
  });
});
