import { IcraApiError, type IcraClient, type Lang, pollStateValues, type Schemas } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { formatDateTime } from '../core/date-time.js';
import { directionNames } from '../core/directions.js';
import { formatSize } from '../core/file-size.js';
import { formStyles } from '../core/form-styles.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { type LoadMoreStatus, renderLoadMore } from '../core/load-more.js';
import { IcraSessionElement } from '../core/session-element.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import '../poll/define.js';
import { renderSignIn } from '../sign-in/define.js';
import { IcraApplicationFiledEvent, IcraParticipationOpenEvent } from './events.js';
import { type ParticipationMessages, participationMessages } from './messages.js';
import { participationStyles } from './participation.styles.js';

type Poll = Schemas['Poll'];
type PollState = Schemas['PollState'];
type Direction = Schemas['ParticipationDirection'];

/** The polls' states as filters, open polls first. */
const FILTERS: readonly PollState[] = ['open', ...pollStateValues.filter((state) => state !== 'open')];
/**
 * The portal's directions, in its order: the keys of their names' table, which has exactly the
 * SDK's `ParticipationDirection`s (a type error otherwise) in the order of `participationDirectionValues`
 * (core/translations.test.ts). Not that array itself: it would add its bytes to the chunk every page loads.
 */
const DIRECTIONS = Object.keys(directionNames('az')) as Direction[];
const PAGE_SIZE = 10;

type Field = 'direction' | 'title' | 'text' | 'attachments';
const FIELDS: readonly Field[] = ['direction', 'title', 'text', 'attachments'];

/** What the portal takes as attachments: at most 5 files of these types, 5 MiB each. */
const MAX_FILES = 5;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** A file the reader chose, and its upload's id once the portal has it (a retry sends it once). */
interface Chosen {
  file: File;
  type: string;
  uploaded?: string;
}

/** The file's media type the portal takes, from the browser's or the name's extension; '' if none. */
function fileType(file: File): string {
  if (Object.values(FILE_TYPES).includes(file.type)) return file.type;
  return FILE_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? '';
}

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
 * @csspart error-summary - The list of what to fix, above the form.
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
export class IcraParticipation extends IcraSessionElement {
  static override styles = [baseStyles, listStateStyles, formStyles, participationStyles];

  /** The poll shown on its own (its id); empty: the list. */
  @property() poll = '';

  /** Level (1–6) of the widget's heading; its sections' headings are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private filter: PollState = 'open';
  @state() private listStatus: 'loading' | 'loaded' | 'error' = 'loading';
  @state() private polls: Poll[] = [];
  @state() private cursor: string | null = null;
  @state() private moreStatus: LoadMoreStatus = 'idle';
  @state() private values: Record<Exclude<Field, 'attachments'>, string> = {
    direction: '',
    title: '',
    text: '',
  };
  @state() private files: Chosen[] = [];
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private formError = '';
  @state() private sending = false;
  @state() private filed?: { id: string; title: string } | undefined;
  @state() private announcement = '';

  /** The idempotency key of the form as filled in: a repeat of the same submission is filed once. */
  private submission?: string | undefined;
  /** The poll whose button had focus when it was opened (focus goes back there). */
  private returnTo = '';

  /** The client of public reads: the injected one, else the shared one. */
  private get readClient(): IcraClient | undefined {
    return this.resolvedClient;
  }

  /** The client that files: the injected one, else the session's when signed in (it sends the token). */
  private get writeClient(): IcraClient | undefined {
    const injected = this.injectedClient;
    if (injected) return injected;
    return this.auth.status === 'signed-in' ? this.session?.client(this.resolvedLang) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const api = this.resolvedApi;
    const key = [api, this.resolvedAuthority, this.resolvedLang, this.filter, this.client ? 'c' : ''].join(
      '\n',
    );
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load();
    }
  }

  private query(cursor?: string) {
    const authority = this.resolvedAuthority;
    return {
      ...(authority ? { authority } : {}),
      state: this.filter,
      lang: this.resolvedLang,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    };
  }

  /** The first page of the chosen polls. */
  private async load(): Promise<void> {
    const client = this.readClient;
    if (!client) return;
    const signal = this.restart();
    const messages = participationMessages(this.resolvedLang);
    const filter = this.filter;
    this.listStatus = 'loading';
    this.moreStatus = 'idle';
    try {
      const page = await client.listPolls({ query: this.query() }, { signal });
      if (signal.aborted) return;
      this.polls = page.items;
      this.cursor = page.nextCursor ?? null;
      this.listStatus = 'loaded';
      this.announce(page.items.length ? messages.loaded(page.items.length) : messages.empty(filter));
    } catch {
      if (signal.aborted) return;
      this.listStatus = 'error';
      this.announce(messages.error);
    }
  }

  private async loadMore(): Promise<void> {
    const client = this.readClient;
    const cursor = this.cursor;
    if (!client || !cursor || this.moreStatus === 'loading') return;
    const signal = this.controller.signal;
    const messages = participationMessages(this.resolvedLang);
    this.moreStatus = 'loading';
    try {
      const page = await client.listPolls({ query: this.query(cursor) }, { signal });
      if (signal.aborted) return;
      const known = new Set(this.polls.map((poll) => poll.id));
      const added = page.items.filter((poll) => !known.has(poll.id));
      this.polls = [...this.polls, ...added];
      this.cursor = page.nextCursor ?? null;
      this.moreStatus = 'idle';
      this.announce(messages.added(added.length));
      // Focus goes to the first new poll, so keyboard readers continue where the list grew.
      if (added[0]) await this.focusOn(`[data-poll="${added[0].id}"]`);
    } catch {
      if (signal.aborted) return;
      this.moreStatus = 'error';
      this.announce(messages.loadMoreError);
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

  /** Says `text` through the polite live region (cleared first, so a repeat is spoken again). */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  // --- the application form ----------------------------------------------------------------

  private input(field: Exclude<Field, 'attachments'>, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.values = { ...this.values, [field]: value };
    this.submission = undefined;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  /** What the portal would refuse, checked before sending (the portal checks again). */
  private validate(messages: ParticipationMessages): Partial<Record<Field, string>> {
    const { direction, title, text } = this.values;
    const errors: Partial<Record<Field, string>> = {};
    if (!DIRECTIONS.includes(direction as Direction)) errors.direction = messages.errorDirection;
    const subject = title.trim().length;
    if (subject < 3 || subject > 200) errors.title = messages.errorTitle;
    const body = text.trim().length;
    if (body < 10 || body > 5000) errors.text = messages.errorText;
    const files = this.checkFiles(this.files, messages);
    if (files) errors.attachments = files;
    return errors;
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.writeClient;
    const authority = this.resolvedAuthority;
    if (!client || !authority || this.sending) return;
    const messages = participationMessages(this.resolvedLang);
    this.formError = '';
    const errors = this.validate(messages);
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.focusOn('#error-summary');
      return;
    }
    const { direction, title, text } = this.values;
    this.submission ??= crypto.randomUUID();
    const signal = this.controller.signal;
    this.sending = true;
    let current: Chosen | undefined;
    try {
      // Files first, each once (a retry skips those the portal has); then the application, which
      // claims them in the same transaction that writes it.
      for (const chosen of this.files) {
        current = chosen;
        chosen.uploaded ??= (
          await client.uploadParticipationAttachment(
            { query: { filename: chosen.file.name }, body: chosen.file, contentType: chosen.type },
            { signal },
          )
        ).id;
      }
      current = undefined;
      const attachments = this.files.map((chosen) => chosen.uploaded!);
      const application = await client.createApplication(
        {
          body: {
            authority,
            direction: direction as Direction,
            title: title.trim(),
            text: text.trim(),
            ...(attachments.length ? { attachments } : {}),
          },
        },
        { signal, idempotencyKey: this.submission },
      );
      if (signal.aborted) return;
      this.filed = { id: application.id, title: application.title };
      this.values = { direction: '', title: '', text: '' };
      this.files = [];
      this.submission = undefined;
      this.dispatchEvent(new IcraApplicationFiledEvent({ application: application.id }));
      this.announce(messages.filed(application.title));
      await this.focusOn('[part~="filed"]');
    } catch (error) {
      if (signal.aborted) return;
      this.handleSendError(error, messages, current);
    } finally {
      this.sending = false;
    }
  }

  private handleSendError(error: unknown, messages: ParticipationMessages, file?: Chosen): void {
    if (error instanceof IcraApiError && error.status === 401) {
      this.session?.signOut();
      return;
    }
    if (error instanceof IcraApiError && error.status === 403) {
      this.formError = messages.citizensOnly;
    } else if (error instanceof IcraApiError && file) {
      // An upload refused (too large, wrong type, too many waiting): said at the files, by name.
      this.errors = { attachments: messages.errorUpload(file.file.name, error.detail || error.title) };
      this.formError = '';
    } else if (error instanceof IcraApiError && error.errors.length) {
      // The portal's field errors, by their JSON pointers (`/body/title`, `/body/attachments/1`),
      // in the caller's language.
      const errors: Partial<Record<Field, string>> = {};
      for (const fieldError of error.errors) {
        const field = FIELDS.find(
          (name) => fieldError.pointer === `/body/${name}` || fieldError.pointer.startsWith(`/body/${name}/`),
        );
        if (field) errors[field] ??= fieldError.detail;
      }
      // Uploads the portal no longer takes (e.g. expired) are sent again on the next try.
      if (errors.attachments) for (const chosen of this.files) chosen.uploaded = undefined;
      this.errors = errors;
      this.formError = Object.keys(errors).length ? '' : error.detail || error.title || messages.sendError;
    } else {
      this.formError = messages.sendError;
    }
    this.announce(this.formError || messages.errorSummary);
    void this.focusOn('#error-summary');
  }

  /** What is wrong with `files` for the portal, or '' (the first problem found). */
  private checkFiles(files: Chosen[], messages: ParticipationMessages): string {
    if (files.length > MAX_FILES) return messages.errorFileCount;
    for (const { file, type } of files) {
      if (!type) return messages.errorFileType(file.name);
      if (file.size > MAX_FILE_BYTES) return messages.errorFileSize(file.name);
    }
    return '';
  }

  private chooseFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const added = [...(input.files ?? [])].map((file) => ({ file, type: fileType(file) }));
    input.value = '';
    if (!added.length) return;
    const messages = participationMessages(this.resolvedLang);
    const problem = this.checkFiles([...this.files, ...added], messages);
    // Files the portal would refuse are not kept; the reason is said at the field.
    const kept = added.filter(({ file, type }) => type && file.size <= MAX_FILE_BYTES);
    this.files = [...this.files, ...kept].slice(0, MAX_FILES);
    this.submission = undefined;
    this.errors = { ...this.errors, attachments: problem || undefined };
    this.announce(problem || messages.fileAdded(this.files.length));
  }

  private async removeFile(index: number): Promise<void> {
    const [removed] = this.files.splice(index, 1);
    this.files = [...this.files];
    this.submission = undefined;
    this.errors = { ...this.errors, attachments: undefined };
    if (removed) this.announce(participationMessages(this.resolvedLang).fileRemoved(removed.file.name));
    // Focus stays in the list: on the next file's button, else the previous one, else "add files".
    await this.updateComplete;
    const left = this.renderRoot.querySelectorAll<HTMLElement>('[part~="remove-file"]');
    const target =
      left[Math.min(index, left.length - 1)] ?? this.renderRoot.querySelector('[part~="add-files"]');
    (target as HTMLElement | null)?.focus();
  }

  private another(): void {
    this.filed = undefined;
    this.errors = {};
    this.formError = '';
    void this.focusOn('#direction');
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
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
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

  private renderList(lang: Lang, messages: ParticipationMessages): TemplateResult {
    return html`
      <p class="intro">${messages.intro}</p>
      <section class="section" aria-labelledby="polls-title" aria-busy=${this.listStatus === 'loading' ? 'true' : 'false'}>
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
    if (this.listStatus === 'loading') {
      return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
    }
    if (this.listStatus === 'error') {
      return html`<div class="state error" part="state">
        <p>${messages.error}</p>
        <button type="button" class="button" part="retry" @click=${() => this.load()}>${messages.retry}</button>
      </div>`;
    }
    if (!this.polls.length) {
      return html`<div class="state" part="state"><p>${messages.empty(this.filter)}</p></div>`;
    }
    return html`
      <ul class="polls" part="polls">
        ${this.polls.map((poll) => {
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
      ${this.cursor ? renderLoadMore(this.moreStatus, messages, () => this.loadMore()) : nothing}
    `;
  }

  private renderApplication(messages: ParticipationMessages): TemplateResult | typeof nothing {
    if (!this.resolvedAuthority) return nothing;
    return html`<section class="section application" part="application" aria-labelledby="application-title">
      ${this.heading(1, messages.newApplication, 'application-title')}
      <p class="hint">${messages.applicationIntro}</p>
      ${this.renderApplicationBody(messages)}
    </section>`;
  }

  private renderApplicationBody(messages: ParticipationMessages): TemplateResult {
    if (this.auth.status !== 'signed-in') {
      return html`<div class="sign-in">
        <p class="note" part="note">${messages.signInToApply}</p>
        ${renderSignIn(this)}
      </div>`;
    }
    if (this.filed) {
      return html`<div class="filed" part="filed" tabindex="-1">
        <p>${messages.filed(this.filed.title)}</p>
        <button type="button" class="button secondary" @click=${this.another}>${messages.another}</button>
      </div>`;
    }
    return this.renderForm(messages);
  }

  private renderFiles(
    messages: ParticipationMessages,
    describedBy: (name: Field, hint: boolean) => string | typeof nothing,
  ): TemplateResult {
    const error = this.errors.attachments;
    const lang = this.resolvedLang;
    return html`<div class="field ${error ? 'invalid' : ''}" role="group" aria-labelledby="attachments-label" aria-describedby=${describedBy('attachments', true)}>
      <span class="label" id="attachments-label">${messages.attachments}</span>
      <p class="hint" id="attachments-hint">${messages.attachmentsHint}</p>
      ${error ? html`<p class="field-error" id="attachments-error">${error}</p>` : nothing}
      ${
        this.files.length
          ? html`<ul class="files" part="files">
              ${this.files.map(
                ({ file }, index) => html`<li class="file" part="file">
                  <span class="file-name">${file.name}</span>
                  <span class="file-size">${formatSize(file.size, lang)}</span>
                  <button type="button" class="button secondary" part="remove-file" aria-label=${messages.removeFile(file.name)} @click=${() => this.removeFile(index)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      <input
        id="attachments"
        type="file"
        multiple
        hidden
        accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
        @change=${this.chooseFiles}
      />
      ${
        this.files.length < MAX_FILES
          ? html`<p><button type="button" class="button secondary" part="add-files" aria-describedby="attachments-hint" @click=${() =>
              this.renderRoot.querySelector<HTMLInputElement>('#attachments')?.click()}>
              ${messages.addFiles}
            </button></p>`
          : nothing
      }
    </div>`;
  }

  private renderForm(messages: ParticipationMessages): TemplateResult {
    const errors = this.errors;
    const listed = FIELDS.filter((field) => errors[field]);
    const field = (name: Field, label: string, hint: string | undefined, control: TemplateResult) =>
      html`<div class="field ${errors[name] ? 'invalid' : ''}">
        <label for=${name}>${label}</label>
        ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
        ${errors[name] ? html`<p class="field-error" id=${`${name}-error`}>${errors[name]}</p>` : nothing}
        ${control}
      </div>`;
    const describedBy = (name: Field, hint: boolean): string | typeof nothing =>
      [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<form class="form" part="form" novalidate @submit=${this.send}>
      ${
        listed.length || this.formError
          ? html`<div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
              <p class="error-summary-title" id="error-summary-title">${this.formError || messages.errorSummary}</p>
              ${
                listed.length
                  ? html`<ul>
                      ${listed.map(
                        (name) =>
                          html`<li><a href=${`#${name}`} @click=${(event: Event) => {
                            event.preventDefault();
                            // The files' input is hidden: its "add files" (or first "remove") button stands for it.
                            const selector =
                              name === 'attachments'
                                ? '[part~="add-files"], [part~="remove-file"]'
                                : `#${name}`;
                            this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
                          }}>${errors[name]}</a></li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${field(
        'direction',
        messages.direction,
        undefined,
        html`<select
          id="direction"
          required
          aria-invalid=${errors.direction ? 'true' : 'false'}
          aria-describedby=${describedBy('direction', false)}
          @change=${(event: Event) => this.input('direction', event)}
        >
          <option value="" ?selected=${!this.values.direction}>${messages.chooseDirection}</option>
          ${DIRECTIONS.map(
            (direction) =>
              html`<option value=${direction} ?selected=${this.values.direction === direction}>${directionNames(this.resolvedLang)[direction]}</option>`,
          )}
        </select>`,
      )}
      ${field(
        'title',
        messages.applicationTitle,
        messages.applicationTitleHint,
        html`<input
          id="title"
          type="text"
          required
          maxlength="200"
          autocomplete="off"
          .value=${this.values.title}
          aria-invalid=${errors.title ? 'true' : 'false'}
          aria-describedby=${describedBy('title', true)}
          @input=${(event: Event) => this.input('title', event)}
        />`,
      )}
      ${field(
        'text',
        messages.applicationText,
        messages.applicationTextHint,
        html`<textarea
          id="text"
          required
          rows="6"
          maxlength="5000"
          .value=${this.values.text}
          aria-invalid=${errors.text ? 'true' : 'false'}
          aria-describedby=${describedBy('text', true)}
          @input=${(event: Event) => this.input('text', event)}
        ></textarea>`,
      )}
      ${this.renderFiles(messages, describedBy)}
      <p>
        <button type="submit" class="button" part="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? messages.sending : messages.send}
        </button>
      </p>
    </form>`;
  }
}
