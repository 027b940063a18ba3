import { HttpResponse } from 'msw';
import { unitsQuerySchema } from '../../src/api/units';
import { parseQuery, route } from '../http-helpers';

export const unitsHandlers = [
  route('get', '/units', ({ request, dataset }) => {
    const { at } = parseQuery(request, unitsQuerySchema);
    const units = at
      ? dataset.units.filter((u) => u.validFrom <= at && (u.validTo === null || at <= u.validTo))
      : dataset.units;
    return HttpResponse.json(units);
  }),
];
