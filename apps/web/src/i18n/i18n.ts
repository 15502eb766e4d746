import i18next, { TFunction } from 'i18next';
import { en } from './en';

/** The languages the service speaks, with each one's writing direction for `<html dir>`. Only English so far. */
export const LANGUAGES = { en: { dir: 'ltr' } } as const;
export type Language = keyof typeof LANGUAGES;

/** Every string a page shows comes from the catalogue (./en.ts), so a language can be added without touching views. */
export function createTranslator(language: Language = 'en'): TFunction {
  const instance = i18next.createInstance();
  // initAsync false: the catalogue is in memory, so the translator is ready when init returns.
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false }, // Nunjucks escapes what it prints
    returnNull: false,
  });
  return instance.t.bind(instance);
}

/** Injection token of the translator (`@Inject(TRANSLATOR) t: TFunction`). */
export const TRANSLATOR = Symbol('TRANSLATOR');
