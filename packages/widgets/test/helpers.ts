import { vi } from 'vitest';
import { sessionFor } from '../src/core/auth.js';
import type { IcraNews } from '../src/news/news.js';

const mounted = new Set<Element>();

/**
 * Puts `markup` in the page and returns its first element, upgraded; `prepare` runs on the element
 * before it is connected (e.g. to give it a client).
 */
export async function mount<T extends Element = IcraNews>(
  markup: string,
  prepare?: (element: T) => void,
  parent: Element = document.body,
): Promise<T> {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const element = template.content.firstElementChild as T;
  document.adoptNode(template.content);
  customElements.upgrade(template.content);
  prepare?.(element);
  parent.append(template.content);
  mounted.add(element);
  if (customElements.get(element.localName)) await customElements.whenDefined(element.localName);
  return element;
}

/** Removes what `mount` added and restores `<html lang>`. */
export function cleanup(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  document.documentElement.lang = 'az';
  // An article opened in a test gave the page an address (`#news-<id>`): the next test starts without.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

export function $<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return shadow(element).querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...shadow(element).querySelectorAll<T>(selector)];
}

/** Titles of the listed articles, in order. */
export function titles(news: Element): string[] {
  return $$(news, '.title-button').map((button) => button.textContent?.trim() ?? '');
}

/** Text of the polite live region. */
export function announced(news: Element): string {
  return $(news, '[role="status"]')?.textContent?.trim() ?? '';
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until `read` returns something truthy and returns it. */
export function until<T>(read: () => T | null | undefined | false | '', timeout = 8000): Promise<T> {
  return vi.waitFor(
    () => {
      const value = read();
      if (!value) throw new Error('not yet');
      return value;
    },
    { timeout, interval: 20 },
  );
}

/**
 * A Masallı poll that opened a minute ago and closes in a day, created through the real portal by
 * whoever is signed in to `api` (a moderator of Masallı).
 */
export function openMasalliPoll(
  api: string,
  poll: {
    question: { az: string; en: string };
    options: Array<{ az: string; en: string }>;
    resultsVisibility: 'live' | 'after_vote' | 'after_close';
  },
) {
  const now = Date.now();
  return sessionFor(api)
    .client('en')
    .createPoll(
      {
        body: {
          authority: 'masalli',
          ...poll,
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 86_400_000).toISOString(),
          eligibility: 'all_citizens',
        },
      },
      { idempotencyKey: crypto.randomUUID() },
    );
}
