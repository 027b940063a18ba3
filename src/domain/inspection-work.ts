import type { Action } from '../api/actions';
import type { Inspection } from '../api/inspections';

/** The fields of an inspection a user edits (not the server's id, version and timestamps). */
export const inspectionWorkFields = [
  'unitId',
  'title',
  'teamId',
  'plannedDate',
  'startDate',
  'endDate',
  'status',
  'areaIds',
  'checklist',
  'findings',
  'goodPractices',
] as const;

/** One remediation action as the recording screen edits it: saved already, or still only on this device. */
export type WorkAction = Pick<Action, 'id' | 'findingId' | 'description' | 'ownerUnitId' | 'ownerName' | 'dueDate' | 'status'>;

/**
 * What one user edits on one inspection: its own fields and the actions of its findings (separate records on the
 * server, one piece of work on the screen). A draft holds it, the merge of a 409 works on it.
 */
export type InspectionWork = Pick<Inspection, (typeof inspectionWorkFields)[number]> & { actions: WorkAction[] };

/** The work as the server holds it: the inspection and its actions (those of other inspections are left out). */
export function workOf(inspection: Inspection, actions: readonly Action[]): InspectionWork {
  const work = Object.fromEntries(inspectionWorkFields.map((f) => [f, inspection[f]])) as Omit<InspectionWork, 'actions'>;
  return {
    ...work,
    actions: actions
      .filter((a) => a.inspectionId === inspection.id)
      .map(({ id, findingId, description, ownerUnitId, ownerName, dueDate, status }) => ({
        id,
        findingId,
        description,
        ownerUnitId,
        ownerName,
        dueDate,
        status,
      })),
  };
}
