import { IcraApiError } from '@icra/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Announcer } from './announcer.js';
import type { IcraElement } from './element.js';
import { renderFilePicker } from './file-picker.js';
import { formatSize } from './file-size.js';
import type { FormController } from './form-controller.js';
import { defineMessages } from './messages.js';

/** What a form's files field says, shared by the forms that take a citizen's uploads. */
export const fileMessages = defineMessages({
  az: {
    attachments: 'Fayllar (istəyə görə)',
    attachmentsHint: '5 fayla qədər: PDF, JPEG və ya PNG, hər biri 5 MB-a qədər.',
    addFiles: 'Fayl əlavə et',
    removeFile: (name: string) => `${name} faylını sil`,
    errorFileType: (name: string) => `${name}: yalnız PDF, JPEG və PNG faylları qəbul olunur.`,
    errorFileSize: (name: string) => `${name}: fayl 5 MB-dan böyükdür.`,
    errorFileCount: 'Ən çoxu 5 fayl əlavə etmək olar.',
    errorUpload: (name: string, why: string) => `${name}: ${why}`,
    fileAdded: (n: number) => `Seçilmiş fayllar: ${n}.`,
    fileRemoved: (name: string) => `${name} silindi.`,
  },
  en: {
    attachments: 'Files (optional)',
    attachmentsHint: 'Up to 5 files: PDF, JPEG or PNG, up to 5 MB each.',
    addFiles: 'Add files',
    removeFile: (name: string) => `Remove ${name}`,
    errorFileType: (name: string) => `${name}: only PDF, JPEG and PNG files are accepted.`,
    errorFileSize: (name: string) => `${name}: the file is larger than 5 MB.`,
    errorFileCount: 'You can add at most 5 files.',
    errorUpload: (name: string, why: string) => `${name}: ${why}`,
    fileAdded: (n: number) => (n === 1 ? '1 file chosen.' : `${n} files chosen.`),
    fileRemoved: (name: string) => `${name} removed.`,
  },
  ru: {
    attachments: 'Файлы (необязательно)',
    attachmentsHint: 'До 5 файлов: PDF, JPEG или PNG, каждый до 5 МБ.',
    addFiles: 'Добавить файлы',
    removeFile: (name: string) => `Удалить ${name}`,
    errorFileType: (name: string) => `${name}: принимаются только файлы PDF, JPEG и PNG.`,
    errorFileSize: (name: string) => `${name}: файл больше 5 МБ.`,
    errorFileCount: 'Можно добавить не больше 5 файлов.',
    errorUpload: (name: string, why: string) => `${name}: ${why}`,
    fileAdded: (n: number) => `Выбрано файлов: ${n}.`,
    fileRemoved: (name: string) => `${name} удалён.`,
  },
});

/** The layout of the files field (parts `files`, `file`). */
export const chosenFilesStyles = css`
  .label {
    font-weight: 600;
  }
  .files {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.25rem 0.25rem 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .file-name {
    flex: 1 1 12rem;
    font-weight: 600;
  }
  .file-size {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
`;

/** What the portal takes from a citizen with a form: at most 5 files of these types, 5 MiB each. */
const MAX_FILES = 5;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** A file the reader chose, and its upload's id once the portal has it (a retry sends it once). */
export interface Chosen {
  file: File;
  type: string;
  uploaded?: string | undefined;
}

/** The file's media type the portal takes, from the browser's or the name's extension; '' if none. */
function fileType(file: File): string {
  if (Object.values(FILE_TYPES).includes(file.type)) return file.type;
  return FILE_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? '';
}

/**
 * A form's optional files (the field `attachments`), uploaded before the form is sent ("upload,
 * then reference"): chosen with the widget's own button, checked as the portal would (type, size,
 * how many), each uploaded once even when the reader tries again, and listed with a "remove"
 * button each. The form's FormController has the field (its input's id is `attachments`), with
 * `ChosenFiles.target` as that field's focus target.
 */
export class ChosenFiles<F extends string> {
  /** Where the error summary's link for the field goes: a "remove" button, else "add files". */
  static readonly target = '[part~="remove-file"], [part~="add-files"]';
  files: Chosen[] = [];
  /** The file being uploaded while the form is sent, for a refusal to name it. */
  #current: Chosen | undefined;

  constructor(
    private readonly host: IcraElement,
    private readonly form: FormController<F>,
    /** The form's name of the field: its `attachments`. */
    private readonly field: F,
    private readonly announcer: Announcer,
  ) {}

  get #messages() {
    return fileMessages(this.host.resolvedLang);
  }

  /** What is wrong with the files for the portal, or '' (the first problem found). */
  check(files: Chosen[] = this.files): string {
    const messages = this.#messages;
    if (files.length > MAX_FILES) return messages.errorFileCount;
    for (const { file, type } of files) {
      if (!type) return messages.errorFileType(file.name);
      if (file.size > MAX_FILE_BYTES) return messages.errorFileSize(file.name);
    }
    return '';
  }

  /**
   * Uploads each file the portal does not have yet with `send`, in order, and gives the ids to name.
   * A refusal of one file is thrown as it came; `refusal` then words it, by the file's name.
   */
  async upload(send: (chosen: Chosen) => Promise<{ id: string }>): Promise<string[]> {
    for (const chosen of this.files) {
      this.#current = chosen;
      chosen.uploaded ??= (await send(chosen)).id;
    }
    this.#current = undefined;
    return this.files.map((chosen) => chosen.uploaded!);
  }

  /** The words for an upload the portal refused (too large, wrong type, too many waiting), or undefined. */
  refusal(error: unknown): string | undefined {
    const file = this.#current;
    this.#current = undefined;
    if (!(error instanceof IcraApiError) || !file) return undefined;
    return this.#messages.errorUpload(file.file.name, error.detail || error.title);
  }

  /** Forgets what the portal was given: the next send uploads every file again (e.g. they expired). */
  forgetUploads(): void {
    for (const chosen of this.files) chosen.uploaded = undefined;
  }

  #choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const added = [...(input.files ?? [])].map((file) => ({ file, type: fileType(file) }));
    input.value = '';
    if (!added.length) return;
    const problem = this.check([...this.files, ...added]);
    // Files the portal would refuse are not kept; the reason is said at the field (and, the error
    // summary being an alert, spoken).
    const kept = added.filter(({ file, type }) => type && file.size <= MAX_FILE_BYTES);
    this.files = [...this.files, ...kept].slice(0, MAX_FILES);
    this.form.edited(this.field);
    this.form.setProblem(this.field, problem);
    if (!problem) this.announcer.say(this.#messages.fileAdded(this.files.length));
  }

  async #remove(index: number): Promise<void> {
    const [removed] = this.files.splice(index, 1);
    this.files = [...this.files];
    this.form.edited(this.field);
    if (removed) this.announcer.say(this.#messages.fileRemoved(removed.file.name));
    // Focus stays in the list: on the next file's button, else the previous one, else "add files".
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const left = root.querySelectorAll<HTMLElement>('[part~="remove-file"]');
    const target = left[Math.min(index, left.length - 1)] ?? root.querySelector('[part~="add-files"]');
    (target as HTMLElement | null)?.focus();
  }

  /** The field: its label and hint, its error, the files chosen, and "add files" while there is room. */
  render(): TemplateResult {
    const form = this.form;
    const files = this.files;
    const messages = this.#messages;
    const lang = this.host.resolvedLang;
    return html`<div class="field ${form.problemFor(this.field) ? 'invalid' : ''}" role="group" aria-labelledby="attachments-label" aria-describedby=${form.describedBy(this.field, 'attachments-hint')}>
      <span class="label" id="attachments-label">${messages.attachments}</span>
      <p class="hint" id="attachments-hint">${messages.attachmentsHint}</p>
      ${form.renderError(this.field)}
      ${
        files.length
          ? html`<ul class="files" part="files">
              ${files.map(
                ({ file }, index) => html`<li class="file" part="file">
                  <span class="file-name">${file.name}</span>
                  <span class="file-size">${formatSize(file.size, lang)}</span>
                  <button type="button" class="button secondary" part="remove-file" aria-label=${messages.removeFile(file.name)} @click=${() => this.#remove(index)}>
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
              onChange: (event: Event) => this.#choose(event),
            })}</p>`
          : nothing
      }
    </div>`;
  }
}
