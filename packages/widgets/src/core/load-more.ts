import { html, nothing, type TemplateResult } from 'lit';
import type { Announcer } from './announcer.js';
import type { MoreStatus, PagedListController } from './paged-list.js';

/** The texts the control says, in the widget's language. */
export interface LoadMoreMessages {
  loadMore: string;
  loadingMore: string;
  loadMoreError: string;
  retry: string;
}

/**
 * The "load more" control every paged list shares (part `load-more`): busy while loading (still
 * focusable, so focus is never lost), and after a failure an inline error with "try again".
 */
export function renderLoadMore(
  status: MoreStatus,
  messages: LoadMoreMessages,
  onClick: () => void,
): TemplateResult {
  const loading = status === 'loading';
  return html`
    ${status === 'error' ? html`<p class="inline-error">${messages.loadMoreError}</p>` : nothing}
    <div class="more">
      <button
        type="button"
        class="button secondary"
        part="load-more"
        aria-disabled=${loading ? 'true' : 'false'}
        @click=${onClick}
      >
        ${loading ? messages.loadingMore : status === 'error' ? messages.retry : messages.loadMore}
      </button>
    </div>
  `;
}

/** What a list says when its next page comes, in the widget's language. */
export interface MoreWords {
  added: (n: number) => string;
  loadMoreError: string;
  /** Said after the count when the page was the last (lists that say so). */
  allShown?: string;
}

/**
 * Loads the next page of `list`: says how many items came (and that the list is all shown, with
 * `allShown`), or that it failed; then moves focus with `focus` to the first new item, where
 * reading continues, or, when the last page came empty, to the last item (the button is gone).
 * Resolves to the items added, or undefined when none could be.
 */
export async function loadMore<T>(
  // biome-ignore lint/suspicious/noExplicitAny: any list, whatever its fetch arguments
  list: PagedListController<T, any>,
  announcer: Announcer,
  words: () => MoreWords,
  focus: (item: T) => Promise<void> | void,
): Promise<T[] | undefined> {
  const added = await list.more();
  const say = words();
  if (!added) {
    if (list.moreStatus === 'error') announcer.say(say.loadMoreError);
    return undefined;
  }
  const allShown = say.allShown !== undefined && list.nextCursor === null;
  announcer.say(allShown ? `${say.added(added.length)}. ${say.allShown}` : say.added(added.length));
  const target = added[0] ?? (allShown ? list.items.at(-1) : undefined);
  if (target !== undefined) await focus(target);
  return added;
}
