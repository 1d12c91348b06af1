import { z } from '@hono/zod-openapi';
import { LANGS, type Lang } from '../domain/enums.js';

export { LANGS, type Lang } from '../domain/enums.js';
export const DEFAULT_LANG: Lang = 'az';

export const LangSchema = z.enum(LANGS).openapi('Lang', {
  description: 'A content language: Azerbaijani (the default and the fallback), English or Russian.',
});

/** The `lang` query parameter every read accepts. */
export const langQueryParam = LangSchema.optional().openapi({
  param: {
    name: 'lang',
    in: 'query',
    description:
      'Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. ' +
      'Content missing in the language is served in Azerbaijani; the `lang` field of each item says which.',
  },
});

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4): highest q-value
 * wins, ties go to the earlier range, a range matches by its primary subtag (`en-GB` → en), `*`
 * matches the default, and `q=0` excludes. Results are memoised: clients send few distinct values.
 */
export function negotiateAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return DEFAULT_LANG;
  const memo = acceptLanguageMemo.get(header);
  if (memo !== undefined) return memo;
  const lang = parseAcceptLanguage(header);
  if (acceptLanguageMemo.size >= ACCEPT_LANGUAGE_MEMO_LIMIT) acceptLanguageMemo.clear();
  acceptLanguageMemo.set(header, lang);
  return lang;
}

const ACCEPT_LANGUAGE_MEMO_LIMIT = 512;
const acceptLanguageMemo = new Map<string, Lang>();

function parseAcceptLanguage(header: string): Lang {
  let best: Lang = DEFAULT_LANG;
  let bestQ = 0;
  const excluded = new Set<Lang>();
  let wildcardQ = -1;
  for (const part of header.slice(0, 1024).split(',')) {
    const [rangeRaw = '', ...params] = part.split(';');
    const range = rangeRaw.trim().toLowerCase();
    if (!range) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() === 'q') {
        const parsed = Number(value?.trim());
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    if (range === '*') {
      wildcardQ = Math.max(wildcardQ, q);
      continue;
    }
    const primary = range.split('-')[0];
    if (!isLang(primary)) continue;
    if (q === 0) {
      excluded.add(primary);
      continue;
    }
    if (q > bestQ) {
      best = primary;
      bestQ = q;
    }
  }
  if (bestQ > 0 && !excluded.has(best)) return best;
  if (wildcardQ > 0) return LANGS.find((lang) => !excluded.has(lang)) ?? DEFAULT_LANG;
  return DEFAULT_LANG;
}

/** The language a request asks for: a valid `lang` query parameter, else `Accept-Language`, else az. */
export function negotiateLang(
  queryLang: string | undefined | null,
  acceptLanguage: string | undefined | null,
): Lang {
  if (isLang(queryLang)) return queryLang;
  return negotiateAcceptLanguage(acceptLanguage);
}

/**
 * Content-Language of a list: the language asked for, followed by Azerbaijani when some items fell
 * back to it.
 */
export function contentLanguage(asked: Lang, items: ReadonlyArray<{ lang: Lang }>): string {
  return items.some((item) => item.lang !== asked) ? `${asked}, az` : asked;
}
