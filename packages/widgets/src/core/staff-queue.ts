import { html, type TemplateResult } from 'lit';
import type { Announcer } from './announcer.js';
import type { PagedListController } from './paged-list.js';

/** What a staff desk's queue says while it is not a list: loading, failed, or empty. */
export interface QueueWords {
  loading: string;
  loadError: string;
  retry: string;
  empty: string;
}

/**
 * A staff desk's queue while it has no rows to show: a skeleton (its words for screen readers
 * only) while it loads, the failure with "try again", or the empty state; undefined once it has
 * rows, which the desk renders itself.
 */
export function renderQueueState(
  queue: Pick<PagedListController<unknown>, 'status' | 'reload'> & { readonly items: readonly unknown[] },
  words: QueueWords,
): TemplateResult | undefined {
  if (queue.status === 'error')
    return html`<div class="state error" part="state">
      <p>${words.loadError}</p>
      <button type="button" class="button" @click=${() => void queue.reload()}>${words.retry}</button>
    </div>`;
  if (queue.status !== 'loaded')
    return html`<div part="state">
      <p class="visually-hidden">${words.loading}</p>
      <ul class="skeleton" aria-hidden="true"><li></li><li></li><li></li></ul>
    </div>`;
  return queue.items.length ? undefined : html`<p class="state" part="state">${words.empty}</p>`;
}

/**
 * Says `words.loading` in `announcer` while a staff desk's queue loads, nothing once it has, and
 * what went wrong if it fails (`words.forbidden` for a 403, `words.loadError` else; a 401 is the
 * sign-in's to say); gives `page` back as it settles. Nothing is said for a request that was
 * aborted. Apart from the Announcer, which every widget's page loads, as only the desks use it.
 */
export function announceLoading<T>(
  announcer: Announcer,
  page: Promise<T>,
  signal: AbortSignal,
  words: { loading: string; forbidden: string; loadError: string },
): Promise<T> {
  announcer.say(words.loading);
  return page.then(
    (loaded) => {
      if (!signal.aborted) announcer.say('');
      return loaded;
    },
    (error: unknown) => {
      const status = (error as { status?: unknown } | null)?.status;
      if (!signal.aborted && status !== 401)
        announcer.say(status === 403 ? words.forbidden : words.loadError);
      throw error;
    },
  );
}
