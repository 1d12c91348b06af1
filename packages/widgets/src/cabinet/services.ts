import type { Lang, Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDate } from '../core/format.js';
import { loadMore, renderLoadMore } from '../core/load-more.js';
import { PagedListController } from '../core/paged-list.js';
import { cabinetMessages } from './messages.js';
import {
  type CabinetArgs,
  type CabinetContext,
  focusTitle,
  httpUrl,
  renderFailed,
  renderSkeleton,
} from './section.js';
import { ServiceApplicationDetails } from './service-application.js';
import { type ServiceMessages, serviceMessages } from './service-messages.js';

type Draft = Schemas['ServiceDraftSummary'];
type Application = Schemas['ServiceApplicationSummary'];

/**
 * A citizen's e-service applications: the drafts they have not submitted yet (the most recently
 * changed first; continue on this site through `service-href`, or delete with its files after a
 * confirmation), and the submitted ones with their reference number and status, newest first.
 */
export class CabinetServices {
  readonly drafts: PagedListController<Draft, CabinetArgs>;
  readonly applications: PagedListController<Application, CabinetArgs>;
  readonly details: ServiceApplicationDetails;
  /** The draft whose deletion waits for a yes, and the one being deleted. */
  #confirming?: string | undefined;
  #removing?: string | undefined;
  #removeFailed?: string | undefined;

  constructor(
    private readonly cabinet: CabinetContext,
    /** Where a service's form is on this site (see `service-href`). */
    private readonly serviceHref: () => string | undefined,
  ) {
    this.details = new ServiceApplicationDetails(cabinet, serviceHref);
    const citizen = (args: CabinetArgs) => args[0] !== undefined && args[4] === 'citizen';
    this.drafts = new PagedListController(cabinet.host, {
      args: () => cabinet.args(),
      fetch: (args, cursor, signal) =>
        citizen(args)
          ? args[1]?.listMyServiceDrafts({ query: { limit: args[3], cursor, lang: args[2] } }, { signal })
          : undefined,
      onError: (error) => cabinet.session.refused(error),
    });
    this.applications = new PagedListController(cabinet.host, {
      args: () => cabinet.args(),
      fetch: (args, cursor, signal) =>
        citizen(args)
          ? args[1]?.listMyServiceApplications(
              { query: { limit: args[3], cursor, lang: args[2] } },
              { signal },
            )
          : undefined,
      onError: (error) => cabinet.session.refused(error),
    });
  }

  get loading(): boolean {
    return this.drafts.status === 'loading' || this.applications.status === 'loading';
  }

  /** What to say once both lists have loaded (nothing while they load, or on an error said elsewhere). */
  outcome(lang: Lang): string | undefined {
    const messages = serviceMessages(lang);
    if (this.drafts.status === 'error') return messages.draftsError;
    if (this.applications.status === 'error') return messages.submittedError;
    if (this.drafts.status !== 'loaded' || this.applications.status !== 'loaded') return undefined;
    const drafts = this.drafts.items.length;
    const submitted = this.applications.items.length;
    // Nothing to report is not said: the two empty states are on the page.
    return drafts + submitted > 0 ? messages.loaded(drafts, submitted) : undefined;
  }

  clear(): void {
    this.details.clear();
    this.#confirming = undefined;
    this.#removing = undefined;
    this.#removeFailed = undefined;
  }

  /** Where a draft continues on this site, from `service-href`; only an http(s) URL. */
  private resumeLink(draft: Draft): string | undefined {
    const template = this.serviceHref();
    return template
      ? httpUrl(
          () =>
            new URL(
              template
                .replaceAll('{service}', encodeURIComponent(draft.service))
                .replaceAll('{draft}', encodeURIComponent(draft.id))
                .replaceAll('{application}', '')
                .replaceAll('{authority}', encodeURIComponent(draft.authority)),
              document.baseURI,
            ).href,
        )
      : undefined;
  }

  private async focus(selector: string): Promise<void> {
    await this.cabinet.host.updateComplete;
    this.cabinet.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private ask(draft: Draft): void {
    this.#confirming = draft.id;
    this.#removeFailed = undefined;
    this.cabinet.host.requestUpdate();
    void this.focus(`.draft[data-id="${CSS.escape(draft.id)}"] [part~="confirm-remove"]`);
  }

  private keep(draft: Draft): void {
    this.#confirming = undefined;
    this.cabinet.host.requestUpdate();
    void this.focus(`.draft[data-id="${CSS.escape(draft.id)}"] [part~="remove"]`);
  }

  private async remove(draft: Draft): Promise<void> {
    const [signedInUntil, client, lang] = this.cabinet.args();
    if (signedInUntil === undefined || !client || this.#removing) return;
    const messages = serviceMessages(lang);
    this.#removing = draft.id;
    this.cabinet.host.requestUpdate();
    try {
      await client.deleteServiceDraft({ path: { id: draft.id } });
    } catch (error) {
      this.#removing = undefined;
      if (this.cabinet.session.refused(error)) return;
      this.#removeFailed = draft.id;
      this.cabinet.host.requestUpdate();
      this.cabinet.announcer.say(messages.removeError);
      return;
    }
    this.#removing = undefined;
    this.#confirming = undefined;
    const index = this.drafts.items.findIndex((item) => item.id === draft.id);
    this.drafts.setItems(this.drafts.items.filter((item) => item.id !== draft.id));
    this.cabinet.announcer.say(messages.removed(draft.serviceTitle));
    // Focus goes to the draft that took its place, else to the list's heading.
    const next = this.drafts.items[Math.min(index, this.drafts.items.length - 1)];
    if (next) await focusTitle(this.cabinet, next);
    else await this.focus('#service-drafts-title');
  }

  private more = <T extends { id: string }>(
    list: PagedListController<T, CabinetArgs>,
    added: (n: number) => string,
    loadMoreError: string,
  ) =>
    loadMore(
      list,
      this.cabinet.announcer,
      () => ({ added, loadMoreError }),
      (item) => focusTitle(this.cabinet, item),
    );

  /** Two sections of the cabinet: the drafts, then the submitted applications. */
  render(lang: Lang, heading: (text: string, id: string) => TemplateResult): TemplateResult {
    const messages = serviceMessages(lang);
    return html`
      <section aria-labelledby="service-drafts-title">
        ${heading(messages.drafts, 'service-drafts-title')} ${this.renderDrafts(lang, messages)}
      </section>
      <section aria-labelledby="service-applications-title">
        ${heading(messages.submitted, 'service-applications-title')} ${this.renderApplications(lang, messages)}
      </section>
    `;
  }

  private renderDrafts(lang: Lang, messages: ServiceMessages): TemplateResult {
    const { status, items } = this.drafts;
    if (status === 'error') return renderFailed(messages.draftsError, lang, () => void this.drafts.reload());
    if (status !== 'loaded') return renderSkeleton();
    if (items.length === 0) return html`<div class="state" part="state"><p>${messages.draftsEmpty}</p></div>`;
    const more = {
      ...cabinetMessages(lang),
      loadMore: messages.moreDrafts,
      loadMoreError: messages.moreDraftsError,
    };
    return html`
      <ul class="applications" part="service-drafts">
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.renderDraft(item, lang, messages),
        )}
      </ul>
      ${
        this.drafts.hasMore
          ? renderLoadMore(this.drafts.moreStatus, more, () =>
              this.more(this.drafts, messages.addedDrafts, messages.moreDraftsError),
            )
          : nothing
      }
    `;
  }

  private renderDraft(draft: Draft, lang: Lang, messages: ServiceMessages): TemplateResult {
    const { heading, names } = this.cabinet;
    const resume = this.resumeLink(draft);
    const about = html`<span class="visually-hidden">: ${draft.serviceTitle}</span>`;
    const confirming = this.#confirming === draft.id;
    const removing = this.#removing === draft.id;
    return html`<li class="application draft" part="service-draft" data-id=${draft.id}>
      ${heading(2, 'application-title', draft.serviceTitle)}
      <dl class="meta">
        <dt>${serviceMessages(lang).changed}</dt>
        <dd><time datetime=${draft.updatedAt}>${formatDate(draft.updatedAt, lang)}</time></dd>
        <dt>${cabinetMessages(lang).authority}</dt>
        <dd>${names.name(draft.authority)}</dd>
      </dl>
      ${draft.formVersion < draft.currentFormVersion ? html`<p class="notification-body">${messages.formChanged}</p>` : nothing}
      ${this.#removeFailed === draft.id ? html`<p class="inline-error" role="alert">${messages.removeError}</p>` : nothing}
      ${
        confirming
          ? html`<div class="confirm" role="group" aria-label=${messages.confirmRemove}>
              <p>${messages.confirmRemove}</p>
              <button
                type="button"
                class="button"
                part="confirm-remove"
                ?disabled=${removing}
                aria-disabled=${removing ? 'true' : 'false'}
                @click=${() => this.remove(draft)}
              >
                ${removing ? messages.removing : messages.confirmYes}${about}
              </button>
              <button type="button" class="button secondary" part="keep" ?disabled=${removing} @click=${() => this.keep(draft)}>
                ${messages.confirmNo}
              </button>
            </div>`
          : html`<div class="actions">
              ${resume ? html`<a class="button" part="resume" href=${resume}>${messages.resume}${about}</a>` : nothing}
              <button type="button" class="button secondary" part="remove" @click=${() => this.ask(draft)}>
                ${messages.remove}${about}
              </button>
            </div>`
      }
    </li>`;
  }

  private renderApplications(lang: Lang, messages: ServiceMessages): TemplateResult {
    const { status, items } = this.applications;
    if (status === 'error')
      return renderFailed(messages.submittedError, lang, () => void this.applications.reload());
    if (status !== 'loaded') return renderSkeleton();
    if (items.length === 0)
      return html`<div class="state" part="state"><p>${messages.submittedEmpty}</p></div>`;
    const more = {
      ...cabinetMessages(lang),
      loadMore: messages.moreSubmitted,
      loadMoreError: messages.moreSubmittedError,
    };
    const { heading, names } = this.cabinet;
    return html`
      <ul class="applications" part="service-applications">
        ${repeat(
          items,
          (item) => item.id,
          (item) => html`<li class="application" part="service-application" data-id=${item.id}>
            ${heading(
              3,
              'application-title',
              html`<span class="status ${item.status}" part="status ${item.status}">${messages.status(item.status)}</span>
                ${item.serviceTitle}`,
            )}
            <dl class="meta">
              <dt>${messages.reference}</dt>
              <dd class="reference" translate="no">${item.reference}</dd>
              <dt>${cabinetMessages(lang).authority}</dt>
              <dd>${names.name(item.authority)}</dd>
              <dt>${messages.submittedOn}</dt>
              <dd><time datetime=${item.submittedAt}>${formatDate(item.submittedAt, lang)}</time></dd>
            </dl>
            ${this.details.render(item.id, item.serviceTitle, lang)}
          </li>`,
        )}
      </ul>
      ${
        this.applications.hasMore
          ? renderLoadMore(this.applications.moreStatus, more, () =>
              this.more(this.applications, messages.addedSubmitted, messages.moreSubmittedError),
            )
          : nothing
      }
    `;
  }
}
