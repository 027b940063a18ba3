import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../../src/api/actions';
import type { InspectionStatus } from '../../src/api/inspections';
import {
  actionMoves,
  allowedMoves,
  canDeleteInspection,
  actionDeleteBlock,
  actionEditBlock,
  canDeleteAction,
  canEditAction,
  canEditInspection,
  checkMove,
  inspectionMoves,
  type Actor,
} from '../../src/domain/status-transitions';

const actors: Record<string, Actor> = {
  leader: { role: 'leader', ownTeam: false },
  inspector: { role: 'inspector', ownTeam: true },
  otherTeamInspector: { role: 'inspector', ownTeam: false },
  secretariat: { role: 'secretariat', ownTeam: false },
};
const actionStatuses: ActionStatus[] = ['not_started', 'in_progress', 'fixed', 'verified'];
const inspectionStatuses: InspectionStatus[] = ['planned', 'in_progress', 'finalised', 'cancelled'];

/** Every move an actor may make, as `from → to`, with a note always given and the inspection complete. */
function movesOf<S extends string>(table: Parameters<typeof checkMove<S>>[0], actor: Actor, statuses: S[]): string[] {
  const out: string[] = [];
  for (const from of statuses)
    for (const to of statuses)
      if (checkMove(table, actor, from, to, { note: 'Đã niêm yết đủ', complete: true }).ok) out.push(`${from} → ${to}`);
  return out;
}

describe('action status moves per role', () => {
  it('allows exactly these moves to each role, checked over every pair of statuses', () => {
    const table = Object.fromEntries(Object.entries(actors).map(([k, a]) => [k, movesOf(actionMoves, a, actionStatuses)]));
    expect(table).toEqual({
      leader: [],
      inspector: ['not_started → in_progress', 'in_progress → fixed'],
      otherTeamInspector: [],
      secretariat: [
        'not_started → in_progress',
        'in_progress → fixed',
        'fixed → in_progress',
        'fixed → verified',
        'verified → fixed',
      ],
    });
  });

  it('refuses skipping a step, going back without the secretariat, and the same status', () => {
    const inspector = actors.inspector!;
    expect(checkMove(actionMoves, inspector, 'not_started', 'fixed', { note: 'x' })).toEqual({ ok: false, reason: 'not-a-move' });
    expect(checkMove(actionMoves, inspector, 'in_progress', 'not_started')).toEqual({ ok: false, reason: 'not-a-move' });
    expect(checkMove(actionMoves, inspector, 'fixed', 'verified')).toEqual({ ok: false, reason: 'role' });
    expect(checkMove(actionMoves, inspector, 'fixed', 'in_progress', { note: 'x' })).toEqual({ ok: false, reason: 'role' });
    expect(checkMove(actionMoves, actors.leader!, 'not_started', 'in_progress')).toEqual({ ok: false, reason: 'role' });
    expect(checkMove(actionMoves, actors.secretariat!, 'fixed', 'fixed')).toEqual({ ok: false, reason: 'same-status' });
  });

  it('needs a note to mark fixed, a reason to send back or undo a verification (blank is none)', () => {
    const s = actors.secretariat!;
    expect(checkMove(actionMoves, actors.inspector!, 'in_progress', 'fixed', { note: '  ' })).toEqual({ ok: false, reason: 'note-required' });
    expect(checkMove(actionMoves, s, 'fixed', 'in_progress', { note: '\u200b' })).toEqual({ ok: false, reason: 'note-required' });
    expect(checkMove(actionMoves, s, 'verified', 'fixed')).toEqual({ ok: false, reason: 'note-required' });
    const sendBack = checkMove(actionMoves, s, 'fixed', 'in_progress', { note: 'Chưa niêm yết đủ 5 thủ tục' });
    expect(sendBack.ok && sendBack.move.kind).toBe('send-back');
    expect(checkMove(actionMoves, s, 'fixed', 'verified').ok).toBe(true);
    expect(checkMove(actionMoves, s, 'not_started', 'in_progress').ok).toBe(true);
  });

  it('offers the buttons of the current status', () => {
    expect(allowedMoves(actionMoves, actors.secretariat!, 'fixed').map((m) => m.kind)).toEqual(['verify', 'send-back']);
    expect(allowedMoves(actionMoves, actors.inspector!, 'fixed')).toEqual([]);
    expect(allowedMoves(actionMoves, actors.inspector!, 'not_started').map((m) => m.to)).toEqual(['in_progress']);
  });

  it('lets the own team edit an action until it is verified, the secretariat always, nobody else', () => {
    const table = Object.fromEntries(
      Object.entries(actors).map(([k, a]) => [k, actionStatuses.filter((s) => canEditAction(a, s, 'in_progress'))]),
    );
    expect(table).toEqual({
      leader: [],
      inspector: ['not_started', 'in_progress', 'fixed'],
      otherTeamInspector: [],
      secretariat: actionStatuses,
    });
  });

  it('once the inspection is finalised, only the secretariat edits its actions; once cancelled, nobody', () => {
    const editable = (inspectionStatus: InspectionStatus) =>
      Object.fromEntries(
        Object.entries(actors).map(([k, a]) => [k, actionStatuses.filter((s) => canEditAction(a, s, inspectionStatus))]),
      );
    expect(editable('finalised')).toEqual({ leader: [], inspector: [], otherTeamInspector: [], secretariat: actionStatuses });
    expect(editable('cancelled')).toEqual({ leader: [], inspector: [], otherTeamInspector: [], secretariat: [] });
    expect(editable('planned')).toEqual(editable('in_progress'));
    expect(actionEditBlock(actors.inspector!, 'in_progress', 'finalised')).toBe('finalised');
    expect(actionEditBlock(actors.inspector!, 'verified', 'in_progress')).toBe('verified');
    expect(actionEditBlock(actors.otherTeamInspector!, 'in_progress', 'cancelled')).toBe('role');
    expect(actionEditBlock(actors.secretariat!, 'verified', 'cancelled')).toBe('cancelled');
    // Moving the status is not an edit: the remediation of a finalised inspection goes on.
    expect(checkMove(actionMoves, actors.inspector!, 'in_progress', 'fixed', { note: 'Đã niêm yết' }).ok).toBe(true);
  });

  it('deletes an action only while it is not started, for whoever may change its content', () => {
    const deletable = (inspectionStatus: InspectionStatus) =>
      Object.fromEntries(Object.entries(actors).map(([k, a]) => [k, actionStatuses.filter((s) => canDeleteAction(a, s, inspectionStatus))]));
    expect(deletable('in_progress')).toEqual({ leader: [], inspector: ['not_started'], otherTeamInspector: [], secretariat: ['not_started'] });
    expect(deletable('planned')).toEqual(deletable('in_progress'));
    expect(deletable('finalised')).toEqual({ leader: [], inspector: [], otherTeamInspector: [], secretariat: ['not_started'] });
    expect(deletable('cancelled')).toEqual({ leader: [], inspector: [], otherTeamInspector: [], secretariat: [] });
    expect(actionDeleteBlock(actors.inspector!, 'fixed', 'in_progress')).toBe('started');
    expect(actionDeleteBlock(actors.secretariat!, 'verified', 'finalised')).toBe('started');
    expect(actionDeleteBlock(actors.inspector!, 'not_started', 'finalised')).toBe('finalised');
    expect(actionDeleteBlock(actors.leader!, 'not_started', 'in_progress')).toBe('role');
  });
});

describe('inspection status moves per role', () => {
  it('allows exactly these moves to each role, checked over every pair of statuses', () => {
    const table = Object.fromEntries(Object.entries(actors).map(([k, a]) => [k, movesOf(inspectionMoves, a, inspectionStatuses)]));
    expect(table).toEqual({
      leader: [],
      inspector: ['planned → in_progress', 'planned → cancelled', 'in_progress → finalised'],
      otherTeamInspector: [],
      secretariat: ['planned → in_progress', 'planned → cancelled', 'in_progress → finalised', 'finalised → in_progress'],
    });
  });

  it('finalises only a complete inspection, reopens only with a reason, never cancels once started', () => {
    const i = actors.inspector!;
    const s = actors.secretariat!;
    expect(checkMove(inspectionMoves, i, 'in_progress', 'finalised')).toEqual({ ok: false, reason: 'incomplete' });
    expect(checkMove(inspectionMoves, i, 'in_progress', 'finalised', { complete: false })).toEqual({ ok: false, reason: 'incomplete' });
    expect(checkMove(inspectionMoves, i, 'in_progress', 'finalised', { complete: true }).ok).toBe(true);
    expect(checkMove(inspectionMoves, i, 'finalised', 'in_progress', { note: 'Sai điểm' })).toEqual({ ok: false, reason: 'role' });
    expect(checkMove(inspectionMoves, s, 'finalised', 'in_progress', { note: '' })).toEqual({ ok: false, reason: 'note-required' });
    expect(checkMove(inspectionMoves, s, 'in_progress', 'cancelled', { note: 'x' })).toEqual({ ok: false, reason: 'not-a-move' });
    expect(checkMove(inspectionMoves, s, 'cancelled', 'planned')).toEqual({ ok: false, reason: 'not-a-move' });
    expect(checkMove(inspectionMoves, s, 'planned', 'finalised', { complete: true })).toEqual({ ok: false, reason: 'not-a-move' });
  });

  it('makes a finalised inspection read-only for all but the secretariat, a cancelled one for all', () => {
    const table = Object.fromEntries(
      Object.entries(actors).map(([k, a]) => [k, inspectionStatuses.filter((st) => canEditInspection(a, st))]),
    );
    expect(table).toEqual({
      leader: [],
      inspector: ['planned', 'in_progress'],
      otherTeamInspector: [],
      secretariat: ['planned', 'in_progress', 'finalised'],
    });
  });

  it('deletes only while planned, by the own team or the secretariat', () => {
    const table = Object.fromEntries(
      Object.entries(actors).map(([k, a]) => [k, inspectionStatuses.filter((st) => canDeleteInspection(a, st))]),
    );
    expect(table).toEqual({ leader: [], inspector: ['planned'], otherTeamInspector: [], secretariat: ['planned'] });
  });
});
