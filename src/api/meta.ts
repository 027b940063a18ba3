import { z } from 'zod';
import { dateSchema, monthSchema } from './common';
import { request, type FetchOptions } from './client';

export const metaSchema = z.object({
  /** Which dataset the backend serves: the default district or the generated national one. */
  dataset: z.enum(['thuong-tin', 'national']),
  /** The overseeing body, e.g. "UBND huyện Thường Tín". */
  name: z.string(),
  /** The id of the unit that stands for the overseeing body's own one-stop office. */
  rootUnitId: z.string(),
  coverage: z.object({ from: monthSchema, to: monthSchema }),
  /** The day the data was last updated; "today" for every date rule (overdue, deadlines). */
  asOf: dateSchema,
  /** The period the UI opens on. */
  defaultPeriod: z.object({ from: monthSchema, to: monthSchema }),
});
export type Meta = z.infer<typeof metaSchema>;

export const getMeta = ({ signal }: FetchOptions = {}) => request('GET', '/meta', { response: metaSchema, signal });
