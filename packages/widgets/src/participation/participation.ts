import { type Lang, pollStateValues, type Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { Announcer } from '../core/announcer.js';
import { chosenFilesStyles } from '../core/chosen-files.js';
import { formatDateTime } from '../core/date-time.js';
import { IcraElement } from '../core/element.js';
import { formStyles } from '../core/form-styles.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { renderLoadMore } from '../core/load-more.js';
import { type Page, PagedListController } from '../core/paged-list.js';
import { SessionController } from '../core/session-controller.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import '../poll/define.js';
import { ApplicationForm } from './application.js';
import { IcraParticipationOpenEvent } from './events.js';
import { type ParticipationMessages, participationMessages } from './messages.js';
import { participationStyles } from './participation.styles.js';

type Poll = Schemas['Poll'];
type PollState = Schemas['PollState'];

/** The polls' states as filters, open polls first. */
const FILTERS: readonly PollState[] = ['open', ...pollStateValues.filter((state) => state !== 'open')];
const PAGE_SIZE = 10;

/**
 * The e-participation section of an authority's site: the authority's polls — open, upcoming and
 * closed, each opened in place as an `<icra-poll>` to vote and see the results — and the form of a
 * new application on a topical issue (direction, subject, text, up to five files), which the authority's moderators
 * decide on: approved, it becomes a poll. The citizen follows its status in `<icra-cabinet>`.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra.js"></script>
 * <icra-participation api="https://portal.example.az" authority="guba"></icra-participation>
 * ```
 *
 * Signing in happens in the portal's popup (the `<icra-sign-in>` control inside). Set `poll` to a
 * poll's id to show that poll (e.g. from the page's address); the widget fires
 * `icra-participation-open` whenever the reader opens a poll or goes back to the list.
 *
 * @event {IcraParticipationOpenEvent} icra-participation-open - The reader opened a poll (`detail: { poll }`) or went back to the list (`poll: ''`).
 * @event {IcraApplicationFiledEvent} icra-application-filed - The portal accepted the reader's application. `detail: { application }` (its id only).
 * @event {IcraPollVoteEvent} icra-poll-vote - From the poll inside: the reader's vote was counted (`detail: { poll }`).
 * @event {IcraSignInEvent} icra-sign-in - From a sign-in control inside.
 * @event {IcraSignOutEvent} icra-sign-out - From a sign-in control inside.
 *
 * @csspart base - The widget's root box.
 * @csspart title - The widget's heading.
 * @csspart filters - The group of buttons that choose open, upcoming or closed polls.
 * @csspart filter - One of them (`aria-pressed` tells which is chosen).
 * @csspart polls - The `<ul>` of polls.
 * @csspart poll-item - One poll of the list.
 * @csspart open-poll - The button (the question) that opens a poll.
 * @csspart schedule - A listed poll's dates.
 * @csspart back - The "all polls" button above an opened poll.
 * @csspart poll - The `<icra-poll>` of the opened poll.
 * @csspart state - The box of the loading, empty and error states.
 * @csspart retry - The "try again" button.
 * @csspart load-more - The "more polls" button.
 * @csspart application - The new application's section.
 * @csspart form - The application form.
 * @csspart error-summary - The list of what to fix, above the form (an alert, with a heading).
 * @csspart field-error - A field's own error message, above its input.
 * @csspart files - The `<ul>` of files chosen to attach.
 * @csspart file - One chosen file (name and size).
 * @csspart remove-file - The button that removes a chosen file.
 * @csspart add-files - The "add files" button (it opens the browser's file picker).
 * @csspart submit - The "send application" button.
 * @csspart filed - The confirmation once the application is sent.
 * @csspart note - A message: sign in first, citizens only.
 *
 * @cssprop --icra-color-accent - Buttons, links, the chosen filter.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour.
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Hints and dates.
 * @cssprop --icra-color-surface - Background.
 * @cssprop --icra-color-surface-raised - Background of the listed polls and the form.
 * @cssprop --icra-color-border - Borders and fields.
 * @cssprop --icra-color-focus - Focus ring.
 * @cssprop --icra-color-danger - Errors.
 * @cssprop --icra-font-family - Font.
 * @cssprop --icra-font-size - Base font size.
 * @cssprop --icra-radius - Corner radius.
 * @cssprop --icra-space - Spacing unit.
 * @cssprop --icra-max-width - Largest width of the widget.
 */
export class IcraParticipation extends IcraElement {
  static override styles = [baseStyles, listStateStyles, formStyles, chosenFilesStyles, participationStyles];

  /** The poll shown on its own (its id); empty: the list. */
  @property() poll = '';

  /** Level (1–6) of the widget's heading; its sections' headings are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private filter: PollState = 'open';

  private readonly session = new SessionController(this);
  private readonly announcer = new Announcer(this);
  private readonly application = new ApplicationForm(this, this.session, this.announcer);

  /** The authority's polls in the chosen state, page by page. */
  private readonly polls = new PagedListController(this, {
    args: () => [this.resolvedClient, this.resolvedAuthority, this.resolvedLang, this.filter] as const,
    fetch: ([client, authority, lang, filter], cursor, signal) => {
      if (!client) return undefined;
      const query = {
        ...(authority ? { authority } : {}),
        state: filter,
        lang,
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      };
      const page = client.listPolls({ query }, { signal });
      return cursor ? page : this.announced(page, filter, signal);
    },
  });

  /** The poll whose button had focus when it was opened (focus goes back there). */
  private returnTo = '';

  /** Says what the first page shows (or that it failed), unless a newer request superseded it. */
  private async announced(pending: Promise<Page<Poll>>, filter: PollState, signal: AbortSignal) {
    const messages = participationMessages(this.resolvedLang);
    try {
      const page = await pending;
      if (!signal.aborted) {
        this.announcer.say(page.items.length ? messages.loaded(page.items.length) : messages.empty(filter));
      }
      return page;
    } catch (error) {
      if (!signal.aborted) this.announcer.say(messages.error);
      throw error;
    }
  }

  private async loadMore(): Promise<void> {
    const messages = participationMessages(this.resolvedLang);
    const added = await this.polls.more();
    if (added) {
      this.announcer.say(messages.added(added.length));
      // Focus goes to the first new poll, so keyboard readers continue where the list grew.
      if (added[0]) await this.focusOn(`[data-poll="${added[0].id}"]`);
    } else if (this.polls.moreStatus === 'error') {
      this.announcer.say(messages.loadMoreError);
    }
  }

  private choose(filter: PollState): void {
    if (filter !== this.filter) this.filter = filter;
  }

  private async open(poll: Poll): Promise<void> {
    this.returnTo = poll.id;
    this.poll = poll.id;
    this.dispatchEvent(new IcraParticipationOpenEvent({ poll: poll.id }));
    await this.updateComplete;
    const inner = this.renderRoot.querySelector<HTMLElement>('icra-poll');
    await (inner as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="back"]')?.focus();
  }

  private async back(): Promise<void> {
    const from = this.returnTo || this.poll;
    this.poll = '';
    this.returnTo = '';
    this.dispatchEvent(new IcraParticipationOpenEvent({ poll: '' }));
    if (!(await this.focusOn(`[data-poll="${from}"]`))) await this.focusOn('[part~="title"]');
  }

  /** Moves focus to the first match of `selector` once rendered; false when there is none. */
  private async focusOn(selector: string): Promise<boolean> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    return Boolean(target);
  }

  // --- rendering ----------------------------------------------------------------------------

  private heading(offset: number, content: string, id: string, part?: string): TemplateResult {
    const tag = headingTag(headingLevel(this.headingLevel), offset);
    return staticHtml`<${tag} class=${offset ? 'section-title' : 'title'} id=${id} part=${part ?? nothing} tabindex="-1">${content}</${tag}>`;
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = participationMessages(lang);
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        role="region"
        aria-labelledby="participation-title"
      >
        ${this.heading(0, messages.title, 'participation-title', 'title')}
        ${this.poll ? this.renderPoll(messages) : this.renderList(lang, messages)}
        ${this.poll ? nothing : this.renderApplication(messages)}
        ${this.announcer.render()}
      </div>
    `;
  }

  private renderPoll(messages: ParticipationMessages): TemplateResult {
    return html`
      <p><button type="button" class="button secondary" part="back" @click=${this.back}>
        <span aria-hidden="true">←</span> ${messages.back}
      </button></p>
      <icra-poll
        part="poll"
        poll=${this.poll}
        heading-level=${headingLevel(this.headingLevel) + 1}
        api=${this.resolvedApi ?? nothing}
        authority=${this.resolvedAuthority ?? nothing}
        lang=${this.resolvedLang}
        theme=${this.resolvedTheme ?? nothing}
        .client=${this.injectedClient}
      ></icra-poll>
    `;
  }

  /** The first page is not there yet: loading, or waiting for an API address. */
  private get listLoading(): boolean {
    return this.polls.status === 'initial' || this.polls.status === 'loading';
  }

  private renderList(lang: Lang, messages: ParticipationMessages): TemplateResult {
    return html`
      <p class="intro">${messages.intro}</p>
      <section class="section" aria-labelledby="polls-title" aria-busy=${this.listLoading ? 'true' : 'false'}>
        ${this.heading(1, messages.polls, 'polls-title')}
        <div class="filters" part="filters" role="group" aria-label=${messages.show}>
          ${FILTERS.map(
            (filter) => html`<button
              type="button"
              class="filter"
              part="filter"
              aria-pressed=${filter === this.filter ? 'true' : 'false'}
              @click=${() => this.choose(filter)}
            >
              ${messages.filter(filter)}
            </button>`,
          )}
        </div>
        ${this.renderPolls(lang, messages)}
      </section>
    `;
  }

  private renderPolls(lang: Lang, messages: ParticipationMessages): TemplateResult {
    if (this.listLoading) {
      return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
    }
    if (this.polls.status === 'error') {
      return html`<div class="state error" part="state">
        <p>${messages.error}</p>
        <button type="button" class="button" part="retry" @click=${() => this.polls.reload()}>${messages.retry}</button>
      </div>`;
    }
    if (!this.polls.items.length) {
      return html`<div class="state" part="state"><p>${messages.empty(this.filter)}</p></div>`;
    }
    return html`
      <ul class="polls" part="polls">
        ${this.polls.items.map((poll) => {
          const when =
            poll.state === 'upcoming'
              ? messages.opensOn(formatDateTime(poll.opensAt, lang))
              : poll.state === 'open'
                ? messages.closesOn(formatDateTime(poll.closesAt, lang))
                : messages.closedOn(formatDateTime(poll.closesAt, lang));
          return html`<li class="poll-item" part="poll-item">
            <button
              type="button"
              class="open-poll"
              part="open-poll"
              data-poll=${poll.id}
              lang=${poll.lang !== lang ? poll.lang : nothing}
              aria-describedby=${`when-${poll.id}`}
              @click=${() => this.open(poll)}
            >
              ${poll.question}
            </button>
            <p class="schedule" part="schedule" id=${`when-${poll.id}`}>${when}</p>
          </li>`;
        })}
      </ul>
      ${this.polls.hasMore ? renderLoadMore(this.polls.moreStatus, messages, () => this.loadMore()) : nothing}
    `;
  }

  private renderApplication(messages: ParticipationMessages): TemplateResult | typeof nothing {
    if (!this.resolvedAuthority) return nothing;
    return html`<section class="section application" part="application" aria-labelledby="application-title">
      ${this.heading(1, messages.newApplication, 'application-title')}
      <p class="hint">${messages.applicationIntro}</p>
      ${this.application.render()}
    </section>`;
  }
}
