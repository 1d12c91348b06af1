import type { Lang, Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { saveBlob } from '../core/download.js';
import { formatDate } from '../core/format.js';
import { cabinetMessages } from './messages.js';
import { type CabinetContext, httpUrl } from './section.js';
import { type ServiceMessages, serviceMessages } from './service-messages.js';

type Application = Schemas['ServiceApplication'];

interface Details {
  status: 'loading' | 'loaded' | 'error';
  application?: Application;
  downloading?: boolean;
  downloadFailed?: boolean;
  score?: number;
  comment?: string;
  sending?: boolean;
  rateError?: string;
}

/**
 * One submitted e-service application opened in the cabinet: its timeline (every change of status,
 * with the authority's comment or reason), what the authority asks for while it waits on the citizen
 * (with the link to answer it on this site), the result to download with its verification code, and
 * the rating once it is completed. Loaded when the citizen opens it; forgotten on sign-out.
 */
export class ServiceApplicationDetails {
  #open = new Map<string, Details>();
  #controller = new AbortController();

  constructor(
    private readonly cabinet: CabinetContext,
    /** Where a service's form is on this site (`service-href`, with `{application}` for answering a request). */
    private readonly serviceHref: () => string | undefined,
  ) {}

  clear(): void {
    this.#controller.abort();
    this.#controller = new AbortController();
    this.#open.clear();
  }

  private update(id: string, change: Partial<Details>): void {
    const current = this.#open.get(id);
    if (!current) return;
    this.#open.set(id, { ...current, ...change });
    this.cabinet.host.requestUpdate();
  }

  private async load(id: string): Promise<void> {
    const [, client, lang] = this.cabinet.args();
    if (!client) return;
    this.#open.set(id, { status: 'loading' });
    this.cabinet.host.requestUpdate();
    try {
      const application = await client.getServiceApplication(
        { path: { id }, query: { lang } },
        { signal: this.#controller.signal },
      );
      this.update(id, { status: 'loaded', application });
    } catch (error) {
      if (this.#controller.signal.aborted || this.cabinet.session.refused(error)) return;
      this.update(id, { status: 'error' });
    }
  }

  private toggle(id: string): void {
    if (this.#open.has(id)) {
      this.#open.delete(id);
      this.cabinet.host.requestUpdate();
    } else void this.load(id);
  }

  private async download(application: Application, messages: ServiceMessages): Promise<void> {
    const [, client] = this.cabinet.args();
    const result = application.result;
    if (!client || !result) return;
    this.update(application.id, { downloading: true, downloadFailed: false });
    try {
      const blob = await client.getServiceResult(
        { path: { id: application.id } },
        { signal: this.#controller.signal },
      );
      saveBlob(blob, result.filename);
      this.update(application.id, { downloading: false });
    } catch (error) {
      if (this.#controller.signal.aborted || this.cabinet.session.refused(error)) return;
      this.update(application.id, { downloading: false, downloadFailed: true });
      this.cabinet.announcer.say(messages.downloadResultError);
    }
  }

  private async rate(event: Event, application: Application, messages: ServiceMessages): Promise<void> {
    event.preventDefault();
    const [, client] = this.cabinet.args();
    const details = this.#open.get(application.id);
    if (!client || !details || details.sending) return;
    if (!details.score) {
      this.update(application.id, { rateError: messages.rateChoose });
      await this.cabinet.host.updateComplete;
      this.cabinet.host.renderRoot
        .querySelector<HTMLInputElement>(`#rate-${CSS.escape(application.id)}-1`)
        ?.focus();
      return;
    }
    this.update(application.id, { sending: true, rateError: undefined });
    const comment = details.comment?.trim();
    try {
      const rating = await client.rateService(
        {
          path: { id: application.id },
          body: { score: details.score, ...(comment ? { comment } : {}) },
        },
        { signal: this.#controller.signal },
      );
      this.update(application.id, { sending: false, application: { ...application, rating } });
      this.cabinet.announcer.say(messages.rated(rating.score));
    } catch (error) {
      if (this.#controller.signal.aborted || this.cabinet.session.refused(error)) return;
      // Rated already (another tab): what the portal holds is shown.
      if ((error as { status?: number }).status === 409) {
        this.update(application.id, { sending: false });
        await this.load(application.id);
        return;
      }
      this.update(application.id, { sending: false, rateError: messages.rateError });
      this.cabinet.announcer.say(messages.rateError);
    }
  }

  /** Where the citizen answers a request for information on this site, if `service-href` says. */
  private provideLink(application: Application): string | undefined {
    const template = this.serviceHref();
    if (!template?.includes('{application}')) return undefined;
    return httpUrl(
      () =>
        new URL(
          template
            .replaceAll('{service}', encodeURIComponent(application.service))
            .replaceAll('{application}', encodeURIComponent(application.id))
            .replaceAll('{draft}', '')
            .replaceAll('{authority}', encodeURIComponent(application.authority)),
          document.baseURI,
        ).href,
    );
  }

  /** The disclosure button and, when open, the application's details. */
  render(id: string, title: string, lang: Lang): TemplateResult {
    const messages = serviceMessages(lang);
    const details = this.#open.get(id);
    const region = `service-application-${id}`;
    return html`
      <button
        type="button"
        class="button secondary"
        part="service-application-details"
        aria-expanded=${details ? 'true' : 'false'}
        aria-controls=${region}
        @click=${() => this.toggle(id)}
      >
        ${messages.details}<span class="visually-hidden">: ${title}</span>
      </button>
      <div id=${region} class="details" part="service-application-region" ?hidden=${!details}>
        ${details ? this.renderDetails(id, details, lang, messages) : nothing}
      </div>
    `;
  }

  private renderDetails(id: string, details: Details, lang: Lang, messages: ServiceMessages): TemplateResult {
    if (details.status === 'loading')
      return html`<p class="state" role="status">${messages.detailsLoading}</p>`;
    if (details.status === 'error' || !details.application) {
      return html`<div class="state error">
        <p>${messages.detailsError}</p>
        <button type="button" class="button" part="retry" @click=${() => this.load(id)}>
          ${cabinetMessages(lang).retry}
        </button>
      </div>`;
    }
    const application = details.application;
    return html`
      ${this.renderRequest(application, messages)} ${this.renderResult(application, details, messages)}
      ${this.renderRating(application, details, messages)}
      ${
        application.status === 'needs_information'
          ? html`<p class="notification-body">${messages.paused}</p>`
          : ['submitted', 'in_review', 'resubmitted'].includes(application.status)
            ? html`<p class="notification-body">
                ${messages.dueOn}: <time datetime=${application.dueOn}>${formatDate(application.dueOn, lang)}</time>
              </p>`
            : nothing
      }
      <h4 class="timeline-title">${messages.timeline}</h4>
      <ol class="timeline" part="timeline">
        ${repeat(
          application.history,
          (event) => event.at + event.status,
          (event) => html`<li part="timeline-event">
            <span class="status ${event.status}">${messages.status(event.status)}</span>
            <time datetime=${event.at}>${formatDate(event.at, lang)}</time>
            <span class="by">(${event.by === 'citizen' ? messages.byYou : messages.byAuthority})</span>
            ${event.note ? html`<p class="note">${event.note}</p>` : nothing}
          </li>`,
        )}
      </ol>
    `;
  }

  private renderRequest(
    application: Application,
    messages: ServiceMessages,
  ): TemplateResult | typeof nothing {
    const request = application.request;
    if (application.status !== 'needs_information' || !request) return nothing;
    const fields = application.form.fields;
    const named = [
      ...request.answers.map((name) => fields[name]?.label ?? name),
      ...Object.values(fields)
        .filter(
          (field) => field.kind === 'file' && field.document && request.documents.includes(field.document),
        )
        .map((field) => field.label),
    ];
    const link = this.provideLink(application);
    return html`<div class="request" part="information-request">
      <h4>${messages.asked}</h4>
      <p class="note">${request.comment}</p>
      <p>${messages.toChange}</p>
      <ul>
        ${named.map((label) => html`<li>${label}</li>`)}
      </ul>
      ${link ? html`<a class="button" part="provide-information" href=${link}>${messages.provide}</a>` : nothing}
    </div>`;
  }

  private renderResult(
    application: Application,
    details: Details,
    messages: ServiceMessages,
  ): TemplateResult | typeof nothing {
    const result = application.result;
    if (!result) return nothing;
    return html`<div class="result" part="result">
      <h4>${messages.result}</h4>
      <dl class="meta">
        <dt>${messages.verifyCode}</dt>
        <dd class="reference" translate="no">${result.code}</dd>
      </dl>
      <button
        type="button"
        class="button"
        part="download-result"
        aria-disabled=${details.downloading ? 'true' : 'false'}
        @click=${() => (details.downloading ? undefined : this.download(application, messages))}
      >
        ${details.downloading ? messages.downloadingResult : messages.downloadResult}
        <span class="visually-hidden">: ${result.filename}</span>
      </button>
      ${details.downloadFailed ? html`<p class="inline-error" role="alert">${messages.downloadResultError}</p>` : nothing}
    </div>`;
  }

  private renderRating(
    application: Application,
    details: Details,
    messages: ServiceMessages,
  ): TemplateResult | typeof nothing {
    if (application.status !== 'completed') return nothing;
    if (application.rating) {
      return html`<p class="rated" part="rating" role="status">${messages.rated(application.rating.score)}</p>`;
    }
    const id = application.id;
    const errorId = `rate-${id}-error`;
    return html`<form class="rate" part="rate" @submit=${(event: Event) => this.rate(event, application, messages)}>
      <fieldset aria-describedby=${`rate-${id}-hint${details.rateError ? ` ${errorId}` : ''}`}>
        <legend>${messages.rateLegend}</legend>
        <p class="hint" id=${`rate-${id}-hint`}>${messages.rateHint}</p>
        ${details.rateError ? html`<p class="inline-error" id=${errorId}>${details.rateError}</p>` : nothing}
        <div class="scores">
          ${[1, 2, 3, 4, 5].map(
            (n) => html`<label class="score">
              <input
                type="radio"
                id=${`rate-${id}-${n}`}
                name=${`rate-${id}`}
                .value=${String(n)}
                .checked=${details.score === n}
                @change=${() => this.update(id, { score: n, rateError: undefined })}
              />
              ${messages.score(n)}
            </label>`,
          )}
        </div>
      </fieldset>
      <label class="comment-label" for=${`rate-${id}-comment`}>${messages.rateComment}</label>
      <textarea
        id=${`rate-${id}-comment`}
        maxlength="2000"
        rows="3"
        .value=${details.comment ?? ''}
        @input=${(event: Event) => {
          const comment = (event.target as HTMLTextAreaElement).value;
          this.#open.set(id, { ...this.#open.get(id)!, comment });
        }}
      ></textarea>
      <button type="submit" class="button" part="send-rating" aria-disabled=${details.sending ? 'true' : 'false'}>
        ${details.sending ? messages.rateSending : messages.rateSend}
      </button>
    </form>`;
  }
}
