import type { Field } from '../../src/api/fields';
import { fieldsResponseSchema } from '../../src/api/fields';
import { inspectionTemplateSchema } from '../../src/api/inspection-template';
import { metaSchema, type Meta } from '../../src/api/meta';
import { parIndexResponseSchema, type ParIndexYear } from '../../src/api/par-index';
import { unitsQuerySchema, unitsResponseSchema, type Unit } from '../../src/api/units';
import type { Api, Deps } from '../http/types';

/** The read-only reference data: meta, units, fields, PAR INDEX, the inspection template. */
export function referenceRoutes(api: Api, { db }: Deps) {
  api.get('/meta', { schema: { response: { 200: metaSchema } } }, async () => {
    const [m] = await db.query<Record<string, string>>('SELECT *, as_of::text AS as_of FROM dataset_meta');
    if (!m) throw new Error('the database holds no dataset: run npm run seed');
    return {
      dataset: m.dataset as Meta['dataset'],
      name: m.name!,
      rootUnitId: m.root_unit_id!,
      coverage: { from: m.coverage_from!, to: m.coverage_to! },
      asOf: m.as_of!,
      defaultPeriod: { from: m.default_from!, to: m.default_to! },
    };
  });

  api.get('/units', { schema: { querystring: unitsQuerySchema, response: { 200: unitsResponseSchema } } }, async (req) =>
    db.query<Unit>(
      `SELECT id, name, kind, level, population, valid_from::text AS "validFrom", valid_to::text AS "validTo",
              successor_id AS "successorId", predecessor_ids AS "predecessorIds"
         FROM units
        WHERE $1::date IS NULL OR (valid_from <= $1::date AND (valid_to IS NULL OR $1::date <= valid_to))
        ORDER BY ord`,
      [req.query.at ?? null],
    ),
  );

  api.get('/fields', { schema: { response: { 200: fieldsResponseSchema } } }, async () =>
    db.query<Field>('SELECT id, name, levels FROM fields ORDER BY ord'),
  );

  api.get('/par-index', { schema: { response: { 200: parIndexResponseSchema } } }, async () =>
    db.query<ParIndexYear>('SELECT year, score::float8 AS score, rank, out_of AS "outOf", components FROM par_index ORDER BY year'),
  );

  api.get('/inspection-template', { schema: { response: { 200: inspectionTemplateSchema } } }, async () => {
    const [t] = await db.query<{ version: number; areas: unknown }>('SELECT version, areas FROM inspection_template');
    if (!t) throw new Error('the database holds no inspection template: run npm run seed');
    return t as never;
  });
}
