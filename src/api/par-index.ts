import { z } from 'zod';
import { request, type FetchOptions } from './client';

/** One year's PAR INDEX for the district: score out of 100 and rank among the city's districts. */
export const parIndexYearSchema = z.object({
  year: z.number().int(),
  score: z.number().min(0).max(100),
  rank: z.number().int().min(1),
  outOf: z.number().int().min(1),
  components: z.array(z.object({ areaId: z.number().int().min(1).max(7), score: z.number(), max: z.number() })),
});
export type ParIndexYear = z.infer<typeof parIndexYearSchema>;

export const parIndexResponseSchema = z.array(parIndexYearSchema);

export const getParIndex = ({ signal }: FetchOptions = {}) =>
  request('GET', '/par-index', { response: parIndexResponseSchema, signal });
