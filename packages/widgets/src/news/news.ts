import type { Lang, Schemas } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { Announcer } from '../core/announcer.js';
import { safeMediaUrl } from '../core/client.js';
import { IcraElement } from '../core/element.js';
import { formatDate } from '../core/format.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { loadMore, renderLoadMore } from '../core/load-more.js';
import { PagedListController } from '../core/paged-list.js';
import { richTextFragment } from '../core/rich-text.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { initialState, isAbort, TaskStatus, WidgetTask } from '../core/task.js';
import { IcraNewsOpenEvent } from './events.js';
import { type NewsMessages, newsMessages } from './messages.js';
import { newsStyles } from './news.styles.js';

type NewsSummary = Schemas['NewsSummary'];
type NewsArticle = Schemas['NewsArticle'];

const HASH_PREFIX = 'news-';

/** The article the page's address names (`#news-<id>`), if any. */
function hashedArticle(): string | undefined {
  const hash = decodeURIComponent(location.hash.slice(1));
  return hash.startsWith(HASH_PREFIX) && hash.length > HASH_PREFIX.length
    ? hash.slice(HASH_PREFIX.length)
    : undefined;
}
type Image = NonNullable<NewsSummary['cover']>;

/** Whether two lists of values are the same, element by element. */
function sameValues(a: ReadonlyArray<unknown>, b: ReadonlyArray<unknown> | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
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

  /**
   * Opened articles get no address of their own. Without it, opening an article adds
   * `#news-<id>` to the page's address (so it can be shared, and Back closes it), and a page
   * loaded with that address opens the article.
   */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;

  /** The article the reader opened (its summary from the list), if any. */
  @state() private opened?: NewsSummary | undefined;

  private readonly announcer = new Announcer(this);

  /** The list: reloaded when the client, authority, language or page size changes. */
  private readonly list = new PagedListController(this, {
    args: () => [this.resolvedClient, this.resolvedAuthority, this.resolvedLang, this.limit] as const,
    fetch: ([client, authority, lang, limit], cursor, signal) => {
      if (!client) {
        console.warn(
          '<icra-news>: no API address; set the `api` attribute or an enclosing <icra-config api>.',
        );
        return undefined;
      }
      return client.listNews({ query: { authority, limit, cursor, lang } }, { signal });
    },
  });

  /** The opened article, in the widget's language (again when the language changes). */
  private readonly article = new WidgetTask(this, {
    args: () => [this.resolvedClient, this.opened?.id, this.resolvedLang] as const,
    task: async ([client, id, lang], { signal }) => {
      if (!client || !id) return initialState;
      const article = await client.getNews({ path: { id }, query: { lang } }, { signal });
      return { article, body: this.richBody(article) };
    },
    onError: (error) => {
      if (!isAbort(error)) this.announcer.say(newsMessages(this.resolvedLang).articleError);
    },
  });

  /** The list's arguments whose first page is still to be said (its outcome is announced once). */
  private unsaid?: ReadonlyArray<unknown> | undefined;
  private listed?: ReadonlyArray<unknown> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // What the list came to is said once per new configuration (not while an article is open).
    const args = [this.resolvedClient, this.resolvedAuthority, this.resolvedLang, this.limit];
    if (!sameValues(args, this.listed)) {
      this.listed = args;
      this.unsaid = args;
      if (args[0] && !this.opened) this.announcer.say(newsMessages(this.resolvedLang).loading);
    } else if (this.unsaid && this.list.status !== 'loading') {
      this.unsaid = undefined;
      if (!this.opened) this.announcer.say(this.listOutcome());
    }
  }

  private get limit(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), 50) : 6;
  }

  /** What to say of the first page: how many are shown, or that it failed. */
  private listOutcome(): string {
    const messages = newsMessages(this.resolvedLang);
    if (this.list.status === 'error') return messages.error;
    const count = this.list.items.length;
    return this.list.status === 'loaded' && count > 0 ? messages.loaded(count) : '';
  }

  /** "Try again": loads the first page again and says what it came to. */
  private async reload(): Promise<void> {
    this.unsaid = undefined;
    this.announcer.say(newsMessages(this.resolvedLang).loading);
    await this.list.reload();
    this.announcer.say(this.listOutcome());
  }

  private loadMore = () =>
    loadMore(
      this.list,
      this.announcer,
      () => newsMessages(this.resolvedLang),
      // The first new article, where reading continues.
      async (item) => {
        await this.updateComplete;
        this.titleButton(item.id)?.focus();
      },
    );

  private async open(summary: NewsSummary): Promise<void> {
    if (!this.dispatchEvent(new IcraNewsOpenEvent({ id: summary.id, authority: summary.authority }))) return;
    this.opened = summary;
    if (!this.noHash && hashedArticle() !== summary.id)
      history.pushState(null, '', `#${HASH_PREFIX}${summary.id}`);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#article-title')?.focus();
  }

  readonly #onPopState = () => void this.followHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    void this.followHash();
  }

  /** The page's address names an article (loaded so, or Back/Forward): show it, or the list. */
  private async followHash(): Promise<void> {
    if (this.noHash) return;
    const id = hashedArticle();
    if (id === this.opened?.id) return;
    if (!id) {
      if (this.opened) await this.close();
      return;
    }
    const client = this.resolvedClient;
    if (!client) return;
    try {
      const article = await client.getNews({ path: { id }, query: { lang: this.resolvedLang } });
      if (hashedArticle() !== id) return;
      this.opened = article;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#article-title')?.focus();
    } catch (error) {
      if (!isAbort(error)) this.announcer.say(newsMessages(this.resolvedLang).articleError);
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

  /** "Back to the news": as the browser's Back when the address names the article (it closes it then). */
  private async back(): Promise<void> {
    if (!this.noHash && this.opened && hashedArticle() === this.opened.id) {
      history.back();
      return;
    }
    await this.close();
  }

  /** Shows the list again, focus on the opened article's title there. */
  private async close(): Promise<void> {
    const id = this.opened?.id;
    this.opened = undefined;
    this.announcer.say('');
    await this.updateComplete;
    const target =
      (id && this.titleButton(id)) ||
      this.renderRoot.querySelector<HTMLElement>('.title-button, [part~="load-more"], [part~="retry"]');
    target?.focus();
  }

  private titleButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .title-button`);
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = newsMessages(lang);
    const busy =
      this.list.status === 'loading' ||
      (this.opened !== undefined && this.article.status === TaskStatus.PENDING);
    return html`
      <div class="root" part="base" lang=${lang} data-theme=${this.resolvedTheme ?? nothing}>
        <section aria-label=${messages.label} aria-busy=${busy ? 'true' : 'false'}>
          ${this.opened ? this.renderArticle(this.opened, lang, messages) : this.renderList(lang, messages)}
        </section>
        ${this.announcer.render()}
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
    const { status, items } = this.list;
    if (status === 'initial') {
      return html`<div class="state error" part="state"><p>${messages.notConfigured}</p></div>`;
    }
    if (status === 'loading') return this.renderSkeleton();
    if (status === 'error') {
      return html`<div class="state error" part="state">
        <p>${messages.error}</p>
        <button type="button" class="button" part="retry" @click=${this.reload}>${messages.retry}</button>
      </div>`;
    }
    if (items.length === 0) return html`<div class="state" part="state"><p>${messages.empty}</p></div>`;
    return html`
      <ul class="list" part="list">
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.renderItem(item, lang),
        )}
      </ul>
      ${this.list.hasMore ? renderLoadMore(this.list.moreStatus, messages, this.loadMore) : nothing}
    `;
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

  private renderArticle(opened: NewsSummary, lang: Lang, messages: NewsMessages): TemplateResult {
    const status = this.article.status;
    const loaded = this.article.value;
    // The article as last loaded (in the previous language while the new one loads), else its summary.
    const summary = loaded?.article.id === opened.id ? loaded.article : opened;
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
          status === TaskStatus.COMPLETE && loaded
            ? html`<div class="body" part="body" lang=${contentLang ?? nothing}>
                ${loaded.body ?? loaded.article.body.map((paragraph) => html`<p>${paragraph}</p>`)}
              </div>`
            : status !== TaskStatus.ERROR
              ? html`<div class="body" aria-hidden="true">
                  <span class="bone line"></span><span class="bone line"></span><span class="bone line short"></span>
                </div>`
              : html`<div class="state error" part="state">
                  <p>${messages.articleError}</p>
                  <button type="button" class="button" part="retry" @click=${() => this.article.run()}>
                    ${messages.retry}
                  </button>
                </div>`
        }
      </article>
    </div>`;
  }
}
