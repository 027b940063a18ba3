import type { CriterionResult } from '../api/inspections';
import type { InspectionWork } from './inspection-work';

/** The side a conflict is settled for: the local edits, or the record as the server holds it now. */
export type MergeSide = 'mine' | 'theirs';

/** The fields merged as one value each (`areaIds`, the scope, is one choice: the set of areas, not area by area). */
export const scalarFields = ['unitId', 'title', 'teamId', 'plannedDate', 'startDate', 'endDate', 'status', 'areaIds'] as const;
export type ScalarField = (typeof scalarFields)[number];
export const collections = ['checklist', 'findings', 'goodPractices', 'actions'] as const;
export type Collection = (typeof collections)[number];

/**
 * A field both sides changed to different values, or an item one side deleted and the other edited. `key` names it
 * for the user's choice (`title`, `findings/f-1/cause`, `findings/f-1`); the values are there to show side by side.
 */
export type MergeConflict =
  | { kind: 'field'; key: string; field: ScalarField; base: unknown; mine: unknown; theirs: unknown }
  | { kind: 'item-field'; key: string; collection: Collection; id: string; field: string; base: unknown; mine: unknown; theirs: unknown }
  | { kind: 'item-deleted'; key: string; collection: Collection; id: string; deletedBy: MergeSide; base: unknown; mine: unknown; theirs: unknown };

export interface MergeResult {
  /** Every change of one side taken, each conflict settled by `choices` or, until chosen, for mine (nothing typed is lost). */
  merged: InspectionWork;
  conflicts: MergeConflict[];
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** The three-way rule for one value: equal sides agree; a side equal to the base did not change, so the other wins. */
function pick<T>(base: T, mine: T, theirs: T): { value: T; conflict: boolean } {
  if (same(mine, theirs)) return { value: mine, conflict: false };
  if (same(mine, base)) return { value: theirs, conflict: false };
  if (same(theirs, base)) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

type Item = Record<string, unknown>;

/** Stands for a base value nobody knows: equal to neither side. */
const UNKNOWN = Symbol('unknown-base');

const blankResult = (criterionId: string): CriterionResult => ({ criterionId, result: null, note: '', evidence: [] });

/**
 * One collection merged by id. The checklist has no deletions (a criterion without a result is blank), so a side
 * without an entry counts as blank there. Order: the server's, then what only mine added, in mine's order.
 */
function mergeCollection(
  collection: Collection,
  base: readonly Item[],
  mine: readonly Item[],
  theirs: readonly Item[],
  choices: Readonly<Record<string, MergeSide>>,
  conflicts: MergeConflict[],
): Item[] {
  const idKey = collection === 'checklist' ? 'criterionId' : 'id';
  const byId = (items: readonly Item[]) => new Map(items.map((x) => [String(x[idKey]), x]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const ids = [...new Set([...t.keys(), ...m.keys()])];
  const out: Item[] = [];
  for (const id of ids) {
    const blank = collection === 'checklist' ? (blankResult(id) as unknown as Item) : undefined;
    const bi = b.get(id) ?? blank;
    const mi = m.get(id) ?? blank;
    const ti = t.get(id) ?? blank;
    const key = `${collection}/${id}`;
    if (!mi || !ti) {
      // Present on one side only: an addition there (kept), or a deletion on the other.
      const kept = (mi ?? ti)!;
      const deletedBy: MergeSide = mi ? 'theirs' : 'mine';
      if (!bi) out.push(kept);
      else if (!same(kept, bi)) {
        conflicts.push({ kind: 'item-deleted', key, collection, id, deletedBy, base: bi, mine: mi ?? null, theirs: ti ?? null });
        if ((choices[key] ?? 'mine') !== deletedBy) out.push(kept);
      }
      // else: deleted on one side, untouched on the other: deleted.
      continue;
    }
    const item: Item = {};
    const fields = [...new Set([...Object.keys(ti), ...Object.keys(mi)])];
    for (const field of fields) {
      if (field === idKey) {
        item[field] = ti[field];
        continue;
      }
      const p = pick(bi?.[field], mi[field], ti[field]);
      const fieldKey = `${key}/${field}`;
      if (p.conflict) {
        conflicts.push({ kind: 'item-field', key: fieldKey, collection, id, field, base: bi?.[field], mine: mi[field], theirs: ti[field] });
        item[field] = (choices[fieldKey] ?? 'mine') === 'mine' ? mi[field] : ti[field];
      } else item[field] = p.value;
    }
    out.push(item);
  }
  return out;
}

/**
 * The field-by-field three-way merge of a 409: `base` is the record the user started from, `mine` the local edits,
 * `theirs` the server's current record. A field only one side changed is taken without asking; only fields both
 * changed, to different values, are conflicts. Findings, good practices and actions are matched by id (an item
 * added on one side is kept; deleted on one side and edited on the other is a conflict; deleted on one side and
 * untouched on the other is deleted), the checklist by criterion. `choices` settles conflicts by key; the user
 * saves the result with the server's version. `base` null (unknown): a field the sides hold differently is a
 * conflict, an item only one side holds is kept.
 */
export function mergeInspection(
  base: InspectionWork | null,
  mine: InspectionWork,
  theirs: InspectionWork,
  choices: Readonly<Record<string, MergeSide>> = {},
): MergeResult {
  const conflicts: MergeConflict[] = [];
  const merged = {} as Record<string, unknown>;
  for (const field of scalarFields) {
    // No base (a draft from before bases were kept): every field the two sides hold differently is asked.
    const b = base ? base[field] : UNKNOWN;
    const p = pick(b, mine[field], theirs[field]);
    if (p.conflict) {
      conflicts.push({ kind: 'field', key: field, field, base: base ? b : null, mine: mine[field], theirs: theirs[field] });
      merged[field] = (choices[field] ?? 'mine') === 'mine' ? mine[field] : theirs[field];
    } else merged[field] = p.value;
  }
  for (const c of collections)
    merged[c] = mergeCollection(
      c,
      (base?.[c] ?? []) as unknown as Item[],
      mine[c] as unknown as Item[],
      theirs[c] as unknown as Item[],
      choices,
      conflicts,
    );
  return { merged: merged as unknown as InspectionWork, conflicts };
}
