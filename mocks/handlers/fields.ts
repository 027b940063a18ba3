import { HttpResponse } from 'msw';
import { route } from '../http-helpers';

export const fieldsHandlers = [route('get', '/fields', ({ dataset }) => HttpResponse.json(dataset.fields))];
