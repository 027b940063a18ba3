import { scoreGroupIds, type DigitalIndicatorKey } from '../../api/digital';

/**
 * The Decision 766/QĐ-TTg public-service index as data: a new decision (or a corrected reconstruction)
 * is a change of this table only. Codes and numbers only; the words shown for them live in i18n.
 */

/** The contract's six group ids (the ranking endpoint reports a score for each). */
export const scorecardGroupIds = scoreGroupIds;
export type ScorecardGroupId = (typeof scorecardGroupIds)[number];

/**
 * What a sub-indicator earns when its denominator is empty: its full points (the portal's rule for a
 * group with no cases, e.g. no feedback received), or it is left out of the total, which is then
 * rescaled over the points that remain.
 */
export type NoDataRule = 'full-points' | 'excluded';

/**
 * How "how many more dossiers" is counted. `fixed`: the denominator stays as it is and that many of its
 * cases would have had to count in the numerator (an offline dossier received online instead).
 * `growing`: the extra cases are new ones added to both sides (a rating once given cannot change, so
 * only new satisfied ratings raise the share).
 */
export type Growth = 'fixed' | 'growing';

/**
 * Where a row comes from (each code has its text in i18n):
 * - `decision-text`: the Decision's own text;
 * - `portal-api`: the national portal's reporting API (six group scores);
 * - `reconstruction`: public reconstructions of the portal's scores (not an official text);
 * - `local-choice`: chosen here, no source found.
 */
export type RuleSource = 'decision-text' | 'portal-api' | 'reconstruction' | 'local-choice';

export type Formula =
  /** The contract's numerator ÷ denominator of `key`. */
  | { kind: 'ratio'; key: DigitalIndicatorKey }
  /**
   * 100 % − (late rate + complaint rate). The late dossiers are those of the progress ratio that are
   * not in its numerator (resolved late + pending overdue) over its denominator; complaints over
   * resolved dossiers. An empty side counts as 0 % (nothing late, nothing complained of).
   */
  | { kind: 'one-minus-late-and-complaints'; progress: DigitalIndicatorKey; complaints: DigitalIndicatorKey };

export interface SubIndicatorRule {
  /** The portal's numbering within the group, "2.1". */
  id: string;
  group: ScorecardGroupId;
  /** Points it carries; 0 for an indicator shown beside the scored ones but not scored. */
  points: number;
  /** Rate at or above which it earns full points (a share, 0.8 = 80 %); below, rate × points ÷ T. null: T = 100 %. */
  threshold: number | null;
  formula: Formula;
  noData: NoDataRule;
  growth: Growth;
  source: RuleSource;
  /** Whether the formula, weight and threshold are confirmed by a source we could read. */
  confirmed: boolean;
}

export interface RatingBand {
  band: 'excellent' | 'good' | 'fair' | 'average' | 'weak';
  /** Lowest total (out of 100) in the band. */
  min: number;
}

export interface ScorecardTable {
  rows: readonly SubIndicatorRule[];
  /** Highest band first. */
  bands: readonly RatingBand[];
  /** The bands are not confirmed by any source we could read. */
  bandsConfirmed: boolean;
  /** A target whose year-end projection falls short by less than this (a share) is "at risk", not "missed". */
  atRiskMargin: number;
}

const ratio = (key: DigitalIndicatorKey): Formula => ({ kind: 'ratio', key });

/**
 * The six groups as the national portal reports them (transparency 18, progress 20, online services 12,
 * online payment 10, digitisation 22, satisfaction 18). The Decision's text names five groups (payment
 * inside online services); the weights are public reconstructions of the portal's scores, so every row
 * is marked unconfirmed, the online-service and payment formulas above all.
 */
export const rules766: ScorecardTable = {
  rows: [
    // Transparency (18)
    { id: '1.1', group: 'transparency', points: 6, threshold: null, formula: ratio('proceduresPublishedOnTime'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '1.2', group: 'transparency', points: 4, threshold: null, formula: ratio('proceduresUpdatedOnTime'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '1.3', group: 'transparency', points: 2, threshold: null, formula: ratio('proceduresDisclosedComplete'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '1.4', group: 'transparency', points: 6, threshold: null, formula: ratio('dossiersSynced'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    // Progress (20): returned and withdrawn dossiers are in neither side of the ratio.
    { id: '2.1', group: 'progress', points: 20, threshold: null, formula: ratio('progress'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    // Online services (12); 3.2 and 3.3 are shown beside 3.1 with their thresholds but carry no points.
    { id: '3.1', group: 'onlineServices', points: 12, threshold: null, formula: ratio('fullyOnlineDossiers'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '3.2', group: 'onlineServices', points: 0, threshold: 0.8, formula: ratio('proceduresOnline'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '3.3', group: 'onlineServices', points: 0, threshold: 0.5, formula: ratio('onlineDossiers'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    // Online payment (10)
    { id: '4.1', group: 'onlinePayment', points: 2, threshold: 0.8, formula: ratio('feeProceduresPayable'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '4.2', group: 'onlinePayment', points: 2, threshold: null, formula: ratio('proceduresPaidOnline'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '4.3', group: 'onlinePayment', points: 6, threshold: null, formula: ratio('dossiersPaidOnline'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    // Digitisation (22)
    { id: '5.1', group: 'digitisation', points: 6, threshold: null, formula: ratio('electronicResults'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '5.2', group: 'digitisation', points: 4, threshold: 0.8, formula: ratio('digitisedDossiers'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '5.3', group: 'digitisation', points: 2, threshold: null, formula: ratio('electronicCopies'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '5.4', group: 'digitisation', points: 2, threshold: 0.8, formula: ratio('reusedData'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '5.5', group: 'digitisation', points: 4, threshold: null, formula: ratio('personalDataStore'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '5.6', group: 'digitisation', points: 2, threshold: null, formula: ratio('populationDbDossiers'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '5.7', group: 'digitisation', points: 2, threshold: null, formula: ratio('populationDbProcedures'), noData: 'excluded', growth: 'fixed', source: 'reconstruction', confirmed: false },
    // Satisfaction (18): the portal gives full points where there were no cases (no feedback received).
    { id: '6.1', group: 'satisfaction', points: 6, threshold: null, formula: ratio('feedbackOnTime'), noData: 'full-points', growth: 'fixed', source: 'reconstruction', confirmed: false },
    { id: '6.2', group: 'satisfaction', points: 6, threshold: null, formula: ratio('feedbackSatisfaction'), noData: 'full-points', growth: 'growing', source: 'reconstruction', confirmed: false },
    {
      id: '6.3',
      group: 'satisfaction',
      points: 6,
      threshold: 0.9,
      formula: { kind: 'one-minus-late-and-complaints', progress: 'progress', complaints: 'complaintDossiers' },
      noData: 'full-points',
      growth: 'fixed',
      source: 'reconstruction',
      confirmed: false,
    },
  ],
  // No source we could read gives the bands; these are placeholders, marked as such on screen.
  bands: [
    { band: 'excellent', min: 90 },
    { band: 'good', min: 80 },
    { band: 'fair', min: 65 },
    { band: 'average', min: 50 },
    { band: 'weak', min: 0 },
  ],
  bandsConfirmed: false,
  atRiskMargin: 0.05,
};

/** Problems of a table that would make its scores wrong, as codes with the row's id. */
export type TableProblem =
  | { code: 'duplicate-id'; id: string }
  | { code: 'bad-points'; id: string }
  | { code: 'bad-threshold'; id: string }
  | { code: 'bands-not-descending' };

export function checkTable(table: ScorecardTable): TableProblem[] {
  const problems: TableProblem[] = [];
  const seen = new Set<string>();
  for (const r of table.rows) {
    if (seen.has(r.id)) problems.push({ code: 'duplicate-id', id: r.id });
    seen.add(r.id);
    if (!Number.isFinite(r.points) || r.points < 0) problems.push({ code: 'bad-points', id: r.id });
    if (r.threshold !== null && !(r.threshold > 0 && r.threshold <= 1)) problems.push({ code: 'bad-threshold', id: r.id });
  }
  for (let i = 1; i < table.bands.length; i++) {
    if ((table.bands[i] as RatingBand).min >= (table.bands[i - 1] as RatingBand).min) problems.push({ code: 'bands-not-descending' });
  }
  return problems;
}
