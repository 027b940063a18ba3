import { describe, expect, it } from 'vitest';
import { createAction, patchAction } from '../../src/api/actions';
import { login } from '../../src/api/auth';
import { getDossierSummary, getDossiersByUnit } from '../../src/api/dossiers';
import { getDigitalByUnit } from '../../src/api/digital';
import { getFeedbackSummary } from '../../src/api/feedback';
import { createInspection, getInspections, patchInspection } from '../../src/api/inspections';
import { getTargets, putTargets } from '../../src/api/targets';
import { getUnits } from '../../src/api/units';
import {
  actionFields,
  as,
  call,
  dataset,
  errorOf,
  expectApiError,
  inspectionBody,
  signInAs,
  teams,
  tokenFor,
  setupMockBackend,
} from './helpers';

setupMockBackend();

const invalid = (fields: Record<string, string[]>) => ({
  kind: 'validation' as const,
  status: 422,
  message: 'Dữ liệu không hợp lệ',
  fields,
});

describe('422 with a message per field', () => {
  it('a reversed period is refused on `to`', async () => {
    await signInAs('leader');
    await expectApiError(
      getDossierSummary({ from: '2022-12', to: '2022-01' }),
      invalid({ to: ['Tháng kết thúc phải không sớm hơn tháng bắt đầu'] }),
    );
  });

  it('a malformed month is refused on its field', async () => {
    await signInAs('leader');
    await expectApiError(
      getDossiersByUnit({ from: '2022-00', to: '2022-12' }),
      invalid({ from: ['Tháng phải có dạng YYYY-MM'] }),
    );
    await expectApiError(getFeedbackSummary({ from: '2022-1', to: '22-12' }), invalid({
      from: ['Tháng phải có dạng YYYY-MM'],
      to: ['Tháng phải có dạng YYYY-MM'],
    }));
  });

  it('a missing month is refused as required', async () => {
    await signInAs('leader');
    const res = await call('GET', '/dossiers/summary?to=2022-12', { token: await tokenFor('leader') });
    expect(res.status).toBe(422);
    expect(errorOf(res).fields).toEqual({ from: ['Bắt buộc nhập'] });
  });

  it('an unknown unit or field is refused on `unit` / `field`', async () => {
    await signInAs('leader');
    await expectApiError(
      getDigitalByUnit({ from: '2022-01', to: '2022-12', unit: 'xa-khong-co' }),
      invalid({ unit: ['Không có đơn vị “xa-khong-co”'] }),
    );
    await expectApiError(
      getDossierSummary({ from: '2022-01', to: '2022-12', field: 'linh-vuc-la' }),
      invalid({ field: ['Không có lĩnh vực “linh-vuc-la”'] }),
    );
    await expectApiError(getInspections({ unit: 'xa-khong-co' }), invalid({ unit: ['Không có đơn vị “xa-khong-co”'] }));
  });

  it('a period outside the data’s coverage is refused, naming the coverage', async () => {
    await signInAs('leader');
    const { from, to } = dataset().meta.coverage;
    const label = (m: string) => `${m.slice(5)}/${m.slice(0, 4)}`;
    const message = `Số liệu có từ ${label(from)} đến ${label(to)}`;
    expect(message).toBe('Số liệu có từ 01/2020 đến 06/2025');
    await expectApiError(getDossierSummary({ from: '2019-12', to: '2020-06' }), invalid({ from: [message] }));
    await expectApiError(getDossierSummary({ from: '2025-01', to: '2025-07' }), invalid({ to: [message] }));
    await expectApiError(getDossierSummary({ from: '2030-01', to: '2030-02' }), invalid({ from: [message], to: [message] }));
  });

  it('an invalid `at` date is refused', async () => {
    await signInAs('leader');
    await expectApiError(getUnits({ at: '01/01/2025' }), invalid({ at: ['Ngày phải có dạng YYYY-MM-DD'] }));
  });

  it('empty sign-in fields are refused field by field', async () => {
    await expectApiError(login({ username: '  ', password: '' }), invalid({
      username: ['Nhập tên đăng nhập'],
      password: ['Nhập mật khẩu'],
    }));
  });

  it('wrong credentials are a 401 that says so', async () => {
    await expectApiError(login({ username: 'lanhdao', password: 'sai' }), {
      kind: 'unauthorized',
      status: 401,
      message: 'Sai tên đăng nhập hoặc mật khẩu',
    });
    await expectApiError(login({ username: 'khong-co', password: 'demo' }), {
      kind: 'unauthorized',
      status: 401,
      message: 'Sai tên đăng nhập hoặc mật khẩu',
    });
  });

  it('an inspection with an empty title is refused on `title`', async () => {
    await signInAs('secretariat');
    await expectApiError(
      createInspection(inspectionBody(teams().own, { title: '   ' })),
      invalid({ title: ['Nhập tên cuộc kiểm tra'] }),
    );
  });

  it('nested errors are keyed by their path', async () => {
    await signInAs('secretariat');
    const body = inspectionBody(teams().own);
    await expectApiError(
      createInspection({ ...body, findings: [{ ...body.findings![0]!, title: '' }] }),
      invalid({ 'findings.0.title': ['Nhập nội dung tồn tại, hạn chế'] }),
    );
  });

  it('references to what does not exist are refused on their field', async () => {
    await signInAs('secretariat');
    await expectApiError(
      createInspection(
        inspectionBody('doan-khong-co', {
          unitId: 'xa-khong-co',
          checklist: [{ criterionId: 'tieu-chi-la', result: 'pass', note: '', evidence: [] }],
        }),
      ),
      invalid({
        unitId: ['Không có đơn vị “xa-khong-co”'],
        teamId: ['Không có đoàn kiểm tra “doan-khong-co”'],
        'checklist.0.criterionId': ['Không có tiêu chí “tieu-chi-la” trong mẫu'],
      }),
    );
  });

  it('an end date before the start date is refused on `endDate`, also when it comes from the stored record', async () => {
    await signInAs('secretariat');
    await expectApiError(
      createInspection(inspectionBody(teams().own, { startDate: '2025-05-21', endDate: '2025-05-20' })),
      invalid({ endDate: ['Ngày kết thúc phải không sớm hơn ngày bắt đầu'] }),
    );
    const created = await createInspection(inspectionBody(teams().own, { startDate: '2025-05-21' }));
    await expectApiError(
      patchInspection(created.id, { version: created.version, endDate: '2025-05-01' }),
      invalid({ endDate: ['Ngày kết thúc phải không sớm hơn ngày bắt đầu'] }),
    );
  });

  it('a PATCH without `version` is refused on `version`', async () => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    const res = await call('PATCH', `/inspections/${created.id}`, {
      token: await tokenFor('secretariat'),
      body: { title: 'Đổi tên' },
    });
    expect(res.status).toBe(422);
    expect(errorOf(res)).toEqual({ code: 'validation', message: 'Dữ liệu không hợp lệ', fields: { version: ['Bắt buộc nhập'] } });
  });

  it('a DELETE without `version` is refused on `version`', async () => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    const res = await call('DELETE', `/inspections/${created.id}`, { token: await tokenFor('secretariat') });
    expect(res.status).toBe(422);
    expect(errorOf(res).fields).toEqual({ version: ['Bắt buộc nhập'] });
  });

  it('a body that is not JSON is refused', async () => {
    const res = await call('POST', '/inspections', { token: await tokenFor('secretariat'), rawBody: '{"title": ' });
    expect(res.status).toBe(422);
    expect(errorOf(res)).toEqual({
      code: 'validation',
      message: 'Dữ liệu không hợp lệ',
      fields: { '': ['Nội dung yêu cầu không phải JSON hợp lệ'] },
    });
  });

  it('removing a finding that has actions is refused on `findings`', async () => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    await createAction({ inspectionId: created.id, findingId: 'f-1', ownerUnitId: created.unitId, ...actionFields });
    await expectApiError(
      patchInspection(created.id, { version: created.version, findings: [] }),
      invalid({ findings: ['Tồn tại “Chưa công khai đủ thủ tục hành chính” đã có kiến nghị khắc phục nên không xóa được'] }),
    );
  });

  it('an action with a bad due date is refused on `dueDate`', async () => {
    await signInAs('secretariat');
    const created = await createInspection(inspectionBody(teams().own));
    await expectApiError(
      createAction({ inspectionId: created.id, findingId: 'f-1', ownerUnitId: created.unitId, ...actionFields, dueDate: '31/07/2025' }),
      invalid({ dueDate: ['Ngày phải có dạng YYYY-MM-DD'] }),
    );
    const action = await createAction({ inspectionId: created.id, findingId: 'f-1', ownerUnitId: created.unitId, ...actionFields });
    await expectApiError(
      patchAction(action.id, { version: action.version, dueDate: '2025-02-30x' }),
      invalid({ dueDate: ['Ngày phải có dạng YYYY-MM-DD'] }),
    );
  });

  it('an action for a finding the inspection does not have, or an unknown owner unit, is refused', async () => {
    const created = await as('secretariat', () => createInspection(inspectionBody(teams().own)));
    await signInAs('secretariat');
    await expectApiError(
      createAction({ inspectionId: created.id, findingId: 'f-9', ownerUnitId: 'xa-khong-co', ...actionFields }),
      invalid({ findingId: ['Cuộc kiểm tra không có tồn tại “f-9”'], ownerUnitId: ['Không có đơn vị “xa-khong-co”'] }),
    );
  });

  it('targets out of range are refused on each value', async () => {
    await signInAs('secretariat');
    const t = await getTargets(2025);
    await expectApiError(
      putTargets(2025, { version: t.version, values: { ...t.values, onTimeRate: 1.5, onlineShare: -0.1, parIndexRank: 0 } }),
      invalid({
        'values.onTimeRate': ['Chỉ tiêu không quá 100 %'],
        'values.onlineShare': ['Chỉ tiêu không được âm'],
        'values.parIndexRank': ['Thứ hạng từ 1'],
      }),
    );
    await expectApiError(
      putTargets(2025, { version: t.version, values: { ...t.values, parIndexRank: 31 } }),
      invalid({ 'values.parIndexRank': ['Thứ hạng không quá 30'] }),
    );
  });

  it('a target year out of range is refused on `year`', async () => {
    await signInAs('secretariat');
    await expectApiError(getTargets(1999), invalid({ year: ['Năm từ 2000'] }));
    const t = await getTargets(2025);
    await expectApiError(putTargets(3000, { version: 0, values: t.values }), invalid({ year: ['Năm không quá 2100'] }));
  });
});
