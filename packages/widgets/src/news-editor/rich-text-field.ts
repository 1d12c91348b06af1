import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { formStyles } from '../core/form-styles.js';
import { richTextFragment, safeLinkHref, sanitizeRichText } from '../core/rich-text.js';
import { baseStyles } from '../core/styles.js';
import type { EditorMessages } from './messages.js';
import { richTextStyles } from './rich-text-field.styles.js';

/** What the field says: its toolbar, link field and own checks, in the widget's language. */
export type RichTextMessages = Pick<
  EditorMessages,
  | 'toolbar'
  | 'bold'
  | 'italic'
  | 'heading'
  | 'bulleted'
  | 'numbered'
  | 'link'
  | 'linkPrompt'
  | 'linkAdd'
  | 'linkInvalid'
  | 'cancel'
  | 'errorBodyRequired'
  | 'errorBodyLong'
>;

type Command = 'bold' | 'italic' | 'heading' | 'ul' | 'ol' | 'link';

// An icon drawn here: the link emoji is missing from many system fonts.
const LINK_ICON = html`<svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false"><path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" /><path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" /></svg>`;

/**
 * The news editor's rich-text field (internal to `<icra-news-editor>`, registered by its bundle as
 * `<icra-rich-text>`): a form-associated custom element on `ElementInternals`. Its value is the
 * text's HTML kept to the allow-list `<icra-news>` renders (`core/rich-text.ts`), submitted with
 * its form under `name`; `required`, `maxlength` (of the text, in characters) and `error` (a
 * problem found elsewhere, e.g. by the portal) make it invalid (`valueMissing`, `tooLong`,
 * `customError`) with a message in the widget's language, anchored at the editing area. A form's
 * reset brings back `defaultValue`; the browser's restore of the page brings back what was typed.
 *
 * Its label, hint, error, toolbar, link field and editing area (`role="textbox"`,
 * `aria-multiline`) are all in its own shadow root, so their ARIA references resolve; focusing
 * the element (an error summary's link, a `<label for>`) focuses the editing area.
 *
 * @csspart toolbar - The formatting toolbar.
 * @csspart editor - The editing area.
 * @csspart field-error - The error message.
 */
export class IcraRichText extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [baseStyles, formStyles, richTextStyles];

  /** The name its value is submitted under. */
  @property({ reflect: true }) name = '';
  /** The label of the editing area. */
  @property() label = '';
  /** The hint under the label. */
  @property() hint = '';
  /** Empty text is `valueMissing`. */
  @property({ type: Boolean }) required = false;
  /** Longest text, in characters: longer is `tooLong`. */
  @property({ type: Number }) maxlength?: number;
  /** A problem found elsewhere (the portal's field error…): shown, and the field's `customError`. */
  @property() error = '';
  /** The HTML it starts with, and comes back to when its form is reset. */
  @property({ attribute: false }) defaultValue = '';
  @property({ attribute: false }) messages?: RichTextMessages;

  /** The link field under the toolbar: open, and its error. */
  @state() private linking?: { error: boolean } | undefined;

  readonly internals: ElementInternals;

  @query('.editor') private area?: HTMLElement;
  @query('#link') private linkInput?: HTMLInputElement;

  /** Set by typing or by `value`: the area no longer shows `defaultValue`. */
  #dirty = false;
  /** What `value` was given before the area was rendered. */
  #pending?: string | undefined;
  /** The text selected when the link field opened, to make into the link. */
  #linkRange?: Range | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The HTML of the text, kept to the allow-list. */
  get value(): string {
    if (this.#pending !== undefined) return sanitizeRichText(this.#pending);
    if (!this.area) return sanitizeRichText(this.defaultValue);
    return sanitizeRichText(this.area.innerHTML);
  }

  set value(html: string) {
    this.#dirty = true;
    if (this.area) this.area.replaceChildren(richTextFragment(html));
    else this.#pending = html;
    this.#sync();
  }

  /** The text without its markup, trimmed. */
  get text(): string {
    const container = document.createElement('div');
    container.append(richTextFragment(this.value));
    return container.textContent?.trim() ?? '';
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  override focus(options?: FocusOptions): void {
    if (this.area) this.area.focus(options);
    else super.focus(options);
  }

  formResetCallback(): void {
    this.#dirty = false;
    this.#pending = undefined;
    this.area?.replaceChildren(richTextFragment(this.defaultValue));
    this.#sync();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const checks = ['required', 'maxlength', 'error', 'messages'] as const;
    if (!this.hasUpdated || checks.some((name) => changed.has(name))) this.#sync();
  }

  protected override firstUpdated(): void {
    this.area?.replaceChildren(richTextFragment(this.#pending ?? this.defaultValue));
    this.#pending = undefined;
    this.#sync();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.#dirty) {
      this.area?.replaceChildren(richTextFragment(this.defaultValue));
      this.#sync();
    }
  }

  /** The value and validity the form sees, and the states a stylesheet may match. */
  #sync(): void {
    const value = this.value;
    this.internals.setFormValue(value, value);
    const messages = this.messages;
    const length = this.text.length;
    const invalid = (flags: ValidityStateFlags, message: string) =>
      this.area
        ? this.internals.setValidity(flags, message, this.area)
        : this.internals.setValidity(flags, message);
    if (this.error) invalid({ customError: true }, this.error);
    else if (this.required && length === 0)
      invalid({ valueMissing: true }, messages?.errorBodyRequired ?? 'Required');
    else if (this.maxlength !== undefined && length > this.maxlength)
      invalid({ tooLong: true }, messages?.errorBodyLong(this.maxlength) ?? `At most ${this.maxlength}`);
    else this.internals.setValidity({});
    const states = this.internals.states;
    if (!states) return;
    for (const [name, on] of [
      ['invalid', !this.internals.validity.valid],
      ['blank', length === 0],
    ] as const) {
      if (on) states.add(name);
      else states.delete(name);
    }
  }

  #changed(): void {
    this.#dirty = true;
    this.#sync();
  }

  // ——— Formatting ———

  #format(command: Command): void {
    const area = this.area;
    if (!area) return;
    area.focus();
    switch (command) {
      case 'bold':
      case 'italic':
        document.execCommand(command);
        break;
      case 'heading':
        document.execCommand('formatBlock', false, this.#selectionIn(area, 'h2') ? 'p' : 'h2');
        break;
      case 'ul':
        document.execCommand('insertUnorderedList');
        break;
      case 'ol':
        document.execCommand('insertOrderedList');
        break;
      case 'link':
        void this.#openLink(area);
        return;
    }
    this.#changed();
  }

  #selection(): Selection | null {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  #selectionIn(area: HTMLElement, tag: string): boolean {
    let node: Node | null | undefined = this.#selection()?.anchorNode;
    while (node && node !== area) {
      if (node instanceof Element && node.localName === tag) return true;
      node = node.parentNode;
    }
    return false;
  }

  /** Opens the link field, remembering the selected text (the field takes the focus from it). */
  async #openLink(area: HTMLElement): Promise<void> {
    const selection = this.#selection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    this.#linkRange = range && area.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined;
    this.linking = { error: false };
    await this.updateComplete;
    this.linkInput?.focus();
  }

  async #closeLink(): Promise<void> {
    this.linking = undefined;
    this.#linkRange = undefined;
    await this.updateComplete;
    this.area?.focus();
  }

  async #addLink(): Promise<void> {
    const href = safeLinkHref(this.linkInput?.value);
    if (!href) {
      this.linking = { error: true };
      this.linkInput?.focus();
      return;
    }
    const range = this.#linkRange;
    this.linking = undefined;
    this.#linkRange = undefined;
    await this.updateComplete;
    const area = this.area;
    if (!area) return;
    area.focus();
    const selection = this.#selection() ?? document.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
    if (range && !range.collapsed) document.execCommand('createLink', false, href);
    else
      document.execCommand(
        'insertHTML',
        false,
        sanitizeRichText(`<a href="${href.replace(/"/g, '&quot;')}">${href.replace(/</g, '&lt;')}</a>`),
      );
    this.#changed();
  }

  #linkKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.#addLink();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void this.#closeLink();
    }
  }

  #keydown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      this.#format(key === 'b' ? 'bold' : 'italic');
    } else if (key === 'k') {
      event.preventDefault();
      this.#format('link');
    }
  }

  #paste(event: ClipboardEvent): void {
    // Pasted HTML goes through the same allow-list: no styles or scripts from other pages.
    const pasted = event.clipboardData?.getData('text/html');
    if (!pasted) return;
    event.preventDefault();
    document.execCommand('insertHTML', false, sanitizeRichText(pasted));
    this.#changed();
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const messages = this.messages;
    const invalid = Boolean(this.error);
    const described = [this.hint ? 'hint' : '', invalid ? 'error' : ''].filter(Boolean).join(' ');
    const tools: [Command, string, TemplateResult | string][] = messages
      ? [
          ['bold', messages.bold, 'B'],
          ['italic', messages.italic, 'I'],
          ['heading', messages.heading, 'H'],
          ['ul', messages.bulleted, '•'],
          ['ol', messages.numbered, '1.'],
          ['link', messages.link, LINK_ICON],
        ]
      : [];
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <span class="label" id="label" @click=${() => this.area?.focus()}>${this.label}</span>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      ${invalid ? html`<p class="field-error" part="field-error" id="error">${this.error}</p>` : nothing}
      <div class="toolbar" part="toolbar" role="toolbar" aria-label=${messages?.toolbar ?? nothing} aria-controls="area">
        ${tools.map(
          ([command, label, glyph]) => html`<button
            type="button"
            class="tool ${command}"
            title=${label}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => this.#format(command)}
          >
            <span aria-hidden="true">${glyph}</span><span class="visually-hidden">${label}</span>
          </button>`,
        )}
      </div>
      ${this.#renderLinkField()}
      <div
        id="area"
        class="editor"
        part="editor"
        contenteditable="true"
        role="textbox"
        aria-multiline="true"
        aria-labelledby="label"
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        tabindex="0"
        @input=${this.#changed}
        @keydown=${this.#keydown}
        @paste=${this.#paste}
      ></div>
    </div>`;
  }

  #renderLinkField(): TemplateResult | typeof nothing {
    const messages = this.messages;
    if (!this.linking || !messages) return nothing;
    const error = this.linking.error;
    return html`<div class="link-field">
      <label for="link">${messages.linkPrompt}</label>
      ${error ? html`<p class="field-error" id="link-error">${messages.linkInvalid}</p>` : nothing}
      <input
        id="link"
        type="url"
        inputmode="url"
        value="https://"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'link-error' : nothing}
        @keydown=${this.#linkKeydown}
      />
      <div class="actions">
        <button type="button" class="button" @click=${this.#addLink}>${messages.linkAdd}</button>
        <button type="button" class="button secondary" @click=${this.#closeLink}>${messages.cancel}</button>
      </div>
    </div>`;
  }
}
