import type { Action } from '../../api/actions';
import type { Inspection } from '../../api/inspections';
import { inspectionWorkFields, type InspectionWork, type WorkAction } from '../../domain/inspection-work';

/** Deep equality of JSON-like values (what a draft holds). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
    const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue(ra[k], rb[k]));
  }
  return false;
}

type WorkField = (typeof inspectionWorkFields)[number];

/** The inspection's own fields that differ from the base: the body of a PATCH (without the version). */
export function inspectionPatch(base: InspectionWork, mine: InspectionWork): Partial<Pick<Inspection, WorkField>> {
  const patch: Record<string, unknown> = {};
  for (const field of inspectionWorkFields) if (!sameValue(base[field], mine[field])) patch[field] = mine[field];
  return patch as Partial<Pick<Inspection, WorkField>>;
}

export const actionEditFields = ['description', 'ownerUnitId', 'ownerName', 'dueDate', 'status'] as const;
export type ActionEditField = (typeof actionEditFields)[number];

/** The action's fields that differ from the base (findingId is fixed once created). */
export function actionPatch(base: WorkAction, mine: WorkAction): Partial<Pick<WorkAction, ActionEditField>> {
  const patch: Record<string, unknown> = {};
  for (const field of actionEditFields) if (!sameValue(base[field], mine[field])) patch[field] = mine[field];
  return patch as Partial<Pick<WorkAction, ActionEditField>>;
}

export const toWorkAction = ({ id, findingId, description, ownerUnitId, ownerName, dueDate, status }: Action): WorkAction => ({
  id,
  findingId,
  description,
  ownerUnitId,
  ownerName,
  dueDate,
  status,
});

/** The inspection's own fields as the server answered them, with the given actions. */
export function workWith(inspection: Inspection, actions: WorkAction[]): InspectionWork {
  const work = Object.fromEntries(inspectionWorkFields.map((f) => [f, inspection[f]])) as Omit<InspectionWork, 'actions'>;
  return { ...work, actions };
}

/**
 * The record with every device-side id replaced by the server's (actions created, evidence uploaded), as the
 * server must see it. Ids not in the map stay.
 */
export function withServerIds(work: InspectionWork, serverIds: Readonly<Record<string, string>>): InspectionWork {
  const map = (id: string) => serverIds[id] ?? id;
  let changed = false;
  const checklist = work.checklist.map((c) => {
    if (!c.evidence.some((e) => e in serverIds)) return c;
    changed = true;
    return { ...c, evidence: c.evidence.map(map) };
  });
  const actions = work.actions.map((a) => {
    if (!(a.id in serverIds)) return a;
    changed = true;
    return { ...a, id: map(a.id) };
  });
  return changed ? { ...work, checklist, actions } : work;
}

/**
 * The record as the server must get it: the server's ids in place of the device's, and the device-side evidence that
 * was not uploaded (refused by the server, or gone from the device) left out; it stays listed on this device only.
 */
export function sendableWork(work: InspectionWork, serverIds: Readonly<Record<string, string>>): InspectionWork {
  const w = withServerIds(work, serverIds);
  if (!w.checklist.some((c) => c.evidence.some(isLocalEvidenceId))) return w;
  return {
    ...w,
    checklist: w.checklist.map((c) => (c.evidence.some(isLocalEvidenceId) ? { ...c, evidence: c.evidence.filter((e) => !isLocalEvidenceId(e)) } : c)),
  };
}

/**
 * `saved` (the server's answer) with the device-side evidence of `record` that was not sent: a refused file stays
 * listed by its criterion, with its refusal, until the user removes it.
 */
export function withUnsentEvidence(saved: InspectionWork, record: InspectionWork, serverIds: Readonly<Record<string, string>>): InspectionWork {
  const unsent = new Map<string, string[]>();
  for (const c of record.checklist) {
    const ids = c.evidence.filter((e) => isLocalEvidenceId(e) && !(e in serverIds));
    if (ids.length > 0) unsent.set(c.criterionId, ids);
  }
  if (unsent.size === 0) return saved;
  const checklist = saved.checklist.map((c) => {
    const ids = unsent.get(c.criterionId);
    if (!ids) return c;
    unsent.delete(c.criterionId);
    return { ...c, evidence: [...c.evidence, ...ids.filter((id) => !c.evidence.includes(id))] };
  });
  for (const [criterionId, ids] of unsent) {
    const entry = record.checklist.find((c) => c.criterionId === criterionId)!;
    checklist.push({ ...entry, evidence: ids });
  }
  return { ...saved, checklist };
}

/** Device-side evidence ids still in the record (not uploaded yet). */
export function localEvidenceIds(work: InspectionWork, serverIds: Readonly<Record<string, string>>): string[] {
  const ids = new Set<string>();
  for (const c of work.checklist) for (const e of c.evidence) if (isLocalEvidenceId(e) && !(e in serverIds)) ids.add(e);
  return [...ids];
}

export const LOCAL_EVIDENCE_PREFIX = 'local-ev-';
export const isLocalEvidenceId = (id: string) => id.startsWith(LOCAL_EVIDENCE_PREFIX);
