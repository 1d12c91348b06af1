import type { Lang, Schemas, ServiceCategory } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { Announcer } from '../core/announcer.js';
import { IcraElement } from '../core/element.js';
import { formatSize } from '../core/file-size.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { loadMore, renderLoadMore } from '../core/load-more.js';
import { type Page, PagedListController } from '../core/paged-list.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { initialState, isAbort, TaskStatus, WidgetTask } from '../core/task.js';
import { IcraServiceSelectedEvent } from './events.js';
import { formatFee, formatMediaTypes } from './format.js';
import { type CatalogMessages, catalogMessages, categoryNames } from './messages.js';
import { serviceCatalogStyles } from './service-catalog.styles.js';

type ServiceSummary = Schemas['ServiceSummary'];
type Service = Schemas['Service'];

/** Milliseconds of quiet typing after which the search box asks the portal. */
const DEBOUNCE = 350;

/**
 * The e-services catalogue of an authority: a search box and a category filter over the services
 * it provides, each listed with its fee, processing time and whether it is one of the public
 * services of local executive powers, with "more services" paging; a service opens in place with
 * its description, required documents and their limits, fee, time, legal basis, where to go when
 * it cannot be applied for online, and a link to apply.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra.js"></script>
 * <icra-service-catalog api="https://portal.example.az" authority="guba"
 *   apply-href="/service.html?service={slug}"></icra-service-catalog>
 * ```
 *
 * Configuration comes from the attributes, else from an enclosing `<icra-config>`; the language
 * last from `<html lang>` (followed live). The search box asks once typing pauses, or at once on
 * Enter; changing the query, the category, `authority`, `lang` or `page-size` starts the list
 * again and aborts what is in flight.
 *
 * @event {IcraServiceSelectedEvent} icra-service-selected - The reader opened a service; `detail` is `{ slug }`.
 *
 * @csspart base - The widget's root box (carries `lang` and the colour scheme).
 * @csspart search - The form with the search box and the category filter.
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart category - The category filter (`<select>`).
 * @csspart list - The `<ul>` of services.
 * @csspart item - One `<li>` of the list.
 * @csspart card - The `<article>` card inside an item.
 * @csspart title - The button with a service's title, in the list (opens the service).
 * @csspart summary - A service's one-sentence summary.
 * @csspart facts - A service's fee and processing time (`<dl>`), in the list and the service.
 * @csspart local-executive - The mark of a public service of local executive powers.
 * @csspart load-more - The "more services" button.
 * @csspart state - The box of the empty, error and not-configured states.
 * @csspart retry - The "try again" buttons.
 * @csspart back - The "back to the services" button of the service view.
 * @csspart service - The opened service.
 * @csspart service-title - The opened service's heading.
 * @csspart description - The opened service's description.
 * @csspart documents - The `<ul>` of the documents the service asks for.
 * @csspart document - One of them: name, required or optional, hint and limits.
 * @csspart limits - A document's accepted types, largest file and number of files.
 * @csspart legal-basis - The service's legal basis.
 * @csspart offline - Where to go for a service that cannot be applied for online.
 * @csspart apply - The "apply online" link (with `apply-href`, for a service applied for online).
 *
 * @cssprop --icra-color-accent - Brand colour: titles, buttons, links. Default #0b5cad light, #7db7f5 dark.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour. Default #ffffff light, #0b1a2a dark.
 * @cssprop --icra-color-text - Body text. Default #1a1f24 light, #e8ecf0 dark.
 * @cssprop --icra-color-text-muted - Hints and secondary text. Default #4b5661 light, #aeb8c2 dark.
 * @cssprop --icra-color-surface - Background. Default #ffffff light, #14181d dark.
 * @cssprop --icra-color-surface-raised - Card background. Default #f5f7f9 light, #1e252c dark.
 * @cssprop --icra-color-border - Card, field and state borders. Default #c9d1d9 light, #3a4550 dark.
 * @cssprop --icra-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --icra-color-danger - Error text. Default #b42318 light, #ffa39a dark.
 * @cssprop --icra-color-skeleton - Loading placeholders. Default #e3e8ed light, #2a323a dark.
 * @cssprop --icra-font-family - Font. Default: inherited from the page.
 * @cssprop --icra-font-size - Base font size. Default 1rem.
 * @cssprop --icra-radius - Corner radius. Default 0.5rem.
 * @cssprop --icra-space - Spacing unit. Default 1rem.
 * @cssprop --icra-max-width - Largest width of the widget. Default none.
 */
export class IcraServiceCatalog extends IcraElement {
  static override styles = [baseStyles, listStateStyles, serviceCatalogStyles];

  /** Services per request (1–50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Level (1–6) of the services' headings, to fit the page's outline; a service's sections are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Where a citizen applies for a service on this site, `{slug}` standing for the service's slug,
   * e.g. `/service.html?service={slug}`. Without it (or when it makes no http(s) address), and for a
   * service that cannot be applied for online, there is no "apply" link.
   */
  @property({ attribute: 'apply-href' }) applyHref?: string;

  /** The search text as typed. */
  @state() private draft = '';
  /** The search text the list was asked for (trimmed). */
  @state() private query = '';
  /** The chosen category; empty: all. */
  @state() private category: ServiceCategory | '' = '';
  /** The service the reader opened (its summary from the list), if any. */
  @state() private opened?: ServiceSummary | undefined;

  private readonly announcer = new Announcer(this);
  #debounce?: ReturnType<typeof setTimeout> | undefined;

  /** The catalogue: starts again when the client, authority, language, page size, query or category changes. */
  private readonly list = new PagedListController(this, {
    args: () =>
      [
        this.resolvedClient,
        this.resolvedAuthority,
        this.resolvedLang,
        this.limit,
        this.query,
        this.category,
      ] as const,
    key: (service: ServiceSummary) => service.slug,
    fetch: ([client, authority, lang, limit, q, category], cursor, signal) => {
      if (!client) {
        console.warn(
          '<icra-service-catalog>: no API address; set the `api` attribute or an enclosing <icra-config api>.',
        );
        return undefined;
      }
      const query = {
        ...(authority ? { authority } : {}),
        ...(category ? { category } : {}),
        ...(q ? { q } : {}),
        lang,
        limit,
        ...(cursor ? { cursor } : {}),
      };
      const page = client.listServices({ query }, { signal });
      return cursor ? page : this.announced(page, signal);
    },
  });

  /** The opened service, in the widget's language (again when the language changes). */
  private readonly service = new WidgetTask(this, {
    args: () => [this.resolvedClient, this.opened?.slug, this.resolvedLang] as const,
    task: async ([client, slug, lang], { signal }) => {
      if (!client || !slug) return initialState;
      return client.getService({ path: { slug }, query: { lang } }, { signal });
    },
    onError: (error) => {
      if (!isAbort(error)) this.announcer.say(catalogMessages(this.resolvedLang).serviceError);
    },
  });

  private get limit(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), 50) : 10;
  }

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounce);
  }

  /**
   * Says that the first page loads, then what it shows (or that it failed), unless superseded — and
   * not while a service is open (the list reloads behind it when the language changes).
   */
  private async announced(pending: Promise<Page<ServiceSummary>>, signal: AbortSignal) {
    if (!this.opened) this.announcer.say(catalogMessages(this.resolvedLang).loading);
    try {
      const page = await pending;
      if (!signal.aborted && !this.opened) {
        this.announcer.say(
          page.items.length ? catalogMessages(this.resolvedLang).loaded(page.items.length) : this.emptyText(),
        );
      }
      return page;
    } catch (error) {
      if (!signal.aborted && !this.opened) this.announcer.say(catalogMessages(this.resolvedLang).error);
      throw error;
    }
  }

  /** What the empty list says: the query and the category it was asked for, if any. */
  private emptyText(): string {
    const messages = catalogMessages(this.resolvedLang);
    const category = this.category && categoryNames(this.resolvedLang)[this.category];
    if (this.query) return category ? messages.noMatchIn(this.query, category) : messages.noMatch(this.query);
    return category ? messages.noneIn(category) : messages.empty;
  }

  private onInput(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.search(), DEBOUNCE);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.search();
  }

  /** Asks for the typed text now (nothing new when it is the text already asked for). */
  private search(): void {
    clearTimeout(this.#debounce);
    this.#debounce = undefined;
    this.query = this.draft.trim();
  }

  private onCategory(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value as ServiceCategory | '';
  }

  private loadMore = () =>
    loadMore(
      this.list,
      this.announcer,
      () => catalogMessages(this.resolvedLang),
      // The first new service, where reading continues.
      async (item) => {
        await this.updateComplete;
        this.titleButton(item.slug)?.focus();
      },
    );

  private async open(summary: ServiceSummary): Promise<void> {
    this.dispatchEvent(new IcraServiceSelectedEvent({ slug: summary.slug }));
    this.opened = summary;
    this.announcer.say('');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#service-title')?.focus();
  }

  /** Shows the list again, focus on the opened service's title there. */
  private async back(): Promise<void> {
    const slug = this.opened?.slug;
    this.opened = undefined;
    this.announcer.say('');
    await this.updateComplete;
    const target =
      (slug && this.titleButton(slug)) ||
      this.renderRoot.querySelector<HTMLElement>('.title-button, [part~="retry"], #q');
    target?.focus();
  }

  private titleButton(slug: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-slug="${CSS.escape(slug)}"] .title-button`);
  }

  /** Where to apply for `slug`, from `apply-href`; only an http(s) address. */
  private applyUrl(slug: string): string | undefined {
    if (!this.applyHref) return undefined;
    try {
      const url = new URL(this.applyHref.replaceAll('{slug}', encodeURIComponent(slug)), document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  // --- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = catalogMessages(lang);
    const busy =
      this.list.status === 'loading' ||
      (this.opened !== undefined && this.service.status === TaskStatus.PENDING);
    return html`
      <div class="root" part="base" lang=${lang} data-theme=${this.resolvedTheme ?? nothing}>
        <section aria-label=${messages.label} aria-busy=${busy ? 'true' : 'false'}>
          ${this.opened ? this.renderService(this.opened, lang, messages) : this.renderCatalog(lang, messages)}
        </section>
        ${this.announcer.render()}
      </div>
    `;
  }

  private heading(offset: number, className: string, content: unknown, id?: string, contentLang?: string) {
    const tag = headingTag(this.level, offset);
    return staticHtml`<${tag}
      class=${className}
      part=${id ? 'service-title' : nothing}
      id=${id ?? nothing}
      lang=${contentLang ?? nothing}
      tabindex=${id ? '-1' : nothing}
    >${content}</${tag}>`;
  }

  private renderCatalog(lang: Lang, messages: CatalogMessages): TemplateResult {
    const categories = categoryNames(lang);
    return html`
      <form class="search" part="search" role="search" @submit=${this.onSubmit}>
        <div class="field query">
          <label for="q">${messages.search}</label>
          <div class="search-row">
            <input
              id="q"
              part="search-input"
              type="search"
              name="q"
              maxlength="100"
              autocomplete="off"
              enterkeyhint="search"
              .value=${this.draft}
              @input=${this.onInput}
            />
            <button type="submit" class="button" part="search-button">${messages.searchButton}</button>
          </div>
        </div>
        <div class="field">
          <label for="category">${messages.category}</label>
          <select id="category" part="category" @change=${this.onCategory}>
            <option value="" ?selected=${!this.category}>${messages.allCategories}</option>
            ${(Object.keys(categories) as ServiceCategory[]).map(
              (category) =>
                html`<option value=${category} ?selected=${category === this.category}>${categories[category]}</option>`,
            )}
          </select>
        </div>
      </form>
      ${this.renderList(lang, messages)}
    `;
  }

  private renderList(lang: Lang, messages: CatalogMessages): TemplateResult {
    const { status, items } = this.list;
    if (status === 'initial') {
      return html`<div class="state error" part="state"><p>${messages.notConfigured}</p></div>`;
    }
    if (status === 'loading') return this.renderSkeleton();
    if (status === 'error') {
      return html`<div class="state error" part="state">
        <p>${messages.error}</p>
        <button type="button" class="button" part="retry" @click=${() => this.list.reload()}>
          ${messages.retry}
        </button>
      </div>`;
    }
    if (items.length === 0) {
      return html`<div class="state" part="state"><p>${this.emptyText()}</p></div>`;
    }
    return html`
      <ul class="list" part="list">
        ${repeat(
          items,
          (item) => item.slug,
          (item) => this.renderItem(item, lang, messages),
        )}
      </ul>
      ${this.list.hasMore ? renderLoadMore(this.list.moreStatus, messages, this.loadMore) : nothing}
    `;
  }

  private renderFacts(service: ServiceSummary, lang: Lang, messages: CatalogMessages): TemplateResult {
    return html`<dl class="facts" part="facts">
        <div>
          <dt>${messages.fee}</dt>
          <dd>${service.feeQapik > 0 ? formatFee(service.feeQapik, lang) : messages.free}</dd>
        </div>
        <div>
          <dt>${messages.time}</dt>
          <dd>${messages.days(service.processingDays)}</dd>
        </div>
      </dl>
      ${
        service.localExecutive
          ? html`<p class="mark" part="local-executive">${messages.localExecutive}</p>`
          : nothing
      }`;
  }

  private renderItem(item: ServiceSummary, lang: Lang, messages: CatalogMessages): TemplateResult {
    const contentLang = item.lang !== lang ? item.lang : undefined;
    return html`<li class="item" part="item" data-slug=${item.slug}>
      <article class="card" part="card">
        ${this.heading(
          0,
          'title',
          html`<button type="button" class="title-button" part="title" @click=${() => this.open(item)}>
            ${item.title}
          </button>`,
          undefined,
          contentLang,
        )}
        <p class="summary" part="summary" lang=${contentLang ?? nothing}>${item.summary}</p>
        ${this.renderFacts(item, lang, messages)}
      </article>
    </li>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<ul class="list skeleton" aria-hidden="true">
      ${Array.from(
        { length: Math.min(this.limit, 3) },
        () => html`<li class="item">
          <div class="card">
            <span class="bone heading"></span>
            <span class="bone line"></span>
            <span class="bone line short"></span>
          </div>
        </li>`,
      )}
    </ul>`;
  }

  private renderService(opened: ServiceSummary, lang: Lang, messages: CatalogMessages): TemplateResult {
    const status = this.service.status;
    const loaded = this.service.value;
    // The service as last loaded (in the previous language while the new one loads), else its summary.
    const service: ServiceSummary | Service = loaded?.slug === opened.slug ? loaded : opened;
    const contentLang = service.lang !== lang ? service.lang : undefined;
    return html`<div class="service-view">
      <button type="button" class="button secondary" part="back" @click=${this.back}>
        <span aria-hidden="true">←</span> ${messages.back}
      </button>
      <article class="service" part="service">
        ${this.heading(0, 'service-title', service.title, 'service-title', contentLang)}
        <p class="lead" lang=${contentLang ?? nothing}>${service.summary}</p>
        ${this.renderFacts(service, lang, messages)}
        ${
          status === TaskStatus.COMPLETE && loaded
            ? this.renderDetails(loaded, lang, messages, contentLang)
            : status !== TaskStatus.ERROR
              ? html`<div class="details" aria-hidden="true">
                  <span class="bone line"></span><span class="bone line"></span><span class="bone line short"></span>
                </div>`
              : html`<div class="state error" part="state">
                  <p>${messages.serviceError}</p>
                  <button type="button" class="button" part="retry" @click=${() => this.service.run()}>
                    ${messages.retry}
                  </button>
                </div>`
        }
      </article>
    </div>`;
  }

  private renderDetails(
    service: Service,
    lang: Lang,
    messages: CatalogMessages,
    contentLang: string | undefined,
  ): TemplateResult {
    const apply = service.electronic ? this.applyUrl(service.slug) : undefined;
    const contentAttr = contentLang ?? nothing;
    return html`<div class="details">
      <p class="description" part="description" lang=${contentAttr}>${service.description}</p>
      ${
        !service.electronic && service.offline
          ? html`<div class="offline" part="offline">
              ${this.heading(1, 'section-title', messages.offline)}
              <p lang=${contentAttr}>${service.offline}</p>
            </div>`
          : nothing
      }
      ${this.heading(1, 'section-title', messages.documents)}
      ${
        service.documents.length
          ? html`<ul class="documents" part="documents">
              ${service.documents.map(
                (document) => html`<li class="document" part="document">
                  <p class="document-name">
                    <strong lang=${contentAttr}>${document.name}</strong>
                    <span class=${document.required ? 'tag required' : 'tag'}>
                      ${document.required ? messages.required : messages.optional}
                    </span>
                  </p>
                  <p class="hint" lang=${contentAttr}>${document.hint}</p>
                  <p class="limits" part="limits">${[
                    formatMediaTypes(document.accept),
                    messages.upTo(formatSize(document.maxBytes, lang)),
                    messages.files(document.maxFiles),
                  ].join(' · ')}</p>
                </li>`,
              )}
            </ul>`
          : html`<p>${messages.noDocuments}</p>`
      }
      ${this.heading(1, 'section-title', messages.legalBasis)}
      <p class="legal-basis" part="legal-basis" lang=${contentAttr}>${service.legalBasis}</p>
      ${apply ? html`<p><a class="button" part="apply" href=${apply}>${messages.apply}</a></p>` : nothing}
    </div>`;
  }
}
