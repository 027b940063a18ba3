import type { CriterionResult, Finding, GoodPractice } from '../../api/inspections';
import type { InspectionWork, WorkAction } from '../../domain/inspection-work';

/**
 * The recording screen's edits, each a pure change of the work (what `handle.edit` takes): the draft keeps the
 * result on the device at once. Unchanged items keep their identity, so memoised rows of the checklist skip
 * re-rendering when another row changes.
 */
export type Change = (work: InspectionWork) => InspectionWork;

/** A new id made on this device; short enough for the contract's 64-character ids, unique without a server. */
export function localId(prefix: string): string {
  // getRandomValues works outside secure contexts too (a tablet on the office network over plain HTTP).
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const blankCriterion = (criterionId: string): CriterionResult => ({ criterionId, result: null, note: '', evidence: [] });

/** Changes one criterion's entry, adding it to the checklist when it has none yet. */
export const updateCriterion =
  (criterionId: string, patch: (c: CriterionResult) => CriterionResult): Change =>
  (w) => {
    const i = w.checklist.findIndex((c) => c.criterionId === criterionId);
    if (i < 0) return { ...w, checklist: [...w.checklist, patch(blankCriterion(criterionId))] };
    const checklist = w.checklist.slice();
    checklist[i] = patch(checklist[i]!);
    return { ...w, checklist };
  };

export const setResult = (criterionId: string, result: CriterionResult['result']): Change =>
  updateCriterion(criterionId, (c) => ({ ...c, result }));
export const setNote = (criterionId: string, note: string): Change => updateCriterion(criterionId, (c) => ({ ...c, note }));
export const addEvidenceRef = (criterionId: string, ref: string): Change =>
  updateCriterion(criterionId, (c) => ({ ...c, evidence: [...c.evidence, ref] }));
export const removeEvidenceRef = (criterionId: string, index: number): Change =>
  updateCriterion(criterionId, (c) => ({ ...c, evidence: c.evidence.filter((_, i) => i !== index) }));

export const newFinding = (areaId: number): Finding => ({
  id: localId('f'),
  areaId,
  title: '',
  description: '',
  severity: 'medium',
  cause: '',
});
export const addFinding = (finding: Finding): Change => (w) => ({ ...w, findings: [...w.findings, finding] });
export const updateFinding =
  (id: string, patch: Partial<Omit<Finding, 'id'>>): Change =>
  (w) => ({ ...w, findings: w.findings.map((f) => (f.id === id ? { ...f, ...patch } : f)) });
/** A finding goes with its actions: an action must name a finding of the inspection. */
export const deleteFinding =
  (id: string): Change =>
  (w) => ({ ...w, findings: w.findings.filter((f) => f.id !== id), actions: w.actions.filter((a) => a.findingId !== id) });

export const newAction = (findingId: string): WorkAction => ({
  id: localId('a'),
  findingId,
  description: '',
  ownerUnitId: '',
  ownerName: '',
  dueDate: '',
  status: 'not_started',
});
export const addAction = (action: WorkAction): Change => (w) => ({ ...w, actions: [...w.actions, action] });
export const updateAction =
  (id: string, patch: Partial<Omit<WorkAction, 'id' | 'findingId'>>): Change =>
  (w) => ({ ...w, actions: w.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) });
export const deleteAction =
  (id: string): Change =>
  (w) => ({ ...w, actions: w.actions.filter((a) => a.id !== id) });

export const newGoodPractice = (areaId: number): GoodPractice => ({ id: localId('g'), areaId, description: '' });
export const addGoodPractice = (gp: GoodPractice): Change => (w) => ({ ...w, goodPractices: [...w.goodPractices, gp] });
export const updateGoodPractice =
  (id: string, patch: Partial<Omit<GoodPractice, 'id'>>): Change =>
  (w) => ({ ...w, goodPractices: w.goodPractices.map((g) => (g.id === id ? { ...g, ...patch } : g)) });
export const deleteGoodPractice =
  (id: string): Change =>
  (w) => ({ ...w, goodPractices: w.goodPractices.filter((g) => g.id !== id) });

export const setDates =
  (patch: Partial<Pick<InspectionWork, 'startDate' | 'endDate'>>): Change =>
  (w) => ({ ...w, ...patch });
