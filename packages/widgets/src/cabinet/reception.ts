import type { Lang, Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDate } from '../core/format.js';
import { loadMore, renderLoadMore } from '../core/load-more.js';
import { PagedListController } from '../core/paged-list.js';
import { TaskStatus, WidgetTask } from '../core/task.js';
import { CalendarDownloads, type ReceptionRequest, renderRequest } from '../reception/requests.js';
import { cabinetMessages } from './messages.js';
import { type ReceptionSectionMessages, receptionSectionMessages } from './reception-messages.js';
import {
  type CabinetArgs,
  type CabinetContext,
  focusTitle,
  renderFailed,
  renderSkeleton,
} from './section.js';

type Feed = Schemas['CalendarFeed'];

/** Whether the arguments are a signed-in citizen's (the reception is theirs only). */
const citizen = (args: CabinetArgs) => args[0] !== undefined && args[4] === 'citizen';

/**
 * The cabinet's reception: the citizen's requests for a meeting, with the appointment as
 * `<icra-reception>` shows it (one shared module) and its .ics; and the private calendar feed of
 * the citizen's appointments — made (its address shown once, read-only, with Copy), made anew, or
 * stopped.
 */
export class CabinetReception {
  readonly list: PagedListController<ReceptionRequest, CabinetArgs>;
  readonly downloads: CalendarDownloads;
  /** Whether the citizen has a feed, as the portal said when the cabinet loaded. */
  readonly feed: WidgetTask<CabinetArgs, Schemas['CalendarFeedState'] | undefined>;
  /** The feed made here (its address, shown only now), or `null`: stopped here. */
  #made?: Feed | null | undefined;
  #busy?: 'create' | 'stop' | undefined;
  #failed = false;
  #copied = '';

  constructor(private readonly cabinet: CabinetContext) {
    this.list = new PagedListController(cabinet.host, {
      args: () => cabinet.args(),
      fetch: (args, cursor, signal) =>
        citizen(args)
          ? args[1]?.listMyReceptionRequests(
              { query: { limit: args[3], lang: args[2], ...(cursor ? { cursor } : {}) } },
              { signal },
            )
          : undefined,
      onError: (error) => cabinet.session.refused(error),
    });
    this.downloads = new CalendarDownloads(cabinet.host, {
      client: () => cabinet.args()[1],
      refused: (error) => cabinet.session.refused(error),
      say: (text) => cabinet.announcer.say(text),
      lang: () => cabinet.args()[2],
    });
    this.feed = new WidgetTask(cabinet.host, {
      args: () => cabinet.args(),
      task: async (args, { signal }) =>
        citizen(args) && args[1] ? args[1].getMyCalendarFeed({ signal }) : undefined,
      onError: (error) => cabinet.session.refused(error),
    });
  }

  get loading(): boolean {
    return this.list.status === 'loading';
  }

  /** What to say once the list has loaded (nothing for an empty one: its state is on the page). */
  outcome(lang: Lang): string | undefined {
    const messages = receptionSectionMessages(lang);
    if (this.list.status === 'error') return messages.error;
    if (this.list.status !== 'loaded' || !this.list.items.length) return undefined;
    return messages.loaded(this.list.items.length);
  }

  clear(): void {
    this.downloads.clear();
    this.#made = undefined;
    this.#busy = undefined;
    this.#failed = false;
    this.#copied = '';
  }

  async #focus(selector: string): Promise<void> {
    await this.cabinet.host.updateComplete;
    this.cabinet.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Makes the feed, or a new address for it (the old one stops working). */
  async #create(messages: ReceptionSectionMessages): Promise<void> {
    const client = this.cabinet.args()[1];
    if (!client || this.#busy) return;
    this.#busy = 'create';
    this.#failed = false;
    this.#copied = '';
    this.cabinet.host.requestUpdate();
    try {
      this.#made = await client.renewMyCalendarFeed();
      this.cabinet.announcer.say(messages.made);
      this.#busy = undefined;
      await this.#focus('#calendar-feed-url');
    } catch (error) {
      this.#busy = undefined;
      if (this.cabinet.session.refused(error)) return;
      this.#failed = true;
      this.cabinet.announcer.say(messages.feedWriteError);
    } finally {
      this.cabinet.host.requestUpdate();
    }
  }

  /** Revokes the feed: its address stops working at once. */
  async #stop(messages: ReceptionSectionMessages): Promise<void> {
    const client = this.cabinet.args()[1];
    if (!client || this.#busy) return;
    this.#busy = 'stop';
    this.#failed = false;
    this.cabinet.host.requestUpdate();
    try {
      await client.revokeMyCalendarFeed();
      this.#made = null;
      this.#copied = '';
      this.cabinet.announcer.say(messages.stopped);
      this.#busy = undefined;
      await this.#focus('[part~="create-feed"]');
    } catch (error) {
      this.#busy = undefined;
      if (this.cabinet.session.refused(error)) return;
      this.#failed = true;
      this.cabinet.announcer.say(messages.feedWriteError);
    } finally {
      this.cabinet.host.requestUpdate();
    }
  }

  async #copy(url: string, messages: ReceptionSectionMessages): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.#copied = messages.copied;
    } catch {
      // No clipboard (permissions, an old browser): the address is selected for the reader to copy.
      this.cabinet.host.renderRoot.querySelector<HTMLInputElement>('#calendar-feed-url')?.select();
      this.#copied = messages.copyFailed;
    }
    this.cabinet.announcer.say(this.#copied);
    this.cabinet.host.requestUpdate();
  }

  /** Two sections of the cabinet: the requests for a meeting, then the calendar feed. */
  render(lang: Lang, heading: (text: string, id: string) => TemplateResult): TemplateResult {
    const messages = receptionSectionMessages(lang);
    return html`
      <section aria-labelledby="reception-requests-title">
        ${heading(messages.requests, 'reception-requests-title')} ${this.#renderList(lang, messages)}
      </section>
      <section aria-labelledby="calendar-feed-title" part="calendar-feed">
        ${heading(messages.feed, 'calendar-feed-title')}
        <p class="intro">${messages.feedIntro}</p>
        ${this.#renderFeed(lang, messages)}
      </section>
    `;
  }

  #renderList(lang: Lang, messages: ReceptionSectionMessages): TemplateResult {
    const { status, items } = this.list;
    if (status === 'error') return renderFailed(messages.error, lang, () => void this.list.reload());
    if (status !== 'loaded') return renderSkeleton();
    if (!items.length) return html`<div class="state" part="state"><p>${messages.empty}</p></div>`;
    const more = { ...cabinetMessages(lang), loadMore: messages.more, loadMoreError: messages.moreError };
    const { heading, announcer } = this.cabinet;
    return html`
      <ul class="requests" part="reception-requests">
        ${repeat(
          items,
          (item) => item.id,
          (item) =>
            renderRequest(item, lang, (content) => heading(2, 'application-title', content), this.downloads),
        )}
      </ul>
      ${
        this.list.hasMore
          ? renderLoadMore(this.list.moreStatus, more, () =>
              loadMore(
                this.list,
                announcer,
                () => ({ added: messages.added, loadMoreError: messages.moreError }),
                (item) => focusTitle(this.cabinet, item),
              ),
            )
          : nothing
      }
    `;
  }

  #renderFeed(lang: Lang, messages: ReceptionSectionMessages): TemplateResult {
    const { status, value } = this.feed;
    const made = this.#made;
    if (made === undefined) {
      if (status === TaskStatus.ERROR)
        return renderFailed(messages.feedError, lang, () => void this.feed.run());
      if (status !== TaskStatus.COMPLETE || !value) return renderSkeleton();
    }
    const busy = this.#busy;
    const failed = this.#failed ? html`<p class="inline-error">${messages.feedWriteError}</p>` : nothing;
    const createButton = (label: string) =>
      html`<button
        type="button"
        class="button ${made || value?.active ? 'secondary' : ''}"
        part="create-feed"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.#create(messages)}
      >
        ${busy === 'create' ? messages.creating : label}
      </button>`;
    const stopButton = html`<button
      type="button"
      class="button secondary"
      part="stop-feed"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => this.#stop(messages)}
    >
      ${busy === 'stop' ? messages.stopping : messages.stop}
    </button>`;
    if (made) {
      return html`<div class="feed" part="feed">
        <label for="calendar-feed-url">${messages.address}</label>
        <p class="hint" id="calendar-feed-hint">${messages.addressHint}</p>
        <div class="feed-address">
          <input
            id="calendar-feed-url"
            part="feed-url"
            type="text"
            readonly
            spellcheck="false"
            autocomplete="off"
            aria-describedby="calendar-feed-hint"
            .value=${made.url}
            @focus=${(event: Event) => (event.target as HTMLInputElement).select()}
          />
          <button type="button" class="button" part="copy-feed" @click=${() => this.#copy(made.url, messages)}>
            ${messages.copy}
          </button>
        </div>
        ${this.#copied ? html`<p class="hint" part="copied">${this.#copied}</p>` : nothing}
        <div class="actions">${stopButton}</div>
        ${failed}
      </div>`;
    }
    if (made !== null && value?.active) {
      return html`<div class="feed" part="feed">
        <p>${messages.feedSince(formatDate(value.createdAt ?? '', lang))}</p>
        <div class="actions">${createButton(messages.renew)} ${stopButton}</div>
        ${failed}
      </div>`;
    }
    return html`<div class="feed" part="feed">
      <p>${messages.feedNone}</p>
      <div class="actions">${createButton(messages.create)}</div>
      ${failed}
    </div>`;
  }
}
