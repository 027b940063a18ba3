import { useTranslation } from 'react-i18next';
import type { Locale } from '../domain/format';
import { i18n, LANGUAGE_STORAGE_KEY, type Language } from './instance';

export { i18n, LANGUAGE_STORAGE_KEY, languages, type Language } from './instance';
export { formatMonthShort, formatPeriod, formatPeriodStart } from './period-words';
export { formatPoints, formatRankChange, formatScoreChange } from './change-words';
export { scopeContext, type ScopeContext } from './scope-words';
export { unitName, type UnitNameParts } from './unit-words';
export { summarySentences, summaryText, type SummaryWords } from './summary-text';

/** Switches the language and remembers it for the next visit. */
export async function setLanguage(lng: Language) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // storage blocked: the switch still holds for this page
  }
  await i18n.changeLanguage(lng);
}

/** The current language, as the locale `src/domain/format.ts` takes. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return instance.resolvedLanguage === 'en' ? 'en' : 'vi';
}

