import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationFiles } from '../../server/db/migrate';
import { accounts, call, databaseUrl, signIn, startServer, tempDir } from './helpers';

const dataDir = databaseUrl ? undefined : tempDir('cchc-restart-');
afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the database: migrations and restarts', () => {
  it('migrates an empty database to the latest schema and records every file', async () => {
    const s = await startServer({ ...(dataDir ? { dataDir } : {}), seed: false });
    try {
      const done = await s.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      expect(done.map((r) => r.name)).toEqual(migrationFiles());
      const tables = (await s.db.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public'")).map((r) => r.t);
      for (const t of ['units', 'fields', 'dossier_monthly', 'digital_monthly', 'feedback_monthly', 'users', 'sessions', 'teams', 'team_members', 'inspections', 'actions', 'action_history', 'targets', 'evidence'])
        expect(tables).toContain(t);
      // A constraint the routes rely on: a negative count never gets in.
      await expect(
        s.db.query("INSERT INTO feedback_monthly VALUES ('x', '2025-01', -1, 0, 0, 0, 0, 0, 0)"),
      ).rejects.toThrow();
    } finally {
      await s.cleanup();
    }
  });

  it('a restart on the same data keeps every write (and migrating again changes nothing)', async () => {
    const first = await startServer({ ...(dataDir ? { dataDir } : {}) });
    let id: string;
    let token = await signIn(first.app, accounts.inspector);
    try {
      const rec = await call(first.app, 'POST', '/inspections', {
        token,
        body: { unitId: 'xa-nhi-khe', title: 'Ghi trước khi khởi động lại', teamId: 'doan-1', plannedDate: '2025-09-15' },
      });
      expect(rec.status).toBe(201);
      id = rec.body.id;
      expect((await call(first.app, 'PATCH', `/inspections/${id}`, { token, body: { version: 1, status: 'in_progress', startDate: '2025-09-15' } })).status).toBe(200);
      const office = await signIn(first.app, accounts.secretariat);
      const values = (await call(first.app, 'GET', '/targets?year=2025', { token: office })).body;
      expect((await call(first.app, 'PUT', '/targets/2025', { token: office, body: { version: values.version, values: { ...values.values, onlineShare: 0.77 } } })).status).toBe(200);
    } finally {
      await first.cleanup();
    }

    const second = await startServer({ ...(dataDir ? { dataDir } : {}), seed: false, fresh: false });
    try {
      // The session survived too: it lives in the database, not in the process.
      const again = await call(second.app, 'GET', `/inspections/${id}`, { token });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ title: 'Ghi trước khi khởi động lại', version: 2, status: 'in_progress', startDate: '2025-09-15' });
      token = await signIn(second.app, accounts.leader);
      expect((await call(second.app, 'GET', '/targets?year=2025', { token })).body.values.onlineShare).toBe(0.77);
    } finally {
      await second.cleanup();
    }
  });
});
