import { HttpResponse } from 'msw';
import { route } from '../http-helpers';

export const parIndexHandlers = [route('get', '/par-index', ({ dataset }) => HttpResponse.json(dataset.parIndex))];
