import { IcraApiError, type IcraClient, type Lang, receptionRequestStatusValues } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from '../core/announcer.js';
import { toBakuLocal } from '../core/baku-time.js';
import { formatDateTime } from '../core/date-time.js';
import { AttachmentDownloads, attachmentStyles } from '../core/download.js';
import { IcraElement } from '../core/element.js';
import { FormController } from '../core/form-controller.js';
import { formStyles } from '../core/form-styles.js';
import { formatDate } from '../core/format.js';
import { loadMore, renderLoadMore } from '../core/load-more.js';
import { PagedListController } from '../core/paged-list.js';
import { renderReasonField } from '../core/reason-field.js';
import {
  BAKU_TIME_LABEL,
  bakuTimeNote,
  formatMeeting,
  formatTimeRange,
  weekdayName,
} from '../core/reception-format.js';
import { SessionController } from '../core/session-controller.js';
import { announceLoading, renderQueueState } from '../core/staff-queue.js';
import { baseStyles } from '../core/styles.js';
import { initialState, TaskStatus, WidgetTask } from '../core/task.js';
import { moderationStyles } from '../moderation/moderation.styles.js';
import { renderSignIn } from '../sign-in/define.js';
import { IcraReceptionDeskChangeEvent } from './events.js';
import { type ReceptionDeskMessages, receptionDeskMessages } from './messages.js';
import { receptionDeskStyles } from './reception-desk.styles.js';
import type {
  NearestSlot,
  ReceptionDeskAction,
  ReceptionOfficial,
  ReceptionRequest,
  ReceptionRequestStatus,
  ReceptionRoom,
} from './types.js';
import {
  addDays,
  bakuToday,
  type IsoDate,
  isIsoDate,
  isoWeekday,
  mondayOf,
  noonOf,
  type WeekCell,
  type WeekGrid,
  weekGrid,
} from './week.js';

const PAGE_SIZE = 20;
/** The forms an officer opens on the chosen request (scheduling needs none: a free cell fills it). */
type FormAction = 'reschedule' | 'decline' | 'cancel';
const FIELDS = ['slot', 'reason'] as const;
type Field = (typeof FIELDS)[number];

/** The field a JSON pointer of the portal's field errors is about. */
export function fieldOfPointer(pointer: string): Field | undefined {
  if (/^\/body\/reason(\/|$)/.test(pointer)) return 'reason';
  if (/^\/body\/(startsAt|endsAt|official|room)(\/|$)/.test(pointer)) return 'slot';
  return undefined;
}

/** The meeting a free cell (or one of the nearest free slots) gives: who, where, from when to when. */
interface ChosenSlot {
  official: ReceptionOfficial;
  room: ReceptionRoom;
  startsAt: string;
  endsAt: string;
}

const isStatus = (error: unknown, status: number) => error instanceof IcraApiError && error.status === status;
const isSlotTaken = (error: unknown) =>
  error instanceof IcraApiError && error.status === 409 && error.type.endsWith(':slot-taken');
const inLang = (lang: Lang) => ({ headers: { 'accept-language': lang } });
const plusMinutes = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();

/**
 * The citizen reception's desk of an authority's reception officers (officials with the
 * `reception` role): the requests citizens made for a meeting, by status (awaiting a time first),
 * 20 at a time, each with the citizen's name, topic, what it is about, whom and when they would
 * rather meet and when they asked; and a week of an official's reception hours, free and booked, as
 * a grid operated by keyboard. With a request chosen, a free cell fills in the official, the room
 * and the time, and confirming schedules the meeting; a scheduled one is moved (with a reason) or
 * cancelled, a request awaiting a time declined or cancelled, each with the reason the citizen
 * reads. All times are Baku's, labelled so when the reader's clock differs.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra-reception-desk.js"></script>
 * <icra-reception-desk api="https://portal.example.az" authority="guba"></icra-reception-desk>
 * ```
 *
 * Every change is sent with the request's revision (`If-Match`): when it changed meanwhile (412),
 * or no longer allows the change (409), the desk says so and loads it again. When the official or
 * the room has another meeting at that time (409 `slot-taken`), the desk says so and offers the
 * nearest free times the portal named, each a button that schedules into it.
 *
 * @event {IcraReceptionDeskChangeEvent} icra-reception-desk-change - The portal recorded an officer's change of a request: `detail` is `{ request, action, status }`.
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside: the officer signed in here.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside: the officer signed out here, or the token expired.
 *
 * @csspart base - The widget's root box.
 * @csspart title - The widget's heading.
 * @csspart notice - What the last change did (also said in the polite live region).
 * @csspart filter - Each of the status filter buttons (`aria-pressed` marks the current one).
 * @csspart list - The `<ul>` of requests.
 * @csspart item - One request of the list.
 * @csspart open - The button (the citizen's name and the reference) that chooses a request.
 * @csspart status - A request's status label.
 * @csspart facts - A request's topic, preferences, date and meeting.
 * @csspart description - What the citizen wrote.
 * @csspart attachments - The list of the citizen's files of the chosen request; each is an `attachment`.
 * @csspart load-more - The "more requests" button.
 * @csspart selected - The chosen request's panel with its actions and forms.
 * @csspart actions - A row of buttons.
 * @csspart form - The form of a change (the meeting's time, reschedule, decline, cancel).
 * @csspart conflict - The message after a 409 or 412.
 * @csspart nearest - The `<ul>` of the nearest free times after a 409 `slot-taken`.
 * @csspart nearest-slot - One of them: a button that schedules into it.
 * @csspart error-summary - The error summary.
 * @csspart field-error - A field's own error message.
 * @csspart week - The week's section: its heading, buttons, official and grid.
 * @csspart previous-week - The "previous week" button.
 * @csspart next-week - The "next week" button.
 * @csspart grid-box - The box the grid scrolls in, sideways, on a narrow screen.
 * @csspart grid - The week's grid (`role="grid"`).
 * @csspart cell - A cell of the grid (`free`, `booked`, `chosen` or `none` with it).
 * @csspart baku-time - The "Baku time" label, shown when the reader's clock differs from Baku's.
 * @csspart state - The box of the loading, refusal, empty and error states.
 *
 * @cssprop --icra-color-accent - Buttons, links, free cells. Default #0b5cad light, #7db7f5 dark.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour (the chosen cell).
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Hints, dates, booked cells.
 * @cssprop --icra-color-surface - Background; inputs.
 * @cssprop --icra-color-surface-raised - List items, booked cells.
 * @cssprop --icra-color-border - Borders of inputs, boxes and the grid.
 * @cssprop --icra-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --icra-color-danger - Errors.
 * @cssprop --icra-color-skeleton - Loading placeholders.
 * @cssprop --icra-font-family - Font. Default: inherited from the page.
 * @cssprop --icra-font-size - Base font size. Default 1rem.
 * @cssprop --icra-radius - Corner radius. Default 0.5rem.
 * @cssprop --icra-space - Spacing unit. Default 1rem.
 * @cssprop --icra-max-width - Largest width of the widget. Default none.
 */
export class IcraReceptionDesk extends IcraElement {
  static override styles = [baseStyles, formStyles, attachmentStyles, moderationStyles, receptionDeskStyles];

  /** A day (`YYYY-MM-DD`, Baku) of the week the grid shows first. Default: this week. */
  @property() week?: string;

  @state() private status: ReceptionRequestStatus = 'requested';
  /** The chosen request, as the portal last answered it. */
  @state() private selected: ReceptionRequest | undefined;
  /** The open form, if any. */
  @state() private action: FormAction | undefined;
  /** The meeting a free cell gave (for scheduling or rescheduling). */
  @state() private chosen: ChosenSlot | undefined;
  @state() private reason = '';
  @state() private notice = '';
  /** After a 409 or 412: why the change was refused. */
  @state() private conflict = '';
  /** After a 409 `slot-taken`: the nearest free slots of that official, each with its room. */
  @state() private nearest: ChosenSlot[] | undefined;
  /** The Monday of the week shown (undefined: that of `week`, else this week). */
  @state() private monday: IsoDate | undefined;
  /** The official whose hours the grid shows (undefined: the first). */
  @state() private officialId: string | undefined;

  /** The grid cell with `tabindex="0"` (roving), by row and column, for the grid it was set in. */
  private focusRow = 0;
  private focusCol = 0;
  private focusKey = '';

  private readonly session = new SessionController(this, {
    onChange: () => this.forget(),
    scopes: ['reception:schedule'],
  });
  private readonly announcer = new Announcer(this);
  /** The citizen's files of the chosen request, fetched with the officer's token. */
  private readonly attachments = new AttachmentDownloads(this, {
    get: (id, attachmentId, signal) =>
      this.signedInClient?.getReceptionAttachment({ path: { id, attachmentId } }, { signal }),
    refused: (error) => this.session.refused(error),
    say: (text) => this.announcer.say(text),
    lang: () => this.resolvedLang,
  });
  private readonly queue = new PagedListController(this, {
    args: () =>
      [
        this.resolvedApi,
        this.injectedClient,
        this.resolvedAuthority,
        this.status,
        this.session.signedIn ? this.session.state.expiresAt : undefined,
      ] as const,
    fetch: ([, , authority, status, signedInUntil], cursor, signal) => {
      const client = this.signedInClient;
      if (!client || !authority || signedInUntil === undefined) return undefined;
      const lang = this.resolvedLang;
      const page = client.listReceptionRequests(
        {
          path: { slug: authority },
          query: { status, limit: PAGE_SIZE, lang, ...(cursor ? { cursor } : {}) },
        },
        { signal, ...inLang(lang) },
      );
      return cursor ? page : announceLoading(this.announcer, page, signal, receptionDeskMessages(lang));
    },
    onError: (error) => this.session.refused(error),
  });
  /** The authority's officials who receive citizens, with their hours and rooms. */
  private readonly officials = new WidgetTask(this, {
    args: () =>
      [this.signedInClient, this.resolvedAuthority, this.resolvedLang, this.session.signedIn] as const,
    task: async ([client, authority, lang, signedIn], { signal }) =>
      client && authority && signedIn
        ? (await client.listReceptionOfficials({ query: { authority, lang } }, { signal, ...inLang(lang) }))
            .items
        : initialState,
  });
  /** The shown official's slots in the shown week. */
  private readonly availability = new WidgetTask(this, {
    args: () =>
      [this.signedInClient, this.currentOfficial?.id, this.currentMonday, this.resolvedLang] as const,
    task: ([client, official, monday, lang], { signal }) =>
      client && official
        ? client.getReceptionAvailability(
            { query: { official, from: monday, to: addDays(monday, 7), lang } },
            { signal, ...inLang(lang) },
          )
        : initialState,
    onError: (error) => this.session.refused(error),
  });
  private readonly form = new FormController<Field>(this, {
    fields: FIELDS,
    pointer: fieldOfPointer,
    session: this.session,
  });

  private get signedInClient(): IcraClient | undefined {
    return this.session.client(this.resolvedLang);
  }

  private get messages(): ReceptionDeskMessages {
    return receptionDeskMessages(this.resolvedLang);
  }

  private get currentMonday(): IsoDate {
    return this.monday ?? mondayOf(isIsoDate(this.week) ? this.week : bakuToday());
  }

  private get currentOfficial(): ReceptionOfficial | undefined {
    const officials = this.officials.value ?? [];
    return officials.find((official) => official.id === this.officialId) ?? officials[0];
  }

  /** Signed out (or in as someone else): nothing of what was shown stays. */
  private forget(): void {
    this.attachments.clear();
    this.selected = undefined;
    this.action = undefined;
    this.chosen = undefined;
    this.reason = '';
    this.notice = '';
    this.conflict = '';
    this.nearest = undefined;
    this.form?.reset();
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Every room of the authority's officials, by id. */
  private roomOf(id: string): ReceptionRoom {
    for (const official of this.officials.value ?? [])
      for (const hours of official.hours) if (hours.room.id === id) return hours.room;
    return { id, name: '' };
  }

  // ——— Choosing ———

  private setStatus(status: ReceptionRequestStatus): void {
    if (status === this.status) return;
    this.status = status;
  }

  private select(request: ReceptionRequest): void {
    if (this.selected?.id === request.id) {
      this.selected = undefined;
      this.resetChange();
      return;
    }
    this.selected = request;
    this.notice = '';
    this.resetChange();
    const meeting = request.appointment && !request.appointment.cancelled ? request.appointment : undefined;
    const official = meeting?.official.id ?? request.preferredOfficial?.id;
    if (official && (this.officials.value ?? []).some((candidate) => candidate.id === official))
      this.officialId = official;
    if (meeting) this.monday = mondayOf(toBakuLocal(meeting.startsAt).slice(0, 10));
    void this.focusOn('#selected-heading');
  }

  private resetChange(): void {
    this.action = undefined;
    this.chosen = undefined;
    this.reason = '';
    this.conflict = '';
    this.nearest = undefined;
    this.form.reset();
  }

  private openForm(action: FormAction): void {
    this.resetChange();
    this.action = action;
    this.notice = '';
    void this.focusOn('#form-heading');
  }

  private closeForm(): void {
    const action = this.action;
    this.resetChange();
    if (action) void this.focusOn(`[data-action="${action}"]`);
  }

  private moveWeek(days: number): void {
    this.monday = addDays(this.currentMonday, days);
    const monday = this.currentMonday;
    this.announcer.say(
      this.messages.weekOf(
        formatDate(noonOf(monday), this.resolvedLang),
        formatDate(noonOf(addDays(monday, 4)), this.resolvedLang),
      ),
    );
  }

  /** A cell was activated (Enter, Space, a click): a free one gives the chosen request its time. */
  private activate(cell: WeekCell): void {
    const slot = cell.slot;
    const official = this.currentOfficial;
    if (!slot || !official) return;
    const messages = this.messages;
    if (!slot.free) {
      this.announcer.say(messages.bookedSlot);
      return;
    }
    const request = this.selected;
    if (!request || (request.status !== 'requested' && request.status !== 'scheduled')) {
      this.announcer.say(messages.chooseRequest);
      return;
    }
    if (this.form.busy) return;
    if (request.status === 'scheduled' && this.action !== 'reschedule') {
      this.action = 'reschedule';
      this.reason = '';
    }
    if (request.status === 'requested' && this.action === 'reschedule') this.action = undefined;
    this.chosen = {
      official,
      room: slot.room,
      startsAt: slot.startsAt,
      endsAt: plusMinutes(slot.startsAt, official.slotMinutes),
    };
    this.conflict = '';
    this.nearest = undefined;
    this.form.edited('slot');
    this.announcer.say(messages.slotChosen(this.describeSlot(this.chosen)));
    void this.focusOn('#slot');
  }

  private describeSlot(slot: ChosenSlot): string {
    return `${formatMeeting(slot.startsAt, slot.endsAt, this.resolvedLang)}, ${slot.official.name}, ${slot.room.name}`;
  }

  // ——— Changes ———

  /**
   * Sends a change with the revision shown: the answer replaces the chosen request, the queue's
   * row follows (or leaves a list of another status), the grid is loaded again, and the notice says
   * what changed. 409 `slot-taken`: the nearest free slots are offered. Another 409 and 412: the
   * message says why, and the request and the queue are loaded again.
   */
  private async change(
    action: ReceptionDeskAction,
    request: ReceptionRequest,
    official: ReceptionOfficial | undefined,
    send: (client: IcraClient, options: { headers: Record<string, string> }) => Promise<ReceptionRequest>,
  ): Promise<ReceptionRequest | undefined> {
    const client = this.signedInClient;
    if (!client || this.form.busy) return undefined;
    const messages = this.messages;
    const lang = this.resolvedLang;
    const headers = { 'if-match': `"r${request.revision}"`, 'accept-language': lang };
    this.notice = '';
    this.conflict = '';
    this.nearest = undefined;
    const next = await this.form.submit(action, () => send(client, { headers }), {
      fallback: messages.errorFailed,
      onError: async (error) => {
        if (isSlotTaken(error) && official) {
          const named = ((error as IcraApiError).problem as { nearest?: NearestSlot[] }).nearest ?? [];
          this.chosen = undefined;
          this.nearest = named.map((slot) => ({
            official,
            room: this.roomOf(slot.room),
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
          }));
          this.conflict = this.nearest.length ? messages.slotTaken : messages.noNearest;
          this.announcer.say(this.conflict);
          void this.availability.run();
          await this.focusOn('#conflict');
          return true;
        }
        if (!isStatus(error, 409) && !isStatus(error, 412)) return false;
        const detail = error instanceof IcraApiError ? (error.detail ?? error.title) : '';
        this.conflict = isStatus(error, 412) ? messages.stale : messages.conflict(detail);
        this.action = undefined;
        this.chosen = undefined;
        await this.reload(client, request);
        await this.focusOn('#conflict');
        return true;
      },
    });
    if (!next) return undefined;
    this.selected = next;
    this.action = undefined;
    this.chosen = undefined;
    this.reason = '';
    this.queue.setItems(
      next.status === this.status
        ? this.queue.items.map((item) => (item.id === next.id ? next : item))
        : this.queue.items.filter((item) => item.id !== next.id),
    );
    this.notice = this.said(action, next);
    this.announcer.say(this.notice);
    this.dispatchEvent(new IcraReceptionDeskChangeEvent({ request: next.id, action, status: next.status }));
    void this.availability.run();
    await this.focusOn('#selected-heading');
    return next;
  }

  /** What a change did, in words. */
  private said(action: ReceptionDeskAction, request: ReceptionRequest): string {
    const messages = this.messages;
    const meeting = request.appointment;
    const when = meeting ? formatMeeting(meeting.startsAt, meeting.endsAt, this.resolvedLang) : '';
    switch (action) {
      case 'schedule':
        return messages.scheduled(
          request.citizenName,
          meeting?.official.name ?? '',
          when,
          meeting?.room.name ?? '',
        );
      case 'reschedule':
        return messages.rescheduled(request.citizenName, when, meeting?.room.name ?? '');
      case 'decline':
        return messages.declined(request.citizenName);
      case 'cancel':
        return messages.cancelled(request.citizenName);
    }
  }

  /** After a refusal: the request as the portal has it now, the queue and the grid again. */
  private async reload(client: IcraClient, request: ReceptionRequest): Promise<void> {
    const lang = this.resolvedLang;
    void this.queue.reload();
    void this.availability.run();
    try {
      this.selected = await client.getReceptionRequest(
        { path: { id: request.id }, query: { lang } },
        inLang(lang),
      );
    } catch (error) {
      this.session.refused(error);
    }
  }

  private async scheduleInto(slot: ChosenSlot): Promise<void> {
    const request = this.selected;
    if (!request) return;
    const id = request.id;
    const body = {
      official: slot.official.id,
      room: slot.room.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
    };
    await this.change('schedule', request, slot.official, (client, options) =>
      client.scheduleReceptionRequest({ path: { id }, query: { lang: this.resolvedLang }, body }, options),
    );
  }

  private async rescheduleInto(slot: ChosenSlot | undefined): Promise<void> {
    const request = this.selected;
    if (!request) return;
    const messages = this.messages;
    const reason = this.reason.trim();
    const problems: { field: Field; text: string }[] = [];
    if (!slot) problems.push({ field: 'slot', text: messages.errorSlot });
    if (reason.length < 3) problems.push({ field: 'reason', text: messages.errorReason });
    if (problems.length || !slot) {
      if (slot) this.chosen = slot;
      return this.form.show(problems);
    }
    const id = request.id;
    const body = {
      official: slot.official.id,
      room: slot.room.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      reason,
    };
    await this.change('reschedule', request, slot.official, (client, options) =>
      client.rescheduleReceptionRequest({ path: { id }, query: { lang: this.resolvedLang }, body }, options),
    );
  }

  private async submitSchedule(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.chosen) return this.form.show([{ field: 'slot', text: this.messages.errorSlot }]);
    await this.scheduleInto(this.chosen);
  }

  private async submitForm(event: Event): Promise<void> {
    event.preventDefault();
    const action = this.action;
    const request = this.selected;
    if (!action || !request) return;
    if (action === 'reschedule') return this.rescheduleInto(this.chosen);
    const reason = this.reason.trim();
    if (reason.length < 3) return this.form.show([{ field: 'reason', text: this.messages.errorReason }]);
    const id = request.id;
    const lang = this.resolvedLang;
    await this.change(action, request, undefined, (client, options) =>
      action === 'decline'
        ? client.declineReceptionRequest({ path: { id }, query: { lang }, body: { reason } }, options)
        : client.cancelReceptionRequest({ path: { id }, query: { lang }, body: { reason } }, options),
    );
  }

  /** One of the nearest free slots after a `slot-taken`: scheduled (or moved) into at once. */
  private takeNearest(slot: ChosenSlot): void {
    if (this.action === 'reschedule') void this.rescheduleInto(slot);
    else void this.scheduleInto(slot);
  }

  // ——— The grid's keyboard ———

  private async onGridKey(event: KeyboardEvent, grid: WeekGrid): Promise<void> {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-row]');
    if (!cell) return;
    let row = Number(cell.dataset.row);
    let col = Number(cell.dataset.col);
    const rows = grid.rows.length;
    const cols = grid.days.length;
    switch (event.key) {
      case 'ArrowRight':
        col = Math.min(col + 1, cols - 1);
        break;
      case 'ArrowLeft':
        col = Math.max(col - 1, 0);
        break;
      case 'ArrowDown':
        row = Math.min(row + 1, rows - 1);
        break;
      case 'ArrowUp':
        row = Math.max(row - 1, 0);
        break;
      case 'Home':
        col = 0;
        if (event.ctrlKey) row = 0;
        break;
      case 'End':
        col = cols - 1;
        if (event.ctrlKey) row = rows - 1;
        break;
      case 'PageDown':
        row = Math.min(row + 5, rows - 1);
        break;
      case 'PageUp':
        row = Math.max(row - 5, 0);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.activate(grid.rows[row]![col]!);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusRow = row;
    this.focusCol = col;
    this.requestUpdate();
    await this.focusOn(`td[data-row="${row}"][data-col="${col}"]`);
  }

  private onCellFocus(event: FocusEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-row]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    if (row === this.focusRow && col === this.focusCol) return;
    this.focusRow = row;
    this.focusCol = col;
    this.requestUpdate();
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = receptionDeskMessages(lang);
    const signedIn = this.session.signedIn;
    const configured = Boolean(this.resolvedApi && this.resolvedAuthority);
    const forbidden = this.queue.status === 'error' && isStatus(this.queue.error, 403);
    const loading =
      signedIn &&
      (this.queue.status === 'loading' ||
        this.officials.status === TaskStatus.PENDING ||
        this.availability.status === TaskStatus.PENDING);
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
        ${signedIn && this.notice ? html`<p class="notice" part="notice">${this.notice}</p>` : nothing}
        ${
          !configured
            ? html`<div class="state error" part="state"><p>${messages.notConfigured}</p></div>`
            : !signedIn
              ? html`<p class="intro">${messages.intro}</p>`
              : forbidden
                ? html`<div class="state error" part="state" role="alert"><p>${messages.forbidden}</p></div>`
                : html`${this.renderQueue(lang, messages)} ${this.renderSelected(lang, messages)}
                  ${this.renderWeek(lang, messages)}`
        }
        ${this.announcer.render()}
      </div>
    `;
  }

  private renderQueue(lang: Lang, messages: ReceptionDeskMessages): TemplateResult {
    return html`<section class="queue" aria-labelledby="queue-heading">
      <h3 id="queue-heading" tabindex="-1">${messages.queue}</h3>
      <div class="filters" role="group" aria-label=${messages.statusFilter}>
        ${receptionRequestStatusValues.map(
          (status) => html`<button
            type="button"
            class="filter"
            part="filter"
            data-status=${status}
            aria-pressed=${this.status === status ? 'true' : 'false'}
            @click=${() => this.setStatus(status)}
          >
            ${messages.status(status)}
          </button>`,
        )}
      </div>
      ${this.renderItems(lang, messages)}
    </section>`;
  }

  private renderItems(lang: Lang, messages: ReceptionDeskMessages): TemplateResult {
    const queue = this.queue;
    const state = renderQueueState(queue, messages);
    if (state) return state;
    return html`<ul class="list" part="list">
            ${repeat(
              queue.items,
              (item) => item.id,
              (
                item,
              ) => html`<li class="item ${this.selected?.id === item.id ? 'chosen' : ''}" part="item" data-id=${item.id}>
                <button
                  type="button"
                  class="open"
                  part="open"
                  aria-pressed=${this.selected?.id === item.id ? 'true' : 'false'}
                  @click=${() => this.select(item)}
                >
                  ${item.citizenName} · ${item.reference}
                </button>
                <span class="badge ${item.status}" part="status">${messages.status(item.status)}</span>
                ${this.renderFacts(item, lang, messages)}
                <p class="text" part="description">${item.description}</p>
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

  private renderFacts(
    request: ReceptionRequest,
    lang: Lang,
    messages: ReceptionDeskMessages,
  ): TemplateResult {
    const fact = (term: string, value: string | TemplateResult, key = '') =>
      html`<div data-fact=${key || nothing}>
        <dt>${term}</dt>
        <dd>${value}</dd>
      </div>`;
    const meeting = request.appointment;
    return html`<dl class="facts" part="facts">
      ${fact(messages.topic, request.topic.title, 'topic')}
      ${fact(messages.preferredOfficial, request.preferredOfficial?.name ?? messages.anyOfficial, 'official')}
      ${fact(
        messages.preferredDays,
        request.preferredDays.length
          ? request.preferredDays.map((day) => weekdayName(day, lang)).join(', ')
          : messages.anyDay,
        'days',
      )}
      ${fact(
        messages.dayparts,
        request.preferredDayparts.length
          ? request.preferredDayparts.map((daypart) => messages.daypart(daypart)).join(', ')
          : messages.anyDaypart,
        'dayparts',
      )}
      ${fact(
        messages.askedOn,
        `${formatDateTime(request.createdAt, lang)}${bakuTimeNote(request.createdAt, lang)}`,
        'asked',
      )}
      ${
        meeting
          ? fact(
              meeting.cancelled ? messages.meetingCancelled : messages.meeting,
              `${formatMeeting(meeting.startsAt, meeting.endsAt, lang)}, ${meeting.official.name}, ${meeting.room.name}`,
              'meeting',
            )
          : nothing
      }
      ${request.reason ? fact(messages.reason, request.reason, 'reason') : nothing}
    </dl>`;
  }

  private renderSelected(lang: Lang, messages: ReceptionDeskMessages): TemplateResult | typeof nothing {
    const request = this.selected;
    if (!request) return nothing;
    const busy = this.form.busy !== undefined;
    const actionButton = (action: FormAction, label: string, danger = false) => html`<button
      type="button"
      class="button ${danger ? 'danger' : 'secondary'}"
      data-action=${action}
      aria-expanded=${this.action === action ? 'true' : 'false'}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => (this.action === action ? this.closeForm() : this.openForm(action))}
    >
      ${label}
    </button>`;
    return html`<section class="selected" part="selected" aria-labelledby="selected-heading">
      <h3 id="selected-heading" tabindex="-1">
        <span class="muted">${messages.chosenRequest}:</span> ${request.citizenName} · ${request.reference}
      </h3>
      <p><span class="badge ${request.status}" part="status">${messages.status(request.status)}</span></p>
      ${this.renderFacts(request, lang, messages)}
      ${this.attachments.render(request.id, request.attachments, lang, (text) => html`<h4>${text}</h4>`)}
      ${
        this.conflict
          ? html`<p class="conflict" part="conflict" id="conflict" tabindex="-1" role="alert">${this.conflict}</p>`
          : nothing
      }
      ${this.renderNearest(lang)}
      ${
        request.status === 'requested' && !this.action
          ? html`<p class="hint">${messages.chooseSlot}</p>
              ${this.chosen ? this.renderSchedule(messages) : nothing}`
          : nothing
      }
      ${
        request.status === 'requested' || request.status === 'scheduled'
          ? html`<div class="actions" part="actions">
              ${
                request.status === 'requested'
                  ? html`${actionButton('decline', messages.decline, true)}
                    ${actionButton('cancel', messages.cancelRequest, true)}`
                  : html`${actionButton('reschedule', messages.reschedule)}
                    ${actionButton('cancel', messages.cancelMeeting, true)}`
              }
            </div>`
          : nothing
      }
      ${this.action ? this.renderForm(this.action, messages) : nothing}
    </section>`;
  }

  private renderNearest(lang: Lang): TemplateResult | typeof nothing {
    const nearest = this.nearest;
    if (!nearest?.length) return nothing;
    const busy = this.form.busy !== undefined;
    return html`<ul class="nearest" part="nearest">
      ${nearest.map(
        (slot) => html`<li>
          <button
            type="button"
            class="button secondary"
            part="nearest-slot"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => this.takeNearest(slot)}
          >
            ${formatMeeting(slot.startsAt, slot.endsAt, lang)}, ${slot.room.name}
          </button>
        </li>`,
      )}
    </ul>`;
  }

  /** The chosen time as a line of the form (`#slot`, where focus goes when a cell is chosen). */
  private renderSlot(label: string, messages: ReceptionDeskMessages): TemplateResult {
    const form = this.form;
    const chosen = this.chosen;
    return html`<div class="field ${form.problemFor('slot') ? 'invalid' : ''}">
      ${form.renderError('slot')}
      <p class="slot" id="slot" tabindex="-1" aria-describedby=${form.describedBy('slot')}>
        <strong>${label}:</strong>
        ${chosen ? this.describeSlot(chosen) : messages.noNewTime}
      </p>
    </div>`;
  }

  private renderSchedule(messages: ReceptionDeskMessages): TemplateResult {
    const form = this.form;
    const chosen = this.chosen!;
    const busy = form.busy !== undefined;
    return html`<form class="form" part="form" novalidate @submit=${(event: Event) => void this.submitSchedule(event)}>
      <h4 id="schedule-heading">${messages.scheduleHeading}</h4>
      ${form.renderSummary(messages.errorSummary, 5)}
      ${this.renderSlot(messages.when, messages)}
      <dl class="facts">
        <div>
          <dt>${messages.official}</dt>
          <dd>${chosen.official.name}</dd>
        </div>
        <div>
          <dt>${messages.room}</dt>
          <dd>${chosen.room.name}</dd>
        </div>
      </dl>
      <div class="actions">
        <button type="submit" class="button" data-submit="schedule" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? messages.scheduling : messages.confirmSchedule}
        </button>
      </div>
    </form>`;
  }

  private renderForm(action: FormAction, messages: ReceptionDeskMessages): TemplateResult {
    const form = this.form;
    const busy = form.busy !== undefined;
    const heading = {
      reschedule: messages.rescheduleHeading,
      decline: messages.declineHeading,
      cancel: messages.cancelHeading,
    }[action];
    const submit = {
      reschedule: messages.confirmReschedule,
      decline: messages.confirmDecline,
      cancel: messages.confirmCancel,
    }[action];
    return html`<form class="form" part="form" novalidate @submit=${(event: Event) => void this.submitForm(event)}>
      <h4 id="form-heading" tabindex="-1">${heading}</h4>
      ${form.renderSummary(messages.errorSummary, 5)}
      ${
        action === 'reschedule'
          ? html`<p class="hint">${messages.rescheduleHint}</p>
              ${this.renderSlot(messages.newTime, messages)}`
          : nothing
      }
      ${renderReasonField(
        form,
        'reason',
        { label: messages.reason, hint: messages.reasonHint },
        this.reason,
        (value) => {
          this.reason = value;
        },
      )}
      <div class="actions">
        <button
          type="submit"
          class="button ${action === 'reschedule' ? '' : 'danger-solid'}"
          data-submit=${action}
          aria-disabled=${busy ? 'true' : 'false'}
        >
          ${busy ? messages.working : submit}
        </button>
        <button type="button" class="button secondary" @click=${this.closeForm}>${messages.keep}</button>
      </div>
    </form>`;
  }

  private renderWeek(lang: Lang, messages: ReceptionDeskMessages): TemplateResult {
    const monday = this.currentMonday;
    const officials = this.officials.value ?? [];
    const official = this.currentOfficial;
    const baku = bakuTimeNote(noonOf(monday), lang) !== '';
    const rooms = official ? [...new Set(official.hours.map((hours) => hours.room.name))] : [];
    return html`<section class="week" part="week" aria-labelledby="week-heading">
      <h3 id="week-heading">
        ${messages.weekOf(formatDate(noonOf(monday), lang), formatDate(noonOf(addDays(monday, 4)), lang))}
        ${baku ? html`<span class="baku" part="baku-time">(${BAKU_TIME_LABEL[lang]})</span>` : nothing}
      </h3>
      <div class="toolbar">
        <div class="actions">
          <button type="button" class="button secondary" part="previous-week" @click=${() => this.moveWeek(-7)}>
            <span aria-hidden="true">←</span> ${messages.previousWeek}
          </button>
          <button type="button" class="button secondary" part="next-week" @click=${() => this.moveWeek(7)}>
            ${messages.nextWeek} <span aria-hidden="true">→</span>
          </button>
        </div>
        ${
          officials.length
            ? html`<div class="field official">
                <label for="official">${messages.officialLabel}</label>
                <select
                  id="official"
                  aria-describedby="official-hint"
                  @change=${(event: Event) => {
                    this.officialId = (event.target as HTMLSelectElement).value;
                  }}
                >
                  ${officials.map(
                    (candidate) =>
                      html`<option value=${candidate.id} ?selected=${candidate.id === official?.id}>
                        ${candidate.name} — ${candidate.title}
                      </option>`,
                  )}
                </select>
                <p class="hint" id="official-hint">
                  ${official ? [messages.slotMinutes(official.slotMinutes), ...rooms].join(' · ') : ''}
                </p>
              </div>`
            : nothing
        }
      </div>
      ${this.renderGrid(lang, messages, official, baku)}
    </section>`;
  }

  private renderGrid(
    lang: Lang,
    messages: ReceptionDeskMessages,
    official: ReceptionOfficial | undefined,
    baku: boolean,
  ): TemplateResult {
    if (this.officials.status === TaskStatus.ERROR || this.availability.status === TaskStatus.ERROR)
      return html`<div class="state error" part="state">
        <p>${messages.weekError}</p>
        <button
          type="button"
          class="button"
          @click=${() => void (this.officials.status === TaskStatus.ERROR ? this.officials.run() : this.availability.run())}
        >
          ${messages.retry}
        </button>
      </div>`;
    if (this.officials.status === TaskStatus.COMPLETE && !official)
      return html`<p class="state" part="state">${messages.noOfficials}</p>`;
    const availability = this.availability.value;
    const monday = this.currentMonday;
    if (
      !official ||
      this.availability.status !== TaskStatus.COMPLETE ||
      !availability ||
      availability.official !== official.id ||
      availability.from !== monday
    )
      return html`<div class="state" part="state"><p>${messages.weekLoading}</p></div>`;
    const grid = weekGrid(monday, availability.slots);
    if (grid.rows.length === 0) return html`<p class="state" part="state">${messages.noHours}</p>`;
    this.placeFocus(`${official.id}|${monday}`, grid);
    const chosen = this.chosen;
    return html`<p class="hint" id="grid-hint">${messages.gridHint}</p>
      <div class="grid-box" part="grid-box">
        <table
          class="grid"
          part="grid"
          role="grid"
          aria-labelledby="week-heading"
          aria-describedby="grid-hint"
          @keydown=${(event: KeyboardEvent) => void this.onGridKey(event, grid)}
          @focusin=${this.onCellFocus}
        >
          <thead>
            <tr>
              <th scope="col" class="time">
                ${messages.time}${baku ? html` <span class="baku" part="baku-time">(${BAKU_TIME_LABEL[lang]})</span>` : nothing}
              </th>
              ${grid.days.map(
                (day) => html`<th scope="col">
                  <span class="weekday">${weekdayName(isoWeekday(day), lang, 'short')}</span>
                  <span class="date">${formatDate(noonOf(day), lang, 'medium')}</span>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${grid.rows.map(
              (row, r) => html`<tr>
                <th scope="row" class="time">${grid.times[r]}</th>
                ${row.map((cell, c) => this.renderCell(cell, r, c, official, chosen, lang, messages))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  /** Keeps the roving cell inside the grid; a new week or official starts at its first free cell. */
  private placeFocus(key: string, grid: WeekGrid): void {
    if (key !== this.focusKey) {
      this.focusKey = key;
      this.focusRow = 0;
      this.focusCol = 0;
      for (const [r, row] of grid.rows.entries()) {
        const c = row.findIndex((cell) => cell.slot?.free);
        if (c >= 0) {
          this.focusRow = r;
          this.focusCol = c;
          break;
        }
      }
    }
    this.focusRow = Math.min(this.focusRow, grid.rows.length - 1);
    this.focusCol = Math.min(this.focusCol, grid.days.length - 1);
  }

  private renderCell(
    cell: WeekCell,
    r: number,
    c: number,
    official: ReceptionOfficial,
    chosen: ChosenSlot | undefined,
    lang: Lang,
    messages: ReceptionDeskMessages,
  ): TemplateResult {
    const slot = cell.slot;
    const day = `${weekdayName(isoWeekday(cell.day), lang)}, ${formatDate(noonOf(cell.day), lang)}`;
    const tabindex = r === this.focusRow && c === this.focusCol ? '0' : '-1';
    if (!slot)
      return html`<td
        role="gridcell"
        part="cell none"
        class="cell none"
        data-row=${r}
        data-col=${c}
        tabindex=${tabindex}
        aria-label=${messages.cellNoneName(day, `${cell.time}${bakuTimeNote(noonOf(cell.day), lang)}`)}
      ><span aria-hidden="true">—</span></td>`;
    const isChosen =
      chosen !== undefined && chosen.official.id === official.id && chosen.startsAt === slot.startsAt;
    const kind = isChosen ? 'chosen' : slot.free ? 'free' : 'booked';
    const range = `${formatTimeRange(slot.startsAt, slot.endsAt)}${bakuTimeNote(slot.startsAt, lang)}`;
    const stateText = isChosen ? messages.stateChosen : slot.free ? messages.stateFree : messages.stateBooked;
    return html`<td
      role="gridcell"
      part="cell ${kind}"
      class="cell ${kind}"
      data-row=${r}
      data-col=${c}
      data-starts-at=${slot.startsAt}
      tabindex=${tabindex}
      aria-label=${messages.cellName(day, range, official.name, slot.room.name, stateText)}
      aria-selected=${slot.free ? (isChosen ? 'true' : 'false') : nothing}
      @click=${() => this.activate(cell)}
    >${isChosen ? messages.cellChosen : slot.free ? messages.cellFree : messages.cellBooked}</td>`;
  }
}
