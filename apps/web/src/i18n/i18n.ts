import i18next, { TFunction } from 'i18next';
import { en } from './en';

/** The languages the service speaks, with each one's writing direction for `<html dir>`. Only English so far. */
export const LANGUAGES = { en: { dir: 'ltr' } } as const;
export type Language = keyof typeof LANGUAGES;

/** Texts remembered per translator before the memory is emptied: far more than the pages ask for in a while. */
const REMEMBERED_TEXTS = 20_000;

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
  return remembering(instance.t.bind(instance) as unknown as Translate) as unknown as TFunction;
}

type Translate = (key: unknown, ...rest: unknown[]) => unknown;

/**
 * `t` remembering the texts it has made. One i18next call costs 20-40 µs and a list page makes a hundred or more
 * (a quarter of the time spent rendering /jobs). The answer depends only on the key and the values put in, as the
 * catalogue and the language are fixed once made, so a text is remembered when the values are plain strings, numbers
 * or booleans and the answer is a string (not `returnObjects`).
 */
function remembering(t: Translate): Translate {
  const texts = new Map<string, string>();
  return (key, options?: unknown, ...rest: unknown[]) => {
    const memo = rest.length === 0 && typeof key === 'string' ? memoKey(key, options) : undefined;
    if (memo === undefined) return t(key, options, ...rest);
    const known = texts.get(memo);
    if (known !== undefined) return known;
    const text = t(key, options);
    if (typeof text === 'string') {
      if (texts.size >= REMEMBERED_TEXTS) texts.clear();
      texts.set(memo, text);
    }
    return text;
  };
}

/** The memory's key for a call, or undefined when the values are not all plain (then the call is not remembered). */
function memoKey(key: string, options: unknown): string | undefined {
  if (options === undefined) return key;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return undefined;
  for (const value of Object.values(options)) {
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
  }
  return `${key}\u0000${JSON.stringify(options)}`;
}

/** Injection token of the translator (`@Inject(TRANSLATOR) t: TFunction`). */
export const TRANSLATOR = Symbol('TRANSLATOR');
