import { HttpResponse } from 'msw';
import { route } from '../http-helpers';

export const metaHandlers = [route('get', '/meta', ({ dataset }) => HttpResponse.json(dataset.meta))];
