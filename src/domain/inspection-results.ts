import type { Action } from '../api/actions';
import type { Inspection } from '../api/inspections';
import type { InspectionTemplate } from '../api/inspection-template';
import { snapshotDay, statusOn, vietnamDay } from './action-status';
import { inspectionScores, type AreaScore } from './inspection-score';
import { overdueCount } from './open-actions';
import { lastDayOfMonth, type Period } from './period';
import { rate, type Rate } from './rate';

/**
 * Kết quả kiểm tra: the figures of finalised inspections and of their actions, shared by the results screen, a
 * unit's inspection history and the overview's remediation card, so that each score, band and overdue count is
 * computed in one place (docs/domain.md, "Inspection results").
 */

/** What a results figure reads of an inspection; `areaIds` (the areas in scope) when the record has it. */
export type ResultInspection = Pick<
  Inspection,
  'id' | 'unitId' | 'status' | 'plannedDate' | 'startDate' | 'endDate' | 'checklist' | 'findings'
> & { areaIds?: readonly number[] | null };

/** The day a visit took place: its start, else the day it was planned (a unit's history sorts on it). */
export const inspectionDay = (i: Pick<Inspection, 'startDate' | 'plannedDate'>): string => i.startDate ?? i.plannedDate;

/** The day an inspection's results stand from: its last day on site, else its first, else the planned day. */
export const resultDay = (i: Pick<Inspection, 'startDate' | 'endDate' | 'plannedDate'>): string =>
  i.endDate ?? i.startDate ?? i.plannedDate;

/**
 * Score bands, on the score rounded to a whole percent (the number a cell shows), so that "90 %" is always
 * `good` and "89 %" always `fair`: good ≥ 90 %, fair ≥ 80 %, average ≥ 65 %, weak below 65 %. The cut-offs are
 * the steps provincial administrative-reform gradings commonly use (tốt / khá / trung bình / yếu).
 */
export type ScoreBand = 'good' | 'fair' | 'average' | 'weak';
export const scoreBands: readonly ScoreBand[] = ['good', 'fair', 'average', 'weak'];
/** The lowest whole percent of each band. */
export const scoreBandFloors: Readonly<Record<ScoreBand, number>> = { good: 90, fair: 80, average: 65, weak: 0 };

export function scoreBand(score: number): ScoreBand {
  const percent = Math.round(score * 100);
  return scoreBands.find((b) => percent >= scoreBandFloors[b]) ?? 'weak';
}

/**
 * One area of one inspection as the results show it:
 * - `scored`: a score (achieved ÷ applicable) and its band;
 * - `out-of-scope`: the area was not in the inspection's scope;
 * - `not-applicable`: in scope, but every criterion was marked không áp dụng;
 * - `not-assessed`: in scope, nothing applicable and some criterion left unmarked (an unfinished record).
 */
export type AreaResult =
  | { areaId: number; kind: 'scored'; score: number; band: ScoreBand; achieved: number; applicable: number }
  | { areaId: number; kind: 'out-of-scope' | 'not-applicable' | 'not-assessed' };

export interface InspectionResult {
  inspectionId: string;
  unitId: string;
  /** The day the results stand from (resultDay). */
  day: string;
  year: number;
  /** Every area of the template, in its order, whether in scope or not. */
  areas: AreaResult[];
  /** Σ achieved ÷ Σ applicable over the areas in scope (inspectionTotalScore); null when nothing applied. */
  total: Rate;
  totalBand: ScoreBand | null;
  findings: number;
}

function areaResult(areaId: number, s: AreaScore | undefined): AreaResult {
  if (!s) return { areaId, kind: 'out-of-scope' };
  if (s.score === null) return { areaId, kind: s.unassessed > 0 ? 'not-assessed' : 'not-applicable' };
  return { areaId, kind: 'scored', score: s.score, band: scoreBand(s.score), achieved: s.achieved, applicable: s.applicable };
}

/** An inspection's scores by area and in total, over its areas in scope (inspectionScores), with their bands. */
export function inspectionResult(template: InspectionTemplate, inspection: ResultInspection): InspectionResult {
  const scores = inspectionScores(template, inspection.checklist, inspection.areaIds ?? undefined);
  const byArea = new Map(scores.areas.map((a) => [a.areaId, a]));
  const day = resultDay(inspection);
  return {
    inspectionId: inspection.id,
    unitId: inspection.unitId,
    day,
    year: Number(day.slice(0, 4)),
    areas: template.areas.map((area) => areaResult(area.id, byArea.get(area.id))),
    total: scores.total,
    totalBand: scores.total === null ? null : scoreBand(scores.total),
    findings: inspection.findings.length,
  };
}

const isFinalised = (i: Pick<Inspection, 'status'>) => i.status === 'finalised';

/** Oldest first; on the same day, by id, so the order never depends on the API's. */
const byResultDay = (a: ResultInspection, b: ResultInspection) => resultDay(a).localeCompare(resultDay(b)) || a.id.localeCompare(b.id);

/**
 * The heat map's rows: for each unit, the results of its latest finalised inspection whose result day is on or
 * before `until` (a period's last day, so a past period shows the picture as it stood then). Units with no such
 * inspection are left out. Rows in unit-id order; the screen sorts them.
 */
export function latestResults(template: InspectionTemplate, inspections: readonly ResultInspection[], until: string): InspectionResult[] {
  const latest = new Map<string, ResultInspection>();
  for (const i of [...inspections].filter(isFinalised).sort(byResultDay)) {
    if (resultDay(i) <= until) latest.set(i.unitId, i);
  }
  return [...latest.keys()].sort().map((unitId) => inspectionResult(template, latest.get(unitId) as ResultInspection));
}

/** Rows with a total first, highest (`desc`) or lowest (`asc`) first; rows without a total last; ties by unit id. */
export function sortByTotal<T extends Pick<InspectionResult, 'total' | 'unitId'>>(rows: readonly T[], dir: 'asc' | 'desc'): T[] {
  return [...rows].sort((a, b) => {
    if (a.total === null || b.total === null) return a.total === null ? (b.total === null ? a.unitId.localeCompare(b.unitId) : 1) : -1;
    return (dir === 'desc' ? b.total - a.total : a.total - b.total) || a.unitId.localeCompare(b.unitId);
  });
}

/** One unit's finalised inspections, oldest first, each with its results (a commune's scores over the years). */
export function unitResultsOverTime(
  template: InspectionTemplate,
  inspections: readonly ResultInspection[],
  unitId: string,
): InspectionResult[] {
  return inspections
    .filter((i) => i.unitId === unitId && isFinalised(i))
    .sort(byResultDay)
    .map((i) => inspectionResult(template, i));
}

/** Whether a day (YYYY-MM-DD) falls within a period of whole months. */
export const dayInPeriod = (day: string, period: Period): boolean =>
  day >= `${period.from}-01` && day <= lastDayOfMonth(period.to);

/** A finding's title as a key: trimmed, inner spaces collapsed, NFC, lower case, so retyped titles group together. */
export const findingTitleKey = (title: string): string => title.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');

export interface RepeatedFinding {
  /** The spelling seen most often (the first seen on a tie). */
  title: string;
  /** Findings with this title. */
  count: number;
  /** Distinct units where it was found. */
  units: number;
}

export interface AreaFindings {
  areaId: number;
  /** Findings recorded in the area. */
  count: number;
  /** Inspections with at least one finding in the area. */
  inspections: number;
  /** The most repeated titles, most frequent first (ties by title key), at most `top`. */
  titles: RepeatedFinding[];
}

export interface FindingsByArea {
  /** Finalised inspections counted. */
  inspections: number;
  /** Findings of those inspections in all. */
  findings: number;
  /** Every area of the template, in its order. */
  areas: AreaFindings[];
}

/**
 * The most frequent findings by area over the finalised inspections given (the screen passes those whose result day
 * falls in the period, of the unit chosen): per area, how many findings and in how many inspections, and the
 * `top` titles found most often (titles compared by findingTitleKey). A finding of an area the template does not
 * know is left out.
 */
export function findingsByArea(
  template: InspectionTemplate,
  inspections: readonly Pick<ResultInspection, 'status' | 'unitId' | 'findings'>[],
  top = 3,
): FindingsByArea {
  interface TitleTally {
    count: number;
    units: Set<string>;
    spellings: Map<string, number>;
  }
  const areas = new Map(template.areas.map((a) => [a.id, { count: 0, inspections: 0, titles: new Map<string, TitleTally>() }]));
  let counted = 0;
  let findings = 0;
  for (const inspection of inspections) {
    if (!isFinalised(inspection)) continue;
    counted += 1;
    const touched = new Set<number>();
    for (const f of inspection.findings) {
      const area = areas.get(f.areaId);
      if (!area) continue;
      findings += 1;
      area.count += 1;
      touched.add(f.areaId);
      const key = findingTitleKey(f.title);
      const tally = area.titles.get(key) ?? { count: 0, units: new Set<string>(), spellings: new Map<string, number>() };
      tally.count += 1;
      tally.units.add(inspection.unitId);
      const spelling = f.title.trim().replace(/\s+/gu, ' ');
      tally.spellings.set(spelling, (tally.spellings.get(spelling) ?? 0) + 1);
      area.titles.set(key, tally);
    }
    for (const id of touched) (areas.get(id) as { inspections: number }).inspections += 1;
  }
  return {
    inspections: counted,
    findings,
    areas: template.areas.map((a) => {
      const area = areas.get(a.id) as { count: number; inspections: number; titles: Map<string, TitleTally> };
      const titles = [...area.titles]
        .sort(([ka, ta], [kb, tb]) => tb.count - ta.count || ka.localeCompare(kb, 'vi'))
        .slice(0, top)
        .map(([, t]) => ({
          // The most used spelling; Map keeps insertion order, so a tie goes to the first seen.
          title: [...t.spellings].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0],
          count: t.count,
          units: t.units.size,
        }));
      return { areaId: a.id, count: area.count, inspections: area.inspections, titles };
    }),
  };
}

/**
 * The day an action was last moved to đã xác minh (Viet Nam calendar day), when it is verified now; null when it
 * is not verified (a verification undone leaves the action fixed, and it no longer counts).
 */
export function verifiedOn(action: Pick<Action, 'status' | 'history'>): string | null {
  if (action.status !== 'verified') return null;
  const last = action.history.filter((h) => h.to === 'verified').pop();
  return last ? vietnamDay(last.at) : null;
}

export interface VerifiedOnTime {
  /** Actions verified on time: verified now, their last move to verified on or before their due date. */
  verifiedOnTime: number;
  /** Actions whose due date is before asOf (and in the period, when one is given). */
  due: number;
  /** verifiedOnTime ÷ due; null when no action was due. */
  share: Rate;
}

/**
 * The share of actions verified on time (tỷ lệ kiến nghị được xác minh đúng hạn), as of `asOf` (the data's today,
 * meta.asOf):
 * - denominator: the actions whose due date is before `asOf` — their deadline has passed, so whether they were
 *   verified in time is settled. An action due on `asOf` itself still has that day (as isOverdue rules) and is not
 *   counted yet. With a `period`, only actions due within it (its first to its last day).
 * - numerator: of those, the actions whose status is đã xác minh and whose last move to đã xác minh (in the Viet Nam
 *   calendar, UTC+7) is on or before the due date. Fixed but not yet verified by the due date is not on time: the
 *   secretariat's check is what closes an action. A verification later undone does not count.
 * Pooled over the actions (Σ ÷ Σ), never an average of the communes' shares.
 */
export function verifiedOnTimeShare(
  actions: readonly Pick<Action, 'status' | 'history' | 'dueDate'>[],
  asOf: string,
  period?: Period,
): VerifiedOnTime {
  let due = 0;
  let onTime = 0;
  for (const a of actions) {
    if (a.dueDate >= asOf) continue;
    if (period && !dayInPeriod(a.dueDate, period)) continue;
    due += 1;
    const day = verifiedOn(a);
    if (day !== null && day <= a.dueDate) onTime += 1;
  }
  return { verifiedOnTime: onTime, due, share: rate(onTime, due) };
}

/** verifiedOnTimeShare per inspected unit (action.unitId), units with no action due left out, in unit-id order. */
export function verifiedOnTimeByUnit(
  actions: readonly Pick<Action, 'status' | 'history' | 'dueDate' | 'unitId'>[],
  asOf: string,
  period?: Period,
): (VerifiedOnTime & { unitId: string })[] {
  const byUnit = new Map<string, Pick<Action, 'status' | 'history' | 'dueDate' | 'unitId'>[]>();
  for (const a of actions) byUnit.set(a.unitId, [...(byUnit.get(a.unitId) ?? []), a]);
  return [...byUnit.keys()]
    .sort()
    .map((unitId) => ({ unitId, ...verifiedOnTimeShare(byUnit.get(unitId) ?? [], asOf, period) }))
    .filter((r) => r.due > 0);
}

/**
 * The overdue actions on the day snapshotDay gives (a period's last day, or `asOf`), the overview's remediation card:
 * each action's status on that day (statusOn) counted by overdueCount, so it is the same number as the overdue
 * state of remediationSnapshot for the period, and the tracker's count when the day is asOf.
 */
export function overdueAtPeriodEnd(
  actions: readonly Pick<Action, 'status' | 'history' | 'dueDate'>[],
  period: Period,
  asOf: string,
  coverageTo?: string,
): { day: string; count: number } {
  const day = snapshotDay(period, asOf, coverageTo);
  const onDay = actions.flatMap((a) => {
    const status = statusOn(a, day, asOf);
    return status === null ? [] : [{ status, dueDate: a.dueDate }];
  });
  return { day, count: overdueCount(onDay, day) };
}
