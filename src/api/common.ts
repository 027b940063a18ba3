import { z } from 'zod';

/** A calendar month, `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM');
/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Ngày phải có dạng YYYY-MM-DD');
/** An instant, ISO 8601 with time zone. */
export const dateTimeSchema = z.string().datetime({ offset: true });

export const levelSchema = z.enum(['district', 'commune']);
export type Level = z.infer<typeof levelSchema>;
export const levelFilterSchema = z.enum(['district', 'commune', 'all']);
export type LevelFilter = z.infer<typeof levelFilterSchema>;

export const roleSchema = z.enum(['leader', 'inspector', 'secretariat']);
export type Role = z.infer<typeof roleSchema>;

/** A numerator over a denominator; a rate is computed in src/domain, never sent. */
export const ratioSchema = z.object({
  numerator: z.number().int().nonnegative(),
  denominator: z.number().int().nonnegative(),
});
export type Ratio = z.infer<typeof ratioSchema>;

/**
 * The filter every aggregate endpoint takes. `unit` is a unit id or `all`; `field` narrows to one
 * procedure field. A reversed period is a 422 on `to`.
 */
export const periodQuerySchema = z
  .object({
    from: monthSchema,
    to: monthSchema,
    unit: z.string().min(1).default('all'),
    level: levelFilterSchema.default('all'),
    field: z.string().min(1).optional(),
  })
  // Only two well-formed months can be out of order; a malformed one already has its own message.
  .refine((q) => !monthSchema.safeParse(q.from).success || !monthSchema.safeParse(q.to).success || q.from <= q.to, {
    path: ['to'],
    message: 'Tháng kết thúc phải không sớm hơn tháng bắt đầu',
  });
export type PeriodQuery = z.input<typeof periodQuerySchema>;

/** The body of every error response. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(['unauthorized', 'forbidden', 'not_found', 'conflict', 'validation', 'server']),
    message: z.string(),
    /** 422: messages per field, keyed by the field's path (`to`, `findings.0.title`). */
    fields: z.record(z.string(), z.array(z.string())).optional(),
    /** 409: the record as it is now on the server. */
    current: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Every write of a versioned record carries the version it was read at. */
export const versionSchema = z.number().int().nonnegative();
