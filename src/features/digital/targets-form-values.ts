import type { TargetValues } from '../../api/targets';
import type { Locale } from '../../domain/format';

export type TargetField = keyof TargetValues;
/** The fields of the form, in order; every one but the rank is a share typed as a percentage. */
export const targetFields = [
  'onTimeRate',
  'onlineShare',
  'fullyOnlineShare',
  'digitisedShare',
  'electronicResultShare',
  'onlinePaymentShare',
  'feedbackOnTimeRate',
  'parIndexRank',
] as const satisfies readonly TargetField[];

/** Codes of the messages shown at a field (their words are in i18n: digital.targets.errors.*). */
export type TargetFieldError = 'empty' | 'notNumber' | 'negative' | 'over100' | 'rankEmpty' | 'rank';

export type TargetForm = Record<TargetField, string>;

/** "45,5", "45.5", "45,5 %": a number typed either way, or null when it is not one. */
function readNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** The stored shares as the form shows them: 0.455 → "45,5" (vi). */
export function toTargetForm(values: TargetValues, locale: Locale): TargetForm {
  const out = {} as TargetForm;
  for (const f of targetFields) {
    // Up to 100, so no thousands separator: only the decimal mark differs (45,5 / 45.5).
    const shown = f === 'parIndexRank' ? String(values[f]) : String(Math.round(values[f] * 10000) / 100);
    out[f] = locale === 'vi' ? shown.replace('.', ',') : shown;
  }
  return out;
}

/** Checks every field; the values only when all are valid (percentages become 0–1 shares). */
export function parseTargetForm(form: TargetForm): { values: TargetValues | null; errors: Partial<Record<TargetField, TargetFieldError>> } {
  const errors: Partial<Record<TargetField, TargetFieldError>> = {};
  const values = {} as TargetValues;
  for (const f of targetFields) {
    const raw = form[f] ?? '';
    if (f === 'parIndexRank') {
      if (!raw.trim()) errors[f] = 'rankEmpty';
      else {
        const n = readNumber(raw);
        if (n === null || !Number.isInteger(n) || n < 1 || n > 30) errors[f] = 'rank';
        else values[f] = n;
      }
      continue;
    }
    if (!raw.trim()) {
      errors[f] = 'empty';
      continue;
    }
    const n = readNumber(raw);
    if (n === null) errors[f] = 'notNumber';
    else if (n < 0) errors[f] = 'negative';
    else if (n > 100) errors[f] = 'over100';
    // Hundredths of a percent at most, so 45,5 % is 0.455 and not 0.45500000000000007.
    else values[f] = Math.round(n * 100) / 10000;
  }
  return { values: Object.keys(errors).length === 0 ? values : null, errors };
}
