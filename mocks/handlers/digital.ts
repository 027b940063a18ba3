import { HttpResponse } from 'msw';
import { digitalQuerySchema, type DigitalByUnit } from '../../src/api/digital';
import { route } from '../http-helpers';
import { echo, parsePeriod } from '../period-query';

export const digitalHandlers = [
  route('get', '/digital/by-unit', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, digitalQuerySchema);
    return HttpResponse.json({ query: echo(q, false), rows: dataset.digitalByUnit(q) } satisfies DigitalByUnit);
  }),
];
