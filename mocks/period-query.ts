import type { z } from 'zod';
import { periodQuerySchema } from '../src/api/common';
import type { AggregateQuery, Dataset } from './data/dataset';
import { FieldErrors, monthLabel, parseQuery } from './http-helpers';

/** The query echo of the aggregate answers: the filter with its defaults applied. */
export interface PeriodEcho {
  from: string;
  to: string;
  unit: string;
  level: AggregateQuery['level'];
  field?: string;
}

/**
 * Parses `from`, `to`, `unit`, `level`, `field` with the contract's schema (422 on `to` for a
 * reversed period), then checks them against the dataset: a month outside the coverage is a 422 on
 * `from`/`to` naming the coverage, an unknown unit or field a 422 on `unit`/`field`.
 */
export function parsePeriod(
  request: Request,
  dataset: Dataset,
  schema: z.ZodType<z.output<typeof periodQuerySchema>> = periodQuerySchema,
): AggregateQuery {
  const q = parseQuery(request, schema);
  const errs = new FieldErrors();
  const { from: covFrom, to: covTo } = dataset.meta.coverage;
  const coverage = `Số liệu có từ ${monthLabel(covFrom)} đến ${monthLabel(covTo)}`;
  if (q.from < covFrom || q.from > covTo) errs.add('from', coverage);
  if (q.to < covFrom || q.to > covTo) errs.add('to', coverage);
  if (q.unit !== 'all' && !dataset.units.some((u) => u.id === q.unit)) errs.add('unit', `Không có đơn vị “${q.unit}”`);
  if (q.field !== undefined && !dataset.fields.some((f) => f.id === q.field))
    errs.add('field', `Không có lĩnh vực “${q.field}”`);
  errs.throwIfAny();
  return { from: q.from, to: q.to, unit: q.unit, level: q.level, ...(q.field !== undefined ? { field: q.field } : {}) };
}

export function echo(q: AggregateQuery, withField = true): PeriodEcho {
  return {
    from: q.from,
    to: q.to,
    unit: q.unit,
    level: q.level,
    ...(withField && q.field !== undefined ? { field: q.field } : {}),
  };
}
