import { z } from 'zod';

/** The years a date may fall in: a real record of this administration, not a typo like 0000 or 20255. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const yearMessage = `Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}`;
const yearInRange = (s: string) => {
  const y = Number(s.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
};
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** A `YYYY-MM-DD` whose day exists in its month (30/02 and 29/02 of a common year do not). */
export const isCalendarDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
};

/** A calendar month, `YYYY-MM`, of a year from 1900 to 2100. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM')
  // Only a well-formed month gets the range message: one message per mistake.
  .refine((s) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(s) || yearInRange(s), yearMessage);
/** A calendar date, `YYYY-MM-DD`, that exists in the calendar (leap years included), 1900–2100. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Ngày phải có dạng YYYY-MM-DD')
  .superRefine((s, ctx) => {
    if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s)) return;
    if (!isCalendarDate(s)) ctx.addIssue({ code: 'custom', message: `Ngày ${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} không có trong lịch` });
    else if (!yearInRange(s)) ctx.addIssue({ code: 'custom', message: yearMessage });
  });
/** An instant, ISO 8601 with time zone (zod checks the day of the month), 1900–2100. */
export const dateTimeSchema = z
  .string()
  .datetime({ offset: true })
  .refine((s) => !/^\d{4}-/.test(s) || yearInRange(s), yearMessage);

/**
 * An integer written in a path or a query string: digits only, so `0x1`, `1e0`, `+1`, ` 1 ` and
 * `1.0` are refused rather than read as 1 (what `Number()` and `z.coerce` would do). Empty is
 * "required". The server parses its parameters with the same schema.
 */
export const intParamSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'Bắt buộc nhập' : 'Phải là số nguyên') })
  .min(1, 'Bắt buộc nhập')
  .regex(/^\d*$/, 'Chỉ được gồm các chữ số 0–9 (không dấu, khoảng trắng, số mũ hay hệ 16)')
  .max(9, 'Số quá lớn')
  .transform(Number);
/** intParamSchema within bounds, each with its own message. */
export const intParam = (min: { value: number; message: string }, max?: { value: number; message: string }) =>
  intParamSchema.pipe(max ? z.number().min(min.value, min.message).max(max.value, max.message) : z.number().min(min.value, min.message));

/**
 * Whether a text has something a reader can see: a letter, digit, punctuation mark or symbol once
 * whitespace, format characters (zero-width spaces and joiners, direction marks, BOM: \p{Cf}),
 * control characters, lone combining marks and the blank "letters" (Hangul fillers, braille blank)
 * are taken away.
 */
export const hasVisibleCharacter = (s: string) =>
  /[\p{L}\p{N}\p{P}\p{S}]/u.test(s.replace(/[\s\p{Cf}\p{Cc}\p{M}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/gu, ''));

const maxChars = (n: number) => `Tối đa ${n.toLocaleString('vi-VN')} ký tự`;

/**
 * A required text: trimmed, with at least one visible character (two U+200B are not a title), at
 * most `max` characters; `message` says what to enter.
 */
export const requiredTextSchema = (message: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, message)
    .max(max, maxChars(max))
    .refine((s) => s === '' || hasVisibleCharacter(s), message);

/** An optional text (may be empty), at most `max` characters. */
export const optionalTextSchema = (max: number) => z.string().max(max, maxChars(max));

/** The longest id a request may name (ids here are short slugs like `xa-van-nhat` or `insp-2024-03`). */
export const MAX_ID_LENGTH = 64;
/** An id in a request: not empty, not blank, no surrounding spaces, at most 64 characters. */
export const idSchema = (message = 'Bắt buộc nhập') =>
  z
    .string({ error: (issue) => (issue.input === undefined ? message : 'Phải là chuỗi ký tự') })
    .min(1, message)
    .max(MAX_ID_LENGTH, `Mã tối đa ${MAX_ID_LENGTH} ký tự`)
    .refine((s) => s === '' || (s.trim() === s && hasVisibleCharacter(s)), 'Mã không hợp lệ (trống hoặc có khoảng trắng ở đầu, cuối)');

/** An array of at most `max` items, with a Vietnamese message naming what they are. */
export const limitedArray = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `Tối đa ${max.toLocaleString('vi-VN')} ${what}`);

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
    unit: idSchema().default('all'),
    level: levelFilterSchema.default('all'),
    field: idSchema().optional(),
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
