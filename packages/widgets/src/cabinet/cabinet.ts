import { IcraApiError, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { type AuthState, type IcraSession, sessionFor } from '../core/auth.js';
import { resolveMediaUrl } from '../core/client.js';
import { IcraElement } from '../core/element.js';
import { formatDate } from '../core/format.js';
import { type LoadMoreStatus, renderLoadMore } from '../core/load-more.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import '../sign-in/define.js';
import { cabinetStyles } from './cabinet.styles.js';
import { type CabinetMessages, cabinetMessages } from './messages.js';

type Me = Schemas['Me'];
type Notification = Schemas['Notification'];

type LoadStatus = 'loading' | 'loaded' | 'error';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`] as const;

/** A notification's link, only if it is an http(s) URL (relative ones resolve against the portal). */
function safeLink(link: string | undefined, api: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(resolveMediaUrl(link, api));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The citizen's personal cabinet on the portal: signed out, what it is and the sign-in control;
 * signed in, the profile read from the population registry (full name, FIN, date of birth,
 * registered address, authority) — or, for staff, name, authority and roles — and the
 * notifications, newest first, unread ones marked, each with "mark as read", paged with "more".
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra.js"></script>
 * <icra-cabinet api="https://portal.example.az" authority="guba"></icra-cabinet>
 * ```
 *
 * Shares one sign-in with every other widget of the same portal on the page (see
 * `<icra-sign-in>`, which it contains): signing out anywhere clears the cabinet, and personal data
 * is dropped from memory with the token. `authority` (the OAuth client) is required, from the
 * attribute or an enclosing `<icra-config>`.
 *
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside: the reader signed in here.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside: the reader signed out here, or the token expired.
 *
 * @csspart base - The widget's root box.
 * @csspart title - The cabinet's heading.
 * @csspart intro - The explanation shown while signed out.
 * @csspart profile - The `<dl>` of personal details.
 * @csspart notifications - The `<ul>` of notifications.
 * @csspart notification - One notification (`<li>`); unread ones also have the part `unread`.
 * @csspart badge - The "unread" label of a notification.
 * @csspart mark-read - A "mark as read" button.
 * @csspart load-more - The "more notifications" button.
 * @csspart state - The box of the loading, empty and error states.
 * @csspart retry - The "try again" buttons.
 * @csspart sign-in - The sign-in control's "sign in" button.
 * @csspart cancel - The sign-in control's "cancel" button.
 * @csspart who - Who is signed in.
 * @csspart sign-out - The "sign out" button.
 * @csspart sign-in-message - The sign-in control's status or error text.
 * @csspart sign-in-retry - The sign-in control's "try again" button.
 *
 * @cssprop --icra-color-accent - Buttons, links, the unread marker. Default #0b5cad light, #7db7f5 dark.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour.
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Labels and dates.
 * @cssprop --icra-color-surface - Background.
 * @cssprop --icra-color-surface-raised - Background of the profile and of notifications.
 * @cssprop --icra-color-border - Borders.
 * @cssprop --icra-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --icra-color-danger - Error text.
 * @cssprop --icra-color-skeleton - Loading placeholders.
 * @cssprop --icra-font-family - Font. Default: inherited from the page.
 * @cssprop --icra-font-size - Base font size. Default 1rem.
 * @cssprop --icra-radius - Corner radius. Default 0.5rem.
 * @cssprop --icra-space - Spacing unit. Default 1rem.
 * @cssprop --icra-max-width - Largest width of the widget. Default none.
 */
export class IcraCabinet extends IcraElement {
  static override styles = [baseStyles, listStateStyles, cabinetStyles];

  /** Level of the cabinet's heading (1–6); its sections use the levels below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Notifications per request (1–50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  @state() private auth: AuthState = { status: 'signed-out' };
  @state() private me?: Me | undefined;
  @state() private authorityName?: string | undefined;
  @state() private profileStatus: LoadStatus = 'loading';
  @state() private notifications: Notification[] = [];
  @state() private nextCursor: string | null = null;
  @state() private listStatus: LoadStatus = 'loading';
  @state() private moreStatus: LoadMoreStatus = 'idle';
  @state() private marking = new Set<string>();
  @state() private markFailed = new Set<string>();
  @state() private announcement = '';

  private session?: IcraSession | undefined;
  private unsubscribe?: (() => void) | undefined;
  private controller = new AbortController();
  private loadedClient?: IcraClient | undefined;
  private loadedKey?: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.session = undefined;
    this.controller.abort();
    this.loadedKey = undefined;
  }

  /** The injected client, else the session's client for this language (it sends the token). */
  private get signedInClient(): IcraClient | undefined {
    return this.client ?? this.inherited?.client ?? this.session?.client(this.resolvedLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const api = this.resolvedApi;
    const session = api ? sessionFor(api) : undefined;
    if (session !== this.session) {
      this.unsubscribe?.();
      this.session = session;
      this.auth = session?.state ?? { status: 'signed-out' };
      this.unsubscribe = session?.subscribe((next) => {
        this.auth = next;
      });
    }
    if (this.auth.status !== 'signed-in') {
      if (this.loadedKey !== undefined) this.forget();
      return;
    }
    const client = this.signedInClient;
    const key = [api, this.resolvedLang, this.limit, this.auth.expiresAt].join('\n');
    if (client !== this.loadedClient || key !== this.loadedKey) {
      this.loadedClient = client;
      this.loadedKey = key;
      void this.load();
    }
  }

  private get limit(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), 50) : 10;
  }

  /** Drops every personal detail (signed out): nothing stays in the DOM or in memory. */
  private forget(): void {
    this.controller.abort();
    this.loadedKey = undefined;
    this.loadedClient = undefined;
    this.me = undefined;
    this.authorityName = undefined;
    this.notifications = [];
    this.nextCursor = null;
    this.profileStatus = 'loading';
    this.listStatus = 'loading';
    this.moreStatus = 'idle';
    this.marking = new Set();
    this.markFailed = new Set();
  }

  private restart(): AbortSignal {
    this.controller.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }

  private get signal(): AbortSignal {
    if (this.controller.signal.aborted) this.controller = new AbortController();
    return this.controller.signal;
  }

  /** The portal refused the token (expired or revoked there): sign out everywhere. */
  private refused(error: unknown): boolean {
    if (error instanceof IcraApiError && error.status === 401) {
      this.session?.signOut();
      return true;
    }
    return false;
  }

  private async load(): Promise<void> {
    const signal = this.restart();
    this.announce(cabinetMessages(this.resolvedLang).profileLoading);
    await Promise.all([this.loadProfile(signal), this.loadNotifications(signal)]);
  }

  private async loadProfile(signal: AbortSignal = this.signal): Promise<void> {
    const client = this.loadedClient;
    if (!client) return;
    const lang = this.resolvedLang;
    this.profileStatus = 'loading';
    try {
      const me = await client.getMe({ query: { lang } }, { signal });
      if (signal.aborted) return;
      this.me = me;
      this.profileStatus = 'loaded';
      const slug = me.citizen?.authority ?? me.official?.authority;
      if (slug) {
        try {
          const authority = await client.getAuthority({ path: { slug }, query: { lang } }, { signal });
          if (!signal.aborted) this.authorityName = authority.name;
        } catch {
          // The slug stands in for the name.
        }
      }
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      this.profileStatus = 'error';
      this.announce(cabinetMessages(lang).profileError);
    }
  }

  private async loadNotifications(signal: AbortSignal = this.signal): Promise<void> {
    const client = this.loadedClient;
    if (!client) return;
    const lang = this.resolvedLang;
    this.listStatus = 'loading';
    this.notifications = [];
    this.nextCursor = null;
    this.moreStatus = 'idle';
    try {
      const page = await client.listMyNotifications({ query: { lang, limit: this.limit } }, { signal });
      if (signal.aborted) return;
      this.notifications = page.items;
      this.nextCursor = page.nextCursor;
      this.listStatus = 'loaded';
      const messages = cabinetMessages(lang);
      this.announce(
        page.items.length ? messages.notificationsLoaded(page.items.length) : messages.notificationsEmpty,
      );
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      this.listStatus = 'error';
      this.announce(cabinetMessages(lang).notificationsError);
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
      const page = await client.listMyNotifications(
        { query: { lang, limit: this.limit, cursor } },
        { signal },
      );
      if (signal.aborted) return;
      const known = new Set(this.notifications.map((item) => item.id));
      const added = page.items.filter((item) => !known.has(item.id));
      this.notifications = [...this.notifications, ...added];
      this.nextCursor = page.nextCursor;
      this.moreStatus = 'idle';
      this.announce(cabinetMessages(lang).added(added.length));
      const first = added[0];
      if (first) {
        await this.updateComplete;
        this.titleOf(first.id)?.focus();
      }
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      this.moreStatus = 'error';
      this.announce(cabinetMessages(lang).loadMoreError);
    }
  }

  private async markRead(notification: Notification): Promise<void> {
    const client = this.loadedClient;
    if (!client || this.marking.has(notification.id)) return;
    const signal = this.signal;
    const lang = this.resolvedLang;
    const { id } = notification;
    this.marking = new Set(this.marking).add(id);
    const failed = new Set(this.markFailed);
    failed.delete(id);
    this.markFailed = failed;
    try {
      await client.markNotificationRead({ path: { id } }, { signal });
      if (signal.aborted) return;
      const readAt = new Date().toISOString();
      this.notifications = this.notifications.map((item) => (item.id === id ? { ...item, readAt } : item));
      this.announce(cabinetMessages(lang).markedRead);
      await this.updateComplete;
      // The button is gone: focus stays on this notification.
      this.titleOf(id)?.focus();
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      this.markFailed = new Set(this.markFailed).add(id);
      this.announce(cabinetMessages(lang).markReadError);
    } finally {
      const marking = new Set(this.marking);
      marking.delete(id);
      this.marking = marking;
    }
  }

  private titleOf(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .notification-title`);
  }

  /** Says `text` through the polite live region (cleared first, so a repeat is spoken again). */
  private announce(text: string): void {
    this.announcement = '';
    if (!text) return;
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private heading(offset: number, className: string, content: unknown, part?: string, id?: string) {
    const level = Math.min(Math.max(Math.trunc(Number(this.headingLevel)) || 2, 1), 6);
    const tag = HEADINGS[Math.min(level + offset, 6) - 1] ?? HEADINGS[1];
    return staticHtml`<${tag} class=${className} part=${part ?? nothing} id=${id ?? nothing} tabindex=${
      offset === 2 ? '-1' : nothing
    }>${content}</${tag}>`;
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = cabinetMessages(lang);
    const signedIn = this.auth.status === 'signed-in';
    const busy = signedIn && (this.profileStatus === 'loading' || this.listStatus === 'loading');
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        aria-labelledby="cabinet-title"
        aria-busy=${busy ? 'true' : 'false'}
        role="region"
      >
        <div class="header">
          ${this.heading(0, 'title', messages.title, 'title', 'cabinet-title')}
          <icra-sign-in
            exportparts="sign-in, cancel, who, sign-out, message: sign-in-message, retry: sign-in-retry"
            api=${this.resolvedApi ?? nothing}
            authority=${this.resolvedAuthority ?? nothing}
            lang=${lang}
            theme=${this.resolvedTheme ?? nothing}
            .client=${this.client ?? this.inherited?.client}
          ></icra-sign-in>
        </div>
        ${signedIn ? this.renderSignedIn(lang, messages) : html`<p class="intro" part="intro">${messages.intro}</p>`}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderSignedIn(lang: Lang, messages: CabinetMessages): TemplateResult {
    const unread = this.notifications.filter((item) => item.readAt === null).length;
    return html`
      <section aria-labelledby="profile-title">
        ${this.heading(1, 'section-title', messages.profile, undefined, 'profile-title')}
        ${this.renderProfile(lang, messages)}
      </section>
      <section aria-labelledby="notifications-title">
        <div class="section-head">
          ${this.heading(1, 'section-title', messages.notifications, undefined, 'notifications-title')}
          ${unread ? html`<span class="count">${messages.unreadCount(unread)}</span>` : nothing}
        </div>
        ${this.renderNotifications(lang, messages)}
      </section>
    `;
  }

  private renderProfile(lang: Lang, messages: CabinetMessages): TemplateResult {
    if (this.profileStatus === 'loading') return this.renderSkeleton();
    if (this.profileStatus === 'error' || !this.me) {
      return html`<div class="state error" part="state">
        <p>${messages.profileError}</p>
        <button type="button" class="button" part="retry" @click=${() => this.loadProfile()}>
          ${messages.retry}
        </button>
      </div>`;
    }
    const { citizen, official } = this.me;
    if (citizen) {
      return html`
        <dl class="profile" part="profile">
          <dt>${messages.fullName}</dt>
          <dd>${citizen.lastName} ${citizen.firstName} ${citizen.patronymic}</dd>
          <dt>${messages.fin}</dt>
          <dd translate="no">${citizen.fin}</dd>
          <dt>${messages.birthDate}</dt>
          <dd><time datetime=${citizen.birthDate}>${formatDate(citizen.birthDate, lang)}</time></dd>
          <dt>${messages.address}</dt>
          <dd>${citizen.address}</dd>
          <dt>${messages.authority}</dt>
          <dd>${this.authorityName ?? citizen.authority}</dd>
        </dl>
        <p class="source">${messages.fromRegistry}</p>
      `;
    }
    const roles = official?.roles ?? [];
    return html`
      <dl class="profile" part="profile">
        <dt>${messages.name}</dt>
        <dd>${official?.name ?? ''}</dd>
        <dt>${messages.authority}</dt>
        <dd>${official?.authority ? (this.authorityName ?? official.authority) : messages.stateAgency}</dd>
        <dt>${messages.roles}</dt>
        <dd>${roles.length ? roles.map((role) => messages.role(role)).join(', ') : messages.noRoles}</dd>
      </dl>
    `;
  }

  private renderNotifications(lang: Lang, messages: CabinetMessages): TemplateResult {
    switch (this.listStatus) {
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return html`<div class="state error" part="state">
          <p>${messages.notificationsError}</p>
          <button type="button" class="button" part="retry" @click=${() => this.loadNotifications()}>
            ${messages.retry}
          </button>
        </div>`;
      case 'loaded':
        if (this.notifications.length === 0) {
          return html`<div class="state" part="state"><p>${messages.notificationsEmpty}</p></div>`;
        }
        return html`
          <ul class="notifications" part="notifications">
            ${repeat(
              this.notifications,
              (item) => item.id,
              (item) => this.renderNotification(item, lang, messages),
            )}
          </ul>
          ${this.nextCursor ? this.renderMore(messages) : nothing}
        `;
    }
  }

  private renderNotification(item: Notification, lang: Lang, messages: CabinetMessages): TemplateResult {
    const unread = item.readAt === null;
    const contentLang = item.lang !== lang ? item.lang : undefined;
    const link = safeLink(item.link, this.resolvedApi ?? '');
    const marking = this.marking.has(item.id);
    return html`<li
      class="notification ${unread ? 'unread' : ''}"
      part=${unread ? 'notification unread' : 'notification'}
      data-id=${item.id}
    >
      ${this.heading(
        2,
        'notification-title',
        html`${unread ? html`<span class="badge" part="badge">${messages.unread}</span> ` : nothing}<span
            lang=${contentLang ?? nothing}
            >${item.title}</span
          >`,
      )}
      <time class="date" datetime=${item.createdAt}>${formatDate(item.createdAt, lang)}</time>
      <p class="notification-body" lang=${contentLang ?? nothing}>${item.body}</p>
      ${this.markFailed.has(item.id) ? html`<p class="inline-error">${messages.markReadError}</p>` : nothing}
      ${
        unread || link
          ? html`<div class="actions">
              ${
                link
                  ? html`<a class="link" href=${link} target="_blank" rel="noopener noreferrer"
                      >${messages.more}<span class="visually-hidden">: ${item.title}</span></a
                    >`
                  : nothing
              }
              ${
                unread
                  ? html`<button
                      type="button"
                      class="button secondary"
                      part="mark-read"
                      aria-disabled=${marking ? 'true' : 'false'}
                      @click=${() => this.markRead(item)}
                    >
                      ${marking ? messages.markingRead : messages.markRead}<span class="visually-hidden"
                        >: ${item.title}</span
                      >
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderMore(messages: CabinetMessages): TemplateResult {
    return renderLoadMore(this.moreStatus, messages, this.loadMore);
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true">
      <span class="bone"></span><span class="bone short"></span><span class="bone"></span>
    </div>`;
  }
}
