import { HttpResponse } from 'msw';
import { route } from '../http-helpers';

export const inspectionTemplateHandlers = [
  route('get', '/inspection-template', ({ dataset }) => HttpResponse.json(dataset.inspectionTemplate)),
];
