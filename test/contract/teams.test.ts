import { describe, expect, it } from 'vitest';
import { getMe } from '../../src/api/auth';
import { getTeams, teamsResponseSchema } from '../../src/api/teams';
import { setFault } from '../../mocks/node';
import { call, dataset, expectApiError, mockOnlyIt, signInAs, setupMockBackend, tokenFor } from './helpers';

setupMockBackend();

const expectedTeams = [
  {
    id: 'doan-1',
    name: 'Đoàn kiểm tra CCHC số 1',
    members: [{ userId: 'u-kiemtra', post: 'Thành viên Đoàn kiểm tra số 1', role: 'inspector' }],
  },
  {
    id: 'doan-2',
    name: 'Đoàn kiểm tra CCHC số 2',
    members: [{ userId: 'u-kiemtra2', post: 'Thành viên Đoàn kiểm tra số 2', role: 'inspector' }],
  },
];

describe('GET /teams', () => {
  it.each(['leader', 'inspector', 'secretariat'] as const)('gives the %s every team with its members by post', async (role) => {
    await signInAs(role);
    expect(await getTeams()).toEqual(expectedTeams);
  });

  it('names members by post only: no username, password or any other field of the account', async () => {
    const res = await call('GET', '/teams', { token: await tokenFor('secretariat') });
    expect(res.status).toBe(200);
    const teams = teamsResponseSchema.parse(res.body);
    for (const t of res.body as { members: Record<string, unknown>[] }[])
      for (const m of t.members) expect(Object.keys(m).sort()).toEqual(['post', 'role', 'userId']);
    expect(JSON.stringify(res.body)).not.toMatch(/"(kiemtra2?|lanhdao|vanphong|demo)"/);
    expect(teams.flatMap((t) => t.members.map((m) => m.post))).toEqual(dataset().teams.flatMap((t) => t.memberIds.map((id) => dataset().users.find((u) => u.id === id)!.name)));
  });

  it('agrees with the signed-in inspector’s own teams, from which what they may write follows', async () => {
    await signInAs('inspector');
    const me = await getMe();
    const teams = await getTeams();
    expect(teams.filter((t) => t.members.some((m) => m.userId === me.id)).map((t) => t.id)).toEqual(me.teamIds);
    expect(me.teamIds).toEqual(['doan-1']);
  });

  it('refuses a request without a session with a 401', async () => {
    const res = await call('GET', '/teams', { token: null });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'unauthorized' } });
  });

  mockOnlyIt('answers a server failure with a 500 the client reads as a server error', async () => {
    await signInAs('inspector');
    setFault('error');
    await expectApiError(getTeams(), { kind: 'server', status: 500 });
  });
});
