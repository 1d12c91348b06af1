import type { Lang, Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { resolveMediaUrl } from '../core/client.js';
import { formatDate } from '../core/format.js';
import { renderLoadMore } from '../core/load-more.js';
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

type Notification = Schemas['Notification'];

/** A decision's notification links to its application: `/v1/participation/applications/<id>`. */
const APPLICATION_LINK = /^\/v1\/participation\/applications\/([\w-]+)$/;

/**
 * The cabinet's notifications, newest first: unread ones marked, each with "mark as read" (busy
 * while it is sent, an inline error if it fails), paged with "more notifications". A decision's
 * notification opens its application below (`showApplication`).
 */
export class CabinetNotifications {
  readonly list: PagedListController<Notification, CabinetArgs>;
  #marking = new Set<string>();
  #markFailed = new Set<string>();
  /** Aborted on sign-out: a "mark as read" answering after it changes nothing. */
  #writes = new AbortController();

  constructor(
    private readonly cabinet: CabinetContext,
    private readonly showApplication: (id: string) => void,
  ) {
    this.list = new PagedListController(cabinet.host, {
      args: () => cabinet.args(),
      fetch: ([signedInUntil, client, lang, limit], cursor, signal) =>
        signedInUntil === undefined
          ? undefined
          : client?.listMyNotifications({ query: { lang, limit, cursor } }, { signal }),
      onError: (error) => cabinet.session.refused(error),
    });
  }

  /** How many are unread, of those shown. */
  get unread(): number {
    return this.list.items.filter((item) => item.readAt === null).length;
  }

  /** What to say of the first page (nothing while it loads, or when there is none to ask for). */
  outcome(lang: Lang): string | undefined {
    const messages = cabinetMessages(lang);
    const { status, items } = this.list;
    if (status === 'error') return messages.notificationsError;
    if (status !== 'loaded') return undefined;
    return items.length ? messages.notificationsLoaded(items.length) : messages.notificationsEmpty;
  }

  /** Forgets what was being marked (signed out), aborting it. */
  clear(): void {
    this.#writes.abort();
    this.#writes = new AbortController();
    this.#marking = new Set();
    this.#markFailed = new Set();
  }

  private retry = async (): Promise<void> => {
    await this.list.reload();
    this.cabinet.announcer.say(this.outcome(this.cabinet.host.resolvedLang) ?? '');
  };

  private more = async (): Promise<void> => {
    const added = await this.list.more();
    const messages = cabinetMessages(this.cabinet.host.resolvedLang);
    if (!added) {
      if (this.list.moreStatus === 'error') this.cabinet.announcer.say(messages.loadMoreError);
      return;
    }
    this.cabinet.announcer.say(messages.added(added.length));
    await focusTitle(this.cabinet, added[0]);
  };

  private async markRead(notification: Notification): Promise<void> {
    const [signedInUntil, client, lang] = this.cabinet.args();
    const { id } = notification;
    if (signedInUntil === undefined || !client || this.#marking.has(id)) return;
    const signal = this.#writes.signal;
    const host = this.cabinet.host;
    this.#marking.add(id);
    this.#markFailed.delete(id);
    host.requestUpdate();
    try {
      await client.markNotificationRead({ path: { id } }, { signal });
      if (signal.aborted) return;
      const readAt = new Date().toISOString();
      this.list.setItems(this.list.items.map((item) => (item.id === id ? { ...item, readAt } : item)));
      this.cabinet.announcer.say(cabinetMessages(lang).markedRead);
      // The button is gone: focus stays on this notification.
      await focusTitle(this.cabinet, notification);
    } catch (error) {
      if (signal.aborted || this.cabinet.session.refused(error)) return;
      this.#markFailed.add(id);
      this.cabinet.announcer.say(cabinetMessages(lang).markReadError);
    } finally {
      if (!signal.aborted) this.#marking.delete(id);
      host.requestUpdate();
    }
  }

  render(lang: Lang, messages: CabinetMessages): TemplateResult {
    const { status, items } = this.list;
    if (status === 'error') return renderFailed(messages.notificationsError, lang, this.retry);
    if (status !== 'loaded') return renderSkeleton();
    if (items.length === 0) {
      return html`<div class="state" part="state"><p>${messages.notificationsEmpty}</p></div>`;
    }
    return html`
      <ul class="notifications" part="notifications">
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.renderNotification(item, lang, messages),
        )}
      </ul>
      ${this.list.hasMore ? renderLoadMore(this.list.moreStatus, messages, this.more) : nothing}
    `;
  }

  private renderNotification(item: Notification, lang: Lang, messages: CabinetMessages): TemplateResult {
    const unread = item.readAt === null;
    const contentLang = item.lang !== lang ? item.lang : undefined;
    const application = APPLICATION_LINK.exec(item.link ?? '')?.[1];
    const link =
      item.link && !application
        ? httpUrl(() => resolveMediaUrl(item.link ?? '', this.cabinet.host.resolvedApi ?? ''))
        : undefined;
    const marking = this.#marking.has(item.id);
    return html`<li
      class="notification ${unread ? 'unread' : ''}"
      part=${unread ? 'notification unread' : 'notification'}
      data-id=${item.id}
    >
      ${this.cabinet.heading(
        2,
        'notification-title',
        html`${unread ? html`<span class="badge" part="badge">${messages.unread}</span> ` : nothing}<span
            lang=${contentLang ?? nothing}
            >${item.title}</span
          >`,
      )}
      <time class="date" datetime=${item.createdAt}>${formatDate(item.createdAt, lang)}</time>
      <p class="notification-body" lang=${contentLang ?? nothing}>${item.body}</p>
      ${this.#markFailed.has(item.id) ? html`<p class="inline-error">${messages.markReadError}</p>` : nothing}
      ${
        unread || link || application
          ? html`<div class="actions">
              ${
                application
                  ? html`<button type="button" class="button secondary" part="show-application" @click=${() =>
                      this.showApplication(application)}>
                      ${messages.showApplication}<span class="visually-hidden">: ${item.title}</span>
                    </button>`
                  : nothing
              }
              ${
                link
                  ? html`<a class="link" href=${link} target="_blank" rel="noopener noreferrer"
                      >${messages.more}<span class="visually-hidden">: ${item.title}</span></a
                    >`
                  : nothing
              }
              ${
                unread
                  ? html`<button
                      type="button"
                      class="button secondary"
                      part="mark-read"
                      aria-disabled=${marking ? 'true' : 'false'}
                      @click=${() => this.markRead(item)}
                    >
                      ${marking ? messages.markingRead : messages.markRead}<span class="visually-hidden"
                        >: ${item.title}</span
                      >
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </li>`;
  }
}
