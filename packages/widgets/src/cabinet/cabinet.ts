import type { Lang } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { Announcer } from '../core/announcer.js';
import { attachmentStyles } from '../core/download.js';
import { IcraElement } from '../core/element.js';
import { formatDate } from '../core/format.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { SessionController } from '../core/session-controller.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { isAbort, TaskStatus, WidgetTask } from '../core/task.js';
import { requestStyles } from '../reception/requests.js';
import { renderSignIn } from '../sign-in/define.js';
import { CabinetApplications } from './applications.js';
import { cabinetStyles } from './cabinet.styles.js';
import { type CabinetMessages, cabinetMessages } from './messages.js';
import { CabinetNotifications } from './notifications.js';
import { CabinetReception } from './reception.js';
import {
  AuthorityNames,
  type CabinetArgs,
  type CabinetContext,
  renderFailed,
  renderSkeleton,
} from './section.js';
import { CabinetServices } from './services.js';

/** Whether two lists of values are the same, element by element. */
function sameValues(a: ReadonlyArray<unknown>, b: ReadonlyArray<unknown> | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * The citizen's personal cabinet on the portal: signed out, what it is and the sign-in control;
 * signed in, the profile read from the population registry (full name, FIN, date of birth,
 * registered address, authority) — or, for staff, name, authority and roles — and the
 * notifications, newest first, unread ones marked, each with "mark as read", paged with "more";
 * for a citizen also their e-participation applications, newest first, each with its authority,
 * direction, date and status, and its text, attached files (downloaded with the reader's token)
 * and history (with the reason of a rejection) behind a disclosure; approved ones say they became a poll and, with `poll-href`, link to it.
 * Also a citizen's requests for a meeting (citizen reception), each with its status, the
 * appointment once scheduled (day, weekday and time in Baku, room, official) with "Add to
 * calendar" (the .ics, fetched with the citizen's token) or the reason of a decline; and the
 * private calendar feed of their appointments: made, its address shown once with Copy, or stopped.
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
 * @csspart reception-requests - The `<ul>` of the citizen's requests for a meeting.
 * @csspart request - One request for a meeting (`<li>`).
 * @csspart appointment - A request's appointment: when, where, with whom.
 * @csspart add-to-calendar - The button that downloads an appointment's .ics file.
 * @csspart reason - Why a request for a meeting was declined or cancelled.
 * @csspart calendar-feed - The calendar feed's section.
 * @csspart feed - What the feed's section shows: whether there is a feed, its address, its buttons.
 * @csspart feed-url - The read-only field with the feed's address (just made).
 * @csspart copy-feed - The "copy the address" button.
 * @csspart copied - Whether the address was copied.
 * @csspart create-feed - The button that makes the feed, or a new address for it.
 * @csspart stop-feed - The button that stops the feed's address.
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
  static override styles = [baseStyles, listStateStyles, attachmentStyles, requestStyles, cabinetStyles];

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

  /**
   * Where an e-service's form is on this site, to continue a draft: a URL, relative to the page, in
   * which `{service}`, `{draft}` and `{authority}` stand for the draft's, e.g.
   * `/service.html?service={service}&draft={draft}`. Without it drafts can only be deleted here.
   */
  @property({ attribute: 'service-href' }) serviceHref?: string;

  private readonly session = new SessionController(this);
  private readonly announcer = new Announcer(this);
  private readonly names = new AuthorityNames(this, () => ({
    client: this.session.client(this.resolvedLang),
    lang: this.resolvedLang,
  }));
  private readonly context: CabinetContext = {
    host: this,
    session: this.session,
    announcer: this.announcer,
    names: this.names,
    args: () => this.args(),
    heading: (offset, className, content) => this.heading(offset, className, content),
  };

  /** The profile from the population registry (a citizen's) or the staff register. */
  private readonly profile = new WidgetTask(this, {
    args: () => this.args(),
    task: async ([signedInUntil, client, lang], { signal }) =>
      signedInUntil === undefined || !client ? undefined : client.getMe({ query: { lang } }, { signal }),
    onError: (error) => this.session.refused(error),
  });
  private readonly notifications = new CabinetNotifications(this.context, (id) => this.applications.show(id));
  private readonly applications = new CabinetApplications(this.context, () => this.pollHref);
  private readonly services = new CabinetServices(this.context, () => this.serviceHref);
  private readonly reception = new CabinetReception(this.context);

  /** The arguments whose loading is still to be said (what every section came to, said once). */
  private unsaid?: CabinetArgs | undefined;
  private loaded?: CabinetArgs | undefined;

  /** What every section loads by; signed out, no token and no client. */
  private args(): CabinetArgs {
    const auth = this.session.state;
    const lang = this.resolvedLang;
    const signedIn = auth.status === 'signed-in';
    return [
      signedIn ? auth.expiresAt : undefined,
      signedIn ? this.session.client(lang) : undefined,
      lang,
      this.limit,
      signedIn ? auth.kind : undefined,
    ];
  }

  private get limit(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), 50) : 10;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const args = this.args();
    if (!sameValues(args, this.loaded)) {
      // Signed out (here, elsewhere, or while the page had moved the widget), or a new reader,
      // language or page size: nothing of before stays; the sections load again, and that is said.
      this.loaded = args;
      this.names.clear();
      this.notifications.clear();
      this.applications.clear();
      this.services.clear();
      this.reception.clear();
      this.unsaid = args[0] === undefined ? undefined : args;
      if (this.unsaid) this.announcer.say(cabinetMessages(this.resolvedLang).profileLoading);
    } else if (this.unsaid && !this.loading) {
      this.unsaid = undefined;
      const lang = this.resolvedLang;
      const said = [
        this.profileOutcome(lang),
        this.notifications.outcome(lang),
        this.applications.outcome(lang),
        this.services.outcome(lang),
        this.reception.outcome(lang),
      ];
      this.announcer.say(said.filter(Boolean).join(' '));
    }
  }

  /** Whether a section of the signed-in cabinet is loading. */
  private get loading(): boolean {
    return (
      this.session.signedIn &&
      (this.profile.status === TaskStatus.PENDING ||
        this.notifications.list.status === 'loading' ||
        this.applications.list.status === 'loading' ||
        this.services.loading ||
        this.reception.loading)
    );
  }

  private profileOutcome(lang: Lang): string | undefined {
    const { status, error } = this.profile;
    return status === TaskStatus.ERROR && !isAbort(error) && this.session.signedIn
      ? cabinetMessages(lang).profileError
      : undefined;
  }

  private async retryProfile(): Promise<void> {
    await this.profile.run();
    this.announcer.say(this.profileOutcome(this.resolvedLang) ?? '');
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
    const signedIn = this.session.signedIn;
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        aria-labelledby="cabinet-title"
        aria-busy=${this.loading ? 'true' : 'false'}
        role="region"
      >
        <div class="header">
          ${this.heading(0, 'title', messages.title, 'title', 'cabinet-title')}
          ${renderSignIn(this)}
        </div>
        ${signedIn ? this.renderSignedIn(lang, messages) : html`<p class="intro" part="intro">${messages.intro}</p>`}
        ${this.announcer.render()}
      </div>
    `;
  }

  private renderSignedIn(lang: Lang, messages: CabinetMessages): TemplateResult {
    const unread = this.notifications.unread;
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
        ${this.notifications.render(lang, messages)}
      </section>
      ${
        this.session.state.kind === 'citizen'
          ? html`<section aria-labelledby="applications-title">
              ${this.heading(1, 'section-title', messages.applications, undefined, 'applications-title')}
              ${this.applications.render(lang, messages)}
            </section>
            ${this.services.render(lang, (text, id) => this.heading(1, 'section-title', text, undefined, id))}
            ${this.reception.render(lang, (text, id) => this.heading(1, 'section-title', text, undefined, id))}`
          : nothing
      }
    `;
  }

  private renderProfile(lang: Lang, messages: CabinetMessages): TemplateResult {
    const { status, value: me } = this.profile;
    if (status === TaskStatus.ERROR)
      return renderFailed(messages.profileError, lang, () => this.retryProfile());
    if (status !== TaskStatus.COMPLETE || !me) return renderSkeleton();
    if (me.kind === 'citizen') {
      const { citizen } = me;
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
          <dd>${this.names.name(citizen.authority)}</dd>
        </dl>
        <p class="source">${messages.fromRegistry}</p>
      `;
    }
    const { official } = me;
    const roles = official.roles;
    return html`
      <dl class="profile" part="profile">
        <dt>${messages.name}</dt>
        <dd>${official.name}</dd>
        <dt>${messages.authority}</dt>
        <dd>${official.authority ? this.names.name(official.authority) : messages.stateAgency}</dd>
        <dt>${messages.roles}</dt>
        <dd>${roles.length ? roles.map((role) => messages.role(role)).join(', ') : messages.noRoles}</dd>
      </dl>
    `;
  }
}
