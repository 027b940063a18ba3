import { z } from 'zod';
import { dateSchema, levelSchema } from './common';
import { request, type FetchOptions } from './client';

export const unitSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** "xã", "thị trấn", "huyện" — the word in front of the name. */
  kind: z.enum(['district', 'town', 'commune']),
  level: levelSchema,
  population: z.number().int().nonnegative(),
  validFrom: dateSchema,
  /** Last day the unit existed; null while it still exists. */
  validTo: dateSchema.nullable(),
  /** The unit that took over this one when it was merged. */
  successorId: z.string().nullable(),
  /** The units merged into this one. */
  predecessorIds: z.array(z.string()),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitsQuerySchema = z.object({ at: dateSchema.optional() });
export const unitsResponseSchema = z.array(unitSchema);

/** Every unit, or with `at` only those valid on that day. */
export const getUnits = (query: z.input<typeof unitsQuerySchema> = {}, { signal }: FetchOptions = {}) =>
  request('GET', '/units', { query, response: unitsResponseSchema, signal });
