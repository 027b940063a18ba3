import type { CriterionResult } from '../api/inspections';
import type { InspectionTemplate } from '../api/inspection-template';
import { rate, type Rate } from './rate';

/** One checklist area of one inspection: points achieved over points applicable. */
export interface AreaScore {
  areaId: number;
  /** Points of the criteria marked đạt. */
  achieved: number;
  /** Points of the criteria marked đạt or chưa đạt: "không áp dụng" and not-yet-assessed criteria drop out. */
  applicable: number;
  /** achieved ÷ applicable; null (no data, never 0 %) when no criterion of the area applies. */
  score: Rate;
  passed: number;
  failed: number;
  notApplicable: number;
  /** Criteria of the template with no result yet (null, or missing from the checklist). */
  unassessed: number;
}

/**
 * The inspection score per area (docs/domain.md, Inspections): points achieved ÷ points applicable, the points coming
 * from the template. A result for a criterion the template does not know is ignored. `areaIds`: the areas in the
 * inspection's scope, in the template's order (absent: every area of the template); an id the template does not
 * know is ignored.
 */
export function inspectionAreaScores(
  template: InspectionTemplate,
  checklist: readonly CriterionResult[],
  areaIds?: readonly number[],
): AreaScore[] {
  const results = new Map(checklist.map((c) => [c.criterionId, c.result]));
  const inScope = areaIds ? new Set(areaIds) : null;
  return template.areas.filter((area) => !inScope || inScope.has(area.id)).map((area) => {
    const s: AreaScore = { areaId: area.id, achieved: 0, applicable: 0, score: null, passed: 0, failed: 0, notApplicable: 0, unassessed: 0 };
    for (const criterion of area.criteria) {
      const result = results.get(criterion.id) ?? null;
      if (result === 'pass') {
        s.passed += 1;
        s.achieved += criterion.points;
        s.applicable += criterion.points;
      } else if (result === 'fail') {
        s.failed += 1;
        s.applicable += criterion.points;
      } else if (result === 'na') {
        s.notApplicable += 1;
      } else {
        s.unassessed += 1;
      }
    }
    s.score = rate(s.achieved, s.applicable);
    return s;
  });
}

/** The whole checklist's score: Σ points achieved ÷ Σ points applicable over the areas (never an average of area scores). */
export function inspectionTotalScore(areas: readonly AreaScore[]): Rate {
  let achieved = 0;
  let applicable = 0;
  for (const a of areas) {
    achieved += a.achieved;
    applicable += a.applicable;
  }
  return rate(achieved, applicable);
}

export interface InspectionScores {
  /** The areas in scope, in the template's order. */
  areas: AreaScore[];
  /** Σ achieved ÷ Σ applicable over those areas; null when nothing in scope applies yet. */
  total: Rate;
}

/** Area and total scores of a checklist over the areas in scope, as the recording screen shows them while the user clicks. */
export function inspectionScores(
  template: InspectionTemplate,
  checklist: readonly CriterionResult[],
  areaIds?: readonly number[],
): InspectionScores {
  const areas = inspectionAreaScores(template, checklist, areaIds);
  return { areas, total: inspectionTotalScore(areas) };
}
