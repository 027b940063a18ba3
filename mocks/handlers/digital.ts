import { HttpResponse } from 'msw';
import { digitalQuerySchema, type DigitalByUnit, type DigitalSummary } from '../../src/api/digital';
import { sumDigitalIndicators } from '../../src/domain/digital-indicators';
import { route } from '../http-helpers';
import { echo, parsePeriod } from '../period-query';

export const digitalHandlers = [
  route('get', '/digital/summary', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, digitalQuerySchema);
    const totals = sumDigitalIndicators(dataset.digitalByUnit(q));
    return HttpResponse.json({ query: echo(q, false), totals } satisfies DigitalSummary);
  }),
  route('get', '/digital/by-unit', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, digitalQuerySchema);
    return HttpResponse.json({ query: echo(q, false), rows: dataset.digitalByUnit(q) } satisfies DigitalByUnit);
  }),
];
