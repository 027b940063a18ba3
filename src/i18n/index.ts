import { useTranslation } from 'react-i18next';
import type { Locale } from '../domain/format';
import { i18n, LANGUAGE_STORAGE_KEY, type Language } from './instance';
import { prepareLanguage } from './namespaces';

export { i18n, LANGUAGE_STORAGE_KEY, languages, type Language } from './instance';
export { formatMonthShort, formatPeriod, formatPeriodStart } from './period-words';
export { formatPoints, formatRankChange, formatScoreChange } from './change-words';
export { scopeContext, type ScopeContext } from './scope-words';
export { unitName, type UnitNameParts } from './unit-words';
export { loadNamespaces, prepareLanguage, withStrings, type LazyNamespace } from './namespaces';
export { summarySentences, summaryText, type SummaryWords } from './summary-text';

/** Switches the language and remembers it for the next visit: its strings for the screens seen so far load first. */
export async function setLanguage(lng: Language) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // storage blocked: the switch still holds for this page
  }
  // Offline without the chunks: the switch still happens, missing strings fall back to Vietnamese.
  await prepareLanguage(lng).catch((e: unknown) => console.error('The language strings did not load', e));
  await i18n.changeLanguage(lng);
}

/**
 * Before the first render: the remembered language's core strings (English is not in the entry). Changing to the
 * same language again makes i18next resolve it now that it has strings.
 */
export async function startLanguage() {
  if (i18n.language === 'vi') return;
  try {
    await prepareLanguage(i18n.language);
    await i18n.changeLanguage(i18n.language);
  } catch (e) {
    // Offline without the chunk in the cache: Vietnamese, the fallback, still shows.
    console.error('The language strings did not load', e);
  }
}

/** The current language, as the locale `src/domain/format.ts` takes. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return instance.resolvedLanguage === 'en' ? 'en' : 'vi';
}

