/** The editor's list view: the authority's articles, their status, "new article" and "more". */
import type { Lang } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDate } from '../core/format.js';
import { renderLoadMore } from '../core/load-more.js';
import type { PagedListController } from '../core/paged-list.js';
import type { EditorMessages } from './messages.js';
import type { EditorialNewsSummary } from './types.js';

export interface NewsListView {
  list: Pick<
    PagedListController<EditorialNewsSummary>,
    'status' | 'items' | 'hasMore' | 'moreStatus' | 'reload' | 'more'
  >;
  lang: Lang;
  messages: EditorMessages;
  /** The portal refused the list: this official may not edit this authority's news. */
  forbidden: boolean;
  /** The error summary (an article that could not be opened), or nothing. */
  summary: TemplateResult | typeof nothing;
  /** Opens an article for editing (`null`: a new one). */
  open: (id: string | null) => void;
}

function renderItem(item: EditorialNewsSummary, { lang, messages, open }: NewsListView): TemplateResult {
  const title = item.titles[lang] ?? item.titles.az;
  return html`<li class="item" part="item" data-id=${item.id}>
    <span class="item-title" lang=${item.titles[lang] ? nothing : 'az'}>${title || messages.untitled}</span>
    <span class="badge ${item.status}" part="status"
      >${item.status === 'published' ? messages.published : messages.draft}</span
    >
    <span class="muted">${messages.updated(formatDate(item.updatedAt, lang))}</span>
    <button
      type="button"
      class="button secondary"
      aria-label=${`${messages.edit}: ${title || messages.untitled}`}
      @click=${() => open(item.id)}
    >
      ${messages.edit}
    </button>
  </li>`;
}

export function renderNewsList(view: NewsListView): TemplateResult {
  const { list, messages } = view;
  if (list.status === 'error')
    return view.forbidden
      ? html`<div class="state error" part="state" role="alert"><p>${messages.forbidden}</p></div>`
      : html`<div class="state error" part="state">
          <p>${messages.loadError}</p>
          <button type="button" class="button" @click=${() => list.reload()}>${messages.retry}</button>
        </div>`;
  if (list.status !== 'loaded') return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
  return html`
    <div>
      <button type="button" class="button" part="new" @click=${() => view.open(null)}>
        ${messages.newArticle}
      </button>
    </div>
    ${view.summary}
    ${
      list.items.length === 0
        ? html`<p class="state" part="state">${messages.empty}</p>`
        : html`<ul class="list" part="list">
            ${repeat(
              list.items,
              (item) => item.id,
              (item) => renderItem(item, view),
            )}
          </ul>`
    }
    ${
      list.hasMore || list.moreStatus === 'error'
        ? renderLoadMore(list.moreStatus, messages, () => void list.more())
        : nothing
    }
  `;
}
