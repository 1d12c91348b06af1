/**
 * A citizen's requests for a meeting as `<icra-reception>` and `<icra-cabinet>` both show them:
 * the topic, the status in the reader's language, the appointment once one is scheduled (the day,
 * the weekday and the time in Baku, the room, the official's name and position) with its
 * "Add to calendar" download of the meeting's .ics file, fetched with the citizen's token, and the
 * reason of a decline or a cancellation. One module, imported by both widgets.
 */
import type { IcraClient, Lang, Schemas } from '@icra/sdk';
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { differsFromBaku, formatBakuTime, formatBakuWeekday } from '../core/baku-time.js';
import { saveBlob } from '../core/download.js';
import { formatDate } from '../core/format.js';
import { defineMessages } from '../core/messages.js';

export type ReceptionRequest = Schemas['ReceptionRequest'];
type Appointment = Schemas['ReceptionAppointment'];
type Status = Schemas['ReceptionRequestStatus'];

/** What a request and its appointment say, in every language. */
export const requestMessages = defineMessages({
  az: {
    status: (status: Status) =>
      ({
        requested: 'Baxılır',
        scheduled: 'Vaxt təyin edilib',
        declined: 'Rədd edilib',
        cancelled: 'Ləğv edilib',
      })[status],
    bakuTime: 'Bakı vaxtı',
    reference: 'Nömrə',
    askedOn: 'Göndərilib',
    appointment: 'Görüş',
    when: 'Vaxt',
    where: 'Yer',
    with: 'Kiminlə',
    waiting: 'Qəbul əməkdaşı vaxtı, yeri və sizi qəbul edəcək şəxsi təyin edəndə bildiriş alacaqsınız.',
    meetingCancelled: 'Bu görüş ləğv edilib.',
    reason: 'Səbəb',
    addToCalendar: 'Təqvimə əlavə et',
    downloading: 'Təqvim faylı hazırlanır…',
    downloadError: 'Təqvim faylını yükləmək mümkün olmadı. Yenidən cəhd edin.',
  },
  en: {
    status: (status: Status) =>
      ({
        requested: 'Pending',
        scheduled: 'Scheduled',
        declined: 'Declined',
        cancelled: 'Cancelled',
      })[status],
    bakuTime: 'Baku time',
    reference: 'Reference',
    askedOn: 'Sent on',
    appointment: 'Appointment',
    when: 'When',
    where: 'Where',
    with: 'With',
    waiting: 'You will be notified when a reception officer sets the time, the place and who receives you.',
    meetingCancelled: 'This meeting was cancelled.',
    reason: 'Reason',
    addToCalendar: 'Add to calendar',
    downloading: 'Preparing the calendar file…',
    downloadError: 'Could not download the calendar file. Try again.',
  },
  ru: {
    status: (status: Status) =>
      ({
        requested: 'На рассмотрении',
        scheduled: 'Приём назначен',
        declined: 'Отклонена',
        cancelled: 'Отменена',
      })[status],
    bakuTime: 'по бакинскому времени',
    reference: 'Номер',
    askedOn: 'Отправлена',
    appointment: 'Приём',
    when: 'Когда',
    where: 'Где',
    with: 'У кого',
    waiting: 'Вы получите уведомление, когда сотрудник приёма назначит время, место и того, кто вас примет.',
    meetingCancelled: 'Этот приём отменён.',
    reason: 'Причина',
    addToCalendar: 'Добавить в календарь',
    downloading: 'Готовится файл календаря…',
    downloadError: 'Не удалось скачать файл календаря. Попробуйте ещё раз.',
  },
});

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * When a meeting is, in Baku: "Tuesday, December 8, 2026, 11:00–11:30", with "(Baku time)" when
 * the reader's clock shows another time of day than Baku's then.
 */
export function appointmentTime(appointment: Pick<Appointment, 'startsAt' | 'endsAt'>, lang: Lang): string {
  const { startsAt, endsAt } = appointment;
  const time = `${capitalized(formatBakuWeekday(startsAt, lang))}, ${formatDate(startsAt, lang)}, ${formatBakuTime(startsAt)}–${formatBakuTime(endsAt)}`;
  return differsFromBaku(startsAt) ? `${time} (${requestMessages(lang).bakuTime})` : time;
}

/** What the calendar downloads need of the widget that shows them. */
export interface CalendarSource {
  /** The signed-in client (a plain link could not send the token). */
  client(): IcraClient | undefined;
  /** True when the error was a 401 and the widget signed out (a session controller's `refused`). */
  refused(error: unknown): boolean;
  /** Says `text` in the widget's live region. */
  say(text: string): void;
  lang(): Lang;
}

/**
 * The requests' "Add to calendar" buttons: each fetches the meeting's .ics with the citizen's
 * token and saves it; busy (aria-disabled, still focusable) while it loads, an inline error (also
 * said) when it fails. Forgotten, and aborted, on sign-out (`clear`).
 */
export class CalendarDownloads {
  #busy = new Set<string>();
  #failed = new Set<string>();
  #controller = new AbortController();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: CalendarSource,
  ) {}

  clear(): void {
    this.#controller.abort();
    this.#controller = new AbortController();
    this.#busy = new Set();
    this.#failed = new Set();
    this.host.requestUpdate();
  }

  busy(id: string): boolean {
    return this.#busy.has(id);
  }

  failed(id: string): boolean {
    return this.#failed.has(id);
  }

  async download(request: ReceptionRequest): Promise<void> {
    const client = this.source.client();
    const signal = this.#controller.signal;
    if (!client || this.#busy.has(request.id)) return;
    this.#busy.add(request.id);
    this.#failed.delete(request.id);
    this.host.requestUpdate();
    try {
      const blob = await client.getReceptionAppointmentCalendar({ path: { id: request.id } }, { signal });
      if (!signal.aborted) saveBlob(blob, `meeting-${request.reference}.ics`);
    } catch (error) {
      if (signal.aborted || this.source.refused(error)) return;
      this.#failed.add(request.id);
      this.source.say(requestMessages(this.source.lang()).downloadError);
    } finally {
      this.#busy.delete(request.id);
      this.host.requestUpdate();
    }
  }
}

/** The appointment of a scheduled (or cancelled) request: when, where, with whom, and its .ics. */
function renderAppointment(
  request: ReceptionRequest,
  appointment: Appointment,
  lang: Lang,
  downloads: CalendarDownloads,
): TemplateResult {
  const messages = requestMessages(lang);
  const live = request.status === 'scheduled' && !appointment.cancelled;
  const busy = downloads.busy(request.id);
  return html`<div class="appointment ${live ? '' : 'cancelled'}" part="appointment">
    <dl class="meta">
      <dt>${messages.when}</dt>
      <dd><time datetime=${appointment.startsAt}>${appointmentTime(appointment, lang)}</time></dd>
      <dt>${messages.where}</dt>
      <dd>${appointment.room.name}</dd>
      <dt>${messages.with}</dt>
      <dd>${appointment.official.name}, ${appointment.official.title}</dd>
    </dl>
    ${
      live
        ? html`<button
            type="button"
            class="button secondary"
            part="add-to-calendar"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => downloads.download(request)}
          >
            ${busy ? messages.downloading : messages.addToCalendar}<span class="visually-hidden">: ${request.topic.title}</span>
          </button>
          ${downloads.failed(request.id) ? html`<p class="inline-error">${messages.downloadError}</p>` : nothing}`
        : html`<p class="note">${messages.meetingCancelled}</p>`
    }
  </div>`;
}

/**
 * One request as an `<li>` (`data-id` its id): `heading` makes its title (the topic) at the
 * widget's level; the status, reference and date; the appointment, or what happens next, or why
 * it was declined or cancelled.
 */
export function renderRequest(
  request: ReceptionRequest,
  lang: Lang,
  heading: (content: unknown) => unknown,
  downloads: CalendarDownloads,
): TemplateResult {
  const messages = requestMessages(lang);
  const { status, appointment, reason } = request;
  return html`<li class="request" part="request" data-id=${request.id}>
    ${heading(request.topic.title)}
    <p><span class="status ${status}" part="status ${status}">${messages.status(status)}</span></p>
    <dl class="meta">
      <dt>${messages.reference}</dt>
      <dd class="reference" translate="no">${request.reference}</dd>
      <dt>${messages.askedOn}</dt>
      <dd><time datetime=${request.createdAt}>${formatDate(request.createdAt, lang)}</time></dd>
    </dl>
    ${status === 'requested' ? html`<p class="note">${messages.waiting}</p>` : nothing}
    ${appointment ? renderAppointment(request, appointment, lang, downloads) : nothing}
    ${
      (status === 'declined' || status === 'cancelled') && reason
        ? html`<p class="reason" part="reason"><strong>${messages.reason}:</strong> ${reason}</p>`
        : nothing
    }
  </li>`;
}

/** The requests' list and items, in both widgets. */
export const requestStyles = css`
  .requests {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .request {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    overflow-wrap: anywhere;
  }
  .request p {
    margin: 0;
  }
  .request .meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0;
  }
  .request .meta dt {
    color: var(--_text-muted);
  }
  .request .meta dd {
    margin: 0;
  }
  .request .note {
    color: var(--_text-muted);
  }
  .request .status {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .appointment {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
  }
  .appointment.cancelled {
    border-inline-start-color: var(--_border);
  }
  @container (max-width: 24rem) {
    .request .meta {
      grid-template-columns: 1fr;
    }
    .request .meta dd + dt {
      margin-top: 0.25rem;
    }
  }
`;
