import { IcraApiError, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { resolveMediaUrl } from '../core/client.js';
import { directionNames } from '../core/directions.js';
import { AttachmentDownloads, attachmentStyles } from '../core/download.js';
import { formatDate } from '../core/format.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { type LoadMoreStatus, renderLoadMore } from '../core/load-more.js';
import { IcraSessionElement } from '../core/session-element.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { renderSignIn } from '../sign-in/define.js';
import { cabinetStyles } from './cabinet.styles.js';
import { type CabinetMessages, cabinetMessages } from './messages.js';

type Me = Schemas['Me'];
type Notification = Schemas['Notification'];
type Application = Schemas['ParticipationApplication'];

type LoadStatus = 'loading' | 'loaded' | 'error';

/** The URL `href()` makes, only if it is an http(s) one (and undefined if it throws). */
function httpUrl(href: () => string): string | undefined {
  try {
    const url = new URL(href());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The citizen's personal cabinet on the portal: signed out, what it is and the sign-in control;
 * signed in, the profile read from the population registry (full name, FIN, date of birth,
 * registered address, authority) — or, for staff, name, authority and roles — and the
 * notifications, newest first, unread ones marked, each with "mark as read", paged with "more";
 * for a citizen also their e-participation applications, newest first, each with its authority,
 * direction, date and status, and its text, attached files (downloaded with the reader's token)
 * and history (with the reason of a rejection) behind a disclosure; approved ones say they became a poll and, with `poll-href`, link to it.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra.js"></script>
 * <icra-cabinet api="https://portal.example.az" authority="guba"
 *   poll-href="/participation.html#poll={id}"></icra-cabinet>
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
 * @csspart load-more - The "more notifications" and "more applications" buttons.
 * @csspart applications - The `<ul>` of the citizen's applications.
 * @csspart application - One application (`<li>`).
 * @csspart status - An application's status label; also has the part `submitted`, `approved` or `rejected`.
 * @csspart history - An application's `<details>` with its text, attachments and history.
 * @csspart attachments - The `<ul>` of an application's attached files (only when it has any).
 * @csspart attachment - One attached file (`<li>`): its download button, which names the file, its type and size.
 * @csspart show-application - In a decision's notification: the button that opens that application below.
 * @csspart poll-link - The link from an approved application to its poll (with `poll-href`).
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
export class IcraCabinet extends IcraSessionElement {
  static override styles = [baseStyles, listStateStyles, attachmentStyles, cabinetStyles];

  /** Level of the cabinet's heading (1–6); its sections use the levels below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Notifications, and applications, per request (1–50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /**
   * Where an approved application's poll is on this site: a URL, relative to the page, in which
   * `{id}` stands for the poll's id, e.g. `/participation.html#poll={id}`. Without it (or if it does
   * not make an http(s) URL) approved applications say they became a poll, with no link.
   */
  @property({ attribute: 'poll-href' }) pollHref?: string;

  @state() private me?: Me | undefined;
  /** Authorities' names by slug, in the widget's language (the slug stands in until known). */
  @state() private names = new Map<string, string>();
  @state() private profileStatus: LoadStatus = 'loading';
  @state() private notifications: Notification[] = [];
  @state() private nextCursor: string | null = null;
  @state() private listStatus: LoadStatus = 'loading';
  @state() private moreStatus: LoadMoreStatus = 'idle';
  @state() private applications: Application[] = [];
  @state() private applicationsNext: string | null = null;
  @state() private applicationsStatus: LoadStatus = 'loading';
  @state() private applicationsMore: LoadMoreStatus = 'idle';
  @state() private marking = new Set<string>();
  @state() private markFailed = new Set<string>();
  @state() private announcement = '';

  private loadedClient?: IcraClient | undefined;
  private askedNames = new Set<string>();
  private attachments = new AttachmentDownloads(this, {
    get: (id, attachmentId, signal) =>
      this.loadedClient?.getParticipationAttachment({ path: { id, attachmentId } }, { signal }),
    signal: () => this.signal,
    refused: (error) => this.refused(error),
    say: (text) => this.announce(text),
    lang: () => this.resolvedLang,
  });

  /** The injected client, else the session's client for this language (it sends the token). */
  private get signedInClient(): IcraClient | undefined {
    return this.injectedClient ?? this.session?.client(this.resolvedLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const api = this.resolvedApi;
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
    this.names = new Map();
    this.askedNames = new Set();
    this.notifications = [];
    this.applications = [];
    this.applicationsNext = null;
    this.applicationsStatus = 'loading';
    this.applicationsMore = 'idle';
    this.nextCursor = null;
    this.profileStatus = 'loading';
    this.listStatus = 'loading';
    this.moreStatus = 'idle';
    this.marking = new Set();
    this.markFailed = new Set();
    this.attachments.clear();
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

  /** Loads every section; what they came to is said once, together. */
  private async load(): Promise<void> {
    const signal = this.restart();
    this.names = new Map();
    this.askedNames = new Set();
    this.announce(cabinetMessages(this.resolvedLang).profileLoading);
    const said = await Promise.all([
      this.loadProfile(signal),
      this.loadNotifications(signal),
      this.loadApplications(signal),
    ]);
    if (!signal.aborted) this.announce(said.filter(Boolean).join(' '));
  }

  /** A retry: says what it came to. */
  private async retry(loading: Promise<string | undefined>): Promise<void> {
    this.announce((await loading) ?? '');
  }

  /** Fetches the names of the authorities not asked for yet. */
  private nameAuthorities(slugs: (string | null | undefined)[], signal: AbortSignal): void {
    const client = this.loadedClient;
    const lang = this.resolvedLang;
    for (const slug of slugs) {
      if (!client || !slug || this.askedNames.has(slug)) continue;
      this.askedNames.add(slug);
      client.getAuthority({ path: { slug }, query: { lang } }, { signal }).then(
        ({ name }) => {
          if (!signal.aborted) this.names = new Map(this.names).set(slug, name);
        },
        // The slug stands in for the name.
        () => this.askedNames.delete(slug),
      );
    }
  }

  /** Loads the profile; returns what to say if it failed. */
  private async loadProfile(signal: AbortSignal = this.signal): Promise<string | undefined> {
    const client = this.loadedClient;
    if (!client) return;
    const lang = this.resolvedLang;
    this.profileStatus = 'loading';
    try {
      const me = await client.getMe({ query: { lang } }, { signal });
      if (signal.aborted) return;
      this.me = me;
      this.profileStatus = 'loaded';
      this.nameAuthorities([me.citizen?.authority ?? me.official?.authority], signal);
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      this.profileStatus = 'error';
      return cabinetMessages(lang).profileError;
    }
  }

  /** Loads the first page of notifications; returns what to say. */
  private async loadNotifications(signal: AbortSignal = this.signal): Promise<string | undefined> {
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
      return page.items.length
        ? messages.notificationsLoaded(page.items.length)
        : messages.notificationsEmpty;
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      this.listStatus = 'error';
      return cabinetMessages(lang).notificationsError;
    }
  }

  /** Loads the first page of a citizen's applications (staff file none); returns what to say. */
  private async loadApplications(signal: AbortSignal = this.signal): Promise<string | undefined> {
    const client = this.loadedClient;
    if (!client || this.auth.kind !== 'citizen') return;
    const messages = cabinetMessages(this.resolvedLang);
    this.applicationsStatus = 'loading';
    this.applications = [];
    this.applicationsNext = null;
    this.applicationsMore = 'idle';
    try {
      const page = await client.listMyApplications({ query: { limit: this.limit } }, { signal });
      if (signal.aborted) return;
      this.applications = page.items;
      this.applicationsNext = page.nextCursor;
      this.applicationsStatus = 'loaded';
      this.nameAuthorities(
        page.items.map((item) => item.authority),
        signal,
      );
      return page.items.length ? messages.applicationsLoaded(page.items.length) : messages.applicationsEmpty;
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      this.applicationsStatus = 'error';
      return messages.applicationsError;
    }
  }

  private async loadMoreApplications(): Promise<void> {
    const client = this.loadedClient;
    const cursor = this.applicationsNext;
    if (!client || !cursor || this.applicationsMore === 'loading') return;
    const signal = this.signal;
    const messages = cabinetMessages(this.resolvedLang);
    this.applicationsMore = 'loading';
    try {
      const page = await client.listMyApplications({ query: { limit: this.limit, cursor } }, { signal });
      if (signal.aborted) return;
      const known = new Set(this.applications.map((item) => item.id));
      const added = page.items.filter((item) => !known.has(item.id));
      this.applications = [...this.applications, ...added];
      this.applicationsNext = page.nextCursor;
      this.applicationsMore = 'idle';
      this.nameAuthorities(
        added.map((item) => item.authority),
        signal,
      );
      this.announce(messages.addedApplications(added.length));
      await this.focusTitle(added[0]);
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      this.applicationsMore = 'error';
      this.announce(messages.moreApplicationsError);
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
      await this.focusTitle(added[0]);
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
      // The button is gone: focus stays on this notification.
      await this.focusTitle(notification);
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

  /** Once rendered, focuses the heading of a notification or application (if any). */
  private async focusTitle(item: { id: string } | undefined): Promise<void> {
    if (!item) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"] [tabindex="-1"]`)?.focus();
  }

  /**
   * A decision's notification points at the application (`/v1/participation/applications/<id>`):
   * rather than a link to the API, the application below opens, with its history, and takes focus
   * (the pages of applications are read on until it is there).
   */
  private async showApplication(id: string): Promise<void> {
    while (!this.applications.some((item) => item.id === id) && this.applicationsNext) {
      await this.loadMoreApplications();
      if (this.applicationsMore === 'error') return;
    }
    await this.updateComplete;
    const item = this.renderRoot.querySelector(`.application[data-id="${CSS.escape(id)}"]`);
    const details = item?.querySelector('details');
    if (details) details.open = true;
    await this.focusTitle({ id });
  }

  /** Where an approved application's poll is, from `poll-href`; only an http(s) URL. */
  private pollLink(id: string | null): string | undefined {
    const template = this.pollHref;
    return template && id
      ? httpUrl(() => new URL(template.replaceAll('{id}', encodeURIComponent(id)), document.baseURI).href)
      : undefined;
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
    const tag = headingTag(headingLevel(this.headingLevel), offset);
    return staticHtml`<${tag} class=${className} part=${part ?? nothing} id=${id ?? nothing} tabindex=${
      offset === 2 ? '-1' : nothing
    }>${content}</${tag}>`;
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = cabinetMessages(lang);
    const signedIn = this.auth.status === 'signed-in';
    const busy =
      signedIn &&
      (this.profileStatus === 'loading' ||
        this.listStatus === 'loading' ||
        (this.auth.kind === 'citizen' && this.applicationsStatus === 'loading'));
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
          ${renderSignIn(this)}
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
      ${
        this.auth.kind === 'citizen'
          ? html`<section aria-labelledby="applications-title">
              ${this.heading(1, 'section-title', messages.applications, undefined, 'applications-title')}
              ${this.renderApplications(lang, messages)}
            </section>`
          : nothing
      }
    `;
  }

  private renderError(text: string, retry: () => Promise<string | undefined>): TemplateResult {
    return html`<div class="state error" part="state">
      <p>${text}</p>
      <button type="button" class="button" part="retry" @click=${() => this.retry(retry())}>
        ${cabinetMessages(this.resolvedLang).retry}
      </button>
    </div>`;
  }

  private renderProfile(lang: Lang, messages: CabinetMessages): TemplateResult {
    if (this.profileStatus === 'loading') return this.renderSkeleton();
    if (this.profileStatus === 'error' || !this.me) {
      return this.renderError(messages.profileError, () => this.loadProfile());
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
          <dd>${this.names.get(citizen.authority) ?? citizen.authority}</dd>
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
        <dd>
          ${official?.authority ? (this.names.get(official.authority) ?? official.authority) : messages.stateAgency}
        </dd>
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
        return this.renderError(messages.notificationsError, () => this.loadNotifications());
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

  private renderApplications(lang: Lang, messages: CabinetMessages): TemplateResult {
    switch (this.applicationsStatus) {
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return this.renderError(messages.applicationsError, () => this.loadApplications());
      case 'loaded':
        if (this.applications.length === 0) {
          return html`<div class="state" part="state"><p>${messages.applicationsEmpty}</p></div>`;
        }
        return html`
          <ul class="applications" part="applications">
            ${repeat(
              this.applications,
              (item) => item.id,
              (item) => this.renderApplication(item, lang, messages),
            )}
          </ul>
          ${
            this.applicationsNext
              ? renderLoadMore(
                  this.applicationsMore,
                  {
                    ...messages,
                    loadMore: messages.moreApplications,
                    loadMoreError: messages.moreApplicationsError,
                  },
                  this.loadMoreApplications,
                )
              : nothing
          }
        `;
    }
  }

  /** An application: user text, so only ever rendered as text. */
  private renderApplication(item: Application, lang: Lang, messages: CabinetMessages): TemplateResult {
    const poll = item.status === 'approved' ? this.pollLink(item.pollId) : undefined;
    const title = html`<span class="visually-hidden">: ${item.title}</span>`;
    return html`<li class="application" part="application" data-id=${item.id}>
      ${this.heading(
        2,
        'application-title',
        html`<span class="status ${item.status}" part="status ${item.status}">${messages.status(item.status)}</span>
          ${item.title}`,
      )}
      <dl class="meta">
        <dt>${messages.authority}</dt>
        <dd>${this.names.get(item.authority) ?? item.authority}</dd>
        <dt>${messages.direction}</dt>
        <dd>${directionNames(lang)[item.direction]}</dd>
        <dt>${messages.filed}</dt>
        <dd><time datetime=${item.createdAt}>${formatDate(item.createdAt, lang)}</time></dd>
      </dl>
      ${
        item.status === 'approved'
          ? html`<p class="notification-body">
              ${messages.becamePoll}
              ${poll ? html`<a class="link" part="poll-link" href=${poll}>${messages.openPoll}${title}</a>` : nothing}
            </p>`
          : nothing
      }
      <details part="history">
        <summary>${messages.history}${title}</summary>
        <p class="text">${item.text}</p>
        ${this.attachments.render(item.id, item.attachments, lang, (text) =>
          this.heading(3, 'attachments-title', text),
        )}
        <ol class="steps">
          ${item.history.map((step) => {
            const reason = step.reason ?? (step.status === 'rejected' ? item.decisionReason : null);
            return html`<li>
              ${messages.status(step.status)},
              <time datetime=${step.at}>${formatDate(step.at, lang)}</time>${
                reason ? html`<br />${messages.reason}: ${reason}` : nothing
              }
            </li>`;
          })}
        </ol>
      </details>
    </li>`;
  }

  private renderNotification(item: Notification, lang: Lang, messages: CabinetMessages): TemplateResult {
    const unread = item.readAt === null;
    const contentLang = item.lang !== lang ? item.lang : undefined;
    const application = /^\/v1\/participation\/applications\/([\w-]+)$/.exec(item.link ?? '')?.[1];
    const link =
      item.link && !application
        ? httpUrl(() => resolveMediaUrl(item.link ?? '', this.resolvedApi ?? ''))
        : undefined;
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
        unread || link || application
          ? html`<div class="actions">
              ${
                application
                  ? html`<button type="button" class="button secondary" part="show-application" @click=${() =>
                      this.showApplication(application)}>
                      ${messages.showApplication}<span class="visually-hidden">: ${item.title}</span>
                    </button>`
                  : nothing
              }
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
