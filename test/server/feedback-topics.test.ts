import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/data';
import type { AggregateQuery } from '../../mocks/data';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

// PAKN by topic and by month: the server sums feedback_topic_monthly and feedback_monthly in SQL,
// the mock the generator's arrays; the same seed must give the same numbers.
const ds = getDataset('thuong-tin');
let s: TestServer;
let token: string;

beforeAll(async () => {
  s = await startServer();
  token = await signIn(s.app, accounts.leader);
});
afterAll(() => s.cleanup());

const qs = (q: AggregateQuery) => new URLSearchParams(Object.entries(q) as [string, string][]).toString();

const queries: AggregateQuery[] = [
  { from: '2022-01', to: '2022-12', unit: 'all', level: 'all' },
  { from: '2022-01', to: '2022-12', unit: 'all', level: 'commune' },
  { from: '2020-01', to: '2025-06', unit: 'all', level: 'all' },
  // Across the 2025 merger: units that ended or began inside the period.
  { from: '2024-10', to: '2025-06', unit: 'all', level: 'all' },
  { from: '2023-03', to: '2023-03', unit: ds.meta.rootUnitId, level: 'all' },
  { from: '2025-01', to: '2025-06', unit: 'xa-thu-phu', level: 'all' },
];

describe('GET /feedback/summary by topic and by month on the reference server', () => {
  it.each(queries)('equals the mock backend’s for %o', async (q) => {
    const res = await call(s.app, 'GET', `/feedback/summary?${qs(q)}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.byTopic).toEqual(ds.feedbackByTopic(q));
    expect(res.body.byMonth).toEqual(ds.feedbackByMonth(q));
  });

  it('keeps the topics a partition of feedback_monthly in every unit-month and column', async () => {
    const cols = ['received', 'due_in_period', 'handled_on_time', 'handled_late', 'pending', 'rated', 'satisfied'];
    const mismatches = await s.db.query(
      `SELECT f.unit_id, f.month FROM feedback_monthly f
         LEFT JOIN (SELECT unit_id, month, ${cols.map((c) => `sum(${c}) AS ${c}`).join(', ')}
                      FROM feedback_topic_monthly GROUP BY unit_id, month) t USING (unit_id, month)
        WHERE ${cols.map((c) => `f.${c} <> coalesce(t.${c}, 0)`).join(' OR ')}`,
    );
    expect(mismatches).toEqual([]);
    const [row] = await s.db.query<{ n: number }>('SELECT count(DISTINCT topic_id)::int AS n FROM feedback_topic_monthly');
    expect(row?.n).toBe(6);
  });
});
