import { type Lang, langValues } from '@icra/sdk';

/** The languages every widget speaks — the portal's — Azerbaijani first (the default). */
export const LANGS = langValues;

export const DEFAULT_LANG: Lang = 'az';

/**
 * Maps a BCP 47 tag to a supported language by its primary subtag:
 * 'az-Latn-AZ' → 'az', 'en-GB' → 'en', 'ru_RU' → 'ru'. Returns undefined for an empty
 * or unsupported tag, so that the caller can fall through to the next source.
 */
export function normalizeLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : undefined;
}

/** The first candidate that names a supported language wins; if none does, Azerbaijani. */
export function resolveLang(...candidates: (string | null | undefined)[]): Lang {
  for (const candidate of candidates) {
    const lang = normalizeLang(candidate);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}

const listeners = new Set<(lang: string) => void>();
let observer: MutationObserver | undefined;

/** The page's `<html lang>`, as written (not normalized). */
export function documentLang(): string {
  return globalThis.document?.documentElement.lang ?? '';
}

/**
 * Calls `listener` whenever the page's `<html lang>` changes. One MutationObserver serves
 * every subscriber and is disconnected when the last one leaves. Returns the unsubscribe function.
 */
export function observeDocumentLang(listener: (lang: string) => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      const lang = documentLang();
      for (const notify of [...listeners]) notify(lang);
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** How many elements currently follow `<html lang>` (one observer serves them all); for tests. */
export function documentLangSubscriberCount(): number {
  return listeners.size;
}
