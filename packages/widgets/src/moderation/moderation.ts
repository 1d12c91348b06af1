import { IcraApiError, type IcraClient, type Lang, participationApplicationStatusValues } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from '../core/announcer.js';
import type { AuthState } from '../core/auth.js';
import { directionNames } from '../core/directions.js';
import { AttachmentDownloads, attachmentStyles } from '../core/download.js';
import { DraftKeeper } from '../core/draft-keeper.js';
import { IcraElement } from '../core/element.js';
import { FormController } from '../core/form-controller.js';
import { formStyles } from '../core/form-styles.js';
import { formatDate } from '../core/format.js';
import { renderLoadMore } from '../core/load-more.js';
import { PagedListController } from '../core/paged-list.js';
import { renderReasonField } from '../core/reason-field.js';
import { SessionController } from '../core/session-controller.js';
import { baseStyles } from '../core/styles.js';
import { initialState, WidgetTask } from '../core/task.js';
import { renderSignIn } from '../sign-in/define.js';
import { renderApplication } from './application-view.js';
import { IcraModerationDecisionEvent, IcraModerationPollEvent } from './events.js';
import { type ModerationMessages, moderationMessages } from './messages.js';
import { moderationStyles } from './moderation.styles.js';
import { fieldOfPointer, POLL_FIELDS, PollForm } from './poll-form.js';
import type { ParticipationApplication, ParticipationApplicationStatus } from './types.js';

const STATUSES: readonly ParticipationApplicationStatus[] = participationApplicationStatusValues;
const PAGE_SIZE = 20;

type View =
  | { kind: 'list' }
  | { kind: 'application'; application: ParticipationApplication }
  | { kind: 'approve'; application: ParticipationApplication }
  | { kind: 'reject'; application: ParticipationApplication }
  | { kind: 'new-poll' };
type Action = 'approve' | 'create' | 'reject';

/** A decision's form put aside while signed out. */
interface DeskDraft {
  view: View;
  reason: string;
  poll: PollForm['draft'];
  filter: ParticipationApplicationStatus;
}

const forbids = (error: unknown) => error instanceof IcraApiError && error.status === 403;
const unauthorized = (error: unknown) => error instanceof IcraApiError && error.status === 401;

/**
 * A call's language: the portal's messages (field errors included) come in the desk's language,
 * also through a client the page injected for another.
 */
const inLang = (lang: Lang) => ({ headers: { 'accept-language': lang } });

/**
 * The e-participation desk of an authority's moderators (officials with the `moderator` role):
 * the applications citizens addressed to the authority, by status (awaiting decision, approved,
 * rejected); an application's text, attached files (downloaded with the moderator's token) and
 * history; approving one into a public poll (question, 2–10 options in Azerbaijani with optional
 * English and Russian, the voting period in Baku time, who may vote and when results show) or
 * rejecting it with a reason; and polls on planned projects created directly.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra-moderation.js"></script>
 * <icra-moderation api="https://portal.example.az" authority="guba"></icra-moderation>
 * ```
 *
 * Signed out, it shows the sign-in control (the page's one sign-in per portal, see
 * `<icra-sign-in>`); signed in as someone who is not a moderator of this authority (the portal
 * answers 403), it says so. Errors — its own checks and the portal's field errors, found by their
 * JSON pointers — are listed in a summary that takes focus, each linking to its field. Every
 * decision carries an `Idempotency-Key`, made per action and reused when that action is tried
 * again, so a retried approval never creates two polls.
 *
 * @event {IcraModerationDecisionEvent} icra-moderation-decision - The portal recorded a decision: `detail` is `{ application, decision, poll }` (ids only).
 * @event {IcraModerationPollEvent} icra-moderation-poll - The portal created a poll on a planned project: `detail` is `{ poll }`.
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside: the moderator signed in here.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside: the moderator signed out here, or the token expired.
 *
 * @csspart base - The widget's root box.
 * @csspart title - The widget's heading.
 * @csspart notice - The message after a decision (a polite live region).
 * @csspart new-poll - The "new poll" button.
 * @csspart filter - Each of the status filter buttons (`aria-pressed` marks the current one).
 * @csspart list - The `<ul>` of applications.
 * @csspart item - One application of the list.
 * @csspart open - The button (an application's title) that opens it.
 * @csspart direction - An application's direction.
 * @csspart status - An application's status label.
 * @csspart load-more - The "more applications" button.
 * @csspart application - The open application.
 * @csspart text - The application's text (plain text, as the citizen wrote it).
 * @csspart attachments - The `<ul>` of the application's attached files (only when it has any).
 * @csspart attachment - One attached file (`<li>`): its download button, which names the file, its type and size.
 * @csspart history - The application's history.
 * @csspart actions - A row of buttons (approve and reject; submit and cancel).
 * @csspart form - The poll form or the rejection form.
 * @csspart error-summary - The error summary.
 * @csspart field-error - A field's own error message.
 * @csspart option - One option of the poll form.
 * @csspart add-option - The "add an option" button.
 * @csspart remove-option - An option's "remove" button.
 * @csspart state - The box of the loading, refusal, empty and error states.
 *
 * @cssprop --icra-color-accent - Buttons, links, the current filter. Default #0b5cad light, #7db7f5 dark.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour.
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Hints and dates.
 * @cssprop --icra-color-surface - Background; inputs.
 * @cssprop --icra-color-surface-raised - List items.
 * @cssprop --icra-color-border - Borders of inputs and boxes.
 * @cssprop --icra-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --icra-color-danger - Errors.
 * @cssprop --icra-font-family - Font. Default: inherited from the page.
 * @cssprop --icra-font-size - Base font size. Default 1rem.
 * @cssprop --icra-radius - Corner radius. Default 0.5rem.
 * @cssprop --icra-space - Spacing unit. Default 1rem.
 * @cssprop --icra-max-width - Largest width of the widget. Default none.
 */
export class IcraModeration extends IcraElement {
  static override styles = [baseStyles, formStyles, attachmentStyles, moderationStyles];

  @state() private filter: ParticipationApplicationStatus = 'submitted';
  @state() private view: View = { kind: 'list' };
  @state() private reason = '';
  /** The visible message after a decision (in a live region that is always there). */
  @state() private notice = '';
  /** The portal refused a decision with 403: this moderator may not act on this authority. */
  @state() private refusedDecision = false;

  /** A decision's form, kept through a re-sign-in of the same moderator. */
  private readonly drafts: DraftKeeper<DeskDraft> = new DraftKeeper<DeskDraft>({
    form: 'moderation',
    session: () => this.session.session,
    save: () => {
      const view = this.view;
      if (view.kind === 'list' || view.kind === 'application') return undefined;
      return { view, reason: this.reason, poll: this.pollForm.draft, filter: this.filter };
    },
    restore: (aside) => {
      this.filter = aside.filter;
      this.view = aside.view;
      this.reason = aside.reason;
      this.pollForm.draft = aside.poll;
    },
    forget: () => this.forget(),
  });
  private readonly session = new SessionController(this, {
    onChange: (next: AuthState, previous: AuthState) => this.drafts.follow(next, previous),
    scopes: ['participation:moderate'],
  });
  /** Loading, options added or removed, a failed download: the screen-reader-only live region. */
  private readonly announcer = new Announcer(this);
  /** The queue: the applications of the chosen status, newest first, 20 at a time. */
  private readonly queue = new PagedListController(this, {
    args: () =>
      [
        this.resolvedApi,
        this.injectedClient,
        this.resolvedAuthority,
        this.filter,
        // A new sign-in (perhaps as someone else) loads the queue again.
        this.session.signedIn ? this.session.state.expiresAt : undefined,
      ] as const,
    fetch: ([, , authority, status, signedInUntil], cursor, signal) => {
      const client = this.signedInClient;
      if (!client || !authority || signedInUntil === undefined) return undefined;
      const lang = this.resolvedLang;
      const page = client.listApplicationsForModeration(
        { query: { authority, status, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
        { signal, ...inLang(lang) },
      );
      if (cursor) return page;
      const messages = moderationMessages(lang);
      this.refusedDecision = false;
      this.announcer.say(messages.loading);
      return page.then(
        (loaded) => {
          if (!signal.aborted) this.announcer.say('');
          return loaded;
        },
        (error: unknown) => {
          // The portal is the source of truth: 403 means "not a moderator of this authority".
          if (!signal.aborted && !unauthorized(error))
            this.announcer.say(forbids(error) ? messages.forbidden : messages.loadError);
          throw error;
        },
      );
    },
    onError: (error) => this.session.refused(error),
  });
  /**
   * The open application as the portal has it now (the queue's copy shows at once; another
   * moderator may have decided it since the queue was loaded).
   */
  private readonly application = new WidgetTask(this, {
    args: () =>
      [this.signedInClient, 'application' in this.view ? this.view.application.id : undefined] as const,
    task: ([client, id], { signal }) =>
      client && id
        ? client.getApplication({ path: { id } }, { signal, ...inLang(this.resolvedLang) })
        : initialState,
    // Anything else leaves the queue's copy shown.
    onError: (error) => this.session.refused(error),
  });
  /** The decisions' forms: problems per field, one Idempotency-Key per action (approve, create, reject). */
  private readonly form = new FormController<string>(this, {
    fields: [...POLL_FIELDS, 'reason'],
    pointer: fieldOfPointer,
    session: this.session,
  });
  private readonly pollForm = new PollForm(this, this.form, this.announcer);
  /** Aborted on sign-out and when the desk leaves the page: a download then saves nothing. */
  private downloads = new AbortController();
  private readonly attachments = new AttachmentDownloads(this, {
    get: (id, attachmentId, signal) =>
      this.signedInClient?.getParticipationAttachment({ path: { id, attachmentId } }, { signal }),
    signal: () => this.downloads.signal,
    refused: (error) => this.session.refused(error),
    say: (text) => this.announcer.say(text),
    lang: () => this.resolvedLang,
  });

  /** The client for the moderator's requests: the injected one, else the session's while signed in. */
  private get signedInClient(): IcraClient | undefined {
    return this.session.client(this.resolvedLang);
  }

  private get messages(): ModerationMessages {
    return moderationMessages(this.resolvedLang);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopDownloads();
  }

  private stopDownloads(): void {
    this.downloads.abort();
    this.downloads = new AbortController();
  }

  /** Drops what was shown (signed out); the queue forgets its items itself. */
  private forget(): void {
    this.view = { kind: 'list' };
    this.notice = '';
    this.refusedDecision = false;
    this.form.reset();
    this.stopDownloads();
    this.attachments.clear();
  }

  private setFilter(status: ParticipationApplicationStatus): void {
    if (status === this.filter) return;
    this.filter = status;
    this.notice = '';
  }

  // ——— Navigation ———

  private async show(view: View, focus = '#view-heading'): Promise<void> {
    this.view = view;
    this.form.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  /** The open application: the portal's current copy once it has answered, else the queue's. */
  private current(application: ParticipationApplication): ParticipationApplication {
    const fresh = this.application.value;
    return fresh?.id === application.id ? fresh : application;
  }

  private open(application: ParticipationApplication): void {
    this.notice = '';
    void this.show({ kind: 'application', application });
  }

  private startApprove(application: ParticipationApplication): void {
    this.pollForm.start(application.title);
    void this.show({ kind: 'approve', application });
  }

  private startReject(application: ParticipationApplication): void {
    this.reason = '';
    void this.show({ kind: 'reject', application });
  }

  private startNewPoll(): void {
    this.notice = '';
    this.pollForm.start();
    void this.show({ kind: 'new-poll' });
  }

  /** Back to the list, focusing the application that was open (or the queue's heading). */
  private async backToList(id?: string): Promise<void> {
    await this.show({ kind: 'list' }, '#queue-heading');
    const item =
      id && this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [part~="open"]`);
    if (item) item.focus();
  }

  /** Cancel in a form: back where the form was opened from. */
  private cancel(): void {
    const view = this.view;
    if (view.kind === 'approve' || view.kind === 'reject') {
      void this.show({ kind: 'application', application: view.application }, `[data-action="${view.kind}"]`);
    } else void this.backToList();
  }

  // ——— Decisions ———

  /**
   * What the portal's refusal of a decision means for the desk: 403, not a moderator of this
   * authority (the desk says so and offers nothing); 409, another moderator decided first (the
   * application leaves the queue, and the portal's words say why). True when handled so.
   */
  private async refused(action: Action, error: unknown): Promise<boolean> {
    if (forbids(error)) {
      this.refusedDecision = true;
      this.view = { kind: 'list' };
      this.announcer.say(this.messages.forbidden);
      return true;
    }
    const view = this.view;
    if (error instanceof IcraApiError && error.status === 409 && 'application' in view) {
      this.form.forgetKey(action);
      await this.decided(view.application.id, error.detail ?? error.title);
      return true;
    }
    return false;
  }

  /** One decision: busy while it runs, its key reused if it is tried again, problems shown. */
  private decide<T>(action: Action, run: (idempotencyKey: string) => Promise<T>): Promise<T | undefined> {
    return this.form.submit(action, run, {
      fallback: this.messages.errorFailed,
      onError: (error) => this.refused(action, error),
    });
  }

  private async submitPoll(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.view;
    const client = this.signedInClient;
    const authority = this.resolvedAuthority;
    const messages = this.messages;
    if (!client || !authority || this.form.busy) return;
    const definition = this.pollForm.definition(messages);
    if (!definition) return;
    const options = inLang(this.resolvedLang);
    if (view.kind === 'approve') {
      const id = view.application.id;
      const poll = await this.decide('approve', (idempotencyKey) =>
        client.approveApplication({ path: { id }, body: definition }, { idempotencyKey, ...options }),
      );
      if (!poll) return;
      this.dispatchEvent(
        new IcraModerationDecisionEvent({ application: id, decision: 'approved', poll: poll.id }),
      );
      await this.decided(id, messages.approved);
    } else if (view.kind === 'new-poll') {
      const poll = await this.decide('create', (idempotencyKey) =>
        client.createPoll({ body: { authority, ...definition } }, { idempotencyKey, ...options }),
      );
      if (!poll) return;
      this.dispatchEvent(new IcraModerationPollEvent({ poll: poll.id }));
      this.notice = messages.pollCreated;
      await this.backToList();
    }
  }

  private async submitReject(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.view;
    const client = this.signedInClient;
    if (view.kind !== 'reject' || !client || this.form.busy) return;
    const reason = this.reason.trim();
    if (reason.length < 3) {
      await this.form.show([{ field: 'reason', text: this.messages.errorReason }]);
      return;
    }
    const id = view.application.id;
    const rejected = await this.decide('reject', (idempotencyKey) =>
      client.rejectApplication(
        { path: { id }, body: { reason } },
        { idempotencyKey, ...inLang(this.resolvedLang) },
      ),
    );
    if (!rejected) return;
    this.dispatchEvent(
      new IcraModerationDecisionEvent({ application: id, decision: 'rejected', poll: null }),
    );
    await this.decided(id, this.messages.rejected);
  }

  /** After a decision: the application leaves the queue it was in, the notice says what happened. */
  private async decided(id: string, notice: string): Promise<void> {
    this.queue.setItems(this.queue.items.filter((item) => item.id !== id));
    this.notice = notice;
    await this.backToList();
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = moderationMessages(lang);
    const signedIn = this.session.signedIn;
    const configured = Boolean(this.resolvedApi && this.resolvedAuthority);
    const loading = signedIn && this.queue.status === 'loading' && this.view.kind === 'list';
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        role="region"
        aria-labelledby="moderation-title"
        aria-busy=${loading ? 'true' : 'false'}
      >
        <div class="header">
          <h2 class="title" part="title" id="moderation-title">${messages.title}</h2>
          ${configured ? renderSignIn(this, 'sign-in, cancel, who, sign-out') : nothing}
        </div>
        <p class="notice" part="notice" role="status" aria-atomic="true">${signedIn ? this.notice : ''}</p>
        ${
          !configured
            ? html`<div class="state error" part="state"><p>${messages.notConfigured}</p></div>`
            : !signedIn
              ? html`<p class="intro">${messages.intro}</p>`
              : this.renderView(lang, messages)
        }
        ${this.announcer.render()}
      </div>
    `;
  }

  private renderView(lang: Lang, messages: ModerationMessages): TemplateResult {
    const view = this.view;
    switch (view.kind) {
      case 'list':
        return this.renderList(lang, messages);
      case 'application': {
        const application = this.current(view.application);
        return renderApplication(application, lang, messages, {
          back: this.renderBack(messages, application.id),
          attachments: this.attachments.render(
            application.id,
            application.attachments,
            lang,
            (text) => html`<h4>${text}</h4>`,
          ),
          onApprove: () => this.startApprove(application),
          onReject: () => this.startReject(application),
        });
      }
      case 'approve':
      case 'new-poll':
        return this.pollForm.render({
          approving: view.kind === 'approve' ? view.application.title : undefined,
          messages,
          back: view.kind === 'approve' ? this.renderCancel(messages) : this.renderBack(messages),
          onSubmit: (event) => void this.submitPoll(event),
          onCancel: () => this.cancel(),
        });
      case 'reject':
        return this.renderReject(view.application, messages);
    }
  }

  private renderList(lang: Lang, messages: ModerationMessages): TemplateResult {
    const queue = this.queue;
    if (this.refusedDecision || (queue.status === 'error' && forbids(queue.error)))
      return html`<div class="state error" part="state" role="alert"><p>${messages.forbidden}</p></div>`;
    return html`
      <div class="toolbar">
        <h3 id="queue-heading" tabindex="-1">${messages.queue}</h3>
        <button type="button" class="button secondary" part="new-poll" @click=${this.startNewPoll}>
          ${messages.newPoll}
        </button>
      </div>
      <div class="filters" role="group" aria-label=${messages.statusFilter}>
        ${STATUSES.map(
          (status) => html`<button
            type="button"
            class="filter"
            part="filter"
            aria-pressed=${this.filter === status ? 'true' : 'false'}
            @click=${() => this.setFilter(status)}
          >
            ${messages.status(status)}
          </button>`,
        )}
      </div>
      ${this.renderItems(lang, messages)}
    `;
  }

  private renderItems(lang: Lang, messages: ModerationMessages): TemplateResult {
    const queue = this.queue;
    switch (queue.status) {
      case 'initial':
      case 'loading':
        return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
      case 'error':
        return html`<div class="state error" part="state">
          <p>${messages.loadError}</p>
          <button type="button" class="button" @click=${() => void queue.reload()}>${messages.retry}</button>
        </div>`;
      case 'loaded':
        if (queue.items.length === 0)
          return html`<p class="state" part="state">${messages.empty(this.filter)}</p>`;
        return html`<ul class="list" part="list">
            ${repeat(
              queue.items,
              (item) => item.id,
              (item) => html`<li class="item" part="item" data-id=${item.id}>
                <button type="button" class="open" part="open" @click=${() => this.open(item)}>${item.title}</button>
                <span class="meta">
                  <span part="direction">${directionNames(lang)[item.direction]}</span>
                  <span aria-hidden="true">·</span>
                  <span>${messages.submittedOn(formatDate(item.createdAt, lang))}</span>
                </span>
                <span class="badge ${item.status}" part="status">${messages.status(item.status)}</span>
              </li>`,
            )}
          </ul>
          ${queue.hasMore ? renderLoadMore(queue.moreStatus, messages, () => void queue.more()) : nothing}`;
    }
  }

  private renderBack(messages: ModerationMessages, id?: string): TemplateResult {
    return html`<div>
      <button type="button" class="button secondary" @click=${() => this.backToList(id)}>
        <span aria-hidden="true">←</span> ${messages.back}
      </button>
    </div>`;
  }

  private renderCancel(messages: ModerationMessages): TemplateResult {
    return html`<div>
      <button type="button" class="button secondary" @click=${this.cancel}>
        <span aria-hidden="true">←</span> ${messages.cancel}
      </button>
    </div>`;
  }

  private renderReject(application: ParticipationApplication, messages: ModerationMessages): TemplateResult {
    const form = this.form;
    const busy = form.busy !== undefined;
    return html`
      ${this.renderCancel(messages)}
      <form class="form" part="form" novalidate @submit=${this.submitReject}>
        <h3 id="view-heading" tabindex="-1">${messages.rejectHeading}</h3>
        <p class="quote">${application.title}</p>
        ${form.renderSummary(messages.errorSummary, 4)}
        ${renderReasonField(
          form,
          'reason',
          { label: messages.reason, hint: messages.reasonHint },
          this.reason,
          (value) => {
            this.reason = value;
          },
          5,
        )}
        <div class="actions" part="actions">
          <button type="submit" class="button danger-solid" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? messages.working : messages.confirmReject}
          </button>
          <button type="button" class="button secondary" @click=${this.cancel}>${messages.cancel}</button>
        </div>
      </form>
    `;
  }
}
