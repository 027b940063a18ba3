import { describe, expect, it } from 'vitest';
import { createInspection, getInspection, getInspections, patchInspection } from '../../src/api/inspections';
import { call, errorOf, expectApiError, inspectionBody, signInAs, setupMockBackend, teams, tokenFor } from './helpers';

setupMockBackend();

const ALL = [1, 2, 3, 4, 5, 6, 7];

describe('the areas in scope (areaIds)', () => {
  it('a new inspection covers all seven areas unless told otherwise; a given scope is kept in ascending order', async () => {
    await signInAs('inspector');
    const whole = await createInspection(inspectionBody(teams().own));
    expect(whole.areaIds).toEqual(ALL);
    const thematic = await createInspection(inspectionBody(teams().own, { areaIds: [7, 3] }));
    expect(thematic.areaIds).toEqual([3, 7]);
    expect((await getInspection(thematic.id)).areaIds).toEqual([3, 7]);
  });

  it('PATCH changes the scope, and only the scope', async () => {
    await signInAs('inspector');
    const created = await createInspection(inspectionBody(teams().own));
    const saved = await patchInspection(created.id, { version: created.version, areaIds: [1, 3, 5] });
    expect(saved).toMatchObject({ version: 2, areaIds: [1, 3, 5], title: created.title, findings: created.findings });
    expect((await getInspection(created.id)).areaIds).toEqual([1, 3, 5]);
    const untouched = await patchInspection(created.id, { version: 2, title: 'Tên mới' });
    expect(untouched.areaIds).toEqual([1, 3, 5]);
  });

  it.each([
    ['none', [], { areaIds: ['Chọn ít nhất một lĩnh vực kiểm tra'] }],
    ['one twice', [3, 3], { areaIds: ['Mỗi lĩnh vực chỉ chọn một lần'] }],
    ['area 0', [0, 3], { 'areaIds.0': ['Lĩnh vực phải là số từ 1 đến 7'] }],
    ['area 8', [3, 8], { 'areaIds.1': ['Lĩnh vực phải là số từ 1 đến 7'] }],
    ['area 2.5', [2.5], { 'areaIds.0': ['Lĩnh vực phải là số từ 1 đến 7'] }],
    ['a string', ['3'], { 'areaIds.0': ['Lĩnh vực phải là số từ 1 đến 7'] }],
  ])('refuses a scope with %s: 422 at the field, nothing saved', async (_name, areaIds, fields) => {
    const token = await tokenFor('inspector');
    const res = await call('POST', '/inspections', { token, body: { ...inspectionBody(teams().own), areaIds } });
    expect(res.status).toBe(422);
    expect(errorOf(res).fields).toEqual(fields);

    await signInAs('inspector');
    const created = await createInspection(inspectionBody(teams().own));
    const patch = await call('PATCH', `/inspections/${created.id}`, { token, body: { version: created.version, areaIds } });
    expect(patch.status).toBe(422);
    expect(errorOf(patch).fields).toEqual(fields);
    expect((await getInspection(created.id)).version).toBe(created.version);
  });

  it('refuses a scope that is not a list', async () => {
    await signInAs('inspector');
    const created = await createInspection(inspectionBody(teams().own));
    await expectApiError(patchInspection(created.id, { version: created.version, areaIds: 'all' as never }), { kind: 'validation', status: 422 });
  });

  it('the seed: every finalised visit covered all seven areas; most visits do, a few planned or under way are thematic', async () => {
    await signInAs('leader');
    const all = await getInspections();
    expect(all.length).toBeGreaterThan(50);
    for (const i of all) {
      expect(i.areaIds.length).toBeGreaterThanOrEqual(1);
      expect([...new Set(i.areaIds)].sort((a, b) => a - b)).toEqual(i.areaIds);
      if (i.status === 'finalised') expect(i.areaIds).toEqual(ALL);
      // A visit under way covers at least what it has assessed.
      const assessedAreas = new Set(i.checklist.filter((c) => c.result !== null).map((c) => Number(c.criterionId.slice(1, 2))));
      for (const a of assessedAreas) expect(i.areaIds).toContain(a);
    }
    const whole = all.filter((i) => i.areaIds.length === 7).length;
    expect(whole / all.length).toBeGreaterThan(0.8);
    expect(all.some((i) => i.areaIds.length < 7)).toBe(true);
  });
});
