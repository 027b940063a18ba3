import { putTargetsRequestSchema, targetsQuerySchema, targetsSchema, type Targets, type TargetValues } from '../../src/api/targets';
import type { Queryable } from '../db/database';
import { conflict } from '../http/errors';
import { currentUser } from '../http/session';
import type { Api, Deps } from '../http/types';

const fallbackValues: TargetValues = {
  onTimeRate: 0.98,
  onlineShare: 0.5,
  fullyOnlineShare: 0.3,
  digitisedShare: 0.8,
  electronicResultShare: 0.8,
  onlinePaymentShare: 0.3,
  feedbackOnTimeRate: 1,
  parIndexRank: 10,
};

const SELECT = `SELECT year, version, "values", iso(updated_at) AS "updatedAt", updated_by AS "updatedBy" FROM targets`;

/**
 * The targets of a year. A year without a record gets the values of the nearest earlier year (or
 * the earliest one) at version 0; a PUT with version 0 creates it (as in the mock).
 */
export async function findTargets(db: Queryable, year: number): Promise<Targets> {
  const [rec] = await db.query<Targets>(`${SELECT} WHERE year = $1`, [year]);
  if (rec) return rec;
  const [base] = await db.query<{ values: TargetValues }>(
    `SELECT "values" FROM targets ORDER BY (year < $1) DESC, CASE WHEN year < $1 THEN -year ELSE year END LIMIT 1`,
    [year],
  );
  return { year, version: 0, values: base?.values ?? fallbackValues, updatedAt: null, updatedBy: null };
}

export function targetsRoutes(api: Api, { db }: Deps) {
  api.get('/targets', { schema: { querystring: targetsQuerySchema, response: { 200: targetsSchema } } }, async (req) =>
    findTargets(db, req.query.year),
  );

  api.put(
    '/targets/:year',
    {
      schema: { params: targetsQuerySchema, body: putTargetsRequestSchema, response: { 200: targetsSchema } },
      config: { access: ['secretariat'], roleMessage: 'Chỉ văn phòng CCHC được sửa chỉ tiêu' },
    },
    async (req) => {
      const user = currentUser(req);
      const { year } = req.params;
      const { version, values } = req.body;
      // The version check is the write's own condition: of two racing writes one matches, one does not.
      const [saved] =
        version === 0
          ? await db.query<Targets>(
              `WITH w AS (INSERT INTO targets (year, version, "values", updated_at, updated_by) VALUES ($1, 1, $2, now(), $3)
                          ON CONFLICT (year) DO NOTHING RETURNING *)
               SELECT year, version, "values", iso(updated_at) AS "updatedAt", updated_by AS "updatedBy" FROM w`,
              [year, JSON.stringify(values), user.id],
            )
          : await db.query<Targets>(
              `WITH w AS (UPDATE targets SET version = version + 1, "values" = $3, updated_at = now(), updated_by = $4
                           WHERE year = $1 AND version = $2 RETURNING *)
               SELECT year, version, "values", iso(updated_at) AS "updatedAt", updated_by AS "updatedBy" FROM w`,
              [year, version, JSON.stringify(values), user.id],
            );
      if (!saved) throw conflict(await findTargets(db, year));
      return saved;
    },
  );
}
