import { IcraApiError, type Schemas } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Announcer } from '../core/announcer.js';
import { directionNames } from '../core/directions.js';
import { DraftKeeper } from '../core/draft-keeper.js';
import type { IcraElement } from '../core/element.js';
import { renderFilePicker } from '../core/file-picker.js';
import { formatSize } from '../core/file-size.js';
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

/** What the portal takes as attachments: at most 5 files of these types, 5 MiB each. */
const MAX_FILES = 5;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** A file the reader chose, and its upload's id once the portal has it (a retry sends it once). */
interface Chosen {
  file: File;
  type: string;
  uploaded?: string | undefined;
}

/** The file's media type the portal takes, from the browser's or the name's extension; '' if none. */
function fileType(file: File): string {
  if (Object.values(FILE_TYPES).includes(file.type)) return file.type;
  return FILE_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? '';
}

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
  #files: Chosen[] = [];
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
      save: () => ({ values: this.#values, files: this.#files }),
      restore: (aside) => {
        this.#values = aside.values;
        this.#files = aside.files;
      },
      forget: () => this.#empty(),
    });
    new SessionController(host, { onChange: (next, previous) => drafts.follow(next, previous) });
    this.#form = new FormController<Field>(host, {
      fields: FIELDS,
      session,
      // The files' input is hidden: its "remove" buttons (or "add files") stand for it.
      target: (field) =>
        field === 'attachments' ? '[part~="remove-file"], [part~="add-files"]' : `#${field}`,
    });
  }

  /** Nothing typed, nothing chosen (the values were put aside, or belong to someone else). */
  #empty(): void {
    this.#values = { direction: '', title: '', text: '' };
    this.#files = [];
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
    const files = this.#checkFiles(this.#files, messages);
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
    const files = this.#files;
    let current: Chosen | undefined;
    const application = await this.#form.submit(
      'submit',
      async (idempotencyKey) => {
        // Files first, each once (a retry skips those the portal has); then the application, which
        // claims them in the same transaction that writes it.
        for (const chosen of files) {
          current = chosen;
          chosen.uploaded ??= (
            await client.uploadParticipationAttachment({
              query: { filename: chosen.file.name },
              body: chosen.file,
              contentType: chosen.type,
            })
          ).id;
        }
        current = undefined;
        const attachments = files.map((chosen) => chosen.uploaded!);
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
      { fallback: messages.sendError, onError: (error) => this.#refused(error, messages, current) },
    );
    if (!application) return;
    this.#filed = { id: application.id, title: application.title };
    this.#values = { direction: '', title: '', text: '' };
    this.#files = [];
    this.host.requestUpdate();
    this.host.dispatchEvent(new IcraApplicationFiledEvent({ application: application.id }));
    this.announcer.say(messages.filed(application.title));
    await this.#focus('[part~="filed"]');
  }

  /** What the portal's refusal means (a 401 was handled before): always shown in the summary. */
  async #refused(error: unknown, messages: ParticipationMessages, file?: Chosen): Promise<boolean> {
    if (error instanceof IcraApiError && error.status === 403) {
      await this.#form.show([{ text: messages.citizensOnly }]);
    } else if (error instanceof IcraApiError && file) {
      // An upload refused (too large, wrong type, too many waiting): said at the files, by name.
      const why = messages.errorUpload(file.file.name, error.detail || error.title);
      await this.#form.show([{ field: 'attachments', text: why }]);
    } else if (error instanceof IcraApiError && error.errors.length) {
      // The portal's field errors, by their JSON pointers (`/body/title`, `/body/attachments/1`).
      const problems = this.#form.problemsOf(error, messages.sendError);
      // Uploads the portal no longer takes (e.g. expired) are sent again on the next try.
      if (problems.some((problem) => problem.field === 'attachments'))
        for (const chosen of this.#files) chosen.uploaded = undefined;
      await this.#form.show(problems);
    } else {
      await this.#form.show([{ text: messages.sendError }]);
    }
    return true;
  }

  /** What is wrong with `files` for the portal, or '' (the first problem found). */
  #checkFiles(files: Chosen[], messages: ParticipationMessages): string {
    if (files.length > MAX_FILES) return messages.errorFileCount;
    for (const { file, type } of files) {
      if (!type) return messages.errorFileType(file.name);
      if (file.size > MAX_FILE_BYTES) return messages.errorFileSize(file.name);
    }
    return '';
  }

  #chooseFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const added = [...(input.files ?? [])].map((file) => ({ file, type: fileType(file) }));
    input.value = '';
    if (!added.length) return;
    const messages = this.#messages;
    const problem = this.#checkFiles([...this.#files, ...added], messages);
    // Files the portal would refuse are not kept; the reason is said at the field (and, the error
    // summary being an alert, spoken).
    const kept = added.filter(({ file, type }) => type && file.size <= MAX_FILE_BYTES);
    this.#files = [...this.#files, ...kept].slice(0, MAX_FILES);
    this.#form.edited('attachments');
    this.#form.setProblem('attachments', problem);
    if (!problem) this.announcer.say(messages.fileAdded(this.#files.length));
  }

  async #removeFile(index: number): Promise<void> {
    const [removed] = this.#files.splice(index, 1);
    this.#files = [...this.#files];
    this.#form.edited('attachments');
    if (removed) this.announcer.say(this.#messages.fileRemoved(removed.file.name));
    // Focus stays in the list: on the next file's button, else the previous one, else "add files".
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const left = root.querySelectorAll<HTMLElement>('[part~="remove-file"]');
    const target = left[Math.min(index, left.length - 1)] ?? root.querySelector('[part~="add-files"]');
    (target as HTMLElement | null)?.focus();
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
      ${this.#renderFiles(messages)}
      <p>
        <button type="submit" class="button" part="submit" aria-disabled=${form.busy ? 'true' : 'false'}>
          ${form.busy ? messages.sending : messages.send}
        </button>
      </p>
    </form>`;
  }

  #renderFiles(messages: ParticipationMessages): TemplateResult {
    const form = this.#form;
    const files = this.#files;
    const lang = this.host.resolvedLang;
    return html`<div class="field ${form.problemFor('attachments') ? 'invalid' : ''}" role="group" aria-labelledby="attachments-label" aria-describedby=${form.describedBy('attachments', 'attachments-hint')}>
      <span class="label" id="attachments-label">${messages.attachments}</span>
      <p class="hint" id="attachments-hint">${messages.attachmentsHint}</p>
      ${form.renderError('attachments')}
      ${
        files.length
          ? html`<ul class="files" part="files">
              ${files.map(
                ({ file }, index) => html`<li class="file" part="file">
                  <span class="file-name">${file.name}</span>
                  <span class="file-size">${formatSize(file.size, lang)}</span>
                  <button type="button" class="button secondary" part="remove-file" aria-label=${messages.removeFile(file.name)} @click=${() => this.#removeFile(index)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        files.length < MAX_FILES
          ? html`<p>${renderFilePicker({
              inputId: 'attachments',
              label: messages.addFiles,
              part: 'add-files',
              multiple: true,
              accept: 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png',
              describedBy: 'attachments-hint',
              onChange: (event: Event) => this.#chooseFiles(event),
            })}</p>`
          : nothing
      }
    </div>`;
  }
}
