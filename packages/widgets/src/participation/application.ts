import { IcraApiError, type Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Announcer } from '../core/announcer.js';
import { type Chosen, ChosenFiles } from '../core/chosen-files.js';
import { directionNames } from '../core/directions.js';
import { DraftKeeper } from '../core/draft-keeper.js';
import type { IcraElement } from '../core/element.js';
import { FormController } from '../core/form-controller.js';
import { headingLevel } from '../core/heading.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignIn } from '../sign-in/define.js';
import { IcraApplicationFiledEvent } from './events.js';
import { type ParticipationMessages, participationMessages } from './messages.js';

type Direction = Schemas['ParticipationDirection'];

/**
 * The portal's directions, in its order: the keys of their names' table, which has exactly the
 * SDK's `ParticipationDirection`s (a type error otherwise) in the order of `participationDirectionValues`
 * (core/translations.test.ts). Not that array itself: it would add its bytes to the chunk every page loads.
 */
const DIRECTIONS = Object.keys(directionNames('az')) as Direction[];

type Field = 'direction' | 'title' | 'text' | 'attachments';
const FIELDS: readonly Field[] = ['direction', 'title', 'text', 'attachments'];
type TextField = Exclude<Field, 'attachments'>;

/** The form's content put aside while signed out. */
interface ApplicationDraft {
  values: Record<TextField, string>;
  files: Chosen[];
}

/** The element the form is part of: its configuration, and the level of its own heading. */
export type ApplicationHost = IcraElement & { readonly headingLevel: number };

/**
 * The form of a new application on a topical issue (direction, subject, text, up to five files) in
 * `<icra-participation>`: checked before it is sent (the portal checks again), the files uploaded
 * first — each once, also when the reader tries again — then the application, which claims them,
 * with one Idempotency-Key per form as filled in. Renders into its element's shadow root, so each
 * input, its error and the error summary's links share one root.
 */
export class ApplicationForm {
  #values: Record<TextField, string> = { direction: '', title: '', text: '' };
  readonly #files: ChosenFiles<Field>;
  #filed?: { id: string; title: string } | undefined;
  readonly #form: FormController<Field>;

  /** Who is signed in (the token's `sub`): the key of the form's content put aside when the session ends. */

  constructor(
    private readonly host: ApplicationHost,
    private readonly session: SessionController,
    private readonly announcer: Announcer,
  ) {
    // What is typed stays through an expiry for the same person only; anyone else starts empty.
    const drafts = new DraftKeeper<ApplicationDraft>({
      form: 'participation',
      session: () => this.session.session,
      save: () => ({ values: this.#values, files: this.#files.files }),
      restore: (aside) => {
        this.#values = aside.values;
        this.#files.files = aside.files;
      },
      forget: () => this.#empty(),
    });
    new SessionController(host, { onChange: (next, previous) => drafts.follow(next, previous) });
    this.#form = new FormController<Field>(host, {
      fields: FIELDS,
      session,
      // The files' input is hidden: its "remove" buttons (or "add files") stand for it.
      target: (field) => (field === 'attachments' ? ChosenFiles.target : `#${field}`),
    });
    this.#files = new ChosenFiles(host, this.#form, 'attachments', announcer);
  }

  /** Nothing typed, nothing chosen (the values were put aside, or belong to someone else). */
  #empty(): void {
    this.#values = { direction: '', title: '', text: '' };
    this.#files.files = [];
  }

  get #messages(): ParticipationMessages {
    return participationMessages(this.host.resolvedLang);
  }

  /** Moves focus to the first match of `selector` once rendered. */
  async #focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #input(field: TextField, event: Event): void {
    this.#values = { ...this.#values, [field]: (event.target as HTMLInputElement).value };
    this.#form.edited(field);
  }

  /** What the portal would refuse, checked before sending (the portal checks again). */
  #validate(messages: ParticipationMessages) {
    const { direction, title, text } = this.#values;
    const problems: { field: Field; text: string }[] = [];
    if (!DIRECTIONS.includes(direction as Direction))
      problems.push({ field: 'direction', text: messages.errorDirection });
    const subject = title.trim().length;
    if (subject < 3 || subject > 200) problems.push({ field: 'title', text: messages.errorTitle });
    const body = text.trim().length;
    if (body < 10 || body > 5000) problems.push({ field: 'text', text: messages.errorText });
    const files = this.#files.check();
    if (files) problems.push({ field: 'attachments', text: files });
    return problems;
  }

  async #send(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.session.client(this.host.resolvedLang);
    const authority = this.host.resolvedAuthority;
    if (!client || !authority || this.#form.busy) return;
    const messages = this.#messages;
    const problems = this.#validate(messages);
    if (problems.length) {
      await this.#form.show(problems);
      return;
    }
    this.#form.clear();
    const { direction, title, text } = this.#values;
    const application = await this.#form.submit(
      'submit',
      async (idempotencyKey) => {
        // Files first, each once (a retry skips those the portal has); then the application, which
        // claims them in the same transaction that writes it.
        const attachments = await this.#files.upload(async ({ file, type }) =>
          client.uploadParticipationAttachment({
            query: { filename: file.name },
            body: file,
            contentType: type,
          }),
        );
        return client.createApplication(
          {
            body: {
              authority,
              direction: direction as Direction,
              title: title.trim(),
              text: text.trim(),
              ...(attachments.length ? { attachments } : {}),
            },
          },
          { idempotencyKey },
        );
      },
      { fallback: messages.sendError, onError: (error) => this.#refused(error, messages) },
    );
    if (!application) return;
    this.#filed = { id: application.id, title: application.title };
    this.#values = { direction: '', title: '', text: '' };
    this.#files.files = [];
    this.host.requestUpdate();
    this.host.dispatchEvent(new IcraApplicationFiledEvent({ application: application.id }));
    this.announcer.say(messages.filed(application.title));
    await this.#focus('[part~="filed"]');
  }

  /** What the portal's refusal means (a 401 was handled before): always shown in the summary. */
  async #refused(error: unknown, messages: ParticipationMessages): Promise<boolean> {
    const upload = this.#files.refusal(error);
    if (error instanceof IcraApiError && error.status === 403) {
      await this.#form.show([{ text: messages.citizensOnly }]);
    } else if (upload) {
      // An upload refused (too large, wrong type, too many waiting): said at the files, by name.
      await this.#form.show([{ field: 'attachments', text: upload }]);
    } else if (error instanceof IcraApiError && error.errors.length) {
      // The portal's field errors, by their JSON pointers (`/body/title`, `/body/attachments/1`).
      const problems = this.#form.problemsOf(error, messages.sendError);
      // Uploads the portal no longer takes (e.g. expired) are sent again on the next try.
      if (problems.some((problem) => problem.field === 'attachments')) this.#files.forgetUploads();
      await this.#form.show(problems);
    } else {
      await this.#form.show([{ text: messages.sendError }]);
    }
    return true;
  }

  #another(): void {
    this.#filed = undefined;
    this.#form.reset();
    void this.#focus('#direction');
  }

  // ——— Rendering ———

  /** The section's content: the sign-in control while signed out, the confirmation, or the form. */
  render(): TemplateResult {
    const messages = this.#messages;
    const signedIn = this.session.signedIn;
    // One sign-in control, signed out and in: who is signed in, and the way out, above the form;
    // the same element throughout, so focus can land on it once the sign-in it started succeeds.
    return html`<div class="sign-in">
        ${signedIn ? nothing : html`<p class="note" part="note">${messages.signInToApply}</p>`}
        ${renderSignIn(this.host)}
      </div>
      ${signedIn ? (this.#filed ? this.#renderFiled(this.#filed, messages) : this.#renderForm(messages)) : nothing}`;
  }

  #renderFiled(filed: { title: string }, messages: ParticipationMessages): TemplateResult {
    return html`<div class="filed" part="filed" tabindex="-1">
      <p>${messages.filed(filed.title)}</p>
      <button type="button" class="button secondary" @click=${() => this.#another()}>${messages.another}</button>
    </div>`;
  }

  #field(name: TextField, label: string, hint: string | undefined, control: TemplateResult): TemplateResult {
    return html`<div class="field ${this.#form.problemFor(name) ? 'invalid' : ''}">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
      ${this.#form.renderError(name)}
      ${control}
    </div>`;
  }

  #renderForm(messages: ParticipationMessages): TemplateResult {
    const form = this.#form;
    const values = this.#values;
    // The summary's heading is one level below the section's ("New application").
    const level = headingLevel(this.host.headingLevel) + 2;
    return html`<form class="form" part="form" novalidate @submit=${(event: Event) => this.#send(event)}>
      ${form.renderSummary(messages.errorSummary, level)}
      ${this.#field(
        'direction',
        messages.direction,
        undefined,
        html`<select
          id="direction"
          required
          aria-invalid=${form.invalid('direction')}
          aria-describedby=${form.describedBy('direction')}
          @change=${(event: Event) => this.#input('direction', event)}
        >
          <option value="" ?selected=${!values.direction}>${messages.chooseDirection}</option>
          ${DIRECTIONS.map(
            (direction) =>
              html`<option value=${direction} ?selected=${values.direction === direction}>${directionNames(this.host.resolvedLang)[direction]}</option>`,
          )}
        </select>`,
      )}
      ${this.#field(
        'title',
        messages.applicationTitle,
        messages.applicationTitleHint,
        html`<input
          id="title"
          type="text"
          required
          maxlength="200"
          autocomplete="off"
          .value=${values.title}
          aria-invalid=${form.invalid('title')}
          aria-describedby=${form.describedBy('title', 'title-hint')}
          @input=${(event: Event) => this.#input('title', event)}
        />`,
      )}
      ${this.#field(
        'text',
        messages.applicationText,
        messages.applicationTextHint,
        html`<textarea
          id="text"
          required
          rows="6"
          maxlength="5000"
          .value=${values.text}
          aria-invalid=${form.invalid('text')}
          aria-describedby=${form.describedBy('text', 'text-hint')}
          @input=${(event: Event) => this.#input('text', event)}
        ></textarea>`,
      )}
      ${this.#files.render()}
      <p>
        <button type="submit" class="button" part="submit" aria-disabled=${form.busy ? 'true' : 'false'}>
          ${form.busy ? messages.sending : messages.send}
        </button>
      </p>
    </form>`;
  }
}
