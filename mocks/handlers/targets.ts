import { HttpResponse } from 'msw';
import { putTargetsRequestSchema, targetsQuerySchema, type Targets } from '../../src/api/targets';
import { checkVersion, nowIso, param, parseBody, parseQuery, parseWith, requireRole, route } from '../http-helpers';
import { findTargets, saveTargets } from '../store';

export const targetsHandlers = [
  route('get', '/targets', ({ request }) => {
    const { year } = parseQuery(request, targetsQuerySchema);
    return HttpResponse.json(findTargets(year));
  }),

  route('put', '/targets/:year', async ({ request, params, user, fault }) => {
    requireRole(user, ['secretariat'], 'Chỉ văn phòng CCHC được sửa chỉ tiêu');
    const { year } = parseWith(targetsQuerySchema, { year: param(params, 'year') });
    const body = await parseBody(request, putTargetsRequestSchema);
    const current = findTargets(year);
    checkVersion(current, body.version, fault);
    const next: Targets = {
      year,
      version: current.version + 1,
      values: body.values,
      updatedAt: nowIso(),
      updatedBy: user.id,
    };
    return HttpResponse.json(saveTargets(next));
  }),
];
