/**
 * The locale the words are in, and the two things that change with it in a
 * sentence: how a list is joined and which plural form a count takes. No
 * " and " or plural rule is written anywhere else (style.md habit 15).
 *
 * English is the source locale. A script-tag file is built in one language
 * (vite.config.ts defines `__EXOSOME_QUIZ_LOCALE__` and writes that
 * language's words into every `msg()`); in the ESM build the language is
 * English until `useLanguage` (languages.ts) loads another.
 */
export const SOURCE_LOCALE = 'en';

declare const __EXOSOME_QUIZ_LOCALE__: string | undefined;

let active: string = typeof __EXOSOME_QUIZ_LOCALE__ === 'string' ? __EXOSOME_QUIZ_LOCALE__ : SOURCE_LOCALE;

export const getLocale = (): string => active;

/** Called by languages.ts once a language's words are in place. */
export const setActiveLocale = (locale: string): void => {
  active = locale;
};

const formats = new Map<string, Intl.ListFormat | Intl.PluralRules>();
/** One formatter per locale and kind: building one is far dearer than using it. */
function formatter<T extends Intl.ListFormat | Intl.PluralRules>(kind: string, make: (locale: string) => T): T {
  const key = `${getLocale()} ${kind}`;
  let f = formats.get(key) as T | undefined;
  if (!f) formats.set(key, (f = make(getLocale())));
  return f;
}

/** "a, b and c" (`and`) or "a, b or c" (`or`), in the current locale. */
export const list = (items: readonly string[], kind: 'and' | 'or' = 'and'): string =>
  formatter(kind, (locale) => new Intl.ListFormat(locale, { type: kind === 'and' ? 'conjunction' : 'disjunction' })).format(items);

/** The plural form a count takes in the current locale ("one", "other", ...). */
export const plural = (count: number): Intl.LDMLPluralRule => formatter('plural', (locale) => new Intl.PluralRules(locale)).select(count);

/** Whether a count takes the singular form: the messages keep a `.one` and an `.other` sentence. */
export const isOne = (count: number): boolean => plural(count) === 'one';
