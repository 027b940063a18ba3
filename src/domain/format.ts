import type { Rate } from './rate';
import { parseIsoDate } from './iso-date';

/**
 * Numbers, percentages and dates as each language writes them. No words here: phrases that name
 * things ("năm 2022", "điểm %") are in src/i18n, which builds them from these.
 */
export type Locale = 'vi' | 'en';

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The sign for "no data" (an empty denominator). */
export const NO_DATA = '—';

/** A no-break space: joins a number to its unit ("97,9 %") so a line never breaks between them. */
export const NBSP = '\u00a0';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** 4977 → "4.977" (vi) / "4,977" (en). */
export function formatNumber(n: number | null, locale: Locale = 'vi', digits = 0): string {
  if (n === null || !Number.isFinite(n)) return NO_DATA;
  return numberFormat(locale, digits).format(n);
}

/** 0.986 → "98,6 %" (vi, with a no-break space) / "98.6%" (en); null → "—". */
export function formatPercent(r: Rate, locale: Locale = 'vi', digits = 1): string {
  if (r === null || !Number.isFinite(r)) return NO_DATA;
  const n = numberFormat(locale, digits).format(r * 100);
  return locale === 'vi' ? `${n}${NBSP}%` : `${n}%`;
}

/** A change is never given more decimals than this to keep it from reading as zero. */
export const MAX_CHANGE_DIGITS = 3;

/**
 * How a signed change is written: its sign and its decimals.
 * - Exactly zero: "±" with `digits` decimals ("±0,0").
 * - Not zero but rounding to zero at `digits`: a change of 0,04 points is real, and "±0,0" or "+0,0"
 *   would say there was none, so it gets the decimals its first significant digit needs, up to
 *   MAX_CHANGE_DIGITS ("+0,04", "−0,004").
 * - Smaller still (under half of 0,001): null, written "≈ 0" without a sign.
 */
export function signedChange(value: number, digits: number): { sign: '+' | '−' | '±'; digits: number } | null {
  if (value === 0) return { sign: '±', digits };
  const sign = value > 0 ? '+' : '−';
  for (let d = digits; d <= Math.max(digits, MAX_CHANGE_DIGITS); d++)
    if (Math.round(Math.abs(value) * 10 ** d) !== 0) return { sign, digits: d };
  return null;
}

/** "≈ 0" with a no-break space, for a change too small to show (see signedChange). */
export const ABOUT_ZERO = `≈${NBSP}0`;

/** A signed relative change: "+12,3 %" / "−4.0%"; "+0,04 %" for a tiny one, "≈ 0 %" below 0,001 %. */
export function formatSignedPercent(r: number, locale: Locale = 'vi', digits = 1): string {
  const shown = signedChange(r * 100, digits);
  if (shown === null) return locale === 'vi' ? `${ABOUT_ZERO}${NBSP}%` : `${ABOUT_ZERO}%`;
  return `${shown.sign}${formatPercent(Math.abs(r), locale, shown.digits)}`;
}

/** A signed count: "+1.234" / "−56" / "±0". */
export function formatSignedNumber(n: number, locale: Locale = 'vi'): string {
  const sign = n === 0 ? '±' : n > 0 ? '+' : '−';
  return `${sign}${formatNumber(Math.abs(n), locale)}`;
}

/**
 * "2023-03-27" → "27/03/2023" in both languages (the date order of Vietnamese documents). A date that
 * is not in the calendar ("2022-02-30", "0000-01-01") is "—", never the date it would roll over to.
 */
export function formatDate(isoDate: string | null): string {
  const d = isoDate ? parseIsoDate(isoDate) : null;
  if (!d) return NO_DATA;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.day)}/${two(d.month)}/${String(d.year).padStart(4, '0')}`;
}

/** "2023-03" → "03/2023". */
export function formatMonth(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}
