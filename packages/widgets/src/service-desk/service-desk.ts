import { IcraApiError, type IcraClient, type Lang, serviceApplicationStatusValues } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from '../core/announcer.js';
import { AttachmentDownloads, attachmentStyles } from '../core/download.js';
import { IcraElement } from '../core/element.js';
import { FormController } from '../core/form-controller.js';
import { formStyles } from '../core/form-styles.js';
import { formatDate } from '../core/format.js';
import { loadMore, renderLoadMore } from '../core/load-more.js';
import { PagedListController } from '../core/paged-list.js';
import { SessionController } from '../core/session-controller.js';
import { announceLoading, renderQueueState } from '../core/staff-queue.js';
import { baseStyles } from '../core/styles.js';
import { initialState, TaskStatus, WidgetTask } from '../core/task.js';
import { moderationStyles } from '../moderation/moderation.styles.js';
import { renderSignIn } from '../sign-in/define.js';
import {
  renderAnswers,
  renderChanges,
  renderFacts,
  renderHistory,
  reopenableAnswers,
  reopenableDocuments,
} from './application-view.js';
import { IcraServiceDeskActionEvent } from './events.js';
import { type ServiceDeskMessages, serviceDeskMessages } from './messages.js';
import { serviceDeskStyles } from './service-desk.styles.js';
import type {
  ServiceApplication,
  ServiceApplicationAction,
  ServiceApplicationStatus,
  ServiceApplicationSummary,
} from './types.js';

const PAGE_SIZE = 20;
/** The officers' actions (resubmit and withdraw are the citizen's). */
const OFFICER_ACTIONS: readonly ServiceApplicationAction[] = [
  'take',
  'request-information',
  'approve',
  'reject',
  'complete',
];
/** Actions that open a form first; the others are sent at once. */
type FormAction = 'request-information' | 'reject' | 'complete';
const FIELDS = ['reopen', 'comment', 'reason', 'result', 'pdf'] as const;
type Field = (typeof FIELDS)[number];

/** The field a JSON pointer of the portal's field errors is about. */
export function fieldOfPointer(pointer: string): Field | undefined {
  if (/^\/body\/(answers|documents)(\/|$)/.test(pointer)) return 'reopen';
  const field = /^\/body\/(comment|reason|result)(\/|$)/.exec(pointer)?.[1];
  if (field) return field as Field;
  if (pointer.startsWith('/query/filename')) return 'pdf';
  return undefined;
}

const isStatus = (error: unknown, status: number) => error instanceof IcraApiError && error.status === status;
const inLang = (lang: Lang) => ({ headers: { 'accept-language': lang } });

/**
 * The e-services desk of an authority's service officers (officials with the `service` role): the
 * queue of applications to the authority, soonest due first, filtered by service, status, overdue
 * and "taken by me", 20 at a time; an application's answers (labelled by the form it followed, the
 * population registry's marked so), documents (downloaded with the officer's token), due date,
 * history and, after a resubmission, what the citizen changed; and the actions the portal allows
 * now: take it, ask for information (ticking the answers and documents the citizen may change),
 * approve, reject with a reason, complete with the portal's certificate or an attached PDF.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra-service-desk.js"></script>
 * <icra-service-desk api="https://portal.example.az" authority="guba"></icra-service-desk>
 * ```
 *
 * Every action is sent with the application's revision (`If-Match`): when another officer acted
 * first (409) or the application changed meanwhile (412), the desk says so and loads it again.
 * Field errors are listed in a summary that takes focus, each linking to its field.
 *
 * @event {IcraServiceDeskActionEvent} icra-service-desk-action - The portal recorded an officer's action: `detail` is `{ application, action, status }`.
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside: the officer signed in here.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside: the officer signed out here, or the token expired.
 *
 * @csspart base - The widget's root box.
 * @csspart title - The widget's heading.
 * @csspart notice - The message after an action (a polite live region).
 * @csspart filters - The queue's filters.
 * @csspart list - The `<ul>` of applications.
 * @csspart item - One application of the list.
 * @csspart open - The button (reference and service) that opens it.
 * @csspart status - An application's status label.
 * @csspart overdue - The "overdue" label.
 * @csspart due - The due date of the open application.
 * @csspart load-more - The "more applications" button.
 * @csspart application - The open application.
 * @csspart answers - Its answers.
 * @csspart registry - The "from the population registry" mark of an answer.
 * @csspart changes - What the citizen changed in the latest version.
 * @csspart attachments - A `<ul>` of documents' files.
 * @csspart attachment - One file: its download button.
 * @csspart history - The application's history.
 * @csspart actions - The row of action buttons.
 * @csspart form - The form of an action (request for information, rejection, completion).
 * @csspart conflict - The message after a 409 or 412.
 * @csspart error-summary - The error summary.
 * @csspart field-error - A field's own error message.
 * @csspart state - The box of the loading, refusal, empty and error states.
 *
 * @cssprop --icra-color-accent - Buttons, links, changed answers. Default #0b5cad light, #7db7f5 dark.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour.
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Hints and dates.
 * @cssprop --icra-color-surface - Background; inputs.
 * @cssprop --icra-color-surface-raised - List items.
 * @cssprop --icra-color-border - Borders of inputs and boxes.
 * @cssprop --icra-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --icra-color-danger - Errors, the overdue label.
 * @cssprop --icra-color-skeleton - Loading placeholders.
 * @cssprop --icra-font-family - Font. Default: inherited from the page.
 * @cssprop --icra-font-size - Base font size. Default 1rem.
 * @cssprop --icra-radius - Corner radius. Default 0.5rem.
 * @cssprop --icra-space - Spacing unit. Default 1rem.
 * @cssprop --icra-max-width - Largest width of the widget. Default none.
 */
export class IcraServiceDesk extends IcraElement {
  static override styles = [baseStyles, formStyles, attachmentStyles, moderationStyles, serviceDeskStyles];

  @state() private service = '';
  @state() private status: ServiceApplicationStatus | '' = '';
  @state() private overdueOnly = false;
  @state() private mine = false;
  /** The open application's id (undefined: the queue). */
  @state() private openId: string | undefined;
  /** The open action form, if any. */
  @state() private action: FormAction | undefined;
  /** The application as the portal answered the last action (newer than the task's copy). */
  @state() private latest: ServiceApplication | undefined;
  @state() private notice = '';
  /** After a 409 or 412: why the action was refused (the application was loaded again). */
  @state() private conflict = '';
  @state() private comment = '';
  @state() private reason = '';
  @state() private reopenAnswers = new Set<string>();
  @state() private reopenDocuments = new Set<string>();
  @state() private result: 'generated' | 'attached' = 'generated';
  @state() private pdf: File | undefined;

  private readonly session = new SessionController(this, {
    onChange: () => this.forget(),
    scopes: ['services:process'],
  });
  private readonly announcer = new Announcer(this);
  private readonly services = new WidgetTask(this, {
    args: () =>
      [this.signedInClient, this.resolvedAuthority, this.resolvedLang, this.session.signedIn] as const,
    task: async ([client, authority, lang, signedIn], { signal }) =>
      client && authority && signedIn
        ? (await client.listServices({ query: { authority, limit: 50, lang } }, { signal })).items
        : initialState,
  });
  private readonly queue = new PagedListController(this, {
    args: () =>
      [
        this.resolvedApi,
        this.injectedClient,
        this.resolvedAuthority,
        this.service,
        this.status,
        this.overdueOnly,
        this.mine,
        this.session.signedIn ? this.session.state.expiresAt : undefined,
      ] as const,
    fetch: ([, , authority, service, status, overdue, mine, signedInUntil], cursor, signal) => {
      const client = this.signedInClient;
      if (!client || !authority || signedInUntil === undefined) return undefined;
      const lang = this.resolvedLang;
      const page = client.listServiceQueue(
        {
          path: { slug: authority },
          query: {
            limit: PAGE_SIZE,
            lang,
            ...(service ? { service } : {}),
            ...(status ? { status } : {}),
            ...(mine ? { assigned: 'me' as const } : {}),
            ...(overdue ? { overdue: 'true' as const } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
        { signal, ...inLang(lang) },
      );
      return cursor ? page : announceLoading(this.announcer, page, signal, serviceDeskMessages(lang));
    },
    onError: (error) => this.session.refused(error),
  });
  /** The open application as the portal has it now. */
  private readonly application = new WidgetTask(this, {
    args: () => [this.signedInClient, this.openId] as const,
    task: ([client, id], { signal }) =>
      client && id
        ? client.getServiceApplication(
            { path: { id }, query: { lang: this.resolvedLang } },
            { signal, ...inLang(this.resolvedLang) },
          )
        : initialState,
    onError: (error) => this.session.refused(error),
  });
  private readonly form = new FormController<Field>(this, {
    fields: FIELDS,
    pointer: fieldOfPointer,
    session: this.session,
    target: (field) =>
      field === 'reopen' ? '#reopen input' : field === 'result' ? '#result-generated' : `#${field}`,
  });
  private downloadSignal = new AbortController();
  private readonly documents = new AttachmentDownloads(this, {
    get: (id, documentId, signal) =>
      this.signedInClient?.getServiceApplicationDocument({ path: { id, documentId } }, { signal }),
    signal: () => this.downloadSignal.signal,
    refused: (error) => this.session.refused(error),
    say: (text) => this.announcer.say(text),
    lang: () => this.resolvedLang,
  });
  private readonly results = new AttachmentDownloads(this, {
    get: (id, _resultId, signal) => this.signedInClient?.getServiceResult({ path: { id } }, { signal }),
    signal: () => this.downloadSignal.signal,
    refused: (error) => this.session.refused(error),
    say: (text) => this.announcer.say(text),
    lang: () => this.resolvedLang,
  });

  private get signedInClient(): IcraClient | undefined {
    return this.session.client(this.resolvedLang);
  }

  private get messages(): ServiceDeskMessages {
    return serviceDeskMessages(this.resolvedLang);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.downloadSignal.abort();
    this.downloadSignal = new AbortController();
  }

  /** Signed out (or in as someone else): nothing of what was shown stays. */
  private forget(): void {
    this.openId = undefined;
    this.latest = undefined;
    this.action = undefined;
    this.notice = '';
    this.conflict = '';
    this.form?.reset();
    this.downloadSignal?.abort();
    this.downloadSignal = new AbortController();
  }

  /** The open application: the last action's answer when newer, else the task's copy. */
  private get current(): ServiceApplication | undefined {
    const fresh = this.application.value;
    const latest = this.latest;
    if (
      latest &&
      latest.id === this.openId &&
      (!fresh || fresh.id !== latest.id || latest.revision >= fresh.revision)
    )
      return latest;
    return fresh?.id === this.openId ? fresh : undefined;
  }

  // ——— Navigation ———

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private open(item: ServiceApplicationSummary): void {
    this.openId = item.id;
    this.latest = undefined;
    this.action = undefined;
    this.notice = '';
    this.conflict = '';
    this.form.reset();
    void this.application.run().then(() => this.focusOn('#view-heading'));
    void this.focusOn('#view-heading');
  }

  private async back(): Promise<void> {
    const id = this.openId;
    this.openId = undefined;
    this.action = undefined;
    this.conflict = '';
    this.form.reset();
    await this.focusOn('#queue-heading');
    if (id)
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [part~="open"]`)?.focus();
  }

  private startAction(action: FormAction, application: ServiceApplication): void {
    this.action = action;
    this.notice = '';
    this.conflict = '';
    this.form.reset();
    if (action === 'request-information') {
      this.comment = '';
      this.reopenAnswers = new Set();
      this.reopenDocuments = new Set();
    } else if (action === 'reject') this.reason = '';
    else {
      this.result = application.attachedResult ? 'attached' : 'generated';
      this.pdf = undefined;
    }
    void this.focusOn('#action-heading');
  }

  private cancelAction(): void {
    const action = this.action;
    this.action = undefined;
    this.form.reset();
    if (action) void this.focusOn(`[data-action="${action}"]`);
  }

  // ——— Actions ———

  /**
   * Sends `action` with the revision shown: the answer replaces the application, the queue's row
   * follows, the notice says where it is now. 409 and 412: the message says why, and the
   * application is loaded again.
   */
  private async act(
    action: ServiceApplicationAction,
    application: ServiceApplication,
    send: (client: IcraClient, options: { headers: Record<string, string> }) => Promise<ServiceApplication>,
  ): Promise<void> {
    const client = this.signedInClient;
    if (!client || this.form.busy) return;
    const messages = this.messages;
    const headers = { 'if-match': `"r${application.revision}"`, 'accept-language': this.resolvedLang };
    this.notice = '';
    this.conflict = '';
    const next = await this.form.submit(action, () => send(client, { headers }), {
      fallback: messages.errorFailed,
      onError: async (error) => {
        if (!isStatus(error, 409) && !isStatus(error, 412)) return false;
        const detail = error instanceof IcraApiError ? (error.detail ?? error.title) : '';
        this.conflict = isStatus(error, 412) ? messages.stale : messages.conflict(detail);
        this.action = undefined;
        this.latest = undefined;
        await this.application.run();
        await this.focusOn('#conflict');
        return true;
      },
    });
    if (!next) return;
    this.latest = next;
    this.action = undefined;
    this.notice = messages.done(action, messages.status(next.status));
    this.queue.setItems(
      this.queue.items.map((item) =>
        item.id === next.id
          ? { ...item, status: next.status, assignee: next.assignee, overdue: next.overdue }
          : item,
      ),
    );
    this.dispatchEvent(new IcraServiceDeskActionEvent({ application: next.id, action, status: next.status }));
    await this.focusOn('#view-heading');
  }

  private direct(action: 'take' | 'approve', application: ServiceApplication): void {
    const id = application.id;
    const lang = this.resolvedLang;
    void this.act(action, application, (client, options) =>
      action === 'take'
        ? client.takeServiceApplication({ path: { id }, query: { lang } }, options)
        : client.approveServiceApplication({ path: { id }, query: { lang } }, options),
    );
  }

  private async submitRequest(event: Event, application: ServiceApplication): Promise<void> {
    event.preventDefault();
    const messages = this.messages;
    const problems: { field: Field; text: string }[] = [];
    if (this.reopenAnswers.size + this.reopenDocuments.size === 0)
      problems.push({ field: 'reopen', text: messages.errorReopen });
    if (this.comment.trim().length < 3) problems.push({ field: 'comment', text: messages.errorComment });
    if (problems.length) return this.form.show(problems);
    // In the form's order, whatever order they were ticked in.
    const answers = reopenableAnswers(application)
      .map(([name]) => name)
      .filter((name) => this.reopenAnswers.has(name));
    const documents = reopenableDocuments(application)
      .map(([, field]) => field.document!)
      .filter((key) => this.reopenDocuments.has(key));
    const body = { comment: this.comment.trim(), answers, documents };
    const id = application.id;
    await this.act('request-information', application, (client, options) =>
      client.requestServiceApplicationInformation(
        { path: { id }, query: { lang: this.resolvedLang }, body },
        options,
      ),
    );
  }

  private async submitReject(event: Event, application: ServiceApplication): Promise<void> {
    event.preventDefault();
    const reason = this.reason.trim();
    if (reason.length < 3) return this.form.show([{ field: 'reason', text: this.messages.errorReason }]);
    const id = application.id;
    await this.act('reject', application, (client, options) =>
      client.rejectServiceApplication(
        { path: { id }, query: { lang: this.resolvedLang }, body: { reason } },
        options,
      ),
    );
  }

  private async submitComplete(event: Event, application: ServiceApplication): Promise<void> {
    event.preventDefault();
    const result = this.result;
    const pdf = this.pdf;
    if (result === 'attached' && !pdf && !application.attachedResult)
      return this.form.show([{ field: 'pdf', text: this.messages.errorPdf }]);
    const id = application.id;
    const lang = this.resolvedLang;
    await this.act('complete', application, async (client, options) => {
      if (result === 'attached' && pdf)
        await client.putServiceResult(
          { path: { id }, query: { filename: pdf.name, lang }, body: pdf, contentType: 'application/pdf' },
          { idempotencyKey: this.form.key('attach'), headers: inLang(lang).headers },
        );
      return client.completeServiceApplication({ path: { id }, query: { lang }, body: { result } }, options);
    });
  }

  private choosePdf(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    const isPdf = chosen && (chosen.type === 'application/pdf' || /\.pdf$/i.test(chosen.name));
    this.pdf = isPdf ? chosen : undefined;
    this.form.forgetKey('attach');
    this.form.setProblem('pdf', chosen && !isPdf ? this.messages.errorPdf : undefined);
    if (chosen && !isPdf) input.value = '';
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = serviceDeskMessages(lang);
    const signedIn = this.session.signedIn;
    const configured = Boolean(this.resolvedApi && this.resolvedAuthority);
    const loading = signedIn && (this.openId ? !this.current : this.queue.status === 'loading');
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        role="region"
        aria-labelledby="desk-title"
        aria-busy=${loading ? 'true' : 'false'}
      >
        <div class="header">
          <h2 class="title" part="title" id="desk-title">${messages.title}</h2>
          ${configured ? renderSignIn(this, 'sign-in, cancel, who, sign-out') : nothing}
        </div>
        <p class="notice" part="notice" role="status" aria-atomic="true">${signedIn ? this.notice : ''}</p>
        ${
          !configured
            ? html`<div class="state error" part="state"><p>${messages.notConfigured}</p></div>`
            : !signedIn
              ? html`<p class="intro">${messages.intro}</p>`
              : this.openId
                ? this.renderApplication(lang, messages)
                : this.renderQueue(lang, messages)
        }
        ${this.announcer.render()}
      </div>
    `;
  }

  private renderQueue(lang: Lang, messages: ServiceDeskMessages): TemplateResult {
    const queue = this.queue;
    if (queue.status === 'error' && isStatus(queue.error, 403))
      return html`<div class="state error" part="state" role="alert"><p>${messages.forbidden}</p></div>`;
    const services = this.services.value ?? [];
    return html`
      <h3 id="queue-heading" tabindex="-1">${messages.queue}</h3>
      <fieldset class="filters" part="filters">
        <legend>${messages.filters}</legend>
        <div class="field">
          <label for="filter-service">${messages.service}</label>
          <select
            id="filter-service"
            @change=${(event: Event) => {
              this.service = (event.target as HTMLSelectElement).value;
            }}
          >
            <option value="" ?selected=${this.service === ''}>${messages.allServices}</option>
            ${services.map(
              (service) =>
                html`<option value=${service.slug} ?selected=${this.service === service.slug}>${service.title}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="filter-status">${messages.statusFilter}</label>
          <select
            id="filter-status"
            @change=${(event: Event) => {
              this.status = (event.target as HTMLSelectElement).value as ServiceApplicationStatus | '';
            }}
          >
            <option value="" ?selected=${this.status === ''}>${messages.allStatuses}</option>
            ${serviceApplicationStatusValues.map(
              (status) =>
                html`<option value=${status} ?selected=${this.status === status}>${messages.status(status)}</option>`,
            )}
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            id="filter-overdue"
            .checked=${this.overdueOnly}
            @change=${(event: Event) => {
              this.overdueOnly = (event.target as HTMLInputElement).checked;
            }}
          />
          ${messages.onlyOverdue}
        </label>
        <label class="check">
          <input
            type="checkbox"
            id="filter-mine"
            .checked=${this.mine}
            @change=${(event: Event) => {
              this.mine = (event.target as HTMLInputElement).checked;
            }}
          />
          ${messages.onlyMine}
        </label>
      </fieldset>
      ${this.renderItems(lang, messages)}
    `;
  }

  private renderItems(lang: Lang, messages: ServiceDeskMessages): TemplateResult {
    const queue = this.queue;
    const state = renderQueueState(queue, messages);
    if (state) return state;
    return html`<ul class="list" part="list">
            ${repeat(
              queue.items,
              (item) => item.id,
              (item) => html`<li class="item" part="item" data-id=${item.id}>
                <button type="button" class="open" part="open" @click=${() => this.open(item)}>
                  ${item.reference} · ${item.serviceTitle}
                </button>
                <span class="badge ${item.status}" part="status">${messages.status(item.status)}</span>
                ${item.overdue ? html`<span class="badge overdue" part="overdue">${messages.overdue}</span>` : nothing}
                <span class="meta">
                  <span>${messages.submittedOn(formatDate(item.submittedAt, lang))}</span>
                  <span aria-hidden="true">·</span>
                  <span>${messages.dueOn(formatDate(item.dueOn, lang))}</span>
                  ${
                    item.assignee
                      ? html`<span aria-hidden="true">·</span>
                          <span>${item.assignee === 'you' ? messages.mine : messages.another}</span>`
                      : nothing
                  }
                </span>
              </li>`,
            )}
          </ul>
          ${
            queue.hasMore
              ? renderLoadMore(queue.moreStatus, messages, () => {
                  void loadMore(
                    queue,
                    this.announcer,
                    () => this.messages,
                    (item) => this.focusOn(`[data-id="${CSS.escape(item.id)}"] [part~="open"]`),
                  );
                })
              : nothing
          }`;
  }

  private renderApplication(lang: Lang, messages: ServiceDeskMessages): TemplateResult {
    const application = this.current;
    const back = html`<div>
      <button type="button" class="button secondary" @click=${this.back}>
        <span aria-hidden="true">←</span> ${messages.back}
      </button>
    </div>`;
    if (!application) {
      const failed = this.application.status === TaskStatus.ERROR;
      return html`${back}
        <div class="state ${failed ? 'error' : ''}" part="state">
          <h3 id="view-heading" tabindex="-1">${failed ? messages.loadError : messages.loading}</h3>
          ${failed ? html`<button type="button" class="button" @click=${() => void this.application.run()}>${messages.retry}</button>` : nothing}
        </div>`;
    }
    const documents = reopenableDocuments(application);
    return html`
      ${back}
      <article class="application" part="application" aria-labelledby="view-heading">
        <h3 id="view-heading" tabindex="-1">${application.serviceTitle} · ${application.reference}</h3>
        ${
          this.conflict
            ? html`<p class="conflict" part="conflict" id="conflict" tabindex="-1" role="alert">${this.conflict}</p>`
            : nothing
        }
        ${renderFacts(application, lang, messages)}
        ${renderChanges(application, lang, messages)}
        <h4>${messages.answers}</h4>
        ${renderAnswers(application, lang, messages)}
        <h4>${messages.documents}</h4>
        ${
          application.documents.length === 0
            ? html`<p class="muted">${messages.noDocuments}</p>`
            : documents.map(([, field]) =>
                this.documents.render(
                  application.id,
                  application.documents.filter((file) => file.document === field.document),
                  lang,
                  () => html`<h5>${field.label}</h5>`,
                ),
              )
        }
        ${
          application.result
            ? html`<h4>${messages.result}</h4>
                <p>${messages.resultCode(application.result.code)}</p>
                ${this.results.render(application.id, [application.result], lang, () => nothing)}`
            : nothing
        }
        ${renderHistory(application, lang, messages)}
        ${this.renderActions(application, messages)}
        ${this.action ? this.renderActionForm(this.action, application, messages) : nothing}
      </article>
    `;
  }

  private renderActions(
    application: ServiceApplication,
    messages: ServiceDeskMessages,
  ): TemplateResult | typeof nothing {
    const actions = OFFICER_ACTIONS.filter((action) => application.actions.includes(action));
    if (actions.length === 0) return nothing;
    const busy = this.form.busy !== undefined;
    return html`<h4>${messages.actions}</h4>
      <div class="actions" part="actions">
        ${actions.map(
          (action) => html`<button
            type="button"
            class="button ${action === 'reject' ? 'danger' : action === 'take' || action === 'approve' || action === 'complete' ? '' : 'secondary'}"
            data-action=${action}
            aria-disabled=${busy ? 'true' : 'false'}
            aria-expanded=${action === 'take' || action === 'approve' ? nothing : this.action === action ? 'true' : 'false'}
            @click=${() =>
              action === 'take' || action === 'approve'
                ? this.direct(action, application)
                : this.startAction(action as FormAction, application)}
          >
            ${busy && this.form.busy === action ? messages.working : messages.action(action)}
          </button>`,
        )}
      </div>`;
  }

  private renderActionForm(
    action: FormAction,
    application: ServiceApplication,
    messages: ServiceDeskMessages,
  ): TemplateResult {
    const form = this.form;
    const busy = form.busy !== undefined;
    const heading = {
      'request-information': messages.requestHeading,
      reject: messages.rejectHeading,
      complete: messages.completeHeading,
    }[action];
    const submit = {
      'request-information': messages.send,
      reject: messages.confirmReject,
      complete: messages.confirmComplete,
    }[action];
    const onSubmit = (event: Event) =>
      void (action === 'request-information'
        ? this.submitRequest(event, application)
        : action === 'reject'
          ? this.submitReject(event, application)
          : this.submitComplete(event, application));
    return html`<form class="form" part="form" novalidate @submit=${onSubmit}>
      <h4 id="action-heading" tabindex="-1">${heading}</h4>
      ${form.renderSummary(messages.errorSummary, 5)}
      ${
        action === 'request-information'
          ? this.renderRequestFields(application, messages)
          : action === 'reject'
            ? this.renderText('reason', messages.reason, messages.reasonHint, this.reason, (value) => {
                this.reason = value;
              })
            : this.renderCompleteFields(application, messages)
      }
      <div class="actions">
        <button type="submit" class="button ${action === 'reject' ? 'danger-solid' : ''}" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? messages.working : submit}
        </button>
        <button type="button" class="button secondary" @click=${this.cancelAction}>${messages.cancel}</button>
      </div>
    </form>`;
  }

  private renderText(
    field: 'comment' | 'reason',
    label: string,
    hint: string,
    value: string,
    set: (value: string) => void,
  ): TemplateResult {
    const form = this.form;
    return html`<div class="field ${form.problemFor(field) ? 'invalid' : ''}">
      <label for=${field}>${label}</label>
      <p class="hint" id=${`${field}-hint`}>${hint}</p>
      ${form.renderError(field)}
      <textarea
        id=${field}
        rows="4"
        maxlength="2000"
        .value=${value}
        aria-required="true"
        aria-invalid=${form.invalid(field)}
        aria-describedby=${form.describedBy(field, `${field}-hint`)}
        @input=${(event: Event) => {
          set((event.target as HTMLTextAreaElement).value);
          form.edited(field);
        }}
      ></textarea>
    </div>`;
  }

  private renderRequestFields(
    application: ServiceApplication,
    messages: ServiceDeskMessages,
  ): TemplateResult {
    const form = this.form;
    const toggle = (set: Set<string>, key: string, on: boolean) => {
      const next = new Set(set);
      if (on) next.add(key);
      else next.delete(key);
      form.edited('reopen');
      return next;
    };
    const documents = reopenableDocuments(application);
    return html`<p class="hint">${messages.requestIntro}</p>
      <div id="reopen" class="group-set ${form.problemFor('reopen') ? 'invalid' : ''}">
        ${form.renderError('reopen')}
        <fieldset class="group" aria-describedby=${form.describedBy('reopen')}>
          <legend>${messages.reopenAnswers}</legend>
          ${reopenableAnswers(application).map(
            ([name, field]) => html`<label class="check">
              <input
                type="checkbox"
                name="answers"
                value=${name}
                .checked=${this.reopenAnswers.has(name)}
                @change=${(event: Event) => {
                  this.reopenAnswers = toggle(
                    this.reopenAnswers,
                    name,
                    (event.target as HTMLInputElement).checked,
                  );
                }}
              />
              ${field.label}
            </label>`,
          )}
        </fieldset>
        ${
          documents.length
            ? html`<fieldset class="group" aria-describedby=${form.describedBy('reopen')}>
                <legend>${messages.reopenDocuments}</legend>
                ${documents.map(
                  ([, field]) => html`<label class="check">
                    <input
                      type="checkbox"
                      name="documents"
                      value=${field.document!}
                      .checked=${this.reopenDocuments.has(field.document!)}
                      @change=${(event: Event) => {
                        this.reopenDocuments = toggle(
                          this.reopenDocuments,
                          field.document!,
                          (event.target as HTMLInputElement).checked,
                        );
                      }}
                    />
                    ${field.label}
                  </label>`,
                )}
              </fieldset>`
            : nothing
        }
      </div>
      ${this.renderText('comment', messages.comment, messages.commentHint, this.comment, (value) => {
        this.comment = value;
      })}`;
  }

  private renderCompleteFields(
    application: ServiceApplication,
    messages: ServiceDeskMessages,
  ): TemplateResult {
    const form = this.form;
    const choice = (value: 'generated' | 'attached', label: string, hint: string) => html`<div class="radio">
      <input
        type="radio"
        name="result"
        id=${`result-${value}`}
        value=${value}
        .checked=${this.result === value}
        aria-describedby=${`result-${value}-hint`}
        @change=${() => {
          this.result = value;
          form.edited('result');
        }}
      />
      <label for=${`result-${value}`}>${label}</label>
      <p class="hint" id=${`result-${value}-hint`}>${hint}</p>
    </div>`;
    return html`<fieldset class="group ${form.problemFor('result') ? 'invalid' : ''}" aria-describedby=${form.describedBy('result')}>
        <legend>${messages.resultKind}</legend>
        ${form.renderError('result')}
        ${choice('generated', messages.generated, messages.generatedHint)}
        ${choice('attached', messages.attached, messages.attachedHint)}
      </fieldset>
      ${
        this.result === 'attached'
          ? html`<div class="field ${form.problemFor('pdf') ? 'invalid' : ''}">
              <label for="pdf">${messages.pdf}</label>
              <p class="hint" id="pdf-hint">
                ${application.attachedResult ? messages.attachedAlready(application.attachedResult.filename) : messages.attachedHint}
              </p>
              ${form.renderError('pdf')}
              <input
                type="file"
                id="pdf"
                accept="application/pdf,.pdf"
                aria-invalid=${form.invalid('pdf')}
                aria-describedby=${form.describedBy('pdf', 'pdf-hint')}
                @change=${this.choosePdf}
              />
            </div>`
          : nothing
      }`;
  }
}
