import { ABOUT_ZERO, formatNumber, NO_DATA, signedChange, type Locale } from '../domain/format';
import { i18n } from './instance';

/**
 * A signed change in percentage points: "+1,5 điểm %" / "+1.5 pts"; a tiny one keeps the decimals that
 * show it ("+0,04 điểm %") and one too small for three decimals is "≈ 0 điểm %" (see signedChange).
 */
export function formatPoints(points: number, locale: Locale = 'vi', digits = 1): string {
  const shown = signedChange(points, digits);
  const value = shown === null ? ABOUT_ZERO : `${shown.sign}${formatNumber(Math.abs(points), locale, shown.digits)}`;
  return i18n.getFixedT(locale)('words.points', { value });
}

/** "↑2 bậc", "↓1 bậc", "giữ nguyên thứ hạng" (en: "↑2 places", "↓1 place", "same rank"); null → "—". */
export function formatRankChange(places: number | null, locale: Locale = 'vi'): string {
  if (places === null) return NO_DATA;
  const t = i18n.getFixedT(locale);
  if (places === 0) return t('words.rankSame');
  return t(places > 0 ? 'words.rankUp' : 'words.rankDown', { count: Math.abs(places) });
}

/**
 * "+1,25 điểm", "−0,40 điểm", "±0,00 điểm" (en: "+1.25 points"); null → "—". Scores are published in
 * hundredths, so a change is too: one that rounds to ±0,00 is no change of the published score.
 */
export function formatScoreChange(points: number | null, locale: Locale = 'vi'): string {
  if (points === null) return NO_DATA;
  const shown = Math.round(Math.abs(points) * 100);
  const sign = shown === 0 ? '±' : points > 0 ? '+' : '−';
  return i18n.getFixedT(locale)('words.scoreChange', { value: `${sign}${formatNumber(Math.abs(points), locale, 2)}` });
}
