import type { ActionStatus } from '../api/actions';
import type { Role } from '../api/common';
import { hasVisibleCharacter } from '../api/common';
import type { InspectionStatus } from '../api/inspections';

/**
 * Who is acting: their role, and whether the record belongs to a team they are in (an inspector acts only on
 * their own team's inspections and those inspections' actions; the secretariat on all; a leader on none).
 */
export interface Actor {
  role: Role;
  ownTeam: boolean;
}

/** `required`: the move needs a note or reason (what was done, why it is sent back or reopened). */
export type NoteRule = 'required' | 'optional';

export interface Move<S extends string> {
  from: S;
  to: S;
  /** What the move means, for the screen's button and the history (worded there). */
  kind: 'start' | 'fix' | 'verify' | 'send-back' | 'unverify' | 'finalise' | 'cancel' | 'reopen';
  note: NoteRule;
  /** The roles that may make it; an inspector only on their own team's records. */
  roles: readonly Role[];
  /** Finalising needs a complete record (inspection-completeness.ts). */
  needsComplete?: true;
}

const WRITERS = ['inspector', 'secretariat'] as const;
const SECRETARIAT = ['secretariat'] as const;

/**
 * Remediation: chưa thực hiện → đang thực hiện → đã khắc phục (the owner unit's side, recorded by an inspector of
 * the team or the secretariat, with a note of what was done) → đã xác minh (the secretariat only). The secretariat
 * may send a fixed action back to đang thực hiện, or undo a verification, each with a reason kept in the history.
 */
export const actionMoves: readonly Move<ActionStatus>[] = [
  { from: 'not_started', to: 'in_progress', kind: 'start', note: 'optional', roles: WRITERS },
  { from: 'in_progress', to: 'fixed', kind: 'fix', note: 'required', roles: WRITERS },
  { from: 'fixed', to: 'verified', kind: 'verify', note: 'optional', roles: SECRETARIAT },
  { from: 'fixed', to: 'in_progress', kind: 'send-back', note: 'required', roles: SECRETARIAT },
  { from: 'verified', to: 'fixed', kind: 'unverify', note: 'required', roles: SECRETARIAT },
];

/**
 * An inspection: kế hoạch → đang kiểm tra → đã hoàn thành (once complete), or kế hoạch → đã hủy; a finalised one is
 * read-only for all but the secretariat, who may reopen it with a reason.
 */
export const inspectionMoves: readonly Move<InspectionStatus>[] = [
  { from: 'planned', to: 'in_progress', kind: 'start', note: 'optional', roles: WRITERS },
  { from: 'in_progress', to: 'finalised', kind: 'finalise', note: 'optional', roles: WRITERS, needsComplete: true },
  { from: 'planned', to: 'cancelled', kind: 'cancel', note: 'optional', roles: WRITERS },
  { from: 'finalised', to: 'in_progress', kind: 'reopen', note: 'required', roles: SECRETARIAT },
];

const mayMake = (actor: Actor, move: Move<string>) =>
  move.roles.includes(actor.role) && (actor.role !== 'inspector' || actor.ownTeam);

/** The moves `actor` may make from `from`, in the table's order (the screen's buttons). */
export function allowedMoves<S extends string>(table: readonly Move<S>[], actor: Actor, from: S): Move<S>[] {
  return table.filter((m) => m.from === from && mayMake(actor, m));
}

export type MoveRefusal = 'same-status' | 'not-a-move' | 'role' | 'note-required' | 'incomplete';
export type MoveCheck<S extends string> = { ok: true; move: Move<S> } | { ok: false; reason: MoveRefusal };

/**
 * Whether `actor` may move a record from `from` to `to` with this note: `not-a-move` when no one may, `role` when
 * someone else may, `note-required` for a blank note where one is needed, `incomplete` for finalising an
 * incomplete inspection.
 */
export function checkMove<S extends string>(
  table: readonly Move<S>[],
  actor: Actor,
  from: S,
  to: S,
  opts: { note?: string; complete?: boolean } = {},
): MoveCheck<S> {
  if (from === to) return { ok: false, reason: 'same-status' };
  const move = table.find((m) => m.from === from && m.to === to);
  if (!move) return { ok: false, reason: 'not-a-move' };
  if (!mayMake(actor, move)) return { ok: false, reason: 'role' };
  if (move.note === 'required' && !hasVisibleCharacter(opts.note ?? '')) return { ok: false, reason: 'note-required' };
  if (move.needsComplete && opts.complete !== true) return { ok: false, reason: 'incomplete' };
  return { ok: true, move };
}

/** Whether `actor` may edit an inspection's fields in this status (the recording screen is read-only otherwise). */
export function canEditInspection(actor: Actor, status: InspectionStatus): boolean {
  if (actor.role === 'secretariat') return status !== 'cancelled';
  if (actor.role === 'inspector') return actor.ownTeam && (status === 'planned' || status === 'in_progress');
  return false;
}

/** Only a planned inspection may be deleted, by its team's inspector or the secretariat (as the API rules). */
export const canDeleteInspection = (actor: Actor, status: InspectionStatus): boolean =>
  status === 'planned' && (actor.role === 'secretariat' || (actor.role === 'inspector' && actor.ownTeam));

/**
 * Why `actor` may not change an action's content (what, owner unit, owner, due date), or null when they may: `role`
 * for a leader or an inspector of another team; `cancelled` when its inspection was cancelled (nobody); `finalised`
 * when its inspection is finalised (the minutes are signed: the secretariat only, as for the inspection's own fields,
 * canEditInspection); `verified` once the action is verified (the secretariat only). Status moves are not edits: the
 * remediation of a finalised inspection goes on through the table of actionMoves.
 */
export type ActionEditBlock = 'role' | 'cancelled' | 'finalised' | 'verified';

export function actionEditBlock(actor: Actor, status: ActionStatus, inspectionStatus: InspectionStatus): ActionEditBlock | null {
  if (actor.role !== 'secretariat' && !(actor.role === 'inspector' && actor.ownTeam)) return 'role';
  if (inspectionStatus === 'cancelled') return 'cancelled';
  if (actor.role === 'secretariat') return null;
  if (inspectionStatus === 'finalised') return 'finalised';
  return status === 'verified' ? 'verified' : null;
}

/**
 * Why `actor` may not delete an action, or null when they may: whatever blocks a change of its content
 * (actionEditBlock), and `started` once its remediation has begun (in progress, fixed or verified: its history is
 * the record of the remediation and stays). A recommendation written by mistake is deleted while it is still
 * "chưa thực hiện".
 */
export type ActionDeleteBlock = ActionEditBlock | 'started';

export function actionDeleteBlock(actor: Actor, status: ActionStatus, inspectionStatus: InspectionStatus): ActionDeleteBlock | null {
  return actionEditBlock(actor, status, inspectionStatus) ?? (status === 'not_started' ? null : 'started');
}

/** Whether `actor` may delete an action in this status, its inspection in `inspectionStatus` (actionDeleteBlock). */
export const canDeleteAction = (actor: Actor, status: ActionStatus, inspectionStatus: InspectionStatus): boolean =>
  actionDeleteBlock(actor, status, inspectionStatus) === null;

/** Whether `actor` may change an action's content in this status, its inspection in `inspectionStatus` (actionEditBlock). */
export const canEditAction = (actor: Actor, status: ActionStatus, inspectionStatus: InspectionStatus): boolean =>
  actionEditBlock(actor, status, inspectionStatus) === null;
