import { html, nothing, type TemplateResult } from 'lit';
import type { MoreStatus } from './paged-list.js';

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
