import type { IcraClient, Lang, Schemas } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { safeMediaUrl } from '../core/client.js';
import { IcraElement } from '../core/element.js';
import { formatDate } from '../core/format.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { type LoadMoreStatus, renderLoadMore } from '../core/load-more.js';
import { richTextFragment } from '../core/rich-text.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { IcraNewsOpenEvent } from './events.js';
import { type NewsMessages, newsMessages } from './messages.js';
import { newsStyles } from './news.styles.js';

type NewsSummary = Schemas['NewsSummary'];
type NewsArticle = Schemas['NewsArticle'];
type Image = NonNullable<NewsSummary['cover']>;

type ListStatus = 'loading' | 'loaded' | 'empty' | 'error' | 'not-configured';

interface OpenedArticle {
  summary: NewsSummary;
  article?: NewsArticle;
  /** The article's `bodyHtml`, rebuilt from the allow-list (absent from servers without it). */
  body?: Node[];
  status: 'loading' | 'loaded' | 'error';
}

/**
 * The news an authority publishes on the portal, in the reader's language: a list of articles
 * with "more news" paging, and each article readable inside the widget.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra.js"></script>
 * <icra-news api="https://portal.example.az" authority="ganja" lang="az" page-size="6"></icra-news>
 * ```
 *
 * Configuration comes from the attributes, else from an enclosing `<icra-config>`; the language
 * last from `<html lang>` (followed live). Changing `api`, `authority`, `lang` or `page-size`
 * reloads; requests in flight are aborted on change and on removal. To supply data yourself
 * (Storybook, tests, a custom `fetch`), set the `client` property to an `@icra/sdk` client.
 *
 * @event {IcraNewsOpenEvent} icra-news-open - The reader opens an article; `detail` is `{ id, authority }`.
 *   Cancelable: `preventDefault()` keeps the widget on the list so the page can show the article itself.
 *
 * @csspart base - The widget's root box (carries `lang` and the colour scheme).
 * @csspart list - The `<ul>` of articles.
 * @csspart item - One `<li>` of the list.
 * @csspart card - The `<article>` card inside an item.
 * @csspart cover - A cover image, in the list.
 * @csspart title - The button with an article's title, in the list (opens the article).
 * @csspart date - A publication date (`<time>`), in the list and in the article.
 * @csspart summary - An article's summary, in the list.
 * @csspart load-more - The "more news" button.
 * @csspart state - The box of the empty, error and not-configured states.
 * @csspart retry - The "try again" buttons.
 * @csspart back - The "back to the news" button of the article view.
 * @csspart article - The opened article.
 * @csspart article-title - The opened article's heading.
 * @csspart article-cover - The opened article's cover image.
 * @csspart body - The opened article's text (paragraphs, headings, lists, quotes and links of its `bodyHtml`).
 *
 * @cssprop --icra-color-accent - Brand colour: titles, buttons. Default #0b5cad light, #7db7f5 dark.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour. Default #ffffff light, #0b1a2a dark.
 * @cssprop --icra-color-text - Body text. Default #1a1f24 light, #e8ecf0 dark.
 * @cssprop --icra-color-text-muted - Dates and secondary text. Default #4b5661 light, #aeb8c2 dark.
 * @cssprop --icra-color-surface - Background. Default #ffffff light, #14181d dark.
 * @cssprop --icra-color-surface-raised - Card background. Default #f5f7f9 light, #1e252c dark.
 * @cssprop --icra-color-border - Card and state borders. Default #c9d1d9 light, #3a4550 dark.
 * @cssprop --icra-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --icra-color-danger - Error text. Default #b42318 light, #ffa39a dark.
 * @cssprop --icra-color-skeleton - Loading placeholders. Default #e3e8ed light, #2a323a dark.
 * @cssprop --icra-font-family - Font. Default: inherited from the page.
 * @cssprop --icra-font-size - Base font size. Default 1rem.
 * @cssprop --icra-radius - Corner radius. Default 0.5rem.
 * @cssprop --icra-space - Spacing unit. Default 1rem.
 * @cssprop --icra-max-width - Largest width of the widget. Default none.
 */
export class IcraNews extends IcraElement {
  static override styles = [baseStyles, listStateStyles, newsStyles];

  /** Articles per request (1–50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 6;

  /** Level of the article headings (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private status: ListStatus = 'loading';
  @state() private items: NewsSummary[] = [];
  @state() private nextCursor: string | null = null;
  @state() private moreStatus: LoadMoreStatus = 'idle';
  @state() private opened?: OpenedArticle;
  @state() private announcement = '';

  private controller = new AbortController();
  private loadedClient?: IcraClient | undefined;
  private loadedKey?: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a removal cut a request short: load again.
    if (this.hasUpdated && this.loadedKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const busy =
      this.status === 'loading' || this.moreStatus === 'loading' || this.opened?.status === 'loading';
    this.controller.abort();
    // Come back to the same state when moved in the page; load again what was cut short.
    if (busy) this.loadedKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const client = this.resolvedClient;
    const key = [this.resolvedApi, this.resolvedAuthority, this.resolvedLang, this.limit].join('\n');
    if (client !== this.loadedClient || key !== this.loadedKey) {
      this.loadedClient = client;
      this.loadedKey = key;
      void this.load();
    }
  }

  private get limit(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), 50) : 6;
  }

  /** A fresh signal for a new configuration: whatever was in flight is aborted. */
  private restart(): AbortSignal {
    this.controller.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }

  /** The signal of the current configuration (renewed after a disconnect aborted it). */
  private get signal(): AbortSignal {
    if (this.controller.signal.aborted) this.controller = new AbortController();
    return this.controller.signal;
  }

  /** Loads the first page again (and the opened article, in the new language). */
  private async load(): Promise<void> {
    const signal = this.restart();
    const client = this.loadedClient;
    this.items = [];
    this.nextCursor = null;
    this.moreStatus = 'idle';
    if (!client) {
      this.status = 'not-configured';
      this.opened = undefined;
      console.warn('<icra-news>: no API address; set the `api` attribute or an enclosing <icra-config api>.');
      return;
    }
    this.status = 'loading';
    const opened = this.opened;
    const lang = this.resolvedLang;
    if (opened) void this.loadArticle(opened.summary);
    else this.announce(newsMessages(lang).loading);
    try {
      const page = await client.listNews(
        { query: { authority: this.resolvedAuthority, limit: this.limit, lang } },
        { signal },
      );
      if (signal.aborted) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.status = page.items.length > 0 ? 'loaded' : 'empty';
      if (!this.opened) {
        this.announce(page.items.length > 0 ? newsMessages(lang).loaded(page.items.length) : '');
      }
    } catch {
      if (signal.aborted) return;
      this.status = 'error';
      if (!this.opened) this.announce(newsMessages(lang).error);
    }
  }

  private async loadMore(): Promise<void> {
    const client = this.loadedClient;
    const cursor = this.nextCursor;
    if (!client || !cursor || this.moreStatus === 'loading') return;
    const signal = this.signal;
    const lang = this.resolvedLang;
    this.moreStatus = 'loading';
    try {
      const page = await client.listNews(
        { query: { authority: this.resolvedAuthority, limit: this.limit, cursor, lang } },
        { signal },
      );
      if (signal.aborted) return;
      const known = new Set(this.items.map((item) => item.id));
      const added = page.items.filter((item) => !known.has(item.id));
      this.items = [...this.items, ...added];
      this.nextCursor = page.nextCursor;
      this.moreStatus = 'idle';
      const messages = newsMessages(lang);
      this.announce(
        page.nextCursor
          ? messages.added(added.length)
          : `${messages.added(added.length)}. ${messages.allShown}`,
      );
      // Focus goes to the first new article, where reading continues (the button may be gone).
      const target = added[0] ?? (page.nextCursor ? undefined : this.items.at(-1));
      if (target) {
        await this.updateComplete;
        this.titleButton(target.id)?.focus();
      }
    } catch {
      if (signal.aborted) return;
      this.moreStatus = 'error';
      this.announce(newsMessages(lang).loadMoreError);
    }
  }

  private async open(summary: NewsSummary): Promise<void> {
    if (!this.dispatchEvent(new IcraNewsOpenEvent({ id: summary.id, authority: summary.authority }))) return;
    this.opened = { summary, status: 'loading' };
    void this.loadArticle(summary);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#article-title')?.focus();
  }

  private async loadArticle(summary: NewsSummary): Promise<void> {
    const client = this.loadedClient;
    if (!client) return;
    const signal = this.signal;
    const lang = this.resolvedLang;
    const isCurrent = () => !signal.aborted && this.opened?.summary.id === summary.id;
    this.opened = { summary: this.opened?.summary ?? summary, status: 'loading' };
    try {
      const article = await client.getNews({ path: { id: summary.id }, query: { lang } }, { signal });
      if (!isCurrent()) return;
      this.opened = { summary: article, article, body: this.richBody(article), status: 'loaded' };
    } catch {
      if (!isCurrent()) return;
      this.opened = { summary, status: 'error' };
      this.announce(newsMessages(lang).articleError);
    }
  }

  /**
   * The article's `bodyHtml` as new nodes built from the allow-list (never inserted as given); its
   * headings continue the widget's outline below the article's title. `undefined` without `bodyHtml`.
   */
  private richBody(article: NewsArticle): Node[] | undefined {
    const bodyHtml = (article as NewsArticle & { bodyHtml?: unknown }).bodyHtml;
    if (typeof bodyHtml !== 'string') return undefined;
    const fragment = richTextFragment(bodyHtml, { headingLevel: this.level + 1 });
    return [...fragment.childNodes];
  }

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  private async back(): Promise<void> {
    const id = this.opened?.summary.id;
    this.opened = undefined;
    this.announce('');
    await this.updateComplete;
    const target =
      (id && this.titleButton(id)) ||
      this.renderRoot.querySelector<HTMLElement>('.title-button, [part~="load-more"], [part~="retry"]');
    target?.focus();
  }

  private titleButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .title-button`);
  }

  /** Says `text` through the polite live region (cleared first, so a repeat is spoken again). */
  private announce(text: string): void {
    this.announcement = '';
    if (!text) return;
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = newsMessages(lang);
    const busy = this.status === 'loading' || this.opened?.status === 'loading';
    return html`
      <div class="root" part="base" lang=${lang} data-theme=${this.resolvedTheme ?? nothing}>
        <section aria-label=${messages.label} aria-busy=${busy ? 'true' : 'false'}>
          ${this.opened ? this.renderArticle(this.opened, lang, messages) : this.renderList(lang, messages)}
        </section>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private heading(
    className: string,
    part: string,
    content: unknown,
    options: { id?: string; focusable?: boolean; lang?: string | undefined } = {},
  ): TemplateResult {
    const tag = headingTag(this.level);
    return staticHtml`<${tag}
      class=${className}
      part=${part || nothing}
      id=${options.id ?? nothing}
      lang=${options.lang ?? nothing}
      tabindex=${options.focusable ? '-1' : nothing}
    >${content}</${tag}>`;
  }

  private cover(
    image: Image,
    className: string,
    part: string,
    lazy: boolean,
  ): TemplateResult | typeof nothing {
    const src = safeMediaUrl(image.url, this.resolvedApi ?? '');
    if (!src) return nothing;
    return html`<img
      class=${className}
      part=${part}
      src=${src}
      alt=${image.alt}
      width=${image.width}
      height=${image.height}
      loading=${lazy ? 'lazy' : 'eager'}
      decoding="async"
    />`;
  }

  private renderList(lang: Lang, messages: NewsMessages): TemplateResult {
    switch (this.status) {
      case 'loading':
        return this.renderSkeleton();
      case 'not-configured':
        return html`<div class="state error" part="state"><p>${messages.notConfigured}</p></div>`;
      case 'error':
        return html`<div class="state error" part="state">
          <p>${messages.error}</p>
          <button type="button" class="button" part="retry" @click=${this.load}>${messages.retry}</button>
        </div>`;
      case 'empty':
        return html`<div class="state" part="state"><p>${messages.empty}</p></div>`;
      case 'loaded':
        return html`
          <ul class="list" part="list">
            ${repeat(
              this.items,
              (item) => item.id,
              (item) => this.renderItem(item, lang),
            )}
          </ul>
          ${this.nextCursor ? this.renderMore(messages) : nothing}
        `;
    }
  }

  private renderItem(item: NewsSummary, lang: Lang): TemplateResult {
    const contentLang = item.lang !== lang ? item.lang : undefined;
    return html`<li class="item" part="item" data-id=${item.id}>
      <article class="card" part="card">
        <div class="text">
          ${this.heading(
            'title',
            '',
            html`<button type="button" class="title-button" part="title" @click=${() => this.open(item)}>
              ${item.title}
            </button>`,
            { lang: contentLang },
          )}
          <time class="date" part="date" datetime=${item.publishedAt}>${formatDate(item.publishedAt, lang)}</time>
          <p class="summary" part="summary" lang=${contentLang ?? nothing}>${item.summary}</p>
        </div>
        ${(item.cover && this.cover(item.cover, 'cover', 'cover', true)) || html`<div class="cover placeholder"></div>`}
      </article>
    </li>`;
  }

  private renderMore(messages: NewsMessages): TemplateResult {
    return renderLoadMore(this.moreStatus, messages, this.loadMore);
  }

  private renderSkeleton(): TemplateResult {
    const count = Math.min(this.limit, 3);
    return html`<ul class="list skeleton" aria-hidden="true">
      ${Array.from(
        { length: count },
        () => html`<li class="item">
          <div class="card">
            <span class="bone cover"></span>
            <div class="text">
              <span class="bone heading"></span>
              <span class="bone line short"></span>
              <span class="bone line"></span>
              <span class="bone line"></span>
            </div>
          </div>
        </li>`,
      )}
    </ul>`;
  }

  private renderArticle(opened: OpenedArticle, lang: Lang, messages: NewsMessages): TemplateResult {
    const { summary, article, status } = opened;
    const contentLang = summary.lang !== lang ? summary.lang : undefined;
    return html`<div class="article-view">
      <button type="button" class="button secondary" part="back" @click=${this.back}>
        <span aria-hidden="true">←</span> ${messages.back}
      </button>
      <article class="article" part="article">
        ${this.heading('article-title', 'article-title', summary.title, {
          id: 'article-title',
          focusable: true,
          lang: contentLang,
        })}
        <time class="date" part="date" datetime=${summary.publishedAt}>${formatDate(summary.publishedAt, lang)}</time>
        ${summary.cover ? this.cover(summary.cover, 'article-cover', 'article-cover', false) : nothing}
        <p class="lead" lang=${contentLang ?? nothing}>${summary.summary}</p>
        ${
          status === 'loaded' && article
            ? html`<div class="body" part="body" lang=${contentLang ?? nothing}>
                ${opened.body ?? article.body.map((paragraph) => html`<p>${paragraph}</p>`)}
              </div>`
            : status === 'loading'
              ? html`<div class="body" aria-hidden="true">
                  <span class="bone line"></span><span class="bone line"></span><span class="bone line short"></span>
                </div>`
              : html`<div class="state error" part="state">
                  <p>${messages.articleError}</p>
                  <button type="button" class="button" part="retry" @click=${() => this.loadArticle(summary)}>
                    ${messages.retry}
                  </button>
                </div>`
        }
      </article>
    </div>`;
  }
}
