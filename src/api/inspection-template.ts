import { z } from 'zod';
import { request, type FetchOptions } from './client';

export const criterionSchema = z.object({
  id: z.string(),
  text: z.string(),
  points: z.number().positive(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const inspectionAreaSchema = z.object({
  /** 1–7, the areas of the state administrative reform programme. */
  id: z.number().int().min(1).max(7),
  name: z.string(),
  criteria: z.array(criterionSchema).min(1),
});
export type InspectionArea = z.infer<typeof inspectionAreaSchema>;

export const inspectionTemplateSchema = z.object({
  version: z.number().int(),
  areas: z.array(inspectionAreaSchema).length(7),
});
export type InspectionTemplate = z.infer<typeof inspectionTemplateSchema>;

export const getInspectionTemplate = ({ signal }: FetchOptions = {}) =>
  request('GET', '/inspection-template', { response: inspectionTemplateSchema, signal });
