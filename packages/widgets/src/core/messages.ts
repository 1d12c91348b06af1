import type { Lang } from '@icra/sdk';

/** A message is a string, or a function of typed arguments that returns one. */
// biome-ignore lint/suspicious/noExplicitAny: message functions take any typed arguments
export type Message = string | ((...args: any[]) => string);

/** The same keys with the same signatures as `T`, no more and no fewer. */
export type Translation<T extends Record<string, Message>> = {
  [K in keyof T]: T[K] extends string ? string : T[K];
};

/**
 * A widget's messages in every language. Azerbaijani defines the keys and signatures; English and
 * Russian must provide exactly the same keys (a missing or extra key is a type error).
 *
 * ```ts
 * const messages = defineMessages({
 *   az: { retry: 'Yenidən cəhd edin', added: (n: number) => `${n} xəbər əlavə edildi` },
 *   en: { retry: 'Try again', added: (n: number) => `${n} added` },
 *   ru: { retry: 'Повторить', added: (n: number) => `Добавлено: ${n}` },
 * });
 * messages('en').retry;
 * ```
 */
export function defineMessages<T extends Record<string, Message>>(
  catalog: { az: T } & { [L in Exclude<Lang, 'az'>]: Translation<NoInfer<T>> },
): (lang: Lang) => Translation<T> {
  return (lang) => (catalog[lang] ?? catalog.az) as Translation<T>;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Picks the plural form of `n` in `lang` (CLDR categories; `other` is required). */
export function plural(
  lang: Lang,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return forms[rules.select(n)] ?? forms.other;
}
