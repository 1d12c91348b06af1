/** Fields of the editor's form that need nothing but their own state: text inputs and the cover. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderFilePicker } from '../core/file-picker.js';
import type { FormController } from '../core/form-controller.js';
import type { Field } from './draft.js';
import type { EditorMessages } from './messages.js';
import type { EditorialNews } from './types.js';

/** What the editor states up front, and checks before uploading. */
export const COVER_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const COVER_MAX_BYTES = 2 * 1024 * 1024;

export interface TextField {
  id: Field;
  kind: 'input' | 'textarea';
  label: string;
  hint: string;
  value: string;
  maxlength: number;
  /** `aria-required`; undefined: not stated. */
  required?: boolean | undefined;
  onInput: (event: Event) => void;
}

/** A one-line or several-line text field with its label, hint and error (all in one shadow root). */
export function renderTextField(form: FormController<Field>, field: TextField): TemplateResult {
  const { id } = field;
  const required = field.required === undefined ? nothing : field.required ? 'true' : 'false';
  return html`<div class="field ${form.problemFor(id) ? 'invalid' : ''}">
    <label for=${id}>${field.label}</label>
    <p class="hint" id=${`${id}-hint`}>${field.hint}</p>
    ${form.renderError(id)}
    ${
      field.kind === 'textarea'
        ? html`<textarea id=${id} rows="3" maxlength=${field.maxlength} .value=${field.value}
            aria-required=${required} aria-invalid=${form.invalid(id)}
            aria-describedby=${form.describedBy(id, `${id}-hint`)} @input=${field.onInput}></textarea>`
        : html`<input id=${id} type="text" maxlength=${field.maxlength} .value=${field.value}
            aria-required=${required} aria-invalid=${form.invalid(id)}
            aria-describedby=${form.describedBy(id, `${id}-hint`)} @input=${field.onInput} />`
    }
  </div>`;
}

export interface CoverField {
  article: EditorialNews | null | undefined;
  /** The cover's address, if it is one a widget may show. */
  src: string | undefined;
  messages: EditorMessages;
  onChoose: (event: Event) => void;
  onRemove: () => void;
}

/** The cover image: its limits stated up front, the current one with "remove", the file input. */
export function renderCoverField(form: FormController<Field>, field: CoverField): TemplateResult {
  const { article, src, messages } = field;
  const cover = article?.cover;
  return html`<div class="field ${form.problemFor('cover') ? 'invalid' : ''}" role="group" aria-labelledby="cover-label">
    <span class="label" id="cover-label">${messages.cover}</span>
    <p class="hint" id="cover-hint">${messages.coverHint}</p>
    ${form.renderError('cover')}
    ${
      cover && src
        ? html`<figure class="cover">
            <img src=${src} alt=${article?.translations.az.coverAlt ?? ''} width=${cover.width} height=${cover.height} />
            <figcaption class="muted">${messages.coverCurrent}</figcaption>
          </figure>
          <button type="button" class="button secondary" @click=${field.onRemove}>${messages.coverRemove}</button>`
        : nothing
    }
    <p>${renderFilePicker({
      inputId: 'cover',
      label: messages.coverChoose,
      part: 'choose-cover',
      accept: COVER_TYPES.join(','),
      invalid: form.invalid('cover'),
      describedBy: form.describedBy('cover', 'cover-hint'),
      onChange: field.onChoose,
    })}</p>
    ${form.busy === 'cover' ? html`<p class="muted">${messages.coverUploading}</p>` : nothing}
  </div>`;
}
