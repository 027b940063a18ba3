import type { z } from 'zod';
import { createActionRequestSchema, patchActionRequestSchema } from '../../api/actions';
import { createInspectionRequestSchema, patchInspectionRequestSchema } from '../../api/inspections';
import type { InspectionDraft } from '../../domain/inspection-draft';
import { actionPatch, inspectionPatch, sendableWork } from './work-diff';

/**
 * What the server would refuse in a draft, found on the device with the API's own request schemas before anything
 * is sent. A finding just added has no title yet, an action has no due date yet while the inspector is still typing
 * it: such a draft is kept on the device and waits for the user ("chưa đủ thông tin"), instead of going out half
 * typed and coming back as a 422. The server's own rules beyond the schemas (roles, dates against the inspection)
 * still answer from the server.
 */
export interface DraftProblem {
  /** 1-based position of the finding in the record ("Tồn tại 3"), when the problem is in a finding or its action. */
  finding: number | null;
  /** 1-based position of the action among its finding's actions ("Kiến nghị 1"), when it is in an action. */
  action: number | null;
  /** The field, as the API names it (`title`, `dueDate`, …). */
  field: string;
  /** The API's message (Vietnamese, as the server would answer). */
  message: string;
}

const actionFieldsSchema = createActionRequestSchema.pick({ description: true, ownerUnitId: true, ownerName: true, dueDate: true });

export function draftProblems(draft: InspectionDraft): DraftProblem[] {
  const mine = sendableWork(draft.record, draft.serverIds);
  const problems: DraftProblem[] = [];
  const findingIndex = new Map(mine.findings.map((f, i) => [f.id, i + 1]));
  const push = (issues: readonly z.core.$ZodIssue[], at: (path: readonly PropertyKey[]) => Omit<DraftProblem, 'message' | 'field'> & { field?: string }) => {
    for (const issue of issues) {
      const where = at(issue.path);
      const field = where.field ?? String(issue.path.at(-1) ?? '');
      if (problems.some((p) => p.finding === where.finding && p.action === where.action && p.field === field)) continue;
      problems.push({ finding: where.finding, action: where.action, field, message: issue.message });
    }
  };
  const inInspection = (path: readonly PropertyKey[]) =>
    path[0] === 'findings' && typeof path[1] === 'number'
      ? { finding: path[1] + 1, action: null, field: String(path[2] ?? 'findings') }
      : { finding: null, action: null, field: String(path[0] ?? '') };

  if (draft.inspectionId === null) {
    const { actions: _actions, ...fields } = mine;
    const parsed = createInspectionRequestSchema.safeParse(fields);
    if (!parsed.success) push(parsed.error.issues, inInspection);
  } else if (draft.base !== null) {
    const patch = inspectionPatch(draft.base, mine);
    if (Object.keys(patch).length > 0) {
      const parsed = patchInspectionRequestSchema.safeParse({ version: draft.baseVersion ?? 1, ...patch });
      if (!parsed.success) push(parsed.error.issues, inInspection);
    }
  }

  const baseActions = new Map((draft.base?.actions ?? []).map((a) => [a.id, a]));
  const perFinding = new Map<string, number>();
  for (const a of mine.actions) {
    const n = (perFinding.get(a.findingId) ?? 0) + 1;
    perFinding.set(a.findingId, n);
    const where = { finding: findingIndex.get(a.findingId) ?? null, action: n };
    const before = baseActions.get(a.id);
    const parsed = before
      ? patchActionRequestSchema.safeParse({ version: 1, ...actionPatch(before, a) })
      : actionFieldsSchema.safeParse(a);
    if (!parsed.success) push(parsed.error.issues, () => where);
  }
  return problems;
}
