import { hash } from '@node-rs/argon2';
import { validityRange } from '../../mocks/data/aggregate';
import { getDataset, type Dataset } from '../../mocks/data';
import { monthsBetween } from '../../mocks/data/months';
import { dossierCountKeys } from '../../src/api/dossiers';
import { bulkInsert } from '../db/bulk';
import type { Database, Queryable } from '../db/database';
import { DIGITAL_FLOW_KEYS, DIGITAL_PROCEDURE_KEYS, snake } from '../db/columns';
import { refreshRollups } from '../db/rollups';

const FEEDBACK_COLUMNS_SQL = ['received', 'due_in_period', 'handled_on_time', 'handled_late', 'pending', 'rated', 'satisfied'];

export type DatasetName = 'thuong-tin' | 'national';

export interface SeedOptions {
  dataset: DatasetName;
  /** The demo accounts (password `demo`) and their team memberships: only for a demo. */
  demoUsers: boolean;
  /** Log a line per step. */
  log?: (line: string) => void;
}

/** The tables the seed fills, children first (the order to empty them in). */
const TABLES = [
  'evidence', 'action_history', 'actions', 'inspections', 'targets', 'inspection_template', 'sessions',
  'team_members', 'teams', 'users', 'par_index', 'digital_procedures', 'digital_monthly', 'feedback_topic_monthly', 'feedback_monthly',
  'dossier_unit_monthly', 'dossier_monthly', 'fields', 'units', 'dataset_meta',
];

/** Whether the database holds a dataset already. */
export async function isSeeded(db: Queryable): Promise<boolean> {
  return (await db.query('SELECT 1 FROM dataset_meta')).length > 0;
}

/**
 * Replaces everything in the database with one generated dataset of mocks/data, the same numbers
 * the mock backend serves, in one transaction (a failed seed leaves the previous data).
 */
export async function seedDatabase(db: Database, opts: SeedOptions): Promise<void> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const ds = getDataset(opts.dataset);
  log(`seed: generated the ${opts.dataset} dataset in ${Date.now() - started} ms`);
  const hashes = opts.demoUsers ? await Promise.all(ds.users.map((u) => hash(u.password))) : [];
  await db.transaction(async (tx) => {
    await tx.query(`TRUNCATE ${TABLES.join(', ')}`);
    await loadReference(tx, ds);
    log(`seed: statistics…`);
    await loadStatistics(tx, ds, opts.dataset === 'thuong-tin');
    await refreshRollups(tx);
    if (opts.demoUsers) {
      await bulkInsert(
        tx,
        'users',
        [{ name: 'id', type: 'text' }, { name: 'username', type: 'text' }, { name: 'name', type: 'text' }, { name: 'role', type: 'text' }, { name: 'password_hash', type: 'text' }],
        ds.users.map((u, i) => [u.id, u.username, u.name, u.role, hashes[i]]),
      );
    }
    await bulkInsert(tx, 'teams', [{ name: 'id', type: 'text' }, { name: 'name', type: 'text' }], ds.teams.map((t) => [t.id, t.name]));
    if (opts.demoUsers) {
      await bulkInsert(
        tx,
        'team_members',
        [{ name: 'team_id', type: 'text' }, { name: 'user_id', type: 'text' }],
        ds.teams.flatMap((t) => t.memberIds.map((m) => [t.id, m])),
      );
    }
    await loadRecords(tx, ds);
  });
  // Fresh statistics for the planner: without them it guesses a handful of rows and picks poor joins.
  await db.exec('ANALYZE');
  log(`seed: ${opts.dataset} loaded in ${Date.now() - started} ms${opts.demoUsers ? ' with the demo accounts' : ''}`);
}

async function loadReference(tx: Queryable, ds: Dataset) {
  const m = ds.meta;
  await tx.query(
    `INSERT INTO dataset_meta (dataset, name, root_unit_id, coverage_from, coverage_to, as_of, default_from, default_to)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [m.dataset, m.name, m.rootUnitId, m.coverage.from, m.coverage.to, m.asOf, m.defaultPeriod.from, m.defaultPeriod.to],
  );
  await bulkInsert(
    tx,
    'units',
    [
      { name: 'id', type: 'text' }, { name: 'ord', type: 'integer' }, { name: 'name', type: 'text' }, { name: 'kind', type: 'text' },
      { name: 'level', type: 'text' }, { name: 'population', type: 'integer' }, { name: 'valid_from', type: 'date' },
      { name: 'valid_to', type: 'date' }, { name: 'successor_id', type: 'text' }, { name: 'predecessor_ids', type: 'text[]' },
    ],
    ds.units.map((u, i) => [u.id, i, u.name, u.kind, u.level, u.population, u.validFrom, u.validTo, u.successorId, u.predecessorIds]),
  );
  await bulkInsert(
    tx,
    'fields',
    [{ name: 'id', type: 'text' }, { name: 'ord', type: 'integer' }, { name: 'name', type: 'text' }, { name: 'levels', type: 'text[]' }],
    ds.fields.map((f, i) => [f.id, i, f.name, f.levels]),
  );
  await bulkInsert(
    tx,
    'par_index',
    [{ name: 'year', type: 'integer' }, { name: 'score', type: 'numeric' }, { name: 'rank', type: 'integer' }, { name: 'out_of', type: 'integer' }, { name: 'components', type: 'jsonb' }],
    ds.parIndex.map((p) => [p.year, p.score, p.rank, p.outOf, p.components]),
  );
  await tx.query('INSERT INTO inspection_template (version, areas) VALUES ($1, $2)', [
    ds.inspectionTemplate.version,
    JSON.stringify(ds.inspectionTemplate.areas),
  ]);
}

/**
 * The monthly statistics, read back cell by cell from the generator's own query functions (a
 * single unit, field and month is exactly one stored cell), so both backends add up the same cells.
 */
async function loadStatistics(tx: Queryable, ds: Dataset, perFieldDigital: boolean) {
  const { from, to } = ds.meta.coverage;
  const months = monthsBetween(from, to);
  const dossierRows: unknown[][] = [];
  const feedbackRows: unknown[][] = [];
  const feedbackTopicRows: unknown[][] = [];
  const digitalRows: unknown[][] = [];
  const procedureRows: unknown[][] = [];
  for (const unit of ds.units) {
    const [first, last] = validityRange(unit, months);
    if (first > last) continue;
    const live = months.slice(first, last + 1);
    const fields = ds.fields.filter((f) => f.levels.includes(unit.level));
    for (const field of fields) {
      const byMonth = ds.dossiersByMonth({ from: live[0]!, to: live[live.length - 1]!, unit: unit.id, level: 'all', field: field.id });
      for (const r of byMonth) dossierRows.push([unit.id, field.id, r.month, ...dossierCountKeys.map((k) => r[k])]);
    }
    for (const month of live) {
      const q = { from: month, to: month, unit: unit.id, level: 'all' as const };
      const fb = ds.feedbackByUnit(q)[0];
      if (fb) feedbackRows.push([unit.id, month, fb.received, fb.dueInPeriod, fb.handledOnTime, fb.handledLate, fb.pending, fb.rated, fb.satisfied]);
      if (fb) {
        // A topic with nothing in a month (nor carried) needs no row: the sums read it as zeros.
        for (const t of ds.feedbackByTopic(q)) {
          if (t.received + t.dueInPeriod + t.pending + t.rated === 0) continue;
          feedbackTopicRows.push([unit.id, month, t.topicId, t.received, t.dueInPeriod, t.handledOnTime, t.handledLate, t.pending, t.rated, t.satisfied]);
        }
      }
      const all = ds.digitalByUnit(q)[0]?.indicators;
      if (!all) continue;
      digitalRows.push([unit.id, '', month, ...DIGITAL_FLOW_KEYS.flatMap((k) => [all[k].numerator, all[k].denominator])]);
      procedureRows.push([unit.id, month, ...DIGITAL_PROCEDURE_KEYS.flatMap((k) => [all[k].numerator, all[k].denominator])]);
      if (!perFieldDigital) continue;
      for (const field of fields) {
        const one = ds.digitalByUnit({ ...q, field: field.id })[0]?.indicators;
        if (one) digitalRows.push([unit.id, field.id, month, ...DIGITAL_FLOW_KEYS.flatMap((k) => [one[k].numerator, one[k].denominator])]);
      }
    }
  }
  const int = (name: string) => ({ name, type: 'integer' as const });
  const text = (name: string) => ({ name, type: 'text' as const });
  await bulkInsert(tx, 'dossier_monthly', [text('unit_id'), text('field_id'), text('month'), ...dossierCountKeys.map((k) => int(snake(k)))], dossierRows);
  await tx.query(
    `INSERT INTO dossier_unit_monthly
     SELECT unit_id, month, sum(carried_over), sum(received_online), sum(received_direct), sum(received_postal),
            sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(pending_on_time), sum(pending_overdue),
            sum(returned), sum(apology_letters)
       FROM dossier_monthly GROUP BY unit_id, month`,
  );
  await bulkInsert(
    tx,
    'feedback_monthly',
    [text('unit_id'), text('month'), ...FEEDBACK_COLUMNS_SQL.map(int)],
    feedbackRows,
  );
  await bulkInsert(
    tx,
    'feedback_topic_monthly',
    [text('unit_id'), text('month'), text('topic_id'), ...FEEDBACK_COLUMNS_SQL.map(int)],
    feedbackTopicRows,
  );
  const ratioCols = (keys: readonly string[]) => keys.flatMap((k) => [int(`${snake(k)}_num`), int(`${snake(k)}_den`)]);
  await bulkInsert(tx, 'digital_monthly', [text('unit_id'), text('field_id'), text('month'), ...ratioCols(DIGITAL_FLOW_KEYS)], digitalRows);
  await bulkInsert(tx, 'digital_procedures', [text('unit_id'), text('month'), ...ratioCols(DIGITAL_PROCEDURE_KEYS)], procedureRows);
}

async function loadRecords(tx: Queryable, ds: Dataset) {
  for (const t of ds.seedTargets) {
    await tx.query('INSERT INTO targets (year, version, "values", updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)', [
      t.year, t.version, JSON.stringify(t.values), t.updatedAt, t.updatedBy,
    ]);
  }
  await bulkInsert(
    tx,
    'inspections',
    [
      { name: 'id', type: 'text' }, { name: 'version', type: 'integer' }, { name: 'unit_id', type: 'text' }, { name: 'title', type: 'text' },
      { name: 'team_id', type: 'text' }, { name: 'planned_date', type: 'date' }, { name: 'start_date', type: 'date' }, { name: 'end_date', type: 'date' },
      { name: 'status', type: 'text' }, { name: 'checklist', type: 'jsonb' }, { name: 'findings', type: 'jsonb' }, { name: 'good_practices', type: 'jsonb' },
      { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' }, { name: 'updated_by', type: 'text' },
      { name: 'area_ids', type: 'jsonb' }, { name: 'history', type: 'jsonb' },
    ],
    ds.seedInspections.map((r) => [
      r.id, r.version, r.unitId, r.title, r.teamId, r.plannedDate, r.startDate, r.endDate, r.status,
      r.checklist, r.findings, r.goodPractices, r.createdAt, r.updatedAt, r.updatedBy, r.areaIds,
      // Instants as the server writes them (UTC, milliseconds), like every timestamptz column it reads back.
      r.history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
    ]),
  );
  await bulkInsert(
    tx,
    'actions',
    [
      { name: 'id', type: 'text' }, { name: 'version', type: 'integer' }, { name: 'inspection_id', type: 'text' }, { name: 'finding_id', type: 'text' },
      { name: 'unit_id', type: 'text' }, { name: 'description', type: 'text' }, { name: 'owner_unit_id', type: 'text' }, { name: 'owner_name', type: 'text' },
      { name: 'due_date', type: 'date' }, { name: 'status', type: 'text' }, { name: 'updated_at', type: 'timestamptz' },
    ],
    ds.seedActions.map((a) => [a.id, a.version, a.inspectionId, a.findingId, a.unitId, a.description, a.ownerUnitId, a.ownerName, a.dueDate, a.status, a.updatedAt]),
  );
  await bulkInsert(
    tx,
    'action_history',
    [
      { name: 'action_id', type: 'text' }, { name: 'seq', type: 'integer' }, { name: 'at', type: 'timestamptz' }, { name: 'by_user', type: 'text' },
      { name: 'from_status', type: 'text' }, { name: 'to_status', type: 'text' }, { name: 'note', type: 'text' },
    ],
    ds.seedActions.flatMap((a) => a.history.map((h, i) => [a.id, i, h.at, h.by, h.from, h.to, h.note])),
  );
}
