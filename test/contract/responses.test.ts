import { describe, expect, it } from 'vitest';
import { getMe, login, userSchema } from '../../src/api/auth';
import { endpoints } from '../../src/api/contract';
import { digitalIndicatorKeys, getDigitalByUnit, getDigitalSummary } from '../../src/api/digital';
import { getDossierSummary, getDossiersByMonth, getDossiersByUnit } from '../../src/api/dossiers';
import { getFeedbackSummary } from '../../src/api/feedback';
import { getInspections } from '../../src/api/inspections';
import { getMeta } from '../../src/api/meta';
import { getTargets } from '../../src/api/targets';
import { getUnits } from '../../src/api/units';
import { setActiveDataset } from '../../mocks/node';
import { callersOf, endpointCases, endpointKey } from './endpoint-cases';
import { as, communeId, dataset, PASSWORD, signInAs, setupMockBackend, userOf, mockOnlyIt } from './helpers';

setupMockBackend();

describe('the mock backend answers every endpoint of the contract', () => {
  it('has a case for every endpoint, and none for an endpoint that does not exist', () => {
    expect(Object.keys(endpointCases).sort()).toEqual(endpoints.map(endpointKey).sort());
  });

  for (const endpoint of endpoints) {
    describe(endpointKey(endpoint), () => {
      it.each(callersOf(endpoint))('answers %s with a body that matches its schema', async (caller) => {
        const c = endpointCases[endpointKey(endpoint)];
        if (!c) throw new Error(`no case for ${endpointKey(endpoint)}`);
        const fx = c.prepare ? await as('secretariat', () => c.prepare!(caller)) : {};
        await signInAs(caller === 'public' ? null : caller);
        const result = await c.call(caller, fx);
        if (endpoint.response) {
          const parsed = endpoint.response.safeParse(result);
          expect(parsed.error?.issues ?? []).toEqual([]);
        } else if (endpoint.binary) {
          expect(result).toBeInstanceOf(Blob);
          expect(endpoint.binary).toContain((result as Blob).type);
        } else {
          expect(result).toBeUndefined();
        }
      });
    });
  }
});

describe('what the answers hold', () => {
  it('signs in with the demo password for 8 hours and shows the user without the password', async () => {
    const before = Date.now();
    const res = await login({ username: 'vanphong', password: PASSWORD });
    const expires = Date.parse(res.expiresAt);
    expect(expires - before).toBeGreaterThanOrEqual(8 * 3600_000 - 1000);
    expect(expires - before).toBeLessThanOrEqual(8 * 3600_000 + 1000);
    expect(res.user.role).toBe('secretariat');
    expect(Object.keys(res.user).sort()).toEqual(Object.keys(userSchema.shape).sort());
    expect(res.user).not.toHaveProperty('password');
  });

  it.each(['lanhdao', 'kiemtra', 'vanphong'])('knows the demo account %s', async (username) => {
    const res = await login({ username, password: PASSWORD });
    expect(res.user.username).toBe(username);
  });

  it('GET /auth/me is the signed-in user', async () => {
    await signInAs('inspector');
    const me = await getMe();
    const { password: _password, ...expected } = userOf('inspector');
    expect(me).toEqual(expected);
  });

  it('GET /meta says which dataset this is', async () => {
    await signInAs('leader');
    const meta = await getMeta();
    expect(meta).toEqual(dataset().meta);
    expect(meta.dataset).toBe('thuong-tin');
  });

  it('echoes the period query with its defaults applied', async () => {
    await signInAs('leader');
    const summary = await getDossierSummary({ from: '2022-01', to: '2022-12' });
    expect(summary.query).toEqual({ from: '2022-01', to: '2022-12', unit: 'all', level: 'all' });
    const field = dataset().fields[0]!.id;
    const byMonth = await getDossiersByMonth({ from: '2022-01', to: '2022-03', unit: communeId(), level: 'commune', field });
    expect(byMonth.query).toEqual({ from: '2022-01', to: '2022-03', unit: communeId(), level: 'commune', field });
    for (const row of byMonth.rows) expect(row.month >= '2022-01' && row.month <= '2022-03').toBe(true);
    const digital = await getDigitalByUnit({ from: '2023-01', to: '2023-06', level: 'commune' });
    expect(digital.query).toEqual({ from: '2023-01', to: '2023-06', unit: 'all', level: 'commune' });
  });

  it('sums the digital rows into the digital summary, key by key', async () => {
    await signInAs('leader');
    const query = { from: '2023-01', to: '2023-12', unit: 'all', level: 'all' } as const;
    const [summary, byUnit] = await Promise.all([getDigitalSummary(query), getDigitalByUnit(query)]);
    expect(summary.query).toEqual(query);
    for (const key of digitalIndicatorKeys) {
      expect(summary.totals[key].numerator, key).toBe(byUnit.rows.reduce((s, r) => s + r.indicators[key].numerator, 0));
      expect(summary.totals[key].denominator, key).toBe(byUnit.rows.reduce((s, r) => s + r.indicators[key].denominator, 0));
    }
    expect(summary.totals.onlineDossiers.denominator).toBeGreaterThan(0);
  });

  it('sums the feedback rows into the totals', async () => {
    await signInAs('leader');
    const fb = await getFeedbackSummary({ from: '2023-01', to: '2023-12' });
    expect(fb.totals.received).toBe(fb.rows.reduce((s, r) => s + r.received, 0));
    expect(fb.totals.satisfied).toBe(fb.rows.reduce((s, r) => s + r.satisfied, 0));
  });

  it('has the article’s figure: 4,977 dossiers received by the district-level one-stop in 2022', async () => {
    await signInAs('leader');
    const { totals } = await getDossierSummary({ from: '2022-01', to: '2022-12', unit: dataset().meta.rootUnitId });
    expect(totals.receivedOnline + totals.receivedDirect + totals.receivedPostal).toBe(4977);
  });

  it('GET /units?at= lists only the units valid on that day', async () => {
    await signInAs('leader');
    const all = await getUnits();
    const at = await getUnits({ at: '2025-01-01' });
    expect(all).toEqual(dataset().units);
    expect(at.length).toBeLessThan(all.length);
    for (const u of at) expect(u.validFrom <= '2025-01-01' && (u.validTo === null || u.validTo >= '2025-01-01')).toBe(true);
  });

  it('GET /inspections filters by year and lists the latest first', async () => {
    await signInAs('leader');
    const list = await getInspections({ year: 2024 });
    expect(list.length).toBeGreaterThan(0);
    for (const i of list) expect(i.plannedDate.startsWith('2024-')).toBe(true);
    const dates = list.map((i) => i.plannedDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('GET /targets of a year without targets yet offers the latest values at version 0', async () => {
    await signInAs('leader');
    const t = await getTargets(2099);
    expect(t).toMatchObject({ year: 2099, version: 0, updatedAt: null, updatedBy: null });
  });

  mockOnlyIt('serves the national dataset when it is chosen', async () => {
    setActiveDataset('national');
    await signInAs('leader');
    const meta = await getMeta();
    expect(meta.dataset).toBe('national');
    const byUnit = await getDossiersByUnit(meta.defaultPeriod);
    expect(byUnit.rows.length).toBeGreaterThan(3000);
  }, 'the server is seeded with the demo dataset');
});
