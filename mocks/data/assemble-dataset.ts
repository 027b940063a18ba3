import type { Meta } from '../../src/api/meta';
import type { ParIndexYear } from '../../src/api/par-index';
import type { Unit } from '../../src/api/units';
import { createQueries, type DataCore } from './aggregate';
import type { Dataset } from './dataset';
import { inspectionTemplate } from './inspection-template';
import { generateInspections, type InspectionPlanEntry } from './seed-inspections';
import { seedTargets } from './targets';
import { teams, users } from './users';

export interface DatasetParts {
  seed: number;
  meta: Meta;
  units: Unit[];
  core: DataCore;
  /** The inspections to seed, planned from the dataset's own story. */
  plan: InspectionPlanEntry[];
  parIndex: ParIndexYear[];
}

/**
 * What both datasets share once their units and figures are generated: the query functions, the
 * seeded inspections (whose findings follow each unit's figures), and the users, teams, template
 * and targets, copied so a test that changes one dataset leaves the other alone.
 */
export function assembleDataset({ seed, meta, units, core, plan, parIndex }: DatasetParts): Dataset {
  const queries = createQueries(core);
  const { inspections, actions } = generateInspections(plan, {
    seed,
    asOf: meta.asOf,
    coverageFrom: meta.coverage.from,
    template: inspectionTemplate,
    summary: (unit, from, to) => queries.dossierSummary({ from, to, unit, level: 'all' }),
  });
  return {
    meta: structuredClone(meta),
    units,
    fields: core.fields,
    users: structuredClone(users),
    teams: structuredClone(teams),
    parIndex,
    inspectionTemplate: structuredClone(inspectionTemplate),
    seedInspections: inspections,
    seedActions: actions,
    seedTargets: structuredClone(seedTargets),
    ...queries,
  };
}
