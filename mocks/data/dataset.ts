import type { Action } from '../../src/api/actions';
import type { User } from '../../src/api/auth';
import type { Level, LevelFilter } from '../../src/api/common';
import type { DigitalIndicators } from '../../src/api/digital';
import type { DossierCounts } from '../../src/api/dossiers';
import type { FeedbackCounts, FeedbackTopicId } from '../../src/api/feedback';
import type { Field } from '../../src/api/fields';
import type { Inspection } from '../../src/api/inspections';
import type { InspectionTemplate } from '../../src/api/inspection-template';
import type { Meta } from '../../src/api/meta';
import type { ParIndexYear } from '../../src/api/par-index';
import type { Targets } from '../../src/api/targets';
import type { Unit } from '../../src/api/units';

/** A period filter after validation: months inclusive, `unit` an existing id or 'all'. */
export interface AggregateQuery {
  from: string; // YYYY-MM
  to: string; // YYYY-MM
  unit: string; // unit id or 'all'
  level: LevelFilter;
  field?: string;
}

export interface Team {
  id: string;
  name: string;
  memberIds: string[];
}

export interface DemoUser extends User {
  password: string;
}

/**
 * Everything the mock backend serves, generated deterministically from a seed. The aggregate
 * functions answer for the units matching `unit` and `level` that existed in the period; a unit
 * that did not exist in some months simply has no figures for them.
 */
export interface Dataset {
  meta: Meta;
  units: Unit[];
  fields: Field[];
  users: DemoUser[];
  teams: Team[];
  parIndex: ParIndexYear[];
  inspectionTemplate: InspectionTemplate;
  /** The seed records; the store copies them and keeps writes on top. */
  seedInspections: Inspection[];
  seedActions: Action[];
  seedTargets: Targets[];

  dossierSummary(q: AggregateQuery): DossierCounts;
  dossiersByMonth(q: AggregateQuery): (DossierCounts & { month: string })[];
  dossiersByUnit(q: AggregateQuery): (DossierCounts & { unitId: string })[];
  dossiersByField(q: AggregateQuery): (DossierCounts & { fieldId: string })[];
  digitalByUnit(q: AggregateQuery): { unitId: string; indicators: DigitalIndicators }[];
  feedbackByUnit(q: AggregateQuery): (FeedbackCounts & { unitId: string })[];
  /** Every topic of feedbackTopics in its order, over the same units as feedbackByUnit: its rows add up to theirs. */
  feedbackByTopic(q: AggregateQuery): (FeedbackCounts & { topicId: FeedbackTopicId })[];
  /** Every month of the period in the coverage, each its own period, over the units alive in it. */
  feedbackByMonth(q: AggregateQuery): (FeedbackCounts & { month: string })[];
}

export type { Level };
