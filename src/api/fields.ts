import { z } from 'zod';
import { request, type FetchOptions } from './client';

export const fieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Which one-stop offices handle this field. */
  levels: z.array(z.enum(['district', 'commune'])).min(1),
});
export type Field = z.infer<typeof fieldSchema>;
export const fieldsResponseSchema = z.array(fieldSchema);

export const getFields = ({ signal }: FetchOptions = {}) => request('GET', '/fields', { response: fieldsResponseSchema, signal });
