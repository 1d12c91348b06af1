import { html, type TemplateResult } from 'lit';
import type { FormController } from './form-controller.js';

/**
 * The required "reason" textarea of a staff decision (a rejection, a decline, a cancellation): its
 * label and hint, its error from the form, and its value kept by the caller through `onInput`.
 */
export function renderReasonField<F extends string>(
  form: FormController<F>,
  field: F,
  words: { label: string; hint: string },
  value: string,
  onInput: (value: string) => void,
  rows = 3,
): TemplateResult {
  return html`<div class="field ${form.problemFor(field) ? 'invalid' : ''}">
    <label for=${field}>${words.label}</label>
    <p class="hint" id=${`${field}-hint`}>${words.hint}</p>
    ${form.renderError(field)}
    <textarea
      id=${field}
      rows=${rows}
      maxlength="2000"
      .value=${value}
      aria-required="true"
      aria-invalid=${form.invalid(field)}
      aria-describedby=${form.describedBy(field, `${field}-hint`)}
      @input=${(event: Event) => {
        onInput((event.target as HTMLTextAreaElement).value);
        form.edited(field);
      }}
    ></textarea>
  </div>`;
}
