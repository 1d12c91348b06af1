import { IcraApiError, type IcraClient, type Lang, type Schemas } from '@icra/sdk';
import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { html as staticHtml } from 'lit/static-html.js';
import { Announcer } from '../core/announcer.js';
import { formatDateTime } from '../core/date-time.js';
import { subjectOf } from '../core/drafts.js';
import { IcraElement } from '../core/element.js';
import { FormController } from '../core/form-controller.js';
import { formatPercent } from '../core/format.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { SessionController } from '../core/session-controller.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { initialState, isAbort, TaskStatus, WidgetTask } from '../core/task.js';
import { renderSignIn } from '../sign-in/define.js';
import { IcraPollVoteEvent } from './events.js';
import { WhileWatched } from './live.js';
import { type PollMessages, pollMessages } from './messages.js';
import { type PendingBallot, readPending, removePending } from './pending.js';
import { pollStyles } from './poll.styles.js';

type Poll = Schemas['Poll'];
type PollResults = Schemas['PollResults'];

type BallotModule = typeof import('./ballot.js');
let ballotModule: Promise<BallotModule> | undefined;
/** The ballot's module once loaded: with it the texts of a ballot under way (./ballot-messages.ts). */
let ballotLoaded: BallotModule | undefined;

/**
 * The blind-signature code (./ballot.ts and its library), fetched once, on demand: when a
 * signed-in eligible citizen sees an open poll, so it is there by the time they press "Vote". A
 * failed fetch is tried again on the next call.
 */
function loadBallot(): Promise<BallotModule> {
  ballotModule ??= import('./ballot.js').then(
    (loaded) => {
      ballotLoaded = loaded;
      return loaded;
    },
    (error: unknown) => {
      ballotModule = undefined;
      throw error;
    },
  );
  return ballotModule;
}

/** Why this citizen cannot vote here now, learnt while trying. */
type Refusal = 'key-mismatch' | 'refused';

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
 * The ballot is secret by RFC 9474 blind signatures: the citizen's token takes the ballot's
 * credential (a blind signature of a random message), and the ballot — message, signature and
 * option — is cast without any identity (no token, no cookies). The blind-signature code is
 * fetched only when a signed-in eligible citizen sees an open poll. A ballot begun in this browser
 * is kept (localStorage, per portal, poll and citizen) until it is cast, so a lost answer or a
 * reload finishes the same ballot instead of asking for a second credential.
 *
 * @event {IcraPollVoteEvent} icra-poll-vote - The reader's vote was cast. `detail: { poll }` — never the choice.
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside.
 *
 * @csspart base - The widget's root box.
 * @csspart question - The question (the legend of the ballot, or a heading when there is no ballot).
 * @csspart schedule - When voting opens or closes.
 * @csspart ballot - The `<fieldset>` of options.
 * @csspart option - One option's label (with its radio button).
 * @csspart vote - The "Vote" button.
 * @csspart field-error - What stopped the vote (no answer chosen, could not send), below the options.
 * @csspart note - A message: signed out, not eligible, not yet open, counted, ballot taken earlier, key mismatch, closed, results hidden.
 * @csspart results - The `<ul>` of results.
 * @csspart result - One option's result.
 * @csspart bar - The decorative bar of a result.
 * @csspart turnout - The turnout line.
 * @csspart uncounted - How many ballots cast are not yet in the results (they are published in batches).
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
export class IcraPoll extends IcraElement {
  static override styles = [baseStyles, listStateStyles, pollStyles];

  /** Milliseconds between two reads of the live results while on screen and the page visible. */
  static refreshInterval = 15_000;

  /** The poll's id (uuid). */
  @property() poll = '';

  /** Level (1–6) of the question's heading (when there is no ballot); "Results" is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private data?: Poll | undefined;
  @state() private results?: PollResults | undefined;
  @state() private choice?: number | undefined;
  @state() private justVoted = false;
  /** The ballot begun in this browser by the signed-in citizen and not yet cast, if any. */
  @state() private pending?: PendingBallot | undefined;
  @state() private refusal?: Refusal | undefined;

  private readonly session = new SessionController(this);
  private readonly announcer = new Announcer(this);
  /** The ballot: its one problem ("choose an answer", "could not send"), one vote at a time, its key. */
  private readonly ballot = new FormController<'vote'>(this, { fields: ['vote'], session: this.session });
  /** Aborts the ballot in flight when the widget loads again (another sign-in, another poll). */
  #casting?: AbortController | undefined;

  /** The poll (with the viewer's eligibility when signed in) and its results. */
  private readonly loading = new WidgetTask(this, {
    args: () =>
      [
        this.pollClient,
        this.poll,
        this.resolvedLang,
        this.session.signedIn ? this.session.state.expiresAt : 'out',
      ] as const,
    task: async ([client, id, lang], { signal }) => {
      if (!client || !id) return initialState;
      this.refresh.abort();
      this.#casting?.abort();
      this.justVoted = false;
      this.refusal = undefined;
      this.ballot.clear();
      const [poll, results] = await Promise.all([
        client.getPoll({ path: { id }, query: { lang } }, { signal }),
        client.getPollResults({ path: { id }, query: { lang } }, { signal }),
      ]);
      return { poll, results };
    },
    onComplete: ({ poll, results }) => {
      this.data = poll;
      this.results = results;
      this.resume(poll);
    },
    onError: (error) => {
      if (isAbort(error)) return;
      this.session.refused(error);
      this.announcer.say(pollMessages(this.resolvedLang).error);
    },
  });

  /** One read of the live results; what is shown stays when it fails (the next tick tries again). */
  private readonly refresh = new WidgetTask(this, {
    autoRun: false,
    args: () => [this.pollClient, this.poll, this.resolvedLang] as const,
    task: ([client, id, lang], { signal }) =>
      client && id ? client.getPollResults({ path: { id }, query: { lang } }, { signal }) : initialState,
    onComplete: (results) => {
      this.results = results;
    },
  });

  /**
   * Live results: ask again every 15 s while the widget is on screen and the page visible, stop
   * otherwise. Plain conditional polling, on purpose: the server answers results with a strong ETag
   * and `Cache-Control: no-cache`, so the browser's HTTP cache revalidates each request with
   * `If-None-Match` and gets a bodiless 304 until a vote changes the counts. That works across any
   * number of server instances and through any proxy or CDN, with no extra infrastructure (no
   * WebSocket or SSE fan-out, no pub/sub between instances, no sticky sessions).
   */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: a controller works by being added to its host
  private readonly live = new WhileWatched(this, {
    interval: () => IcraPoll.refreshInterval,
    live: () => this.loading.status === TaskStatus.COMPLETE && this.data?.state !== 'closed',
    tick: () => void this.refresh.run(),
  });

  /** The session's client while signed in (it sends the token; or the injected one), else the shared one. */
  private get pollClient(): IcraClient | undefined {
    return this.session.client(this.resolvedLang) ?? this.resolvedClient;
  }

  /** Who is signed in (the token's `sub`) at which portal: the key of their pending ballot. */
  private get voter(): { api: string; subject: string } | undefined {
    const session = this.session.session;
    const subject = this.session.signedIn ? subjectOf(session?.token) : undefined;
    return session && subject ? { api: session.api, subject } : undefined;
  }

  /** A ballot may be cast here now: signed in, eligible, the poll open, nothing refused. */
  private castable(poll: Poll): boolean {
    return (
      poll.state === 'open' &&
      this.session.signedIn &&
      poll.viewer?.eligible === true &&
      this.refusal === undefined
    );
  }

  /** The ballot is shown: castable, and no credential taken yet or one pending here. */
  private showsBallot(poll: Poll | undefined): boolean {
    return Boolean(poll && this.castable(poll) && (!poll.viewer?.hasVoted || this.pending));
  }

  /**
   * After each load: the signed-in citizen's ballot pending in this browser, if any, is finished
   * at once (they pressed "Vote" before the reload or the lost answer); one that can no longer be
   * cast (the poll closed) is forgotten.
   */
  private resume(poll: Poll): void {
    const voter = this.voter;
    this.pending = voter ? readPending(voter.api, poll.id, voter.subject) : undefined;
    if (!this.pending || !voter) return;
    if (poll.state === 'closed') {
      removePending(voter.api, poll.id, voter.subject);
      this.pending = undefined;
    } else if (this.castable(poll)) {
      void this.cast(this.pending.option);
    }
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Fetched while the citizen reads the question, not when they press "Vote".
    if (this.showsBallot(this.data)) void loadBallot().catch(() => undefined);
  }

  private async vote(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.data || this.ballot.busy) return;
    const messages = pollMessages(this.resolvedLang);
    const option = this.pending?.option ?? this.choice;
    if (option === undefined) {
      await this.ballot.show([{ field: 'vote', text: messages.chooseOption }]);
      this.announcer.say(messages.chooseOption);
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    await this.cast(option);
  }

  /** Casts the ballot for `option` (or finishes the pending one), showing each outcome. */
  private async cast(option: number): Promise<void> {
    const client = this.pollClient;
    const poll = this.data;
    const voter = this.voter;
    if (!client || !poll || !voter || this.ballot.busy) return;
    const lang = this.resolvedLang;
    const messages = pollMessages(lang);
    this.ballot.clear();
    this.announcer.say(messages.voting);
    const controller = new AbortController();
    this.#casting = controller;
    const cast = await this.ballot.submit(
      'vote',
      async () => {
        const { castSecretBallot } = await loadBallot();
        await castSecretBallot({
          client,
          api: voter.api,
          poll: poll.id,
          subject: voter.subject,
          option,
          // Null until the portal made the key (the fetch just before made it): read it again.
          publishedKeyId: async () =>
            poll.ballotKeyId ??
            (
              await client.getPoll(
                { path: { id: poll.id }, query: { lang } },
                { anonymous: true, signal: controller.signal },
              )
            ).ballotKeyId,
          onPending: (entry) => {
            this.pending = entry;
          },
          signal: controller.signal,
        });
        return true;
      },
      { fallback: messages.voteError, onError: (error) => this.refusedVote(error, poll, voter, messages) },
    );
    if (this.#casting === controller) this.#casting = undefined;
    if (!cast) return;
    this.pending = undefined;
    this.choice = undefined;
    this.justVoted = true;
    this.data = { ...poll, viewer: { eligible: true, hasVoted: true } };
    this.dispatchEvent(new IcraPollVoteEvent({ poll: poll.id }));
    const late = (await loadBallot()).ballotMessages(lang);
    this.announcer.say(late.voted(this.results?.batchSize ?? null));
    void this.refresh.run();
    await this.focusNote();
  }

  /** What the portal's refusal of a ballot means for the reader (a 401 was handled before). */
  private async refusedVote(
    error: unknown,
    poll: Poll,
    voter: { api: string; subject: string },
    messages: PollMessages,
  ): Promise<boolean> {
    if (isAbort(error)) return true;
    const type = error instanceof IcraApiError ? error.type : '';
    const name = error instanceof Error ? error.name : '';
    // Loaded, unless the error was that it could not be.
    const late = ballotLoaded?.ballotMessages(this.resolvedLang);
    /** This ballot can never be cast: forgotten here. */
    const forget = () => {
      removePending(voter.api, poll.id, voter.subject);
      this.pending = undefined;
    };
    if (name === 'BallotKeyMismatchError' && late) {
      // Nothing was sent with that key; a pending ballot stays (the key may be put right).
      this.refusal = 'key-mismatch';
      this.announcer.say(late.keyMismatch);
      await this.focusNote();
    } else if (type.endsWith('credential-already-issued')) {
      // Taken earlier, from another browser: that ballot is the citizen's only one.
      forget();
      this.data = { ...poll, viewer: { eligible: true, hasVoted: true } };
      this.announcer.say(messages.alreadyVoted);
      void this.refresh.run();
      await this.focusNote();
    } else if (late && (name === 'BallotSignatureError' || type.endsWith('invalid-credential'))) {
      forget();
      this.refusal = 'refused';
      this.data = { ...poll, viewer: { eligible: true, hasVoted: true } };
      this.announcer.say(late.ballotRefused);
      await this.focusNote();
    } else if (type.endsWith('not-eligible')) {
      forget();
      this.data = { ...poll, viewer: { eligible: false, hasVoted: false } };
      this.announcer.say(messages.notEligible);
      await this.focusNote();
    } else if (type.endsWith('poll-closed') || type.endsWith('poll-not-open')) {
      // The poll's state changed since it was read: read it again, and say what it is now.
      if (type.endsWith('poll-closed')) forget();
      this.announcer.say(type.endsWith('poll-closed') ? messages.closed : messages.notOpen);
      void this.showSchedule();
    } else {
      // Not sent, or its answer lost: the pending ballot (if begun) is finished by the next try.
      const text =
        this.pending && late
          ? late.pending(poll.options.find((item) => item.option === this.pending?.option)?.text ?? '')
          : messages.voteError;
      await this.ballot.show([{ field: 'vote', text }]);
      this.announcer.say(text);
    }
    return true;
  }

  /** The poll is read again (closed, or not open yet): focus moves to when voting opens or closed. */
  private async showSchedule(): Promise<void> {
    await this.loading.run();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="schedule"]')?.focus();
  }

  /** The ballot is gone (voted): focus moves to the message that says so, not to the page's top. */
  private async focusNote(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="note"]')?.focus();
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
        aria-busy=${this.isLoading ? 'true' : 'false'}
      >
        ${this.renderBody(lang, messages)}
        ${this.announcer.render()}
      </div>
    `;
  }

  /** Not loaded yet: the first read is in flight, or waits for a poll id and an API address. */
  private get isLoading(): boolean {
    const status = this.loading.status;
    return status === TaskStatus.INITIAL || status === TaskStatus.PENDING;
  }

  private renderBody(lang: Lang, messages: PollMessages): TemplateResult {
    // Read again (signed in, another language): what is shown stays until the answer replaces it.
    if (this.isLoading && !this.data) {
      return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
    }
    const poll = this.data;
    if (this.loading.status === TaskStatus.ERROR || !poll) {
      return html`<div class="state error" part="state">
        <p>${messages.error}</p>
        <button type="button" class="button" part="retry" @click=${() => this.loading.run()}>${messages.retry}</button>
      </div>`;
    }
    const contentLang = poll.lang !== lang ? poll.lang : undefined;
    const ballot = this.showsBallot(poll);
    return html`
      ${ballot ? this.renderBallot(poll, messages, contentLang) : this.heading(0, poll.question, contentLang)}
      ${this.renderSchedule(poll, lang, messages)}
      ${
        this.session.signedIn || poll.state === 'open'
          ? html`<div class="header">
              ${this.session.signedIn ? nothing : html`<p class="note" part="note">${messages.signInToVote}</p>`}
              ${renderSignIn(this)}
            </div>`
          : nothing
      }
      ${ballot ? nothing : this.renderNote(poll, messages)}
      ${this.renderResults(lang, messages, contentLang)}
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
      return html`<p class="schedule note strong" part="schedule" tabindex="-1">
        ${messages.opensAt(formatDateTime(poll.opensAt, lang))}
      </p>`;
    }
    if (poll.state === 'open') {
      return html`<p class="schedule" part="schedule">${messages.closesAt(formatDateTime(poll.closesAt, lang))}</p>`;
    }
    return html`<p class="schedule note strong" part="schedule" tabindex="-1">${messages.closed}</p>`;
  }

  private renderNote(poll: Poll, messages: PollMessages): TemplateResult | typeof nothing {
    if (poll.state !== 'open') return nothing;
    if (!this.session.signedIn) return nothing;
    const strong = (text: string) => html`<p class="note strong" part="note" tabindex="-1">${text}</p>`;
    // Texts of a ballot under way: its module is loaded by then.
    const late = ballotLoaded?.ballotMessages(this.resolvedLang);
    if (late && this.refusal === 'key-mismatch') return strong(late.keyMismatch);
    if (late && this.refusal === 'refused') return strong(late.ballotRefused);
    if (late && this.justVoted) return strong(late.voted(this.results?.batchSize ?? null));
    if (poll.viewer?.hasVoted) return strong(messages.alreadyVoted);
    if (poll.viewer && !poll.viewer.eligible) return strong(messages.notEligible);
    return nothing;
  }

  private renderBallot(poll: Poll, messages: PollMessages, contentLang: string | undefined): TemplateResult {
    return html`<form @submit=${this.vote} novalidate>
      <fieldset part="ballot" aria-describedby=${this.ballot.describedBy('vote')}>
        <legend part="question" lang=${contentLang ?? nothing}>${poll.question}</legend>
        ${poll.options.map(
          (option) => html`<label class="option" part="option" lang=${contentLang ?? nothing}>
            <input
              type="radio"
              name="option"
              .value=${String(option.option)}
              .checked=${(this.pending?.option ?? this.choice) === option.option}
              ?disabled=${this.pending !== undefined}
              @change=${() => {
                this.choice = option.option;
                this.ballot.edited('vote');
              }}
            />
            <span>${option.text}</span>
          </label>`,
        )}
        ${this.ballot.renderError('vote')}
      </fieldset>
      <p>
        <button type="submit" class="button" part="vote" aria-disabled=${this.ballot.busy ? 'true' : 'false'}>
          ${this.ballot.busy ? messages.voting : messages.vote}
        </button>
      </p>
    </form>`;
  }

  private renderResults(
    lang: Lang,
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
              <span class="result-count">${messages.votes(option.votes ?? 0)} · ${formatPercent(percentage, lang)}</span>
            </span>
            <span class="bar" part="bar" aria-hidden="true"
              ><span class="bar-fill" ${barWidth(percentage)}></span
            ></span>
          </li>`;
        })}
      </ul>
      ${
        turnout
          ? html`<p class="note" part="turnout">${messages.turnout(
              turnout.voters,
              turnout.eligible,
              turnout.percentage === null ? null : formatPercent(turnout.percentage, lang),
            )}</p>`
          : nothing
      }
      ${results.uncounted > 0 ? html`<p class="note" part="uncounted">${messages.uncounted(results.uncounted)}</p>` : nothing}
    </section>`;
  }
}
