import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAction } from '../../src/api/actions';
import { createInspection, getInspection, getInspections, patchInspection } from '../../src/api/inspections';
import { getTargets } from '../../src/api/targets';
import { setPersistence } from '../../mocks/store';
import {
  actionFields,
  call,
  dataset,
  errorOf,
  expectApiError,
  inspectionBody,
  signInAs,
  teams,
  tokenFor,
  setupMockBackend,
  mockOnlyDescribe,
} from './helpers';

setupMockBackend();

const invalid = (fields: Record<string, string[]>) => ({ kind: 'validation' as const, status: 422, fields });

describe('impossible dates are refused with a message at the field', () => {
  it('a day that is not in the calendar', async () => {
    await signInAs('secretariat');
    await expectApiError(
      createInspection(inspectionBody(teams().own, { plannedDate: '2022-02-30' })),
      invalid({ plannedDate: ['Ngày 30/02/2022 không có trong lịch'] }),
    );
    await expectApiError(
      createInspection(inspectionBody(teams().own, { plannedDate: '2023-02-29' })),
      invalid({ plannedDate: ['Ngày 29/02/2023 không có trong lịch'] }),
    );
    await expectApiError(
      createInspection(inspectionBody(teams().own, { plannedDate: '2025-04-31' })),
      invalid({ plannedDate: ['Ngày 31/04/2025 không có trong lịch'] }),
    );
    // 2024 is a leap year.
    expect((await createInspection(inspectionBody(teams().own, { plannedDate: '2024-02-29' }))).plannedDate).toBe('2024-02-29');
  });

  it('a year outside 1900–2100, in a date, a month and an action’s due date', async () => {
    await signInAs('secretariat');
    await expectApiError(
      createInspection(inspectionBody(teams().own, { plannedDate: '0000-01-01' })),
      invalid({ plannedDate: ['Năm phải từ 1900 đến 2100'] }),
    );
    const res = await call('GET', '/dossiers/summary?from=0000-01&to=2025-06', { token: await tokenFor('leader') });
    expect(res.status).toBe(422);
    expect(errorOf(res).fields).toEqual({ from: ['Năm phải từ 1900 đến 2100'] });
    const insp = await createInspection(inspectionBody(teams().own));
    await expectApiError(
      createAction({ inspectionId: insp.id, findingId: 'f-1', ownerUnitId: insp.unitId, ...actionFields, dueDate: '2022-02-30' }),
      invalid({ dueDate: ['Ngày 30/02/2022 không có trong lịch'] }),
    );
  });
});

describe('integers in paths and queries are digits only', () => {
  it.each(['0x1', '1e0', ' 1 ', '+1', '1.0', '%201%20'])('DELETE ?version=%s is a 422 and deletes nothing', async (raw) => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    expect(created.version).toBe(1);
    const res = await call('DELETE', `/inspections/${created.id}?version=${raw.replaceAll(' ', '%20')}`, { token: await tokenFor('secretariat') });
    expect(res.status).toBe(422);
    expect(errorOf(res).fields).toEqual({ version: ['Chỉ được gồm các chữ số 0–9 (không dấu, khoảng trắng, số mũ hay hệ 16)'] });
    expect((await getInspection(created.id)).version).toBe(1);
  });

  it('an empty version is "required" (422), not a stale version (409)', async () => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    const res = await call('DELETE', `/inspections/${created.id}?version=`, { token: await tokenFor('secretariat') });
    expect(res.status).toBe(422);
    expect(errorOf(res).fields).toEqual({ version: ['Bắt buộc nhập'] });
    const ok = await call('DELETE', `/inspections/${created.id}?version=1`, { token: await tokenFor('secretariat') });
    expect(ok.status).toBe(204);
  });

  it('PUT /targets/0x7E9 does not overwrite 2025', async () => {
    await signInAs('secretariat');
    const before = await getTargets(2025);
    const token = await tokenFor('secretariat');
    for (const raw of ['0x7E9', '2025.0', '2.025e3', '%202025']) {
      const res = await call('PUT', `/targets/${raw}`, { token, body: { version: before.version, values: { ...before.values, onTimeRate: 0.5 } } });
      expect(res.status, raw).toBe(422);
      expect(Object.keys(errorOf(res).fields ?? {}), raw).toEqual(['year']);
    }
    expect(await getTargets(2025)).toEqual(before);
    const q = await call('GET', '/targets?year=0x7E9', { token });
    expect(q.status).toBe(422);
    const page = await call('GET', '/digital/ranking?from=2025-01&to=2025-06&page=1e0', { token });
    expect(page.status).toBe(422);
    expect(errorOf(page).fields).toEqual({ page: ['Chỉ được gồm các chữ số 0–9 (không dấu, khoảng trắng, số mũ hay hệ 16)'] });
  });
});

describe('required text needs a visible character; ids are bounded', () => {
  it.each([
    ['two zero-width spaces', '\u200B\u200B'],
    ['a word joiner and a BOM', '\u2060\uFEFF'],
    ['a soft hyphen', '\u00AD'],
    ['a lone combining accent', '\u0301'],
    ['a Hangul filler', '\u3164'],
    ['spaces of every kind', ' \u00A0\u2003\u3000'],
  ])('a title of %s is refused', async (_name, title) => {
    await signInAs('secretariat');
    await expectApiError(createInspection(inspectionBody(teams().own, { title })), invalid({ title: ['Nhập tên cuộc kiểm tra'] }));
  });

  it('a finding, an action and a good practice too', async () => {
    await signInAs('secretariat');
    const finding = { ...inspectionBody(teams().own).findings![0]!, title: '\u200B' };
    await expectApiError(
      createInspection(inspectionBody(teams().own, { findings: [finding] })),
      invalid({ 'findings.0.title': ['Nhập nội dung tồn tại, hạn chế'] }),
    );
    await expectApiError(
      createInspection(inspectionBody(teams().own, { goodPractices: [{ id: 'g-1', areaId: 1, description: '\u200C\u200D' }] })),
      invalid({ 'goodPractices.0.description': ['Nhập nội dung điển hình, sáng kiến'] }),
    );
    const insp = await createInspection(inspectionBody(teams().own));
    await expectApiError(
      createAction({ inspectionId: insp.id, findingId: 'f-1', ownerUnitId: insp.unitId, ...actionFields, ownerName: '\u200B' }),
      invalid({ ownerName: ['Nhập người chịu trách nhiệm'] }),
    );
    // Vietnamese with its combining marks (NFD) is text.
    const nfd = 'Kiểm tra'.normalize('NFD');
    expect((await createInspection(inspectionBody(teams().own, { title: nfd }))).title).toBe(nfd);
  });

  it('ids that are empty, blank or too long', async () => {
    await signInAs('secretariat');
    await expectApiError(createInspection(inspectionBody(teams().own, { unitId: '' })), invalid({ unitId: ['Chọn đơn vị được kiểm tra'] }));
    await expectApiError(
      createInspection(inspectionBody(teams().own, { unitId: '   ' })),
      invalid({ unitId: ['Mã không hợp lệ (trống hoặc có khoảng trắng ở đầu, cuối)'] }),
    );
    await expectApiError(createInspection(inspectionBody(teams().own, { teamId: 'x'.repeat(65) })), invalid({ teamId: ['Mã tối đa 64 ký tự'] }));
    const finding = { ...inspectionBody(teams().own).findings![0]!, id: '\u200B' };
    await expectApiError(
      createInspection(inspectionBody(teams().own, { findings: [finding] })),
      invalid({ 'findings.0.id': ['Mã không hợp lệ (trống hoặc có khoảng trắng ở đầu, cuối)'] }),
    );
  });
});

describe('sizes have limits', () => {
  it('at most 100 findings, texts within their length', async () => {
    await signInAs('secretariat');
    const f = inspectionBody(teams().own).findings![0]!;
    const many = Array.from({ length: 101 }, (_, i) => ({ ...f, id: `f-${i}` }));
    await expectApiError(
      createInspection(inspectionBody(teams().own, { findings: many })),
      invalid({ findings: ['Tối đa 100 tồn tại, hạn chế trong một cuộc kiểm tra'] }),
    );
    await expectApiError(
      createInspection(inspectionBody(teams().own, { findings: [{ ...f, description: 'a'.repeat(4001) }] })),
      invalid({ 'findings.0.description': ['Tối đa 4.000 ký tự'] }),
    );
    await expectApiError(createInspection(inspectionBody(teams().own, { title: 'a'.repeat(301) })), invalid({ title: ['Tối đa 300 ký tự'] }));
    expect((await createInspection(inspectionBody(teams().own, { findings: many.slice(0, 100) }))).findings).toHaveLength(100);
  });

  it('at most 20 actions for one finding', async () => {
    await signInAs('secretariat');
    const insp = await createInspection(inspectionBody(teams().own));
    const body = { inspectionId: insp.id, findingId: 'f-1', ownerUnitId: insp.unitId, ...actionFields };
    for (let i = 0; i < 20; i++) await createAction(body);
    await expectApiError(createAction(body), invalid({ findingId: ['Mỗi tồn tại có tối đa 20 kiến nghị'] }));
  });
});

/** A localStorage that keeps items in memory and can be made to refuse writes like a full one. */
class StorageStub implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function useStorage(stub: StorageStub) {
  vi.stubGlobal('localStorage', stub);
  setPersistence(true);
}

mockOnlyDescribe('the mock store in the browser’s storage', () => {
  afterEach(() => {
    setPersistence(false);
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('a write the full storage cannot keep fails visibly and changes nothing', async () => {
    const stub = new StorageStub();
    useStorage(stub);
    await signInAs('secretariat');
    const kept = await createInspection(inspectionBody(teams().own));
    const stored = [...stub.items.values()];
    const count = (await getInspections()).length;
    stub.full = true;

    const token = await tokenFor('secretariat');
    const res = await call('POST', '/inspections', { token, body: inspectionBody(teams().own) });
    expect(res.status).toBe(507);
    expect(errorOf(res)).toMatchObject({ code: 'server' });
    expect(errorOf(res).message).toContain('Bộ nhớ của trình duyệt đã đầy');
    await expectApiError(patchInspection(kept.id, { version: kept.version, title: 'Tên mới' }), { kind: 'server', status: 507 });

    expect((await getInspections()).length).toBe(count);
    expect(await getInspection(kept.id)).toEqual(kept);
    expect([...stub.items.values()]).toEqual(stored);
  });

  it('a corrupted store is reported once and rebuilt from the seed', async () => {
    const stub = new StorageStub();
    const key = 'cchc-mock:store:thuong-tin:v1';
    stub.items.set(key, JSON.stringify({ v: 1, inspections: null, actions: {}, targets: {}, seq: 0 }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    useStorage(stub);
    await signInAs('leader');
    expect((await getInspections()).length).toBe(dataset().seedInspections.length);
    expect((await getInspections()).length).toBe(dataset().seedInspections.length);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(stub.items.has(key)).toBe(false);
  });

  it('a store that is not JSON is rebuilt too', async () => {
    const stub = new StorageStub();
    stub.items.set('cchc-mock:store:thuong-tin:v1', '{"v":1,');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    useStorage(stub);
    await signInAs('leader');
    expect((await getInspections()).length).toBe(dataset().seedInspections.length);
  });
});

describe('echoes of the client’s text are cut', () => {
  it('an unknown path of 8,000 characters', async () => {
    const long = 'a'.repeat(8000);
    const res = await call('GET', `/${long}`, { token: await tokenFor('leader') });
    expect(res.status).toBe(404);
    const message = errorOf(res).message;
    expect(message.length).toBeLessThan(120);
    expect(message).toContain('…');
  });

  it('an unknown inspection id of 8,000 characters', async () => {
    const res = await call('GET', `/inspections/${'b'.repeat(8000)}`, { token: await tokenFor('leader') });
    expect(res.status).toBe(404);
    expect(errorOf(res).message.length).toBeLessThan(120);
  });
});
