import { HttpResponse } from 'msw';
import {
  digitalQuerySchema,
  digitalRankingQuerySchema,
  type DigitalByMonth,
  type DigitalByUnit,
  type DigitalRanking,
  type DigitalSummary,
} from '../../src/api/digital';
import { sumDigitalIndicators } from '../../src/domain/digital-indicators';
import { monthsBetween } from '../data/months';
import { parseQuery, route } from '../http-helpers';
import { echo, parsePeriod } from '../period-query';
import { aroundUnit, rankUnits } from '../../src/domain/scorecard-766/ranking';

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
  route('get', '/digital/by-month', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, digitalQuerySchema);
    const rows = monthsBetween(q.from, q.to).map((month) => ({
      month,
      indicators: sumDigitalIndicators(dataset.digitalByUnit({ ...q, from: month, to: month })),
    }));
    return HttpResponse.json({ query: echo(q, false), rows } satisfies DigitalByMonth);
  }),
  route('get', '/digital/ranking', ({ request, dataset }) => {
    const { by, page, pageSize, around } = parseQuery(request, digitalRankingQuerySchema);
    // The ranking is over every unit of the level asked for; `unit` only chooses whom to place.
    const q = parsePeriod(request, dataset, digitalQuerySchema);
    const ranked = rankUnits(dataset.digitalByUnit({ ...q, unit: 'all' }), by);
    const rows = ranked.slice((page - 1) * pageSize, page * pageSize);
    const body: DigitalRanking = {
      query: { ...echo(q, false), by, page, pageSize },
      totalRows: ranked.length,
      rows,
      around: around === undefined ? null : aroundUnit(ranked, around),
    };
    return HttpResponse.json(body);
  }),
];
