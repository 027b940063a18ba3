import type { z } from 'zod';
import viLocale from 'zod/v4/locales/vi.js';

/*
 * How a 422 is worded, the same on both backends that speak the contract: the MSW mock (mocks/) and the
 * reference server (server/). The SPA does not import this; it shows the messages the backend sends.
 */

const vi = viLocale().localeError;

/** Vietnamese messages for zod's generic issues (the contract's own messages win). */
export function errorMap(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Bắt buộc nhập';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Phải là một số';
  if (issue.code === 'invalid_type' && issue.expected === 'string') return 'Phải là chuỗi ký tự';
  if (issue.code === 'invalid_value') return 'Giá trị không nằm trong danh sách cho phép';
  if (issue.code === 'invalid_format' && issue.format === 'datetime') return 'Thời điểm phải theo ISO 8601';
  if (issue.code === 'too_small' && issue.origin === 'string')
    return Number(issue.minimum) <= 1 ? 'Bắt buộc nhập' : `Tối thiểu ${issue.minimum} ký tự`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `Tối đa ${issue.maximum} ký tự`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `Không được nhỏ hơn ${issue.minimum}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `Không được lớn hơn ${issue.maximum}`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `Tối thiểu ${issue.minimum} mục`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `Tối đa ${issue.maximum} mục`;
  const m = vi(issue);
  return typeof m === 'string' ? m : m?.message;
}

/** zod issues → `{ 'findings.0.title': ['…'] }`; an issue on the whole input is keyed ''. */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) (fields[issue.path.map(String).join('.')] ??= []).push(issue.message);
  return fields;
}
