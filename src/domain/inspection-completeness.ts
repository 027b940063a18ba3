import type { Action } from '../api/actions';
import { hasVisibleCharacter, isCalendarDate } from '../api/common';
import type { Inspection } from '../api/inspections';
import type { InspectionTemplate } from '../api/inspection-template';

/** The fields an action must have before the inspection is finalised: what, owner unit, owner post, due date. */
export const requiredActionFields = ['description', 'ownerUnitId', 'ownerName', 'dueDate'] as const;
export type RequiredActionField = (typeof requiredActionFields)[number];

/**
 * Why an inspection cannot be finalised yet, as codes with the path to the thing to fix (the screen
 * words them and links to the field). Pure data: no text for users here.
 */
export type CompletenessProblem =
  | { code: 'start-date-missing' }
  | { code: 'end-before-start' }
  | { code: 'criterion-unassessed'; areaId: number; criterionId: string }
  | { code: 'finding-title-missing'; findingId: string }
  | { code: 'finding-area-out-of-scope'; findingId: string; areaId: number }
  | { code: 'finding-without-action'; findingId: string }
  | { code: 'action-field-missing'; findingId: string; actionId: string; field: RequiredActionField }
  | { code: 'action-due-date-invalid'; findingId: string; actionId: string }
  | { code: 'action-due-before-inspection'; findingId: string; actionId: string };

export type CompletenessProblemCode = CompletenessProblem['code'];

export type ActionForCompleteness = Pick<Action, 'id' | 'findingId' | 'description' | 'ownerUnitId' | 'ownerName' | 'dueDate'>;
export type InspectionForCompleteness = Pick<Inspection, 'plannedDate' | 'startDate' | 'endDate' | 'checklist' | 'findings'>;

const blank = (s: string | null | undefined) => s == null || !hasVisibleCharacter(s);

/**
 * Everything that stands between an inspection and "finalised", in the order the recording screen shows it: the
 * visit's dates, then every criterion of every area in scope (template order) not yet marked đạt / chưa đạt /
 * không áp dụng, then each finding in turn with its actions. Empty: it may be finalised.
 *
 * `actions` are the inspection's actions (saved or still local); one that names no finding of the inspection is
 * ignored. `areaIds`: the areas in scope (absent: the whole template). A due date before the visit (its start,
 * or the planned date while it has none) is a mistake, not a plan.
 */
export function completenessProblems(
  template: InspectionTemplate,
  inspection: InspectionForCompleteness,
  actions: readonly ActionForCompleteness[],
  areaIds?: readonly number[],
): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  if (!inspection.startDate) problems.push({ code: 'start-date-missing' });
  else if (inspection.endDate && inspection.endDate < inspection.startDate) problems.push({ code: 'end-before-start' });

  const inScope = areaIds ? new Set(areaIds) : null;
  const areas = template.areas.filter((a) => !inScope || inScope.has(a.id));
  const assessed = new Set(inspection.checklist.filter((c) => c.result !== null).map((c) => c.criterionId));
  for (const area of areas)
    for (const criterion of area.criteria)
      if (!assessed.has(criterion.id)) problems.push({ code: 'criterion-unassessed', areaId: area.id, criterionId: criterion.id });

  const scopeIds = new Set(areas.map((a) => a.id));
  const visitDay = inspection.startDate ?? inspection.plannedDate;
  for (const finding of inspection.findings) {
    const findingId = finding.id;
    if (blank(finding.title)) problems.push({ code: 'finding-title-missing', findingId });
    if (!scopeIds.has(finding.areaId)) problems.push({ code: 'finding-area-out-of-scope', findingId, areaId: finding.areaId });
    const own = actions.filter((a) => a.findingId === findingId);
    if (own.length === 0) problems.push({ code: 'finding-without-action', findingId });
    for (const action of own) {
      const actionId = action.id;
      for (const field of requiredActionFields)
        if (blank(action[field])) problems.push({ code: 'action-field-missing', findingId, actionId, field });
      if (blank(action.dueDate)) continue;
      if (!isCalendarDate(action.dueDate)) problems.push({ code: 'action-due-date-invalid', findingId, actionId });
      else if (isCalendarDate(visitDay) && action.dueDate < visitDay)
        problems.push({ code: 'action-due-before-inspection', findingId, actionId });
    }
  }
  return problems;
}

/** Whether the inspection may be finalised: no completeness problem left. */
export const isComplete = (...args: Parameters<typeof completenessProblems>): boolean => completenessProblems(...args).length === 0;
