import { hasVisibleCharacter, dateSchema } from '../../api/common';
import { ALL_AREA_IDS, type CreateInspectionRequest, type Inspection, type PatchInspectionRequest } from '../../api/inspections';

/** What the plan form holds while the user types: the raw values, never lost on a failed save. */
export interface PlanForm {
  unitId: string | null;
  title: string;
  /** As the date input gives it (YYYY-MM-DD), or '' while empty or incomplete. */
  plannedDate: string;
  teamId: string | null;
  areaIds: number[];
}

export type PlanField = keyof PlanForm;
export const planFields: readonly PlanField[] = ['unitId', 'title', 'plannedDate', 'teamId', 'areaIds'];

/** Codes of the messages shown at a field (their words are in i18n: inspections.plan.errors.*). */
export type PlanFieldError = 'unit' | 'title' | 'titleLong' | 'plannedDate' | 'plannedDateInvalid' | 'team' | 'areas';

export const TITLE_MAX = 300;

export const emptyPlanForm = (teamId: string | null): PlanForm => ({
  unitId: null,
  title: '',
  plannedDate: '',
  teamId,
  areaIds: [...ALL_AREA_IDS],
});

export const planFormOf = (i: Inspection): PlanForm => ({
  unitId: i.unitId,
  title: i.title,
  plannedDate: i.plannedDate,
  teamId: i.teamId,
  areaIds: [...(i.areaIds ?? ALL_AREA_IDS)],
});

export interface PlanValues {
  unitId: string;
  title: string;
  plannedDate: string;
  teamId: string;
  areaIds: number[];
}

/** Checks every field as the contract will; the values only when all are valid. */
export function parsePlanForm(form: PlanForm): { values: PlanValues | null; errors: Partial<Record<PlanField, PlanFieldError>> } {
  const errors: Partial<Record<PlanField, PlanFieldError>> = {};
  if (!form.unitId) errors.unitId = 'unit';
  const title = form.title.trim();
  if (!hasVisibleCharacter(title)) errors.title = 'title';
  else if ([...title].length > TITLE_MAX) errors.title = 'titleLong';
  if (!form.plannedDate) errors.plannedDate = 'plannedDate';
  else if (!dateSchema.safeParse(form.plannedDate).success) errors.plannedDate = 'plannedDateInvalid';
  if (!form.teamId) errors.teamId = 'team';
  if (form.areaIds.length === 0) errors.areaIds = 'areas';
  if (Object.keys(errors).length > 0) return { values: null, errors };
  return {
    values: {
      unitId: form.unitId!,
      title,
      plannedDate: form.plannedDate,
      teamId: form.teamId!,
      areaIds: [...form.areaIds].sort((a, b) => a - b),
    },
    errors,
  };
}

export const createBody = (v: PlanValues): CreateInspectionRequest => ({ ...v, status: 'planned' });

/** Only the fields the user changed, so a save does not overwrite what it did not touch. */
export function patchBody(v: PlanValues, record: Inspection, version: number): PatchInspectionRequest {
  const body: PatchInspectionRequest = { version };
  if (v.unitId !== record.unitId) body.unitId = v.unitId;
  if (v.title !== record.title) body.title = v.title;
  if (v.plannedDate !== record.plannedDate) body.plannedDate = v.plannedDate;
  if (v.teamId !== record.teamId) body.teamId = v.teamId;
  const before = record.areaIds ?? ALL_AREA_IDS;
  if (v.areaIds.length !== before.length || v.areaIds.some((id, i) => id !== before[i])) body.areaIds = v.areaIds;
  return body;
}

/** The server's 422 path of each field (areaIds.0 and the like count for the areas). */
export function serverFieldPath(path: string): PlanField | null {
  const head = path.split('.')[0];
  return (planFields as readonly string[]).includes(head ?? '') ? (head as PlanField) : null;
}
