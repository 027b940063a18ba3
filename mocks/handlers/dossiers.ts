import { HttpResponse } from 'msw';
import {
  dossierQuerySchema,
  type DossierSummary,
  type DossiersByField,
  type DossiersByMonth,
  type DossiersByUnit,
} from '../../src/api/dossiers';
import { route } from '../http-helpers';
import { echo, parsePeriod } from '../period-query';

export const dossiersHandlers = [
  route('get', '/dossiers/summary', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, dossierQuerySchema);
    return HttpResponse.json({ query: echo(q), totals: dataset.dossierSummary(q) } satisfies DossierSummary);
  }),
  route('get', '/dossiers/by-month', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, dossierQuerySchema);
    return HttpResponse.json({ query: echo(q), rows: dataset.dossiersByMonth(q) } satisfies DossiersByMonth);
  }),
  route('get', '/dossiers/by-unit', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, dossierQuerySchema);
    return HttpResponse.json({ query: echo(q), rows: dataset.dossiersByUnit(q) } satisfies DossiersByUnit);
  }),
  route('get', '/dossiers/by-field', ({ request, dataset }) => {
    const q = parsePeriod(request, dataset, dossierQuerySchema);
    return HttpResponse.json({ query: echo(q), rows: dataset.dossiersByField(q) } satisfies DossiersByField);
  }),
];
