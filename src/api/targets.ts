import { z } from 'zod';
import { dateTimeSchema, intParam, versionSchema } from './common';
import { request, type FetchOptions } from './client';

const share = z.number().min(0, 'Chỉ tiêu không được âm').max(1, 'Chỉ tiêu không quá 100 %');

/** The year's targets, as shares from 0 to 1 (0.98 = 98 %), and the PAR INDEX rank aimed for. */
export const targetValuesSchema = z.object({
  onTimeRate: share,
  onlineShare: share,
  fullyOnlineShare: share,
  digitisedShare: share,
  electronicResultShare: share,
  onlinePaymentShare: share,
  feedbackOnTimeRate: share,
  parIndexRank: z.number().int().min(1, 'Thứ hạng từ 1').max(30, 'Thứ hạng không quá 30'),
});
export type TargetValues = z.infer<typeof targetValuesSchema>;

export const targetsSchema = z.object({
  year: z.number().int(),
  version: versionSchema,
  values: targetValuesSchema,
  updatedAt: dateTimeSchema.nullable(),
  updatedBy: z.string().nullable(),
});
export type Targets = z.infer<typeof targetsSchema>;

export const targetsQuerySchema = z.object({
  year: intParam({ value: 2000, message: 'Năm từ 2000' }, { value: 2100, message: 'Năm không quá 2100' }),
});
export const putTargetsRequestSchema = z.object({ version: versionSchema, values: targetValuesSchema });
export type PutTargetsRequest = z.infer<typeof putTargetsRequestSchema>;

export const getTargets = (year: number, { signal }: FetchOptions = {}) =>
  request('GET', '/targets', { query: { year }, response: targetsSchema, signal });
export const putTargets = (year: number, body: PutTargetsRequest) =>
  request('PUT', `/targets/${year}`, { body, response: targetsSchema });
