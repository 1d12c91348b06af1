import { IcraApiError, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { html as staticHtml } from 'lit/static-html.js';
import { formatDateTime } from '../core/date-time.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { IcraSessionElement } from '../core/session-element.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { renderSignIn } from '../sign-in/define.js';
import { IcraPollVoteEvent } from './events.js';
import { type PollMessages, pollMessages } from './messages.js';
import { pollStyles } from './poll.styles.js';

type Poll = Schemas['Poll'];
type PollResults = Schemas['PollResults'];

type LoadStatus = 'loading' | 'loaded' | 'error';

/**
 * A bar's width, set through the CSSOM (`element.style.width`) rather than a `style` attribute:
 * pages with a strict Content-Security-Policy (`style-src` without 'unsafe-inline') block style
 * attributes, and the bars would have no width there.
 */
const barWidth = directive(
  class extends Directive {
    render(_percentage: number) {
      return noChange;
    }
    override update(part: ElementPart, [percentage]: [number]) {
      (part.element as HTMLElement).style.width = `${Math.min(Math.max(percentage, 0), 100)}%`;
      return noChange;
    }
  },
);

/**
 * One poll of the portal's e-participation: the question, its options and, when the reader is
 * signed in, eligible and the poll is open, a secret ballot; the results as bars with each
 * option's count and share as text, and the turnout, shown as the poll's rule allows.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra.js"></script>
 * <icra-poll api="https://portal.example.az" authority="guba" poll="…uuid…"></icra-poll>
 * ```
 *
 * Signing in happens in the portal's popup (the `<icra-sign-in>` control inside, shared with every
 * widget of the same portal on the page). While the widget is on screen and the page visible, the
 * results are asked for again every 15 seconds.
 *
 * @event {IcraPollVoteEvent} icra-poll-vote - The reader's vote was counted. `detail: { poll }` — never the choice.
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside.
 *
 * @csspart base - The widget's root box.
 * @csspart question - The question (the legend of the ballot, or a heading when there is no ballot).
 * @csspart schedule - When voting opens or closes.
 * @csspart ballot - The `<fieldset>` of options.
 * @csspart option - One option's label (with its radio button).
 * @csspart vote - The "Vote" button.
 * @csspart note - A message: signed out, not eligible, not yet open, already voted, closed, results hidden.
 * @csspart results - The `<ul>` of results.
 * @csspart result - One option's result.
 * @csspart bar - The decorative bar of a result.
 * @csspart turnout - The turnout line.
 * @csspart state - The box of the loading and error states.
 * @csspart retry - The "try again" button.
 * @csspart sign-in - The sign-in control's "sign in" button.
 * @csspart cancel - The sign-in control's "cancel" button.
 * @csspart who - Who is signed in.
 * @csspart sign-out - The sign-in control's "sign out" button.
 * @csspart sign-in-message - The sign-in control's status or error text.
 * @csspart sign-in-retry - The sign-in control's "try again" button.
 *
 * @cssprop --icra-color-accent - The button, the bars, the radio buttons.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour.
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Notes and counts.
 * @cssprop --icra-color-surface - Background.
 * @cssprop --icra-color-surface-raised - Background of the options.
 * @cssprop --icra-color-border - Borders.
 * @cssprop --icra-color-focus - Focus ring.
 * @cssprop --icra-color-danger - Error text.
 * @cssprop --icra-color-skeleton - The track of the bars, loading placeholders.
 * @cssprop --icra-font-family - Font.
 * @cssprop --icra-font-size - Base font size.
 * @cssprop --icra-radius - Corner radius.
 * @cssprop --icra-space - Spacing unit.
 * @cssprop --icra-max-width - Largest width of the widget.
 */
export class IcraPoll extends IcraSessionElement {
  static override styles = [baseStyles, listStateStyles, pollStyles];

  /** Milliseconds between two reads of the live results while on screen (tests shorten it). */
  static refreshInterval = 15_000;

  /** The poll's id (uuid). */
  @property() poll = '';

  /** Level (1–6) of the question's heading (when there is no ballot); "Results" is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private status: LoadStatus = 'loading';
  @state() private data?: Poll | undefined;
  @state() private results?: PollResults | undefined;
  @state() private choice?: number | undefined;
  @state() private voting = false;
  @state() private voteError = '';
  @state() private justVoted = false;
  @state() private announcement = '';

  private timer?: ReturnType<typeof setInterval> | undefined;
  private onScreen = false;
  private observer?: IntersectionObserver | undefined;
  private readonly onVisibility = () => this.schedule();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.observer = new IntersectionObserver((entries) => {
      this.onScreen = entries.some((entry) => entry.isIntersecting);
      this.schedule();
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    this.onScreen = false;
    this.schedule();
  }

  /**
   * Live results: ask again every 15 s while the widget is on screen and the page visible, stop
   * otherwise. Plain conditional polling, on purpose: the server answers results with a strong ETag
   * and `Cache-Control: no-cache`, so the browser's HTTP cache revalidates each request with
   * `If-None-Match` and gets a bodiless 304 until a vote changes the counts. That works across any
   * number of server instances and through any proxy or CDN, with no extra infrastructure (no
   * WebSocket or SSE fan-out, no pub/sub between instances, no sticky sessions).
   */
  private schedule(): void {
    const live =
      this.onScreen &&
      this.isConnected &&
      document.visibilityState === 'visible' &&
      this.status === 'loaded' &&
      this.data?.state !== 'closed';
    if (live && !this.timer) {
      this.timer = setInterval(() => void this.refreshResults(), IcraPoll.refreshInterval);
    } else if (!live && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  /** The injected client, else the session's client when signed in (it sends the token), else the shared one. */
  private get pollClient(): IcraClient | undefined {
    const injected = this.injectedClient;
    if (injected) return injected;
    if (this.auth.status === 'signed-in') return this.session?.client(this.resolvedLang);
    return this.resolvedClient;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const api = this.resolvedApi;
    const signedIn = this.auth.status === 'signed-in' ? this.auth.expiresAt : 'out';
    const key = [api, this.resolvedLang, this.poll, signedIn, this.client ? 'c' : ''].join('\n');
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load();
    }
  }

  protected override updated(): void {
    this.schedule();
  }

  /** Reads the poll (with the viewer's eligibility when signed in) and its results. */
  private async load(): Promise<void> {
    const client = this.pollClient;
    const id = this.poll;
    if (!client || !id) return;
    const signal = this.restart();
    const lang = this.resolvedLang;
    this.status = 'loading';
    this.justVoted = false;
    this.voteError = '';
    try {
      const [poll, results] = await Promise.all([
        client.getPoll({ path: { id }, query: { lang } }, { signal }),
        client.getPollResults({ path: { id }, query: { lang } }, { signal }),
      ]);
      if (signal.aborted) return;
      this.data = poll;
      this.results = results;
      this.status = 'loaded';
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof IcraApiError && error.status === 401) this.session?.signOut();
      this.status = 'error';
      this.announce(pollMessages(lang).error);
    }
  }

  private async refreshResults(): Promise<void> {
    const client = this.pollClient;
    const id = this.poll;
    if (!client || !id) return;
    const signal = this.controller.signal;
    try {
      const results = await client.getPollResults(
        { path: { id }, query: { lang: this.resolvedLang } },
        { signal },
      );
      if (!signal.aborted) this.results = results;
    } catch {
      // The next tick tries again; what is shown stays.
    }
  }

  private async vote(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.pollClient;
    const poll = this.data;
    if (!client || !poll || this.voting) return;
    const messages = pollMessages(this.resolvedLang);
    const option = this.choice;
    if (option === undefined) {
      this.voteError = messages.chooseOption;
      this.announce(messages.chooseOption);
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    const signal = this.controller.signal;
    this.voting = true;
    this.voteError = '';
    try {
      // One key per attempt: a retry of this attempt (by the SDK) is counted once.
      await client.castVote(
        { path: { id: poll.id }, body: { option } },
        { signal, idempotencyKey: crypto.randomUUID() },
      );
      if (signal.aborted) return;
      this.choice = undefined;
      this.justVoted = true;
      this.data = { ...poll, viewer: { eligible: true, hasVoted: true } };
      this.dispatchEvent(new IcraPollVoteEvent({ poll: poll.id }));
      this.announce(messages.voted);
      void this.refreshResults();
      await this.focusNote();
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof IcraApiError && error.status === 401) {
        this.session?.signOut();
        return;
      }
      const type = error instanceof IcraApiError ? error.type : '';
      if (type.endsWith('already-voted')) {
        this.data = { ...poll, viewer: { eligible: true, hasVoted: true } };
        this.announce(messages.alreadyVoted);
        void this.refreshResults();
        await this.focusNote();
      } else if (type.endsWith('not-eligible')) {
        this.data = { ...poll, viewer: { eligible: false, hasVoted: false } };
        this.announce(messages.notEligible);
      } else if (type.endsWith('poll-closed') || type.endsWith('poll-not-open')) {
        void this.load();
      } else {
        this.voteError = messages.voteError;
        this.announce(messages.voteError);
      }
    } finally {
      this.voting = false;
    }
  }

  /** The ballot is gone (voted): focus moves to the message that says so, not to the page's top. */
  private async focusNote(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="note"]')?.focus();
  }

  /** Says `text` through the polite live region (cleared first, so a repeat is spoken again). */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = pollMessages(lang);
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        role="region"
        aria-label=${this.data?.question ?? messages.loading}
        aria-busy=${this.status === 'loading' ? 'true' : 'false'}
      >
        ${this.renderBody(lang, messages)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderBody(lang: Lang, messages: PollMessages): TemplateResult {
    if (this.status === 'loading') {
      return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
    }
    const poll = this.data;
    if (this.status === 'error' || !poll) {
      return html`<div class="state error" part="state">
        <p>${messages.error}</p>
        <button type="button" class="button" part="retry" @click=${() => this.load()}>${messages.retry}</button>
      </div>`;
    }
    const contentLang = poll.lang !== lang ? poll.lang : undefined;
    const ballot =
      poll.state === 'open' &&
      this.auth.status === 'signed-in' &&
      poll.viewer?.eligible === true &&
      !poll.viewer.hasVoted;
    return html`
      ${ballot ? this.renderBallot(poll, messages, contentLang) : this.heading(0, poll.question, contentLang)}
      ${this.renderSchedule(poll, lang, messages)}
      ${ballot ? nothing : this.renderNote(poll, messages)}
      ${this.renderResults(messages, contentLang)}
    `;
  }

  /** The question (offset 0, part `question`) or the results' title (offset 1), at the asked level. */
  private heading(offset: number, content: string, lang?: string): TemplateResult {
    const tag = headingTag(headingLevel(this.headingLevel), offset);
    return offset
      ? staticHtml`<${tag} class="section-title" id="results-title">${content}</${tag}>`
      : staticHtml`<${tag} class="question" part="question" lang=${lang ?? nothing}>${content}</${tag}>`;
  }

  private renderSchedule(poll: Poll, lang: Lang, messages: PollMessages): TemplateResult | typeof nothing {
    if (poll.state === 'upcoming') {
      return html`<p class="schedule note strong" part="schedule">
        ${messages.opensAt(formatDateTime(poll.opensAt, lang))}
      </p>`;
    }
    if (poll.state === 'open') {
      return html`<p class="schedule" part="schedule">${messages.closesAt(formatDateTime(poll.closesAt, lang))}</p>`;
    }
    return html`<p class="schedule note strong" part="schedule">${messages.closed}</p>`;
  }

  private renderNote(poll: Poll, messages: PollMessages): TemplateResult | typeof nothing {
    if (poll.state !== 'open') return nothing;
    if (this.auth.status !== 'signed-in') {
      return html`<div class="header">
        <p class="note" part="note">${messages.signInToVote}</p>
        ${renderSignIn(this)}
      </div>`;
    }
    if (poll.viewer?.hasVoted) {
      return html`<p class="note strong" part="note" tabindex="-1">
        ${this.justVoted ? messages.voted : messages.alreadyVoted}
      </p>`;
    }
    if (poll.viewer && !poll.viewer.eligible) {
      return html`<p class="note strong" part="note">${messages.notEligible}</p>`;
    }
    return nothing;
  }

  private renderBallot(poll: Poll, messages: PollMessages, contentLang: string | undefined): TemplateResult {
    return html`<form @submit=${this.vote} novalidate>
      <fieldset part="ballot" aria-describedby=${this.voteError ? 'vote-error' : nothing}>
        <legend part="question" lang=${contentLang ?? nothing}>${poll.question}</legend>
        ${poll.options.map(
          (option) => html`<label class="option" part="option" lang=${contentLang ?? nothing}>
            <input
              type="radio"
              name="option"
              .value=${String(option.option)}
              .checked=${this.choice === option.option}
              @change=${() => {
                this.choice = option.option;
                this.voteError = '';
              }}
            />
            <span>${option.text}</span>
          </label>`,
        )}
        ${this.voteError ? html`<p class="error-text" id="vote-error">${this.voteError}</p>` : nothing}
      </fieldset>
      <p>
        <button type="submit" class="button" part="vote" aria-disabled=${this.voting ? 'true' : 'false'}>
          ${this.voting ? messages.voting : messages.vote}
        </button>
      </p>
    </form>`;
  }

  private renderResults(
    messages: PollMessages,
    contentLang: string | undefined,
  ): TemplateResult | typeof nothing {
    const results = this.results;
    if (!results) return nothing;
    if (results.hidden) {
      return html`<p class="note" part="note">
        ${results.reason === 'not_voted' ? messages.hiddenNotVoted : messages.hiddenNotClosed}
      </p>`;
    }
    const turnout = results.turnout;
    return html`<section aria-labelledby="results-title">
      ${this.heading(1, messages.results)}
      <ul class="results" part="results">
        ${results.options.map((option) => {
          const percentage = option.percentage ?? 0;
          return html`<li class="result" part="result">
            <span class="result-text">
              <span lang=${contentLang ?? nothing}>${option.text}</span>
              <span class="result-count">${messages.votes(option.votes ?? 0)} · ${percentage}%</span>
            </span>
            <span class="bar" part="bar" aria-hidden="true"
              ><span class="bar-fill" ${barWidth(percentage)}></span
            ></span>
          </li>`;
        })}
      </ul>
      ${
        turnout
          ? html`<p class="note" part="turnout">${messages.turnout(turnout.voters, turnout.eligible, turnout.percentage)}</p>`
          : nothing
      }
    </section>`;
  }
}
