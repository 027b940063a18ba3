import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/format';
import { coreVi } from './locales/core.vi';
import type { Resources } from './locales/vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

export type Language = Locale;
export const languages: readonly Language[] = ['vi', 'en'];
export const LANGUAGE_STORAGE_KEY = 'cchc.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function followLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

// Only the Vietnamese core is in the entry; the screens' namespaces and English load on demand (namespaces.ts).
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: coreVi } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
  // A namespace that arrives after a screen rendered (a load that lost the race) rerenders it.
  react: { bindI18nStore: 'added' },
});
// Vitest (unit and component tests): every string of both languages from the start. The build replaces MODE, so
// this branch and its imports are dropped from it.
if (import.meta.env.MODE === 'test') {
  const [{ vi }, { en }] = await Promise.all([import('./locales/vi'), import('./locales/en')]);
  i18n.addResourceBundle('vi', 'translation', vi, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}
followLanguage(i18n.language);
i18n.on('languageChanged', followLanguage);

export { i18n };
