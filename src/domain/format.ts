import dayjs from 'dayjs';
import type { Rate } from './rate';
import { shapeOf, type Period } from './period';

export type Locale = 'vi' | 'en';

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The sign for "no data" (an empty denominator). */
export const NO_DATA = '—';

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

/** 0.986 → "98,6 %" (vi) / "98.6%" (en); null → "—". */
export function formatPercent(r: Rate, locale: Locale = 'vi', digits = 1): string {
  if (r === null || !Number.isFinite(r)) return NO_DATA;
  const n = numberFormat(locale, digits).format(r * 100);
  return locale === 'vi' ? `${n} %` : `${n}%`;
}

/** A signed change in percentage points: "+1,5 điểm %" / "+1.5 pts". */
export function formatPoints(points: number, locale: Locale = 'vi', digits = 1): string {
  const sign = signOf(points, digits);
  const n = numberFormat(locale, digits).format(Math.abs(points));
  return locale === 'vi' ? `${sign}${n} điểm %` : `${sign}${n} pts`;
}

/** The sign of a value as it will be shown: one that rounds to zero is "±", never "+0,0". */
function signOf(value: number, digits: number): string {
  const shown = Math.round(Math.abs(value) * 10 ** digits);
  if (shown === 0) return '±';
  return value > 0 ? '+' : '−';
}

/** A signed relative change: "+12,3 %" / "−4.0%". */
export function formatSignedPercent(r: number, locale: Locale = 'vi', digits = 1): string {
  return `${signOf(r * 100, digits)}${formatPercent(Math.abs(r), locale, digits)}`;
}

/** A signed count: "+1.234" / "−56". */
export function formatSignedNumber(n: number, locale: Locale = 'vi'): string {
  return `${signOf(n, 0)}${formatNumber(Math.abs(n), locale)}`;
}

/** "2023-03-27" → "27/03/2023" in both languages (the date order of Vietnamese documents). */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return NO_DATA;
  const d = dayjs(isoDate.slice(0, 10), 'YYYY-MM-DD');
  return d.isValid() ? d.format('DD/MM/YYYY') : NO_DATA;
}

/** "2023-03" → "03/2023". */
export function formatMonth(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** A short month label for chart axes: "T3/2023" (vi) / "03/2023" (en). */
export function formatMonthShort(month: string, locale: Locale = 'vi'): string {
  const m = Number(month.slice(5, 7));
  return locale === 'vi' ? `T${m}/${month.slice(0, 4)}` : formatMonth(month);
}

/** A period as people name it: "năm 2022", "quý I/2023", "6 tháng đầu năm 2025", "01/2022 – 05/2022". */
export function formatPeriod(p: Period, locale: Locale = 'vi'): string {
  const s = shapeOf(p);
  const roman = ['I', 'II', 'III', 'IV'];
  switch (s.kind) {
    case 'year':
      return locale === 'vi' ? `năm ${s.year}` : `${s.year}`;
    case 'quarter':
      return locale === 'vi' ? `quý ${roman[s.quarter - 1]}/${s.year}` : `Q${s.quarter} ${s.year}`;
    case 'half':
      return locale === 'vi'
        ? `${s.half === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${s.year}`
        : `${s.half === 1 ? 'H1' : 'H2'} ${s.year}`;
    case 'month':
      return locale === 'vi' ? `tháng ${formatMonth(p.from)}` : formatMonth(p.from);
    case 'months':
      return `${formatMonth(s.from)} – ${formatMonth(s.to)}`;
  }
}
