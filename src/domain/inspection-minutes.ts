import type { Action, ActionStatus } from '../api/actions';
import type { Finding, Inspection, InspectionStatus } from '../api/inspections';
import type { InspectionTemplate } from '../api/inspection-template';
import { parseIsoDate } from './iso-date';
import { inspectionScores, type AreaScore } from './inspection-score';
import type { Rate } from './rate';

/**
 * The structured facts of an inspection's minutes (biên bản kiểm tra): what the printed document states,
 * in the order it states it. Pure data — the page words it through i18n and lays it out for A4.
 */

/** One area's line of the results table. */
export interface MinutesAreaResult {
  areaId: number;
  /** The area's name as the template gives it. */
  name: string;
  /** Criteria of the area in the template. */
  criteria: number;
  passed: number;
  failed: number;
  notApplicable: number;
  unassessed: number;
  /** Points achieved ÷ points applicable (criteria marked "không áp dụng" drop out). */
  achieved: number;
  applicable: number;
  score: Rate;
}

/** A recommendation (kiến nghị) and who must carry it out by when. */
export interface MinutesRecommendation {
  actionId: string;
  /** 1-based, in the order of the findings they follow from. */
  number: number;
  /** The finding it follows from, by its number in the minutes; null when the action names no finding of the inspection. */
  findingNumber: number | null;
  findingId: string;
  description: string;
  ownerUnitId: string;
  /** The post responsible (the contract's `ownerName` holds a post, never a person). */
  ownerPost: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  status: ActionStatus;
}

export interface MinutesFinding {
  /** 1-based, in template area order, then as recorded. */
  number: number;
  id: string;
  areaId: number;
  /** Name of its area; the area id when the template does not know it. */
  areaName: string | null;
  title: string;
  description: string;
  severity: Finding['severity'];
  cause: string;
  /** Numbers of the recommendations that follow from it. */
  recommendationNumbers: number[];
}

export interface MinutesGoodPractice {
  id: string;
  areaId: number;
  areaName: string | null;
  description: string;
}

export interface InspectionMinutesFacts {
  inspectionId: string;
  unitId: string;
  teamId: string;
  title: string;
  status: InspectionStatus;
  /** Not yet finalised: the minutes are a draft (DỰ THẢO), not a signed record. */
  draft: boolean;
  /** The visit: first and last day (the planned day while it has not started). */
  visit: { from: string; to: string };
  /** The day the minutes are dated: the visit's last day. */
  date: string;
  areas: MinutesAreaResult[];
  total: { achieved: number; applicable: number; score: Rate };
  /** Areas in scope whose every applicable criterion passed (at least one applied): the strengths. */
  fullyMetAreaIds: number[];
  goodPractices: MinutesGoodPractice[];
  findings: MinutesFinding[];
  recommendations: MinutesRecommendation[];
}

export interface MinutesInput {
  /** `areaIds`: the areas in scope, when the inspection says; absent or null — the whole template. */
  inspection: Inspection & { areaIds?: readonly number[] | null };
  template: InspectionTemplate;
  /** The inspection's actions (another inspection's are ignored). */
  actions: readonly Action[];
}

const naturalOrder = new Intl.Collator('en', { numeric: true });

/** The minutes' facts from the inspection, its template and its actions. */
export function inspectionMinutesFacts({ inspection, template, actions }: MinutesInput): InspectionMinutesFacts {
  const areaIds = inspection.areaIds ?? undefined;
  const scores = inspectionScores(template, inspection.checklist, areaIds);
  const areaById = new Map(template.areas.map((a) => [a.id, a]));
  const areaOrder = new Map(template.areas.map((a, i) => [a.id, i]));
  const areaName = (id: number) => areaById.get(id)?.name ?? null;

  const areas: MinutesAreaResult[] = scores.areas.map((s: AreaScore) => ({
    areaId: s.areaId,
    name: areaById.get(s.areaId)?.name ?? String(s.areaId),
    criteria: areaById.get(s.areaId)?.criteria.length ?? 0,
    passed: s.passed,
    failed: s.failed,
    notApplicable: s.notApplicable,
    unassessed: s.unassessed,
    achieved: s.achieved,
    applicable: s.applicable,
    score: s.score,
  }));
  const achieved = areas.reduce((n, a) => n + a.achieved, 0);
  const applicable = areas.reduce((n, a) => n + a.applicable, 0);

  // Findings in the template's area order, keeping the recorded order within an area (a stable sort).
  const byArea = (a: { areaId: number }, b: { areaId: number }) =>
    (areaOrder.get(a.areaId) ?? Number.MAX_SAFE_INTEGER) - (areaOrder.get(b.areaId) ?? Number.MAX_SAFE_INTEGER);
  const findingsInOrder = inspection.findings.slice().sort(byArea);
  const findingNumber = new Map(findingsInOrder.map((f, i) => [f.id, i + 1]));

  const own = actions.filter((a) => a.inspectionId === inspection.id);
  const ordered = own.slice().sort(
    (a, b) =>
      (findingNumber.get(a.findingId) ?? Number.MAX_SAFE_INTEGER) - (findingNumber.get(b.findingId) ?? Number.MAX_SAFE_INTEGER) ||
      naturalOrder.compare(a.id, b.id),
  );
  const recommendations: MinutesRecommendation[] = ordered.map((a, i) => ({
    actionId: a.id,
    number: i + 1,
    findingNumber: findingNumber.get(a.findingId) ?? null,
    findingId: a.findingId,
    description: a.description,
    ownerUnitId: a.ownerUnitId,
    ownerPost: a.ownerName,
    dueDate: a.dueDate,
    status: a.status,
  }));

  const findings: MinutesFinding[] = findingsInOrder.map((f, i) => ({
    number: i + 1,
    id: f.id,
    areaId: f.areaId,
    areaName: areaName(f.areaId),
    title: f.title,
    description: f.description,
    severity: f.severity,
    cause: f.cause,
    recommendationNumbers: recommendations.filter((r) => r.findingId === f.id).map((r) => r.number),
  }));

  const goodPractices = inspection.goodPractices
    .slice()
    .sort(byArea)
    .map((g) => ({ id: g.id, areaId: g.areaId, areaName: areaName(g.areaId), description: g.description }));

  const from = inspection.startDate ?? inspection.plannedDate;
  const to = inspection.endDate ?? from;
  return {
    inspectionId: inspection.id,
    unitId: inspection.unitId,
    teamId: inspection.teamId,
    title: inspection.title,
    status: inspection.status,
    draft: inspection.status !== 'finalised',
    visit: { from, to },
    date: to,
    areas,
    total: { achieved, applicable, score: scores.total },
    fullyMetAreaIds: areas.filter((a) => a.applicable > 0 && a.failed === 0 && a.unassessed === 0).map((a) => a.areaId),
    goodPractices,
    findings,
    recommendations,
  };
}

/**
 * A date's parts as Decree 30/2020/NĐ-CP writes them in the place-and-date line: a day under 10 and the
 * months 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2023", "ngày 27 tháng 3 năm 2023").
 * Null for a date that is not in the calendar.
 */
export function decreeDateParts(isoDate: string): { day: string; month: string; year: string } | null {
  const d = parseIsoDate(isoDate);
  if (!d) return null;
  return {
    day: String(d.day).padStart(2, '0'),
    month: d.month <= 2 ? String(d.month).padStart(2, '0') : String(d.month),
    year: String(d.year),
  };
}
