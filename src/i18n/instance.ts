import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/format';
import { en } from './locales/en';
import { vi, type Resources } from './locales/vi';

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

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});
followLanguage(i18n.language);
i18n.on('languageChanged', followLanguage);

export { i18n };
