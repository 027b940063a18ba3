import { formatMonth, type Locale } from '../domain/format';
import { shapeOf, type Period } from '../domain/period';
import { i18n } from './instance';

const quarterKeys = ['words.period.quarter1', 'words.period.quarter2', 'words.period.quarter3', 'words.period.quarter4'] as const;
const halfKeys = ['words.period.half1', 'words.period.half2'] as const;

/** A period as people name it: "năm 2022", "quý I/2023", "6 tháng đầu năm 2025", "01/2022 – 05/2022". */
export function formatPeriod(p: Period, locale: Locale = 'vi'): string {
  const t = i18n.getFixedT(locale);
  const s = shapeOf(p);
  switch (s.kind) {
    case 'year':
      return t('words.period.year', { year: s.year });
    case 'quarter':
      return t(quarterKeys[s.quarter - 1] ?? quarterKeys[0], { year: s.year });
    case 'half':
      return t(halfKeys[s.half - 1] ?? halfKeys[0], { year: s.year });
    case 'month':
      return t('words.period.month', { month: formatMonth(p.from) });
    case 'months':
      return t('words.period.months', { from: formatMonth(s.from), to: formatMonth(s.to) });
  }
}

/** How a sentence about a period opens, lower case: "trong năm 2022", "từ tháng 02/2023 đến tháng 05/2023". */
export function formatPeriodStart(p: Period, locale: Locale = 'vi'): string {
  const t = i18n.getFixedT(locale);
  if (shapeOf(p).kind === 'months') return t('words.period.fromTo', { from: formatMonth(p.from), to: formatMonth(p.to) });
  return t('words.period.during', { period: formatPeriod(p, locale) });
}

/** A short month label for chart axes: "T3/2023" (vi) / "03/2023" (en). */
export function formatMonthShort(month: string, locale: Locale = 'vi'): string {
  // Vietnamese writes the month number bare after "T", English keeps the two digits of "03/2023".
  const m = locale === 'vi' ? String(Number(month.slice(5, 7))) : month.slice(5, 7);
  return i18n.getFixedT(locale)('words.period.monthShort', { month: m, year: month.slice(0, 4) });
}
