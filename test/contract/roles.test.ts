import { describe, expect, it } from 'vitest';
import { createAction, deleteAction, getActions, patchAction, type Action } from '../../src/api/actions';
import type { Role } from '../../src/api/common';
import {
  createInspection,
  deleteInspection,
  getInspection,
  patchInspection,
  type Inspection,
  type InspectionStatus,
} from '../../src/api/inspections';
import { getMeta } from '../../src/api/meta';
import { getTargets, putTargets, type Targets } from '../../src/api/targets';
import { issueToken } from '../../mocks/node';
import {
  actionFields,
  as,
  call,
  dataset,
  errorOf,
  expectApiError,
  finalisedInspection,
  inspectionBody,
  setToken,
  signInAs,
  teams,
  tokenFor,
  unauthorizedCalls,
  setupMockBackend,
  mockOnlyIt,
  userOf,
} from './helpers';

setupMockBackend();

type Actor = 'leader' | 'inspector' | 'otherInspector' | 'secretariat';
const actors: Actor[] = ['leader', 'inspector', 'otherInspector', 'secretariat'];
/** `otherInspector` is the inspector acting on a record of a team they do not belong to. */
const roleOf: Record<Actor, Role> = { leader: 'leader', inspector: 'inspector', otherInspector: 'inspector', secretariat: 'secretariat' };
const teamOf = (actor: Actor) => (actor === 'otherInspector' ? teams().other : teams().own);

const LEADER = 'Lãnh đạo chỉ được xem, không được thay đổi dữ liệu';
const TARGETS = 'Chỉ văn phòng CCHC được sửa chỉ tiêu';
const NOT_TEAM = 'Bạn không thuộc đoàn thực hiện cuộc kiểm tra này';
const PLAN_OWN_TEAM = 'Bạn chỉ được lập kế hoạch kiểm tra cho đoàn mà mình là thành viên';
const FINALISED = 'Cuộc kiểm tra đã hoàn thành, biên bản đã chốt: chỉ văn phòng CCHC được sửa';
const NOT_PLANNED = 'Chỉ xóa được cuộc kiểm tra còn ở trạng thái kế hoạch; cuộc kiểm tra này ở trạng thái “đang kiểm tra”';
const ACTION_OWN_TEAM = 'Bạn chỉ được thêm kiến nghị cho cuộc kiểm tra do đoàn mình thực hiện';
const ACTION_NOT_TEAM = 'Bạn chỉ được cập nhật kiến nghị của cuộc kiểm tra do đoàn mình thực hiện';
const VERIFY = 'Chỉ văn phòng CCHC được xác nhận kết quả khắc phục đã được xác minh';
const VERIFIED = 'Kiến nghị đã được xác minh: chỉ văn phòng CCHC được thay đổi';
const ACTION_FINALISED =
  'Cuộc kiểm tra đã hoàn thành, biên bản đã chốt: chỉ văn phòng CCHC được sửa nội dung, đơn vị, người chịu trách nhiệm hoặc hạn xử lý của kiến nghị; trạng thái khắc phục vẫn cập nhật được';
const ACTION_CANCELLED = 'Cuộc kiểm tra đã hủy: không sửa được kiến nghị của cuộc kiểm tra này';
const ACTION_STARTED = 'Kiến nghị đã bắt đầu khắc phục nên không xóa được; chỉ xóa được kiến nghị chưa thực hiện';

type Outcome = 200 | 201 | 204 | [403, string];

/** The contract's role rules, written out: write × actor → status (and the 403 message). */
const expected: Record<string, Record<Actor, Outcome>> = {
  'PUT /targets/2025': { leader: [403, TARGETS], inspector: [403, TARGETS], otherInspector: [403, TARGETS], secretariat: 200 },
  'POST /inspections': { leader: [403, LEADER], inspector: 201, otherInspector: [403, PLAN_OWN_TEAM], secretariat: 201 },
  'PATCH /inspections/:id (in progress)': { leader: [403, LEADER], inspector: 200, otherInspector: [403, NOT_TEAM], secretariat: 200 },
  'PATCH /inspections/:id (finalised)': { leader: [403, LEADER], inspector: [403, FINALISED], otherInspector: [403, NOT_TEAM], secretariat: 200 },
  'DELETE /inspections/:id (planned)': { leader: [403, LEADER], inspector: 204, otherInspector: [403, NOT_TEAM], secretariat: 204 },
  'DELETE /inspections/:id (in progress)': { leader: [403, LEADER], inspector: [403, NOT_PLANNED], otherInspector: [403, NOT_TEAM], secretariat: [403, NOT_PLANNED] },
  'POST /actions': { leader: [403, LEADER], inspector: 201, otherInspector: [403, ACTION_OWN_TEAM], secretariat: 201 },
  'PATCH /actions/:id (progress)': { leader: [403, LEADER], inspector: 200, otherInspector: [403, ACTION_NOT_TEAM], secretariat: 200 },
  'PATCH /actions/:id (verify)': { leader: [403, LEADER], inspector: [403, VERIFY], otherInspector: [403, ACTION_NOT_TEAM], secretariat: 200 },
  'PATCH /actions/:id (a verified one)': { leader: [403, LEADER], inspector: [403, VERIFIED], otherInspector: [403, ACTION_NOT_TEAM], secretariat: 200 },
  // Once the inspection is finalised its actions' content is the minutes' (the secretariat's to correct); the
  // remediation's status moves go on (the Khắc phục tracker); a cancelled inspection's actions are not edited.
  'PATCH /actions/:id (content, finalised inspection)': { leader: [403, LEADER], inspector: [403, ACTION_FINALISED], otherInspector: [403, ACTION_NOT_TEAM], secretariat: 200 },
  'PATCH /actions/:id (move, finalised inspection)': { leader: [403, LEADER], inspector: 200, otherInspector: [403, ACTION_NOT_TEAM], secretariat: 200 },
  'PATCH /actions/:id (move and same content, finalised inspection)': { leader: [403, LEADER], inspector: 200, otherInspector: [403, ACTION_NOT_TEAM], secretariat: 200 },
  'PATCH /actions/:id (content, cancelled inspection)': { leader: [403, LEADER], inspector: [403, ACTION_CANCELLED], otherInspector: [403, ACTION_NOT_TEAM], secretariat: [403, ACTION_CANCELLED] },
  // A recommendation written by mistake is deleted while not started, by whoever may change its content; a
  // remediation begun keeps its record.
  'DELETE /actions/:id (not started)': { leader: [403, LEADER], inspector: 204, otherInspector: [403, ACTION_NOT_TEAM], secretariat: 204 },
  'DELETE /actions/:id (in progress)': { leader: [403, LEADER], inspector: [403, ACTION_STARTED], otherInspector: [403, ACTION_NOT_TEAM], secretariat: [403, ACTION_STARTED] },
  'DELETE /actions/:id (finalised inspection)': { leader: [403, LEADER], inspector: [403, ACTION_FINALISED], otherInspector: [403, ACTION_NOT_TEAM], secretariat: 204 },
  'DELETE /actions/:id (cancelled inspection)': { leader: [403, LEADER], inspector: [403, ACTION_CANCELLED], otherInspector: [403, ACTION_NOT_TEAM], secretariat: [403, ACTION_CANCELLED] },
};

interface Fx {
  inspection?: Inspection;
  action?: Action;
  targets?: Targets;
}

const inspectionIn = (teamId: string, status: InspectionStatus) =>
  status === 'finalised'
    ? finalisedInspection(teamId)
    : createInspection(inspectionBody(teamId, status === 'planned' ? {} : { status, startDate: '2025-05-20' }));

async function actionIn(teamId: string, status: Action['status']): Promise<Fx> {
  const inspection = await inspectionIn(teamId, 'in_progress');
  let action = await createAction({ inspectionId: inspection.id, findingId: 'f-1', ownerUnitId: inspection.unitId, ...actionFields });
  // The moves of the table one by one (an action cannot jump to fixed or verified).
  const path: Action['status'][] = ['in_progress', 'fixed', 'verified'];
  for (const next of path.slice(0, path.indexOf(status) + 1))
    action = await patchAction(action.id, { version: action.version, status: next, note: 'Đã thực hiện' });
  return { inspection, action };
}

/** The action of a finalised inspection of the team (not started), or of one planned and then cancelled. */
async function actionOfClosed(teamId: string, status: 'finalised' | 'cancelled'): Promise<Fx> {
  if (status === 'finalised') {
    const inspection = await finalisedInspection(teamId);
    const [action] = await getActions({ inspectionId: inspection.id });
    return { inspection, action };
  }
  const planned = await createInspection(inspectionBody(teamId));
  const action = await createAction({ inspectionId: planned.id, findingId: 'f-1', ownerUnitId: planned.unitId, ...actionFields });
  const inspection = await patchInspection(planned.id, { version: planned.version, status: 'cancelled' });
  return { inspection, action };
}

const must = <T>(v: T | undefined): T => {
  if (v === undefined) throw new Error('missing fixture');
  return v;
};

/** How each write is prepared (as the secretariat, for the actor's team) and sent (raw, as the actor). */
const writes: Record<string, { prepare: (teamId: string) => Promise<Fx>; send: (token: string, fx: Fx, teamId: string) => ReturnType<typeof call> }> = {
  'PUT /targets/2025': {
    prepare: async () => ({ targets: await getTargets(2025) }),
    send: (token, fx) => call('PUT', '/targets/2025', { token, body: { version: must(fx.targets).version, values: must(fx.targets).values } }),
  },
  'POST /inspections': {
    prepare: async () => ({}),
    send: (token, _fx, teamId) => call('POST', '/inspections', { token, body: inspectionBody(teamId) }),
  },
  'PATCH /inspections/:id (in progress)': {
    prepare: async (teamId) => ({ inspection: await inspectionIn(teamId, 'in_progress') }),
    send: (token, fx) =>
      call('PATCH', `/inspections/${must(fx.inspection).id}`, { token, body: { version: must(fx.inspection).version, title: 'Đã sửa' } }),
  },
  'PATCH /inspections/:id (finalised)': {
    prepare: async (teamId) => ({ inspection: await inspectionIn(teamId, 'finalised') }),
    send: (token, fx) =>
      call('PATCH', `/inspections/${must(fx.inspection).id}`, { token, body: { version: must(fx.inspection).version, title: 'Đã sửa' } }),
  },
  'DELETE /inspections/:id (planned)': {
    prepare: async (teamId) => ({ inspection: await inspectionIn(teamId, 'planned') }),
    send: (token, fx) => call('DELETE', `/inspections/${must(fx.inspection).id}?version=${must(fx.inspection).version}`, { token }),
  },
  'DELETE /inspections/:id (in progress)': {
    prepare: async (teamId) => ({ inspection: await inspectionIn(teamId, 'in_progress') }),
    send: (token, fx) => call('DELETE', `/inspections/${must(fx.inspection).id}?version=${must(fx.inspection).version}`, { token }),
  },
  'POST /actions': {
    prepare: async (teamId) => ({ inspection: await inspectionIn(teamId, 'in_progress') }),
    send: (token, fx) =>
      call('POST', '/actions', {
        token,
        body: { inspectionId: must(fx.inspection).id, findingId: 'f-1', ownerUnitId: must(fx.inspection).unitId, ...actionFields },
      }),
  },
  'PATCH /actions/:id (progress)': {
    prepare: (teamId) => actionIn(teamId, 'not_started'),
    send: (token, fx) =>
      call('PATCH', `/actions/${must(fx.action).id}`, { token, body: { version: must(fx.action).version, status: 'in_progress' } }),
  },
  'PATCH /actions/:id (verify)': {
    prepare: (teamId) => actionIn(teamId, 'fixed'),
    send: (token, fx) =>
      call('PATCH', `/actions/${must(fx.action).id}`, { token, body: { version: must(fx.action).version, status: 'verified' } }),
  },
  'PATCH /actions/:id (a verified one)': {
    prepare: (teamId) => actionIn(teamId, 'verified'),
    send: (token, fx) =>
      call('PATCH', `/actions/${must(fx.action).id}`, { token, body: { version: must(fx.action).version, dueDate: '2025-12-31' } }),
  },
  'PATCH /actions/:id (content, finalised inspection)': {
    prepare: (teamId) => actionOfClosed(teamId, 'finalised'),
    send: (token, fx) =>
      call('PATCH', `/actions/${must(fx.action).id}`, { token, body: { version: must(fx.action).version, dueDate: '2025-12-31' } }),
  },
  'PATCH /actions/:id (move, finalised inspection)': {
    prepare: (teamId) => actionOfClosed(teamId, 'finalised'),
    send: (token, fx) =>
      call('PATCH', `/actions/${must(fx.action).id}`, { token, body: { version: must(fx.action).version, status: 'in_progress' } }),
  },
  'PATCH /actions/:id (move and same content, finalised inspection)': {
    prepare: (teamId) => actionOfClosed(teamId, 'finalised'),
    send: (token, fx) =>
      call('PATCH', `/actions/${must(fx.action).id}`, {
        token,
        body: { version: must(fx.action).version, status: 'in_progress', dueDate: must(fx.action).dueDate, ownerName: must(fx.action).ownerName },
      }),
  },
  'PATCH /actions/:id (content, cancelled inspection)': {
    prepare: (teamId) => actionOfClosed(teamId, 'cancelled'),
    send: (token, fx) =>
      call('PATCH', `/actions/${must(fx.action).id}`, { token, body: { version: must(fx.action).version, description: 'Sửa lại' } }),
  },
  'DELETE /actions/:id (not started)': {
    prepare: (teamId) => actionIn(teamId, 'not_started'),
    send: (token, fx) => call('DELETE', `/actions/${must(fx.action).id}?version=${must(fx.action).version}`, { token }),
  },
  'DELETE /actions/:id (in progress)': {
    prepare: (teamId) => actionIn(teamId, 'in_progress'),
    send: (token, fx) => call('DELETE', `/actions/${must(fx.action).id}?version=${must(fx.action).version}`, { token }),
  },
  'DELETE /actions/:id (finalised inspection)': {
    prepare: (teamId) => actionOfClosed(teamId, 'finalised'),
    send: (token, fx) => call('DELETE', `/actions/${must(fx.action).id}?version=${must(fx.action).version}`, { token }),
  },
  'DELETE /actions/:id (cancelled inspection)': {
    prepare: (teamId) => actionOfClosed(teamId, 'cancelled'),
    send: (token, fx) => call('DELETE', `/actions/${must(fx.action).id}?version=${must(fx.action).version}`, { token }),
  },
};

describe('roles: who may write what', () => {
  it('the table and the writes name the same cases', () => {
    expect(Object.keys(writes).sort()).toEqual(Object.keys(expected).sort());
  });

  const rows = Object.entries(expected).flatMap(([write, byActor]) => actors.map((actor) => ({ write, actor, outcome: byActor[actor] })));

  it.each(rows)('$write as $actor → $outcome', async ({ write, actor, outcome }) => {
    const w = must(writes[write]);
    const teamId = teamOf(actor);
    const fx = await as('secretariat', () => w.prepare(teamId));
    const res = await w.send(await tokenFor(roleOf[actor]), fx, teamId);
    if (Array.isArray(outcome)) {
      expect(res.status).toBe(403);
      expect(errorOf(res)).toEqual({ code: 'forbidden', message: outcome[1] });
    } else {
      expect(res.status).toBe(outcome);
    }
  });

  it('another inspector, of another team, is refused on the first team’s inspection', async () => {
    const other = dataset().users.find((u) => u.role === 'inspector' && !u.teamIds.includes(teams().own));
    expect(other).toBeDefined();
    const fx = await as('secretariat', () => inspectionIn(teams().own, 'in_progress'));
    const signedIn = await call('POST', '/auth/login', { body: { username: other!.username, password: 'demo' } });
    const token = (signedIn.body as { token: string }).token;
    const res = await call('PATCH', `/inspections/${fx.id}`, { token, body: { version: fx.version, title: 'x' } });
    expect(res.status).toBe(403);
    expect(errorOf(res)).toEqual({ code: 'forbidden', message: NOT_TEAM });
  });
});

describe('401 without a valid session', () => {
  const SESSION = 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ';
  const tokens: [string, () => string | null][] = [
    ['no token', () => null],
    ['a garbage token', () => 'garbage'],
    ['a tampered token', () => issueToken('u-lanhdao').token.replace(/\.(.)/, '.X')],
    ['an expired token', () => issueToken(userOf('leader').id, Date.now() - 1000).token],
    ['a token of an unknown user', () => issueToken('u-khong-co').token],
  ];

  it.each(tokens)('GET /meta with %s → 401', async (_name, token) => {
    setToken(token());
    await expectApiError(getMeta(), { kind: 'unauthorized', status: 401, message: SESSION });
    expect(unauthorizedCalls).toBe(1);
  });

  it.each(tokens)('a write with %s → 401 before any other check', async (_name, token) => {
    const res = await call('PATCH', '/actions/khong-co', { token: token(), body: {} });
    expect(res.status).toBe(401);
    expect(errorOf(res)).toEqual({ code: 'unauthorized', message: SESSION });
  });

  mockOnlyIt('a valid token works', async () => {
    setToken(issueToken(userOf('leader').id).token);
    expect((await getMeta()).dataset).toBe('thuong-tin');
  }, 'the server keeps its sessions in its database, not in a token the test can mint');
});

describe('409 on a stale version, with the current record', () => {
  const CONFLICT = 'Bản ghi đã được người khác cập nhật';

  it('PATCH /inspections/:id', async () => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    const saved = await patchInspection(created.id, { version: created.version, title: 'Lần 1' });
    const err = await expectApiError(patchInspection(created.id, { version: created.version, title: 'Lần 2' }), {
      kind: 'conflict',
      status: 409,
      message: CONFLICT,
    });
    expect(err.current).toEqual(saved);
    expect((await getInspection(created.id)).title).toBe('Lần 1');
  });

  it('DELETE /inspections/:id', async () => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    const saved = await patchInspection(created.id, { version: created.version, title: 'Lần 1' });
    const err = await expectApiError(deleteInspection(created.id, created.version), { kind: 'conflict', status: 409, message: CONFLICT });
    expect(err.current).toEqual(saved);
  });

  it('PATCH /actions/:id', async () => {
    await signInAs('secretariat');
    const { action } = await actionIn(teams().own, 'in_progress');
    const a = must(action);
    const err = await expectApiError(patchAction(a.id, { version: a.version - 1, status: 'fixed' }), {
      kind: 'conflict',
      status: 409,
      message: CONFLICT,
    });
    expect(err.current).toEqual(a);
  });

  it('DELETE /actions/:id, and the action is still there', async () => {
    await signInAs('secretariat');
    const { action } = await actionIn(teams().own, 'not_started');
    const a = must(action);
    const saved = await patchAction(a.id, { version: a.version, ownerName: 'Phó Chủ tịch UBND xã' });
    const err = await expectApiError(deleteAction(a.id, a.version), { kind: 'conflict', status: 409, message: CONFLICT });
    expect(err.current).toEqual(saved);
    expect((await getActions({ inspectionId: a.inspectionId })).map((x) => x.id)).toContain(a.id);
    await deleteAction(a.id, saved.version);
    expect((await getActions({ inspectionId: a.inspectionId })).map((x) => x.id)).not.toContain(a.id);
  });

  it('PUT /targets/:year', async () => {
    await signInAs('secretariat');
    const t = await getTargets(2025);
    const saved = await putTargets(2025, { version: t.version, values: { ...t.values, onTimeRate: 0.99 } });
    const err = await expectApiError(putTargets(2025, { version: t.version, values: t.values }), {
      kind: 'conflict',
      status: 409,
      message: CONFLICT,
    });
    expect(err.current).toEqual(saved);
  });
});

describe('404 for unknown ids', () => {
  it.each([
    ['GET', '/inspections/khong-co', undefined, 'Không có cuộc kiểm tra “khong-co”'],
    ['PATCH', '/inspections/khong-co', { version: 1, title: 'x' }, 'Không có cuộc kiểm tra “khong-co”'],
    ['DELETE', '/inspections/khong-co?version=1', undefined, 'Không có cuộc kiểm tra “khong-co”'],
    ['PATCH', '/actions/khong-co', { version: 1, status: 'fixed' }, 'Không có kiến nghị “khong-co”'],
    [
      'POST',
      '/actions',
      { inspectionId: 'khong-co', findingId: 'f-1', ownerUnitId: 'x', ...actionFields },
      'Không có cuộc kiểm tra “khong-co”',
    ],
  ])('%s %s → 404', async (method, path, body, message) => {
    const res = await call(method, path, { token: await tokenFor('secretariat'), body });
    expect(res.status).toBe(404);
    expect(errorOf(res)).toEqual({ code: 'not_found', message });
  });

  it('an unknown API path is a JSON 404, not a page', async () => {
    const res = await call('GET', '/khong-co', { token: await tokenFor('leader') });
    expect(res.status).toBe(404);
    expect(errorOf(res)).toEqual({ code: 'not_found', message: 'Không có API GET /api/khong-co' });
  });
});

describe('what a write keeps', () => {
  it('POST /inspections starts at version 1; PATCH increments it and records who and when', async () => {
    await signInAs('inspector');
    const created = await createInspection(inspectionBody(teams().own));
    expect(created).toMatchObject({ version: 1, status: 'planned', updatedBy: userOf('inspector').id, checklist: [] });
    const before = Date.now();
    const saved = await patchInspection(created.id, { version: 1, status: 'in_progress', startDate: '2025-05-20' });
    expect(saved).toMatchObject({ version: 2, status: 'in_progress', startDate: '2025-05-20', updatedBy: userOf('inspector').id });
    expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(saved.createdAt).toBe(created.createdAt);
    expect(await getInspection(created.id)).toEqual(saved);
  });

  it('POST /actions creates a not-started action with one history entry; a status change appends one', async () => {
    await signInAs('inspector');
    const inspection = await inspectionIn(teams().own, 'in_progress');
    const action = await createAction({ inspectionId: inspection.id, findingId: 'f-1', ownerUnitId: inspection.unitId, ...actionFields });
    expect(action).toMatchObject({ version: 1, status: 'not_started', unitId: inspection.unitId, inspectionId: inspection.id });
    expect(action.history).toEqual([
      { at: action.updatedAt, by: userOf('inspector').id, from: null, to: 'not_started', note: 'Tạo kiến nghị' },
    ]);
    const started = await patchAction(action.id, { version: 1, status: 'in_progress' });
    const moved = await patchAction(action.id, { version: 2, status: 'fixed', note: 'Đã niêm yết đủ' });
    expect(moved.version).toBe(3);
    expect(moved.history).toHaveLength(3);
    expect(started.history[1]).toEqual({ at: started.updatedAt, by: userOf('inspector').id, from: 'not_started', to: 'in_progress', note: '' });
    expect(moved.history[2]).toEqual({ at: moved.updatedAt, by: userOf('inspector').id, from: 'in_progress', to: 'fixed', note: 'Đã niêm yết đủ' });
    const renamed = await patchAction(action.id, { version: 3, ownerName: 'Công chức Tư pháp - Hộ tịch' });
    expect(renamed).toMatchObject({ version: 4, ownerName: 'Công chức Tư pháp - Hộ tịch', status: 'fixed' });
    expect(renamed.history).toHaveLength(3);
    const verified = await as('secretariat', () => patchAction(action.id, { version: 4, status: 'verified' }));
    expect(verified.history[3]).toMatchObject({ by: userOf('secretariat').id, from: 'fixed', to: 'verified', note: '' });
  });

  it('PATCH /actions/:id follows the moves table: no jump (422 on status), a required note (422 on note), the secretariat’s moves (403)', async () => {
    await signInAs('inspector');
    const inspection = await inspectionIn(teams().own, 'in_progress');
    const action = await createAction({ inspectionId: inspection.id, findingId: 'f-1', ownerUnitId: inspection.unitId, ...actionFields });
    const jump = await call('PATCH', `/actions/${action.id}`, { token: await tokenFor('secretariat'), body: { version: 1, status: 'fixed', note: 'x' } });
    expect(jump.status).toBe(422);
    expect(errorOf(jump).fields).toEqual({ status: ['Không chuyển được kiến nghị từ “chưa thực hiện” sang “đã khắc phục”'] });
    const started = await patchAction(action.id, { version: 1, status: 'in_progress' });
    const blank = await call('PATCH', `/actions/${action.id}`, { token: await tokenFor('inspector'), body: { version: started.version, status: 'fixed', note: ' \u200b ' } });
    expect(blank.status).toBe(422);
    expect(errorOf(blank).fields).toEqual({ note: ['Nhập kết quả khắc phục đã thực hiện'] });
    const fixed = await patchAction(action.id, { version: started.version, status: 'fixed', note: 'Đã niêm yết đủ' });
    const back = await call('PATCH', `/actions/${action.id}`, { token: await tokenFor('inspector'), body: { version: fixed.version, status: 'in_progress', note: 'Chưa đủ' } });
    expect(back.status).toBe(403);
    expect(errorOf(back).message).toBe('Chỉ văn phòng CCHC được chuyển kiến nghị từ “đã khắc phục” sang “đang thực hiện”');
    const noReason = await call('PATCH', `/actions/${action.id}`, { token: await tokenFor('secretariat'), body: { version: fixed.version, status: 'in_progress' } });
    expect(errorOf(noReason).fields).toEqual({ note: ['Nhập lý do'] });
    const sentBack = await as('secretariat', () => patchAction(action.id, { version: fixed.version, status: 'in_progress', note: 'Chưa có ảnh minh chứng' }));
    expect(sentBack.history.at(-1)).toMatchObject({ from: 'fixed', to: 'in_progress', note: 'Chưa có ảnh minh chứng' });
  });

  it('DELETE removes the planned inspection and its actions', async () => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    await createAction({ inspectionId: created.id, findingId: 'f-1', ownerUnitId: created.unitId, ...actionFields });
    expect(await getActions({ inspectionId: created.id })).toHaveLength(1);
    await deleteInspection(created.id, created.version);
    await expectApiError(getInspection(created.id), { kind: 'not_found', status: 404 });
    expect(await getActions({ inspectionId: created.id })).toEqual([]);
  });

  it('PUT /targets/:year records who and when', async () => {
    await signInAs('secretariat');
    const t = await getTargets(2025);
    const saved = await putTargets(2025, { version: t.version, values: { ...t.values, parIndexRank: 5 } });
    expect(saved).toMatchObject({ year: 2025, version: t.version + 1, updatedBy: userOf('secretariat').id });
    expect(saved.values.parIndexRank).toBe(5);
    expect(await getTargets(2025)).toEqual(saved);
  });
});
