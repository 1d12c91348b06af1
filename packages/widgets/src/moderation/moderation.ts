import {
  IcraApiError,
  type Lang,
  langValues,
  participationApplicationStatusValues,
  pollEligibilityValues,
  pollResultsVisibilityValues,
} from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDateTime } from '../core/date-time.js';
import { directionNames } from '../core/directions.js';
import { AttachmentDownloads, attachmentStyles } from '../core/download.js';
import { type FieldProblem, renderErrorSummary } from '../core/error-summary.js';
import { formStyles } from '../core/form-styles.js';
import { formatDate } from '../core/format.js';
import { type LoadMoreStatus, renderLoadMore } from '../core/load-more.js';
import { IcraSessionElement } from '../core/session-element.js';
import { baseStyles } from '../core/styles.js';
import { renderSignIn } from '../sign-in/define.js';
import { type ModerationApi, moderationApi } from './api.js';
import { fromBakuLocal, toBakuLocal } from './baku-time.js';
import { IcraModerationDecisionEvent, IcraModerationPollEvent } from './events.js';
import { type ModerationMessages, moderationMessages } from './messages.js';
import { moderationStyles } from './moderation.styles.js';
import type {
  ParticipationApplication,
  ParticipationApplicationStatus,
  PollDefinition,
  PollEligibility,
  PollResultsVisibility,
} from './types.js';

const STATUSES: readonly ParticipationApplicationStatus[] = participationApplicationStatusValues;
/** The languages a poll's texts may be translated into: all but Azerbaijani (required). */
const TRANSLATIONS = langValues.filter((lang): lang is Exclude<Lang, 'az'> => lang !== 'az');
const ELIGIBILITY: readonly PollEligibility[] = pollEligibilityValues;
const RESULTS: readonly PollResultsVisibility[] = pollResultsVisibilityValues;
/** What the portal allows (PollDefinition): 2 to 10 options, each text up to 500 characters. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;
const PAGE_SIZE = 20;

type View =
  | { kind: 'list' }
  | { kind: 'application'; application: ParticipationApplication }
  | { kind: 'approve'; application: ParticipationApplication }
  | { kind: 'reject'; application: ParticipationApplication }
  | { kind: 'new-poll' };
type Action = 'approve' | 'reject' | 'create';

interface LocalizedDraft {
  az: string;
  en: string;
  ru: string;
}
interface OptionDraft extends LocalizedDraft {
  /** Stable across adds and removes, so each option keeps its own inputs. */
  key: number;
}
interface PollDraft {
  question: LocalizedDraft;
  options: OptionDraft[];
  /** `datetime-local` values, Baku time. */
  opensAt: string;
  closesAt: string;
  eligibility: PollEligibility;
  resultsVisibility: PollResultsVisibility;
}

let optionKeys = 0;
function emptyOption(): OptionDraft {
  optionKeys += 1;
  return { key: optionKeys, az: '', en: '', ru: '' };
}

/** A new poll: opening at the next full hour in Baku, closing two weeks later. */
function newDraft(question = ''): PollDraft {
  const hour = 3_600_000;
  const opens = Math.ceil((Date.now() + 60_000) / hour) * hour;
  return {
    question: { az: question, en: '', ru: '' },
    options: [emptyOption(), emptyOption()],
    opensAt: toBakuLocal(opens),
    closesAt: toBakuLocal(opens + 14 * 24 * hour),
    eligibility: 'residents',
    resultsVisibility: 'after_vote',
  };
}

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function localized(draft: LocalizedDraft): PollDefinition['question'] {
  const text: PollDefinition['question'] = { az: draft.az.trim() };
  for (const lang of TRANSLATIONS) if (draft[lang].trim()) text[lang] = draft[lang].trim();
  return text;
}

/** The field a problem's JSON pointer names (`/body/options/1/az` → `option-1-az`). */
export function fieldOfPointer(pointer: string): string | undefined {
  const path = pointer.replace(/^\/body/, '');
  let match = /^\/question\/(az|en|ru)$/.exec(path);
  if (match) return `question-${match[1]}`;
  match = /^\/options\/(\d+)(?:\/(az|en|ru))?$/.exec(path);
  if (match) return `option-${match[1]}-${match[2] ?? 'az'}`;
  if (/^\/(question|options)$/.test(path)) return path === '/question' ? 'question-az' : 'option-0-az';
  if (path === '/opensAt') return 'opens-at';
  if (path === '/closesAt') return 'closes-at';
  if (path === '/eligibility') return `eligibility-${ELIGIBILITY[0]}`;
  if (path === '/resultsVisibility') return `results-${RESULTS[0]}`;
  if (path === '/reason') return 'reason';
  return undefined;
}

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
export class IcraModeration extends IcraSessionElement {
  static override styles = [baseStyles, formStyles, attachmentStyles, moderationStyles];

  /**
   * The `fetch` the moderation requests go through (fixtures, Storybook, tests). Default: the
   * page's `fetch`. Requests carry the session's token.
   */
  @property({ attribute: false }) fetch?: typeof fetch;

  @state() private listStatus: 'loading' | 'loaded' | 'error' | 'forbidden' = 'loading';
  @state() private filter: ParticipationApplicationStatus = 'submitted';
  @state() private items: ParticipationApplication[] = [];
  @state() private nextCursor: string | null = null;
  @state() private moreStatus: LoadMoreStatus = 'idle';
  @state() private view: View = { kind: 'list' };
  @state() private draft: PollDraft = newDraft();
  @state() private reason = '';
  @state() private problems: FieldProblem[] = [];
  @state() private busy?: Action | undefined;
  /** The visible message after a decision (in a live region that is always there). */
  @state() private notice = '';
  /** Text for the screen-reader-only live region (loading, options added or removed). */
  @state() private announcement = '';
  /** Which translation disclosures are open: `question`, or `option-<key>`. */
  @state() private expanded = new Set<string>();

  /** One Idempotency-Key per action, kept until it succeeds or the form changes (so a retry reuses it). */
  private keys = new Map<Action, string>();
  private attachments = new AttachmentDownloads(this, {
    get: (id, attachmentId, signal) => this.moderation?.getAttachment(id, attachmentId, { signal }),
    signal: () => {
      if (this.controller.signal.aborted) this.controller = new AbortController();
      return this.controller.signal;
    },
    refused: (error) => this.signedOutBy(error),
    say: (text) => this.announce(text),
    lang: () => this.resolvedLang,
  });

  private get moderation(): ModerationApi | undefined {
    const base = this.resolvedApi;
    if (!base) return undefined;
    return moderationApi({
      api: base,
      lang: this.resolvedLang,
      token: () => this.session?.token,
      fetch: this.fetch,
    });
  }

  private get messages(): ModerationMessages {
    return moderationMessages(this.resolvedLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const base = this.resolvedApi;
    if (this.auth.status !== 'signed-in' || !this.resolvedAuthority) {
      if (this.loadedKey !== undefined) this.forget();
      return;
    }
    const key = [base, this.resolvedAuthority, this.auth.expiresAt].join('\n');
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.loadList();
    }
  }

  /** Drops what was shown (signed out). */
  private forget(): void {
    this.controller.abort();
    this.loadedKey = undefined;
    this.items = [];
    this.nextCursor = null;
    this.listStatus = 'loading';
    this.view = { kind: 'list' };
    this.problems = [];
    this.busy = undefined;
    this.notice = '';
    this.attachments.clear();
  }

  /** A 401 signs out everywhere (the sign-in control then offers to sign in again). */
  private signedOutBy(error: unknown): boolean {
    if (error instanceof IcraApiError && error.status === 401) {
      this.session?.signOut();
      return true;
    }
    return false;
  }

  private static forbids(error: unknown): boolean {
    return error instanceof IcraApiError && error.status === 403;
  }

  private async loadList(): Promise<void> {
    const api = this.moderation;
    const authority = this.resolvedAuthority;
    if (!api || !authority) return;
    const signal = this.restart();
    this.listStatus = 'loading';
    this.moreStatus = 'idle';
    this.announce(this.messages.loading);
    try {
      const page = await api.listApplications(
        { authority, status: this.filter, limit: PAGE_SIZE },
        { signal },
      );
      if (signal.aborted) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.listStatus = 'loaded';
      this.announce('');
    } catch (error) {
      if (signal.aborted || this.signedOutBy(error)) return;
      // The portal is the source of truth: 403 means "not a moderator of this authority".
      const forbidden = IcraModeration.forbids(error);
      this.listStatus = forbidden ? 'forbidden' : 'error';
      this.announce(forbidden ? this.messages.forbidden : this.messages.loadError);
    }
  }

  private async loadMore(): Promise<void> {
    const api = this.moderation;
    const authority = this.resolvedAuthority;
    const cursor = this.nextCursor;
    if (!api || !authority || !cursor || this.moreStatus === 'loading') return;
    const { signal } = this.controller;
    this.moreStatus = 'loading';
    try {
      const page = await api.listApplications(
        { authority, status: this.filter, limit: PAGE_SIZE, cursor },
        { signal },
      );
      if (signal.aborted) return;
      const known = new Set(this.items.map((item) => item.id));
      this.items = [...this.items, ...page.items.filter((item) => !known.has(item.id))];
      this.nextCursor = page.nextCursor;
      this.moreStatus = 'idle';
    } catch (error) {
      if (signal.aborted || this.signedOutBy(error)) return;
      this.moreStatus = 'error';
    }
  }

  private async setFilter(status: ParticipationApplicationStatus): Promise<void> {
    if (status === this.filter) return;
    this.filter = status;
    this.notice = '';
    await this.loadList();
  }

  // ——— Navigation ———

  private async show(view: View, focus = '#view-heading'): Promise<void> {
    this.view = view;
    this.problems = [];
    this.keys.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private open(application: ParticipationApplication): void {
    this.notice = '';
    void this.show({ kind: 'application', application });
  }

  private startApprove(application: ParticipationApplication): void {
    this.draft = newDraft(application.title.slice(0, 500));
    this.expanded = new Set();
    void this.show({ kind: 'approve', application });
  }

  private startReject(application: ParticipationApplication): void {
    this.reason = '';
    void this.show({ kind: 'reject', application });
  }

  private startNewPoll(): void {
    this.notice = '';
    this.draft = newDraft();
    this.expanded = new Set();
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

  // ——— The poll form ———

  /** Any change of a form: a later write is a new action with a new key. */
  private changed(): void {
    this.keys.clear();
  }

  private setQuestion(lang: Lang, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.draft = { ...this.draft, question: { ...this.draft.question, [lang]: value } };
    this.changed();
  }

  private setOption(index: number, lang: Lang, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const options = this.draft.options.map((option, i) =>
      i === index ? { ...option, [lang]: value } : option,
    );
    this.draft = { ...this.draft, options };
    this.changed();
  }

  private setDraft(field: 'opensAt' | 'closesAt' | 'eligibility' | 'resultsVisibility', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.draft = { ...this.draft, [field]: value };
    this.changed();
  }

  private async addOption(): Promise<void> {
    if (this.draft.options.length >= MAX_OPTIONS) return;
    this.draft = { ...this.draft, options: [...this.draft.options, emptyOption()] };
    this.changed();
    const n = this.draft.options.length;
    this.announce(this.messages.optionAdded(n));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#option-${n - 1}-az`)?.focus();
  }

  private async removeOption(index: number): Promise<void> {
    if (this.draft.options.length <= MIN_OPTIONS) return;
    this.draft = { ...this.draft, options: this.draft.options.filter((_, i) => i !== index) };
    // Problems name options by position: they no longer match.
    this.problems = this.problems.filter((problem) => !problem.field?.startsWith('option-'));
    this.changed();
    this.announce(this.messages.optionRemoved(index + 1));
    await this.updateComplete;
    const next = Math.min(index, this.draft.options.length - 1);
    this.renderRoot.querySelector<HTMLElement>(`#option-${next}-az`)?.focus();
  }

  private toggled(id: string, event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.expanded.has(id)) return;
    const expanded = new Set(this.expanded);
    if (open) expanded.add(id);
    else expanded.delete(id);
    this.expanded = expanded;
  }

  /** The poll to send, or undefined after showing what is missing (as the portal checks it). */
  private definition(): PollDefinition | undefined {
    const messages = this.messages;
    const draft = this.draft;
    const problems: FieldProblem[] = [];
    if (!draft.question.az.trim()) problems.push({ field: 'question-az', text: messages.errorQuestion });
    draft.options.forEach((option, i) => {
      if (!option.az.trim()) problems.push({ field: `option-${i}-az`, text: messages.errorOption(i + 1) });
    });
    const opensAt = fromBakuLocal(draft.opensAt);
    const closesAt = fromBakuLocal(draft.closesAt);
    if (!opensAt) problems.push({ field: 'opens-at', text: messages.errorOpensAt });
    if (!closesAt) problems.push({ field: 'closes-at', text: messages.errorClosesAt });
    else if (opensAt && Date.parse(closesAt) <= Date.parse(opensAt))
      problems.push({ field: 'closes-at', text: messages.errorCloseAfterOpen });
    if (problems.length > 0 || !opensAt || !closesAt) {
      void this.showProblems(problems);
      return undefined;
    }
    return {
      question: localized(draft.question),
      options: draft.options.map(localized),
      opensAt,
      closesAt,
      eligibility: draft.eligibility,
      resultsVisibility: draft.resultsVisibility,
    };
  }

  private async showProblems(problems: FieldProblem[]): Promise<void> {
    this.problems = problems;
    // A problem in a translation opens its disclosure, so the summary's link leads somewhere visible.
    const expanded = new Set(this.expanded);
    for (const problem of problems) {
      const match = /^(question|option-(\d+))-(en|ru)$/.exec(problem.field ?? '');
      if (!match) continue;
      const option = match[2] === undefined ? undefined : this.draft.options[Number(match[2])];
      expanded.add(option ? `option-${option.key}` : 'question');
    }
    this.expanded = expanded;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  /** The field errors of a problem from the portal, by their JSON pointers. */
  private fromProblem(error: unknown): FieldProblem[] {
    if (!(error instanceof IcraApiError)) return [{ text: this.messages.errorFailed }];
    const problems = error.errors.map((fieldError) => ({
      field: fieldOfPointer(fieldError.pointer),
      text: fieldError.detail,
    }));
    return problems.length > 0
      ? problems
      : [{ text: error.detail ? `${error.title}: ${error.detail}` : error.title }];
  }

  private key(action: Action): string {
    let key = this.keys.get(action);
    if (!key) {
      key = newKey();
      this.keys.set(action, key);
    }
    return key;
  }

  /** Runs one write: busy while it runs, its key reused if it is tried again, problems shown. */
  private async write<T>(
    action: Action,
    run: (idempotencyKey: string) => Promise<T>,
  ): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = action;
    try {
      const result = await run(this.key(action));
      this.keys.delete(action);
      this.problems = [];
      return result;
    } catch (error) {
      if (this.signedOutBy(error)) return undefined;
      if (IcraModeration.forbids(error)) {
        this.listStatus = 'forbidden';
        this.view = { kind: 'list' };
        this.announce(this.messages.forbidden);
        return undefined;
      }
      const view = this.view;
      if (
        error instanceof IcraApiError &&
        error.status === 409 &&
        'application' in view &&
        view.application
      ) {
        // Another moderator decided it first: it leaves this queue, and the portal's words say why.
        this.keys.delete(action);
        await this.decided(view.application.id, error.detail ?? error.title);
        return undefined;
      }
      await this.showProblems(this.fromProblem(error));
      return undefined;
    } finally {
      this.busy = undefined;
    }
  }

  private async submitPoll(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.view;
    const api = this.moderation;
    const authority = this.resolvedAuthority;
    if (!api || !authority || this.busy) return;
    const definition = this.definition();
    if (!definition) return;
    if (view.kind === 'approve') {
      const application = view.application;
      const poll = await this.write('approve', (idempotencyKey) =>
        api.approveApplication(application.id, definition, { idempotencyKey }),
      );
      if (!poll) return;
      this.dispatchEvent(
        new IcraModerationDecisionEvent({ application: application.id, decision: 'approved', poll: poll.id }),
      );
      await this.decided(application.id, this.messages.approved);
    } else if (view.kind === 'new-poll') {
      const poll = await this.write('create', (idempotencyKey) =>
        api.createPoll({ authority, ...definition }, { idempotencyKey }),
      );
      if (!poll) return;
      this.dispatchEvent(new IcraModerationPollEvent({ poll: poll.id }));
      this.notice = this.messages.pollCreated;
      await this.backToList();
    }
  }

  private async submitReject(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.view;
    const api = this.moderation;
    if (view.kind !== 'reject' || !api || this.busy) return;
    const reason = this.reason.trim();
    if (reason.length < 3) {
      await this.showProblems([{ field: 'reason', text: this.messages.errorReason }]);
      return;
    }
    const application = view.application;
    const rejected = await this.write('reject', (idempotencyKey) =>
      api.rejectApplication(application.id, reason, { idempotencyKey }),
    );
    if (!rejected) return;
    this.dispatchEvent(
      new IcraModerationDecisionEvent({ application: application.id, decision: 'rejected', poll: null }),
    );
    await this.decided(application.id, this.messages.rejected);
  }

  /** After a decision: the application leaves the queue it was in, the notice says what happened. */
  private async decided(id: string, notice: string): Promise<void> {
    this.items = this.items.filter((item) => item.id !== id);
    this.notice = notice;
    await this.backToList();
  }

  private announce(text: string): void {
    this.announcement = '';
    if (!text) return;
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  /** An error summary link: opens the field's disclosure (done when shown) and focuses the field. */
  private async goToField(event: Event, problem: FieldProblem): Promise<void> {
    event.preventDefault();
    await this.updateComplete;
    const field = problem.field ? this.renderRoot.querySelector<HTMLElement>(`#${problem.field}`) : null;
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = moderationMessages(lang);
    const signedIn = this.auth.status === 'signed-in';
    const configured = Boolean(this.resolvedApi && this.resolvedAuthority);
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        role="region"
        aria-labelledby="moderation-title"
        aria-busy=${signedIn && this.listStatus === 'loading' && this.view.kind === 'list' ? 'true' : 'false'}
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
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderView(lang: Lang, messages: ModerationMessages): TemplateResult {
    const view = this.view;
    switch (view.kind) {
      case 'list':
        return this.renderList(lang, messages);
      case 'application':
        return this.renderApplication(view.application, lang, messages);
      case 'approve':
      case 'new-poll':
        return this.renderPollForm(view.kind === 'approve' ? view.application : undefined, messages);
      case 'reject':
        return this.renderReject(view.application, messages);
    }
  }

  private renderList(lang: Lang, messages: ModerationMessages): TemplateResult {
    if (this.listStatus === 'forbidden')
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
    switch (this.listStatus) {
      case 'loading':
      case 'forbidden':
        return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
      case 'error':
        return html`<div class="state error" part="state">
          <p>${messages.loadError}</p>
          <button type="button" class="button" @click=${this.loadList}>${messages.retry}</button>
        </div>`;
      case 'loaded':
        if (this.items.length === 0)
          return html`<p class="state" part="state">${messages.empty(this.filter)}</p>`;
        return html`<ul class="list" part="list">
            ${repeat(
              this.items,
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
          ${this.nextCursor ? renderLoadMore(this.moreStatus, messages, () => void this.loadMore()) : nothing}`;
    }
  }

  private renderBack(messages: ModerationMessages, id?: string): TemplateResult {
    return html`<div>
      <button type="button" class="button secondary" @click=${() => this.backToList(id)}>
        <span aria-hidden="true">←</span> ${messages.back}
      </button>
    </div>`;
  }

  private renderApplication(
    application: ParticipationApplication,
    lang: Lang,
    messages: ModerationMessages,
  ): TemplateResult {
    return html`
      ${this.renderBack(messages, application.id)}
      <article class="application" part="application" aria-labelledby="view-heading">
        <h3 id="view-heading" tabindex="-1">${application.title}</h3>
        <dl class="facts">
          <div><dt>${messages.directionLabel}</dt><dd>${directionNames(this.resolvedLang)[application.direction]}</dd></div>
          <div><dt>${messages.dateLabel}</dt><dd>${formatDateTime(application.createdAt, lang)}</dd></div>
          <div>
            <dt>${messages.statusLabel}</dt>
            <dd><span class="badge ${application.status}" part="status">${messages.status(application.status)}</span></dd>
          </div>
          ${
            application.pollId
              ? html`<div><dt>${messages.poll}</dt><dd><code>${application.pollId}</code></dd></div>`
              : nothing
          }
        </dl>
        <h4>${messages.textHeading}</h4>
        <p class="text" part="text">${application.text}</p>
        ${this.attachments.render(application.id, application.attachments, lang, (text) => html`<h4>${text}</h4>`)}
        <h4>${messages.history}</h4>
        <ol class="history" part="history">
          ${application.history.map(
            (entry) => html`<li>
              <span class="badge ${entry.status}">${messages.status(entry.status)}</span>
              <span class="muted">${formatDateTime(entry.at, lang)}</span>
              ${entry.reason ? html`<p class="reason">${messages.reasonIs(entry.reason)}</p>` : nothing}
            </li>`,
          )}
        </ol>
        ${
          application.status === 'submitted'
            ? html`<div class="actions" part="actions">
                <button type="button" class="button" data-action="approve" @click=${() => this.startApprove(application)}>
                  ${messages.approve}
                </button>
                <button type="button" class="button danger" data-action="reject" @click=${() => this.startReject(application)}>
                  ${messages.reject}
                </button>
              </div>`
            : nothing
        }
      </article>
    `;
  }

  private problemFor(field: string): FieldProblem | undefined {
    return this.problems.find((problem) => problem.field === field);
  }

  private invalid(field: string): 'true' | 'false' {
    return this.problemFor(field) ? 'true' : 'false';
  }

  private described(id: string, hint?: string): string | typeof nothing {
    const ids = [hint ?? '', this.problemFor(id) ? `${id}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private fieldError(id: string): TemplateResult | typeof nothing {
    const problem = this.problemFor(id);
    return problem ? html`<p class="field-error" id=${`${id}-error`}>${problem.text}</p>` : nothing;
  }

  private renderErrorSummary(messages: ModerationMessages): TemplateResult | typeof nothing {
    return renderErrorSummary(
      html`<h4 id="error-summary-title">${messages.errorSummary}</h4>`,
      this.problems,
      (event, problem) => this.goToField(event, problem),
    );
  }

  /** One text input (the question or an option) in one language. */
  private renderText(
    id: string,
    label: string,
    value: string,
    onInput: (event: Event) => void,
    options: { lang: Lang; required: boolean; hint?: string },
  ): TemplateResult {
    return html`<div class="field ${this.problemFor(id) ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
      ${this.fieldError(id)}
      <input
        id=${id}
        type="text"
        maxlength="500"
        lang=${options.lang}
        .value=${value}
        aria-required=${options.required ? 'true' : 'false'}
        aria-invalid=${this.invalid(id)}
        aria-describedby=${this.described(id, options.hint ? `${id}-hint` : undefined)}
        @input=${onInput}
      />
    </div>`;
  }

  /** English and Russian, behind a disclosure that problems in them open. */
  private renderTranslations(
    disclosure: string,
    prefix: string,
    label: string,
    values: LocalizedDraft,
    onInput: (lang: Lang, event: Event) => void,
    messages: ModerationMessages,
  ): TemplateResult {
    const filled = TRANSLATIONS.filter((lang) => values[lang].trim()).length;
    return html`<details
      class="translations"
      ?open=${this.expanded.has(disclosure)}
      @toggle=${(event: Event) => this.toggled(disclosure, event)}
    >
      <summary>${messages.translations}${filled > 0 ? html` <span class="muted">(${filled}/2)</span>` : nothing}</summary>
      ${TRANSLATIONS.map((lang) =>
        this.renderText(
          `${prefix}-${lang}`,
          messages.inLang(label, messages.langName(lang)),
          values[lang],
          (event) => onInput(lang, event),
          { lang, required: false },
        ),
      )}
    </details>`;
  }

  private renderPollForm(
    application: ParticipationApplication | undefined,
    messages: ModerationMessages,
  ): TemplateResult {
    const draft = this.draft;
    const busy = this.busy !== undefined;
    const options = draft.options;
    return html`
      ${
        application
          ? html`<div>
              <button type="button" class="button secondary" @click=${this.cancel}>
                <span aria-hidden="true">←</span> ${messages.cancel}
              </button>
            </div>`
          : this.renderBack(messages)
      }
      <form class="form" part="form" novalidate @submit=${this.submitPoll}>
        <h3 id="view-heading" tabindex="-1">${application ? messages.approveHeading : messages.newPollHeading}</h3>
        ${
          application
            ? html`<p class="muted">${messages.approveIntro}</p>
                <p class="quote">${application.title}</p>`
            : html`<p class="muted">${messages.newPollIntro}</p>`
        }
        ${this.renderErrorSummary(messages)}
        ${this.renderText(
          'question-az',
          messages.question,
          draft.question.az,
          (event) => this.setQuestion('az', event),
          { lang: 'az', required: true, hint: messages.questionHint },
        )}
        ${this.renderTranslations(
          'question',
          'question',
          messages.question,
          draft.question,
          (lang, event) => this.setQuestion(lang, event),
          messages,
        )}
        <fieldset class="group">
          <legend>${messages.options}</legend>
          <p class="hint" id="options-hint">${messages.optionsHint}</p>
          <ol class="options">
            ${repeat(
              options,
              (option) => option.key,
              (option, index) => html`<li class="option" part="option">
                ${this.renderText(
                  `option-${index}-az`,
                  messages.option(index + 1),
                  option.az,
                  (event) => this.setOption(index, 'az', event),
                  { lang: 'az', required: true },
                )}
                ${this.renderTranslations(
                  `option-${option.key}`,
                  `option-${index}`,
                  messages.option(index + 1),
                  option,
                  (lang, event) => this.setOption(index, lang, event),
                  messages,
                )}
                ${
                  options.length > MIN_OPTIONS
                    ? html`<div>
                        <button
                          type="button"
                          class="button secondary small"
                          part="remove-option"
                          @click=${() => this.removeOption(index)}
                        >
                          ${messages.removeOption(index + 1)}
                        </button>
                      </div>`
                    : nothing
                }
              </li>`,
            )}
          </ol>
          ${
            options.length < MAX_OPTIONS
              ? html`<div>
                  <button type="button" class="button secondary" part="add-option" @click=${this.addOption}>
                    <span aria-hidden="true">+</span> ${messages.addOption}
                  </button>
                </div>`
              : html`<p class="hint">${messages.maxOptions}</p>`
          }
        </fieldset>
        <fieldset class="group">
          <legend>${messages.schedule}</legend>
          <p class="hint" id="schedule-hint">${messages.scheduleHint}</p>
          <div class="schedule">
            ${this.renderDateTime('opens-at', messages.opensAt, draft.opensAt, 'opensAt')}
            ${this.renderDateTime('closes-at', messages.closesAt, draft.closesAt, 'closesAt')}
          </div>
        </fieldset>
        ${this.renderRadios(
          'eligibility',
          'eligibility',
          messages.eligibility,
          ELIGIBILITY,
          draft.eligibility,
          messages.eligibilityName,
          messages.eligibilityHint,
        )}
        ${this.renderRadios(
          'results',
          'resultsVisibility',
          messages.resultsVisibility,
          RESULTS,
          draft.resultsVisibility,
          messages.resultsName,
          messages.resultsHint,
        )}
        <div class="actions" part="actions">
          <button type="submit" class="button" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? messages.working : application ? messages.submitApprove : messages.submitCreate}
          </button>
          <button type="button" class="button secondary" @click=${this.cancel}>${messages.cancel}</button>
        </div>
      </form>
    `;
  }

  private renderDateTime(
    id: string,
    label: string,
    value: string,
    field: 'opensAt' | 'closesAt',
  ): TemplateResult {
    return html`<div class="field ${this.problemFor(id) ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${this.fieldError(id)}
      <input
        id=${id}
        type="datetime-local"
        .value=${value}
        aria-required="true"
        aria-invalid=${this.invalid(id)}
        aria-describedby=${this.described(id, 'schedule-hint')}
        @input=${(event: Event) => this.setDraft(field, event)}
        @change=${(event: Event) => this.setDraft(field, event)}
      />
    </div>`;
  }

  private renderRadios<T extends string>(
    prefix: string,
    field: 'eligibility' | 'resultsVisibility',
    legend: string,
    values: readonly T[],
    current: T,
    name: (value: T) => string,
    hint: (value: T) => string,
  ): TemplateResult {
    const first = `${prefix}-${values[0]}`;
    const problem = this.problemFor(first);
    return html`<fieldset
      class="group ${problem ? 'invalid' : ''}"
      aria-describedby=${problem ? `${first}-error` : nothing}
    >
      <legend>${legend}</legend>
      ${this.fieldError(first)}
      ${values.map((value) => {
        const id = `${prefix}-${value}`;
        return html`<div class="radio">
          <input
            type="radio"
            id=${id}
            name=${prefix}
            .value=${value}
            .checked=${current === value}
            aria-describedby=${`${id}-hint`}
            @change=${(event: Event) => this.setDraft(field, event)}
          />
          <div>
            <label for=${id}>${name(value)}</label>
            <p class="hint" id=${`${id}-hint`}>${hint(value)}</p>
          </div>
        </div>`;
      })}
    </fieldset>`;
  }

  private renderReject(application: ParticipationApplication, messages: ModerationMessages): TemplateResult {
    const busy = this.busy !== undefined;
    return html`
      <div>
        <button type="button" class="button secondary" @click=${this.cancel}>
          <span aria-hidden="true">←</span> ${messages.cancel}
        </button>
      </div>
      <form class="form" part="form" novalidate @submit=${this.submitReject}>
        <h3 id="view-heading" tabindex="-1">${messages.rejectHeading}</h3>
        <p class="quote">${application.title}</p>
        ${this.renderErrorSummary(messages)}
        <div class="field ${this.problemFor('reason') ? 'invalid' : ''}">
          <label for="reason">${messages.reason}</label>
          <p class="hint" id="reason-hint">${messages.reasonHint}</p>
          ${this.fieldError('reason')}
          <textarea
            id="reason"
            rows="5"
            maxlength="2000"
            .value=${this.reason}
            aria-required="true"
            aria-invalid=${this.invalid('reason')}
            aria-describedby=${this.described('reason', 'reason-hint')}
            @input=${(event: Event) => {
              this.reason = (event.target as HTMLTextAreaElement).value;
              this.changed();
            }}
          ></textarea>
        </div>
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
