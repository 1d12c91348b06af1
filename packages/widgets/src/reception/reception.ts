import { IcraApiError, type Lang, type Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { Announcer } from '../core/announcer.js';
import type { AuthState } from '../core/auth.js';
import { differsFromBaku, toBakuLocal } from '../core/baku-time.js';
import { ChosenFiles, chosenFilesStyles } from '../core/chosen-files.js';
import { safeMediaUrl } from '../core/client.js';
import { DraftKeeper } from '../core/draft-keeper.js';
import { IcraElement } from '../core/element.js';
import { type FieldProblem, FormController } from '../core/form-controller.js';
import { formStyles } from '../core/form-styles.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { loadMore, renderLoadMore } from '../core/load-more.js';
import { PagedListController } from '../core/paged-list.js';
import { SessionController } from '../core/session-controller.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { TaskStatus, WidgetTask } from '../core/task.js';
import { renderSignIn } from '../sign-in/define.js';
import type { IcraSignIn } from '../sign-in/sign-in.js';
import { IcraReceptionRequestedEvent } from './events.js';
import { type ReceptionMessages, receptionMessages } from './messages.js';
import { receptionStyles } from './reception.styles.js';
import {
  CalendarDownloads,
  type ReceptionRequest,
  renderRequest,
  requestMessages,
  requestStyles,
} from './requests.js';

type Official = Schemas['ReceptionOfficial'];
type Topic = Schemas['ReceptionTopic'];
type Daypart = Schemas['ReceptionDaypart'];

type Field =
  | 'topic'
  | 'description'
  | 'preferredOfficial'
  | 'preferredDays'
  | 'preferredDayparts'
  | 'attachments';
const FIELDS: readonly Field[] = [
  'topic',
  'description',
  'preferredOfficial',
  'preferredDays',
  'preferredDayparts',
  'attachments',
];
/** The days a citizen may prefer: the working days, ISO 1 (Monday) to 5 (Friday), as the portal takes them. */
const DAYS = [1, 2, 3, 4, 5];
const DAYPARTS: readonly Daypart[] = ['morning', 'afternoon'];
const PAGE_SIZE = 10;

/** What the citizen has filled in (kept through a sign-in, and put aside when a session ends). */
interface Values {
  topic: string;
  description: string;
  /** An official's id; empty: whoever is responsible. */
  preferredOfficial: string;
  preferredDays: number[];
  preferredDayparts: Daypart[];
}

const empty = (): Values => ({
  topic: '',
  description: '',
  preferredOfficial: '',
  preferredDays: [],
  preferredDayparts: [],
});

/** The initials that stand in for an official's photo: "Şahin Quliyev" → "ŞQ". */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toLocaleUpperCase())
    .join('');

/**
 * The citizen reception of an authority: the officials who receive citizens, each with their
 * photo, position and weekly reception hours (Baku time, said so when the reader's clock differs);
 * the request for a meeting (topic, what it is about, whom and when the citizen would rather
 * meet), which a reception officer schedules; and, signed in, the citizen's own requests with their
 * status, the appointment (when, where, with whom, "Add to calendar") or the reason of a decline.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra.js"></script>
 * <icra-reception api="https://portal.example.az" authority="guba"></icra-reception>
 * ```
 *
 * The form can be filled in signed out: sending opens the portal's sign-in (the `<icra-sign-in>`
 * control inside), keeps what was written and sends it once the citizen is signed in. A session
 * that ends under the form puts what was written aside for the same person's next sign-in.
 *
 * @event {IcraReceptionRequestedEvent} icra-reception-requested - The portal accepted the citizen's request. `detail: { id }` (its id only).
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside.
 *
 * @csspart base - The widget's root box.
 * @csspart title - The widget's heading.
 * @csspart officials - The `<ul>` of officials who receive citizens.
 * @csspart official - One official (`<li>`).
 * @csspart photo - An official's photo, or the box of their initials (also part `initials`).
 * @csspart position - An official's position.
 * @csspart hours - The `<ul>` of an official's weekly reception hours.
 * @csspart form - The request form.
 * @csspart error-summary - The list of what to fix, above the form (an alert, with a heading).
 * @csspart field-error - A field's own error message.
 * @csspart note - A message beside the form: sign in to send.
 * @csspart submit - The "send the request" button.
 * @csspart sent - The confirmation once the request is sent.
 * @csspart reference - The sent request's reference.
 * @csspart another - The "ask for another meeting" button.
 * @csspart requests - The `<ul>` of the citizen's requests.
 * @csspart request - One request (`<li>`).
 * @csspart status - A request's status; also has the part `requested`, `scheduled`, `declined` or `cancelled`.
 * @csspart appointment - A request's appointment: when, where, with whom.
 * @csspart add-to-calendar - The button that downloads the appointment's .ics file.
 * @csspart reason - Why a request was declined or cancelled.
 * @csspart load-more - The "more requests" button.
 * @csspart state - The box of the loading, empty and error states.
 * @csspart retry - The "try again" button.
 * @csspart sign-in - The sign-in control's "sign in" button.
 * @csspart cancel - The sign-in control's "cancel" button.
 * @csspart who - Who is signed in.
 * @csspart sign-out - The "sign out" button.
 * @csspart sign-in-message - The sign-in control's status or error text.
 * @csspart sign-in-retry - The sign-in control's "try again" button.
 *
 * @cssprop --icra-color-accent - Buttons, links, the appointment's marker.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour.
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Hints, positions, labels.
 * @cssprop --icra-color-surface - Background.
 * @cssprop --icra-color-surface-raised - Background of officials and requests.
 * @cssprop --icra-color-border - Borders and fields.
 * @cssprop --icra-color-focus - Focus ring.
 * @cssprop --icra-color-danger - Errors.
 * @cssprop --icra-font-family - Font.
 * @cssprop --icra-font-size - Base font size.
 * @cssprop --icra-radius - Corner radius.
 * @cssprop --icra-space - Spacing unit.
 * @cssprop --icra-max-width - Largest width of the widget.
 */
export class IcraReception extends IcraElement {
  static override styles = [
    baseStyles,
    listStateStyles,
    formStyles,
    chosenFilesStyles,
    requestStyles,
    receptionStyles,
  ];

  /** Level (1–6) of the widget's heading; its sections' headings are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private values: Values = empty();
  /** The request just sent, shown as the confirmation. */
  @state() private sent?: ReceptionRequest | undefined;
  /** Said beside the form: sending waits for the sign-in. */
  @state() private note = '';
  /** Send was pressed signed out: the request goes once the citizen is signed in. */
  #sendAfterSignIn = false;
  /** What the form holds belongs to who is signed in: their session's end takes it away. */
  #written = false;

  private readonly announcer = new Announcer(this);
  private readonly session: SessionController;
  private readonly form: FormController<Field>;
  /** The citizen's files for the request, uploaded when it is sent. */
  private readonly files: ChosenFiles<Field>;
  private readonly downloads: CalendarDownloads;

  /** The authority's officials with their hours, and the topics, in the widget's language. */
  private readonly reception = new WidgetTask(this, {
    args: () => [this.resolvedClient, this.resolvedAuthority, this.resolvedLang] as const,
    task: async ([client, authority, lang], { signal }) => {
      if (!client || !authority) return undefined;
      const [officials, topics] = await Promise.all([
        client.listReceptionOfficials({ query: { authority, lang } }, { signal }),
        client.listReceptionTopics({ query: { lang } }, { signal }),
      ]);
      return { officials: officials.items, topics: topics.items };
    },
  });

  /** The signed-in citizen's requests, newest first, page by page. */
  private readonly mine = new PagedListController(this, {
    args: () => {
      const auth = this.session.state;
      const lang = this.resolvedLang;
      const citizen = auth.status === 'signed-in' && auth.kind === 'citizen';
      return [
        citizen ? auth.expiresAt : undefined,
        citizen ? this.session.client(lang) : undefined,
        lang,
      ] as const;
    },
    fetch: ([signedInUntil, client, lang], cursor, signal) =>
      signedInUntil === undefined || !client
        ? undefined
        : client.listMyReceptionRequests(
            { query: { limit: PAGE_SIZE, lang, ...(cursor ? { cursor } : {}) } },
            { signal },
          ),
    onError: (error) => this.session.refused(error),
  });

  constructor() {
    super();
    const keeper = new DraftKeeper<Values>({
      form: 'reception',
      session: () => this.session.session,
      save: () => (this.#filledIn ? this.values : undefined),
      restore: (values) => {
        this.values = values;
      },
      // Another person, or the end of a session: what was written stays only if it was written
      // signed out (a sign-in started or given up takes nothing away).
      forget: () => {
        if (!this.#written) return;
        this.#written = false;
        this.values = empty();
        this.files.files = [];
        this.sent = undefined;
        this.form.reset();
      },
    });
    this.session = new SessionController(this, {
      onChange: (next, previous) => {
        keeper.follow(next, previous);
        this.#sessionChanged(next);
      },
    });
    this.form = new FormController<Field>(this, {
      fields: FIELDS,
      session: this.session,
      // The checkboxes' groups: a summary link goes to their first box.
      target: (field) =>
        field === 'preferredDays'
          ? '#preferredDays-1'
          : field === 'preferredDayparts'
            ? '#preferredDayparts-morning'
            : field === 'attachments'
              ? ChosenFiles.target
              : `#${field}`,
    });
    this.files = new ChosenFiles(this, this.form, 'attachments', this.announcer);
    this.downloads = new CalendarDownloads(this, {
      client: () => this.session.client(this.resolvedLang),
      refused: (error) => this.session.refused(error),
      say: (text) => this.announcer.say(text),
      lang: () => this.resolvedLang,
    });
  }

  get #messages(): ReceptionMessages {
    return receptionMessages(this.resolvedLang);
  }

  get #filledIn(): boolean {
    const { topic, description, preferredOfficial, preferredDays, preferredDayparts } = this.values;
    return Boolean(
      topic ||
        description.trim() ||
        preferredOfficial ||
        preferredDays.length ||
        preferredDayparts.length ||
        this.files?.files.length,
    );
  }

  #sessionChanged(next: AuthState): void {
    if (next.status === 'signed-in') {
      this.#written = true;
      this.note = '';
      if (this.#sendAfterSignIn) {
        this.#sendAfterSignIn = false;
        // What the citizen asked for before signing in, now that they can.
        void this.updateComplete.then(() => this.#send());
      }
      return;
    }
    // A sign-in cancelled or closed: nothing is sent later behind the citizen's back.
    if (next.status === 'signed-out') this.#sendAfterSignIn = false;
    if (next.status !== 'error' && next.status !== 'signing-in') this.downloads.clear();
  }

  // ——— The form ———

  #set<K extends keyof Values>(field: K & Field, value: Values[K]): void {
    this.values = { ...this.values, [field]: value };
    this.form.edited(field);
  }

  #toggle<V>(list: readonly V[], value: V, on: boolean): V[] {
    return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
  }

  /** What the portal would refuse, checked before sending (the portal checks again). */
  #check(messages: ReceptionMessages): FieldProblem<Field>[] {
    const problems: FieldProblem<Field>[] = [];
    if (!this.values.topic) problems.push({ field: 'topic', text: messages.errorTopic });
    const length = this.values.description.trim().length;
    if (length < 10 || length > 2000)
      problems.push({ field: 'description', text: messages.errorDescription });
    const files = this.files.check();
    if (files) problems.push({ field: 'attachments', text: files });
    return problems;
  }

  async #send(event?: Event): Promise<void> {
    event?.preventDefault();
    const authority = this.resolvedAuthority;
    if (!authority || this.form.busy) return;
    const messages = this.#messages;
    const problems = this.#check(messages);
    if (problems.length) {
      await this.form.show(problems);
      return;
    }
    const lang = this.resolvedLang;
    const client = this.session.signedIn ? this.session.client(lang) : undefined;
    if (!client) {
      this.#askToSignIn(messages);
      return;
    }
    this.note = '';
    const { topic, description, preferredOfficial, preferredDays, preferredDayparts } = this.values;
    const created = await this.form.submit(
      'submit',
      async (idempotencyKey) => {
        // The files first, each once (a retry skips those the portal has); then the request, which
        // claims them in the transaction that records it.
        const attachments = await this.files.upload(({ file, type }) =>
          client.uploadReceptionAttachment({ query: { filename: file.name }, body: file, contentType: type }),
        );
        return client.createReceptionRequest(
          {
            query: { lang },
            body: {
              authority,
              topic,
              description: description.trim(),
              ...(preferredOfficial ? { preferredOfficial } : {}),
              preferredDays: [...preferredDays].sort((a, b) => a - b),
              preferredDayparts: DAYPARTS.filter((daypart) => preferredDayparts.includes(daypart)),
              ...(attachments.length ? { attachments } : {}),
            },
          },
          { idempotencyKey },
        );
      },
      {
        fallback: messages.sendError,
        onError: async (error) => {
          const upload = this.files.refusal(error);
          if (upload) {
            // An upload refused (too large, wrong type, too many waiting): said at the files, by name.
            await this.form.show([{ field: 'attachments', text: upload }]);
            return true;
          }
          // Uploads the portal no longer takes (e.g. expired) are sent again on the next try.
          if (
            error instanceof IcraApiError &&
            error.errors.some((e) => e.pointer.startsWith('/body/attachments'))
          )
            this.files.forgetUploads();
          if (!(error instanceof IcraApiError) || error.status !== 403) return false;
          await this.form.show([{ text: messages.citizensOnly }]);
          return true;
        },
      },
    );
    if (!created) return;
    this.sent = created;
    this.values = empty();
    this.files.files = [];
    this.dispatchEvent(new IcraReceptionRequestedEvent({ id: created.id }));
    this.announcer.say(
      `${messages.sent} ${messages.sentStatus(requestMessages(lang).status(created.status))}`,
    );
    void this.mine.reload();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="sent"]')?.focus();
  }

  /** Send, signed out: the portal's sign-in opens, and what was written waits for it. */
  #askToSignIn(messages: ReceptionMessages): void {
    this.#sendAfterSignIn = true;
    this.note = messages.signInToSend;
    this.announcer.say(messages.signInToSend);
    this.renderRoot.querySelector<IcraSignIn>('icra-sign-in')?.signIn();
  }

  async #another(): Promise<void> {
    this.sent = undefined;
    this.form.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#topic')?.focus();
  }

  // ——— Rendering ———

  #heading(offset: number, content: unknown, id?: string, part?: string, className?: string): TemplateResult {
    const tag = headingTag(headingLevel(this.headingLevel), offset);
    return staticHtml`<${tag} class=${className ?? (offset ? 'section-title' : 'title')} id=${id ?? nothing} part=${part ?? nothing} tabindex="-1">${content}</${tag}>`;
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = receptionMessages(lang);
    const loading = this.reception.status === TaskStatus.PENDING || this.mine.status === 'loading';
    return html`<div
      class="root"
      part="base"
      lang=${lang}
      data-theme=${this.resolvedTheme ?? nothing}
      role="region"
      aria-labelledby="reception-title"
      aria-busy=${loading ? 'true' : 'false'}
    >
      ${this.#heading(0, messages.title, 'reception-title', 'title')}
      <p class="intro">${messages.intro}</p>
      ${
        this.resolvedAuthority
          ? this.#renderBody(lang, messages)
          : html`<div class="state error" part="state"><p>${messages.noAuthority}</p></div>`
      }
      ${this.announcer.render()}
    </div>`;
  }

  #renderBody(lang: Lang, messages: ReceptionMessages): TemplateResult {
    const { status, value } = this.reception;
    if (status === TaskStatus.ERROR) {
      return html`<div class="state error" part="state">
        <p>${messages.error}</p>
        <button type="button" class="button" part="retry" @click=${() => this.reception.run()}>${messages.retry}</button>
      </div>`;
    }
    if (status !== TaskStatus.COMPLETE || !value) {
      return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
    }
    const citizen = this.session.signedIn && this.session.state.kind === 'citizen';
    return html`
      <section class="section" aria-labelledby="officials-title">
        ${this.#heading(1, messages.officials, 'officials-title')}
        ${
          value.officials.length
            ? html`<ul class="officials" part="officials">
                ${value.officials.map((official) => this.#renderOfficial(official, messages))}
              </ul>`
            : html`<div class="state" part="state"><p>${messages.empty}</p></div>`
        }
      </section>
      <section class="section request-section" aria-labelledby="request-title">
        ${this.#heading(1, messages.request, 'request-title')}
        <div class="sign-in">
          ${this.session.signedIn ? nothing : html`<p class="hint">${messages.signInHint}</p>`}
          ${renderSignIn(this)}
        </div>
        ${this.sent ? this.#renderSent(this.sent, lang, messages) : this.#renderForm(value.topics, value.officials, messages)}
      </section>
      ${citizen ? this.#renderMine(lang, messages) : nothing}
    `;
  }

  #renderOfficial(official: Official, messages: ReceptionMessages): TemplateResult {
    const photo = official.photoUrl ? safeMediaUrl(official.photoUrl, this.resolvedApi ?? '') : undefined;
    const today = toBakuLocal(Date.now()).slice(0, 10);
    // The rules still in force (those that start later are announced already).
    const hours = official.hours
      .filter((rule) => rule.validUntil === null || rule.validUntil >= today)
      .sort((a, b) => a.weekday - b.weekday || a.startsAt.localeCompare(b.startsAt));
    // Weekly hours are Baku's wall-clock times: labelled so when the reader's clock shows another.
    const zone = differsFromBaku() ? html` <span class="zone">(${messages.bakuTime})</span>` : nothing;
    return html`<li class="official" part="official">
      ${
        photo
          ? html`<img class="photo" part="photo" src=${photo} alt="" width="72" height="72" loading="lazy" />`
          : html`<span class="photo initials" part="photo initials" aria-hidden="true">${initials(official.name)}</span>`
      }
      <div class="who">
        ${this.#heading(2, official.name, undefined, undefined, 'official-name')}
        <p class="position" part="position">${official.title}</p>
        ${
          hours.length
            ? html`<ul class="hours" part="hours" aria-label=${messages.hoursTitle}>
                ${hours.map(
                  (rule) =>
                    html`<li>${messages.every(rule.weekday, rule.startsAt, rule.endsAt)}${zone}, ${rule.room.name}</li>`,
                )}
              </ul>`
            : html`<p class="hint">${messages.noHours}</p>`
        }
      </div>
    </li>`;
  }

  #field(name: Field, label: string, hint: string | undefined, control: TemplateResult): TemplateResult {
    return html`<div class="field ${this.form.problemFor(name) ? 'invalid' : ''}">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
      ${this.form.renderError(name)}
      ${control}
    </div>`;
  }

  /** A group of checkboxes (`<fieldset>`): the preferred days, or the times of day. */
  #checks<V extends string | number>(
    name: 'preferredDays' | 'preferredDayparts',
    legend: string,
    hint: string | undefined,
    options: readonly V[],
    label: (value: V) => string,
  ): TemplateResult {
    const form = this.form;
    const chosen = this.values[name] as readonly unknown[] as readonly V[];
    return html`<fieldset
      class="field checks ${form.problemFor(name) ? 'invalid' : ''}"
      aria-describedby=${form.describedBy(name, hint && `${name}-hint`)}
    >
      <legend>${legend}</legend>
      ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
      ${form.renderError(name)}
      <div class="options">
        ${options.map(
          (option) => html`<label class="check">
            <input
              type="checkbox"
              id=${`${name}-${option}`}
              .checked=${chosen.includes(option)}
              @change=${(event: Event) =>
                this.#set(
                  name,
                  this.#toggle(chosen, option, (event.target as HTMLInputElement).checked) as never,
                )}
            />
            ${label(option)}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderForm(topics: Topic[], officials: Official[], messages: ReceptionMessages): TemplateResult {
    const form = this.form;
    const values = this.values;
    // The summary's heading is one level below the section's ("Ask for a meeting").
    const level = headingLevel(this.headingLevel) + 2;
    return html`<form class="form" part="form" novalidate @submit=${(event: Event) => this.#send(event)}>
      ${form.renderSummary(messages.errorSummary, level)}
      ${this.#field(
        'topic',
        messages.topic,
        undefined,
        html`<select
          id="topic"
          required
          aria-invalid=${form.invalid('topic')}
          aria-describedby=${form.describedBy('topic')}
          @change=${(event: Event) => this.#set('topic', (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!values.topic}>${messages.chooseTopic}</option>
          ${topics.map((topic) => html`<option value=${topic.slug} ?selected=${values.topic === topic.slug}>${topic.title}</option>`)}
        </select>`,
      )}
      ${this.#field(
        'description',
        messages.description,
        messages.descriptionHint,
        html`<textarea
          id="description"
          required
          rows="5"
          maxlength="2000"
          .value=${values.description}
          aria-invalid=${form.invalid('description')}
          aria-describedby=${form.describedBy('description', 'description-hint')}
          @input=${(event: Event) => this.#set('description', (event.target as HTMLTextAreaElement).value)}
        ></textarea>`,
      )}
      ${this.#field(
        'preferredOfficial',
        messages.official,
        undefined,
        html`<select
          id="preferredOfficial"
          aria-invalid=${form.invalid('preferredOfficial')}
          aria-describedby=${form.describedBy('preferredOfficial')}
          @change=${(event: Event) => this.#set('preferredOfficial', (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!values.preferredOfficial}>${messages.anyOfficial}</option>
          ${officials.map(
            (official) =>
              html`<option value=${official.id} ?selected=${values.preferredOfficial === official.id}>${official.name}, ${official.title}</option>`,
          )}
        </select>`,
      )}
      ${this.#checks('preferredDays', messages.days, messages.daysHint, DAYS, (day) => messages.day(day))}
      ${this.#checks('preferredDayparts', messages.dayparts, undefined, DAYPARTS, (daypart) => messages.daypart(daypart))}
      ${this.files.render()}
      ${this.note ? html`<p class="note" part="note">${this.note}</p>` : nothing}
      <p>
        <button type="submit" class="button" part="submit" aria-disabled=${form.busy ? 'true' : 'false'}>
          ${form.busy ? messages.sending : messages.send}
        </button>
      </p>
    </form>`;
  }

  #renderSent(sent: ReceptionRequest, lang: Lang, messages: ReceptionMessages): TemplateResult {
    return html`<div class="sent" part="sent" tabindex="-1">
      <p class="sent-title">${messages.sent}</p>
      <p>${messages.sentReference}: <strong class="reference" part="reference" translate="no">${sent.reference}</strong></p>
      <p>${messages.sentStatus(requestMessages(lang).status(sent.status))}</p>
      <p class="hint">${messages.sentNext}</p>
      <button type="button" class="button secondary" part="another" @click=${() => this.#another()}>${messages.another}</button>
    </div>`;
  }

  #renderMine(lang: Lang, messages: ReceptionMessages): TemplateResult {
    const list = this.mine;
    let body: TemplateResult;
    if (list.status === 'error') {
      body = html`<div class="state error" part="state">
        <p>${messages.mineError}</p>
        <button type="button" class="button" part="retry" @click=${() => list.reload()}>${messages.retry}</button>
      </div>`;
    } else if (list.status !== 'loaded') {
      body = html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
    } else if (!list.items.length) {
      body = html`<div class="state" part="state"><p>${messages.mineEmpty}</p></div>`;
    } else {
      body = html`<ul class="requests" part="requests">
          ${repeat(
            list.items,
            (item) => item.id,
            (item) =>
              renderRequest(
                item,
                lang,
                (content) => this.#heading(2, content, undefined, undefined, 'request-title'),
                this.downloads,
              ),
          )}
        </ul>
        ${
          list.hasMore
            ? renderLoadMore(list.moreStatus, messages, () =>
                loadMore(
                  list,
                  this.announcer,
                  () => this.#messages,
                  (item) => this.#focusRequest(item),
                ),
              )
            : nothing
        }`;
    }
    return html`<section class="section" aria-labelledby="mine-title" aria-busy=${list.status === 'loading' ? 'true' : 'false'}>
      ${this.#heading(1, messages.mine, 'mine-title')} ${body}
    </section>`;
  }

  async #focusRequest(item: ReceptionRequest): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"] [tabindex="-1"]`)?.focus();
  }
}
