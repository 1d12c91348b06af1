import type { Lang, Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { directionNames } from '../core/directions.js';
import { AttachmentDownloads } from '../core/download.js';
import { formatDate } from '../core/format.js';
import { loadMore, renderLoadMore } from '../core/load-more.js';
import { PagedListController } from '../core/paged-list.js';
import { type CabinetMessages, cabinetMessages } from './messages.js';
import {
  type CabinetArgs,
  type CabinetContext,
  focusTitle,
  httpUrl,
  renderFailed,
  renderSkeleton,
} from './section.js';

type Application = Schemas['ParticipationApplication'];

/**
 * A citizen's e-participation applications, newest first (staff file none: not asked for), each
 * with its authority, direction, date and status, and behind a disclosure its text, attached files
 * (downloaded with the reader's token) and history; approved ones link to their poll.
 */
export class CabinetApplications {
  readonly list: PagedListController<Application, CabinetArgs>;
  readonly #attachments: AttachmentDownloads;

  constructor(
    private readonly cabinet: CabinetContext,
    /** Where an approved application's poll is on this site (see `poll-href`). */
    private readonly pollHref: () => string | undefined,
  ) {
    this.list = new PagedListController(cabinet.host, {
      args: () => cabinet.args(),
      fetch: ([signedInUntil, client, , limit, kind], cursor, signal) =>
        signedInUntil === undefined || kind !== 'citizen'
          ? undefined
          : client?.listMyApplications({ query: { limit, cursor } }, { signal }),
      onError: (error) => cabinet.session.refused(error),
    });
    this.#attachments = new AttachmentDownloads(cabinet.host, {
      get: (id, attachmentId, signal) => {
        const [signedInUntil, client] = cabinet.args();
        return signedInUntil === undefined
          ? undefined
          : client?.getParticipationAttachment({ path: { id, attachmentId } }, { signal });
      },
      refused: (error) => cabinet.session.refused(error),
      say: (text) => cabinet.announcer.say(text),
      lang: () => cabinet.host.resolvedLang,
    });
  }

  /** What to say of the first page (nothing while it loads, for staff, or signed out). */
  outcome(lang: Lang): string | undefined {
    const messages = cabinetMessages(lang);
    const { status, items } = this.list;
    if (status === 'error') return messages.applicationsError;
    if (status !== 'loaded') return undefined;
    return items.length ? messages.applicationsLoaded(items.length) : messages.applicationsEmpty;
  }

  /** Forgets the downloads (signed out), aborting them: one answering after it saves nothing. */
  clear(): void {
    this.#attachments.clear();
  }

  private retry = async (): Promise<void> => {
    await this.list.reload();
    this.cabinet.announcer.say(this.outcome(this.cabinet.host.resolvedLang) ?? '');
  };

  /** Loads the next page; says how many were added and moves focus to the first. */
  private more = (): Promise<Application[] | undefined> =>
    loadMore(
      this.list,
      this.cabinet.announcer,
      () => {
        const messages = cabinetMessages(this.cabinet.host.resolvedLang);
        return { added: messages.addedApplications, loadMoreError: messages.moreApplicationsError };
      },
      (item) => focusTitle(this.cabinet, item),
    );

  /**
   * Opens an application with its history and moves focus to it, reading on through the pages
   * until it is there (a decision's notification points at it).
   */
  async show(id: string): Promise<void> {
    while (!this.list.items.some((item) => item.id === id) && this.list.hasMore) {
      if (!(await this.more())) return;
    }
    const host = this.cabinet.host;
    await host.updateComplete;
    const item = host.renderRoot.querySelector(`.application[data-id="${CSS.escape(id)}"]`);
    const details = item?.querySelector('details');
    if (details) details.open = true;
    await focusTitle(this.cabinet, { id });
  }

  /** Where an approved application's poll is, from `poll-href`; only an http(s) URL. */
  private pollLink(id: string | null): string | undefined {
    const template = this.pollHref();
    return template && id
      ? httpUrl(() => new URL(template.replaceAll('{id}', encodeURIComponent(id)), document.baseURI).href)
      : undefined;
  }

  render(lang: Lang, messages: CabinetMessages): TemplateResult {
    const { status, items } = this.list;
    if (status === 'error') return renderFailed(messages.applicationsError, lang, this.retry);
    if (status !== 'loaded') return renderSkeleton();
    if (items.length === 0) {
      return html`<div class="state" part="state"><p>${messages.applicationsEmpty}</p></div>`;
    }
    const moreMessages = {
      ...messages,
      loadMore: messages.moreApplications,
      loadMoreError: messages.moreApplicationsError,
    };
    return html`
      <ul class="applications" part="applications">
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.renderApplication(item, lang, messages),
        )}
      </ul>
      ${this.list.hasMore ? renderLoadMore(this.list.moreStatus, moreMessages, this.more) : nothing}
    `;
  }

  /** An application: user text, so only ever rendered as text. */
  private renderApplication(item: Application, lang: Lang, messages: CabinetMessages): TemplateResult {
    const { heading, names } = this.cabinet;
    const poll = item.status === 'approved' ? this.pollLink(item.pollId) : undefined;
    const title = html`<span class="visually-hidden">: ${item.title}</span>`;
    return html`<li class="application" part="application" data-id=${item.id}>
      ${heading(
        2,
        'application-title',
        html`<span class="status ${item.status}" part="status ${item.status}">${messages.status(item.status)}</span>
          ${item.title}`,
      )}
      <dl class="meta">
        <dt>${messages.authority}</dt>
        <dd>${names.name(item.authority)}</dd>
        <dt>${messages.direction}</dt>
        <dd>${directionNames(lang)[item.direction]}</dd>
        <dt>${messages.filed}</dt>
        <dd><time datetime=${item.createdAt}>${formatDate(item.createdAt, lang)}</time></dd>
      </dl>
      ${
        item.status === 'approved'
          ? html`<p class="notification-body">
              ${messages.becamePoll}
              ${poll ? html`<a class="link" part="poll-link" href=${poll}>${messages.openPoll}${title}</a>` : nothing}
            </p>`
          : nothing
      }
      <details part="history">
        <summary>${messages.history}${title}</summary>
        <p class="text">${item.text}</p>
        ${this.#attachments.render(item.id, item.attachments, lang, (text) =>
          heading(3, 'attachments-title', text),
        )}
        <ol class="steps">
          ${item.history.map((step) => {
            const reason = step.reason ?? (step.status === 'rejected' ? item.decisionReason : null);
            return html`<li>
              ${messages.status(step.status)},
              <time datetime=${step.at}>${formatDate(step.at, lang)}</time>${
                reason ? html`<br />${messages.reason}: ${reason}` : nothing
              }
            </li>`;
          })}
        </ol>
      </details>
    </li>`;
  }
}
