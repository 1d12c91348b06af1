import { html, nothing, type TemplateResult } from 'lit';

/** A file input behind a button of the widget's own, in the widget's language. */
export interface FilePicker {
  /** The id of the (hidden) file input; tests and `change` handlers find it by it. */
  inputId: string;
  /** The button's text, in the widget's language. */
  label: string;
  /** The `part` of the button. */
  part: string;
  /** The button's id, for a link or a focus move to it. */
  buttonId?: string;
  accept: string;
  multiple?: boolean;
  /** Ids of the hint and the field's error, for `aria-describedby`. */
  describedBy?: string | typeof nothing | undefined;
  /** `aria-invalid` of the button while the field has a problem. */
  invalid?: 'true' | 'false' | undefined;
  onChange: (event: Event) => void;
}

/**
 * Chooses files with a button of the widget's own instead of the browser's file input, which
 * speaks the browser's language whatever the widget's and cannot be styled. The input stays in the
 * page, hidden, and the button opens it.
 */
export function renderFilePicker(picker: FilePicker): TemplateResult {
  const open = (event: Event) => {
    const root = (event.currentTarget as HTMLElement).getRootNode() as ParentNode;
    root.querySelector<HTMLInputElement>(`#${CSS.escape(picker.inputId)}`)?.click();
  };
  return html`<input
      id=${picker.inputId}
      type="file"
      hidden
      ?multiple=${picker.multiple ?? false}
      accept=${picker.accept}
      @change=${picker.onChange}
    /><button
      id=${picker.buttonId ?? nothing}
      type="button"
      class="button secondary"
      part=${picker.part}
      aria-invalid=${picker.invalid ?? nothing}
      aria-describedby=${picker.describedBy ?? nothing}
      @click=${open}
    >
      ${picker.label}
    </button>`;
}
