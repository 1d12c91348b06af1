import { IcraApiError, type Lang } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { safeMediaUrl } from '../core/client.js';
import { type FieldProblem as FormProblem, renderErrorSummary } from '../core/error-summary.js';
import { formStyles } from '../core/form-styles.js';
import { formatDate } from '../core/format.js';
import { LANGS } from '../core/lang.js';
import { richTextFragment, safeLinkHref, sanitizeRichText } from '../core/rich-text.js';
import { IcraSessionElement } from '../core/session-element.js';
import { baseStyles } from '../core/styles.js';
import { renderSignIn } from '../sign-in/define.js';
import { type EditorialApi, editorialApi } from './api.js';
import { type EditorMessages, editorMessages } from './messages.js';
import { editorStyles } from './news-editor.styles.js';
import type {
  EditorialNews,
  EditorialNewsSummary,
  EditorialTranslationInput,
  NewsDraftInput,
  NewsUpdateInput,
} from './types.js';

type Field = 'title' | 'summary' | 'body' | 'alt';
/** The API's names of the fields, as they appear in error pointers. */
const API_FIELD: Record<string, Field> = {
  title: 'title',
  summary: 'summary',
  bodyHtml: 'body',
  coverAlt: 'alt',
};

/** What the editor states up front, and checks before uploading. */
export const COVER_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const COVER_MAX_BYTES = 2 * 1024 * 1024;

type Draft = Record<Lang, { title: string; summary: string; alt: string }>;
type Action = 'save' | 'publish' | 'unpublish' | 'delete' | 'cover' | 'cover-delete';

/** A problem of the form, with the language tab its field is on. */
interface FieldProblem extends FormProblem {
  lang?: Lang | undefined;
}

function emptyDraft(): Draft {
  return {
    az: { title: '', summary: '', alt: '' },
    en: { title: '', summary: '', alt: '' },
    ru: { title: '', summary: '', alt: '' },
  };
}

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Writing and publishing an authority's news, for its officials with the editor or administrator
 * role: the list of the authority's articles (drafts and published), and an edit view with the
 * text in Azerbaijani (required), English and Russian (optional), a small rich-text editor whose
 * output is limited to what `<icra-news>` shows, a cover image, save, publish, unpublish and
 * delete.
 *
 * ```html
 * <script type="module" src="https://portal.example.az/widgets/icra-news-editor.js"></script>
 * <icra-news-editor api="https://portal.example.az" authority="guba"></icra-news-editor>
 * ```
 *
 * Signed out, it shows the sign-in control (the page's one sign-in per portal, see
 * `<icra-sign-in>`); signed in as someone who may not edit this authority's news, it says so.
 * Errors are listed in a summary that takes focus, each linking to its field (GOV.UK pattern).
 * Every write carries an `Idempotency-Key`, made per action and reused when that action is tried
 * again, so a retried save never creates an article twice.
 *
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside: the reader signed in here.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside: the reader signed out here, or the token expired.
 *
 * @csspart base - The widget's root box.
 * @csspart title - The editor's heading.
 * @csspart list - The `<ul>` of articles.
 * @csspart item - One article of the list.
 * @csspart status - An article's status label (draft or published).
 * @csspart new - The "new article" button.
 * @csspart form - The edit form.
 * @csspart tabs - The language tabs.
 * @csspart toolbar - The rich-text toolbar.
 * @csspart editor - The rich-text editing area.
 * @csspart error-summary - The error summary.
 * @csspart actions - The row of save, publish, unpublish and delete.
 * @csspart state - The box of the loading, refusal and error states.
 *
 * @cssprop --icra-color-accent - Buttons, links, the selected tab. Default #0b5cad light, #7db7f5 dark.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour.
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Hints and dates.
 * @cssprop --icra-color-surface - Background; inputs.
 * @cssprop --icra-color-surface-raised - List items and the toolbar.
 * @cssprop --icra-color-border - Borders of inputs and boxes.
 * @cssprop --icra-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --icra-color-danger - Errors.
 * @cssprop --icra-font-family - Font. Default: inherited from the page.
 * @cssprop --icra-font-size - Base font size. Default 1rem.
 * @cssprop --icra-radius - Corner radius. Default 0.5rem.
 * @cssprop --icra-space - Spacing unit. Default 1rem.
 * @cssprop --icra-max-width - Largest width of the widget. Default none.
 */
export class IcraNewsEditor extends IcraSessionElement {
  static override styles = [baseStyles, formStyles, editorStyles];

  /**
   * The `fetch` the editorial requests go through (fixtures, Storybook, tests). Default: the
   * page's `fetch`. Requests carry the session's token.
   */
  @property({ attribute: false }) fetch?: typeof fetch;

  @state() private listStatus: 'loading' | 'loaded' | 'error' | 'forbidden' = 'loading';
  @state() private items: EditorialNewsSummary[] = [];
  @state() private nextCursor: string | null = null;
  /** The article being edited: `null` for a new one, `undefined` on the list. */
  @state() private editing?: EditorialNews | null;
  @state() private draft: Draft = emptyDraft();
  @state() private tab: Lang = 'az';
  @state() private problems: FieldProblem[] = [];
  @state() private busy?: Action | undefined;
  @state() private confirmingDelete = false;
  @state() private announcement = '';
  /** The link field under the toolbar: open, and its error. */
  @state() private linking?: { lang: Lang; error: boolean } | undefined;

  /** One Idempotency-Key per action, kept until it succeeds or the form changes (so a retry reuses it). */
  private keys = new Map<Action, string>();
  /** The text selected when the link field opened, to make into the link. */
  private linkRange?: Range | undefined;
  /** Body HTML per language, set into the contenteditable areas after render. */
  private pendingBodies?: Record<Lang, string> | undefined;

  private get editorial(): EditorialApi | undefined {
    const base = this.resolvedApi;
    if (!base) return undefined;
    return editorialApi({
      api: base,
      lang: this.resolvedLang,
      token: () => this.session?.token,
      fetch: this.fetch,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const base = this.resolvedApi;
    if (this.auth.status !== 'signed-in' || !this.resolvedAuthority) {
      if (this.loadedKey !== undefined) this.forget();
      return;
    }
    const key = [base, this.resolvedAuthority, this.auth.expiresAt].join('\n');
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.loadList();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const bodies = this.pendingBodies;
    if (!bodies) return;
    this.pendingBodies = undefined;
    for (const lang of LANGS) {
      const area = this.bodyArea(lang);
      area?.replaceChildren(richTextFragment(bodies[lang]));
    }
  }

  /** Drops what was shown (signed out). */
  private forget(): void {
    this.controller.abort();
    this.loadedKey = undefined;
    this.items = [];
    this.nextCursor = null;
    this.listStatus = 'loading';
    this.editing = undefined;
    this.draft = emptyDraft();
    this.problems = [];
    this.busy = undefined;
    this.confirmingDelete = false;
  }

  /** A 401 signs out everywhere; a 403 is the refusal. */
  private refused(error: unknown): boolean {
    if (error instanceof IcraApiError && error.status === 401) {
      this.session?.signOut();
      return true;
    }
    return false;
  }

  private async loadList(): Promise<void> {
    const api = this.editorial;
    const authority = this.resolvedAuthority;
    if (!api || !authority) return;
    const signal = this.restart();
    const messages = editorMessages(this.resolvedLang);
    this.listStatus = 'loading';
    this.announce(messages.loading);
    try {
      const page = await api.listEditorialNews({ authority, limit: 50 }, { signal });
      if (signal.aborted) return;
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.listStatus = 'loaded';
      this.announce('');
    } catch (error) {
      if (signal.aborted || this.refused(error)) return;
      const forbidden = error instanceof IcraApiError && (error.status === 403 || error.status === 404);
      this.listStatus = forbidden ? 'forbidden' : 'error';
      this.announce(forbidden ? messages.forbidden : messages.loadError);
    }
  }

  private async loadMore(): Promise<void> {
    const api = this.editorial;
    const authority = this.resolvedAuthority;
    const cursor = this.nextCursor;
    if (!api || !authority || !cursor) return;
    try {
      const page = await api.listEditorialNews({ authority, limit: 50, cursor });
      const known = new Set(this.items.map((item) => item.id));
      this.items = [...this.items, ...page.items.filter((item) => !known.has(item.id))];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      if (!this.refused(error)) this.announce(editorMessages(this.resolvedLang).loadError);
    }
  }

  // ——— Editing ———

  private async open(id: string | null): Promise<void> {
    this.problems = [];
    this.confirmingDelete = false;
    this.keys.clear();
    this.tab = 'az';
    if (id === null) {
      this.editing = null;
      this.fill(undefined);
    } else {
      const api = this.editorial;
      if (!api) return;
      this.busy = 'save';
      try {
        const article = await api.getEditorialNews(id);
        this.editing = article;
        this.fill(article);
      } catch (error) {
        if (this.refused(error)) return;
        this.problems = [{ text: this.problemText(error) }];
      } finally {
        this.busy = undefined;
      }
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#edit-heading')?.focus();
  }

  private fill(article: EditorialNews | undefined): void {
    const draft = emptyDraft();
    const bodies: Record<Lang, string> = { az: '', en: '', ru: '' };
    for (const lang of LANGS) {
      const translation = article?.translations[lang];
      if (!translation) continue;
      draft[lang] = {
        title: translation.title,
        summary: translation.summary,
        alt: translation.coverAlt ?? '',
      };
      bodies[lang] = translation.bodyHtml;
    }
    this.draft = draft;
    this.pendingBodies = bodies;
    this.requestUpdate();
  }

  private async backToList(): Promise<void> {
    const id = this.editing?.id;
    this.editing = undefined;
    this.problems = [];
    this.confirmingDelete = false;
    await this.loadList();
    await this.updateComplete;
    const target =
      (id && this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] button`)) ||
      this.renderRoot.querySelector<HTMLElement>('[part~="new"]');
    target?.focus();
  }

  private bodyArea(lang: Lang): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${lang}-body`);
  }

  private bodyHtml(lang: Lang): string {
    const area = this.bodyArea(lang);
    return area ? sanitizeRichText(area.innerHTML) : '';
  }

  /** Any change of the form: a later write is a new action with a new key. */
  private changed(): void {
    this.keys.clear();
  }

  private input(lang: Lang, field: 'title' | 'summary' | 'alt', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.draft = { ...this.draft, [lang]: { ...this.draft[lang], [field]: value } };
    this.changed();
  }

  /** The translations to send; `null` for an optional language left empty. Checks them first. */
  private translations(): Record<Lang, EditorialTranslationInput | null> | undefined {
    const messages = editorMessages(this.resolvedLang);
    const problems: FieldProblem[] = [];
    const result = {} as Record<Lang, EditorialTranslationInput | null>;
    for (const lang of LANGS) {
      const { title, summary, alt } = this.draft[lang];
      const bodyHtml = this.bodyHtml(lang);
      const bodyText = this.bodyArea(lang)?.textContent?.trim() ?? '';
      const any = title.trim() || summary.trim() || bodyText || alt.trim();
      if (lang !== 'az' && !any) {
        result[lang] = null;
        continue;
      }
      const name = messages.langName(lang);
      const say = (text: string) => (lang === 'az' ? text : messages.inLang(text, name));
      if (!title.trim())
        problems.push({ field: `${lang}-title`, lang, text: say(messages.errorTitleRequired) });
      else if (title.length > 200)
        problems.push({ field: `${lang}-title`, lang, text: say(messages.errorTitleLong) });
      if (!summary.trim())
        problems.push({ field: `${lang}-summary`, lang, text: say(messages.errorSummaryRequired) });
      else if (summary.length > 600)
        problems.push({ field: `${lang}-summary`, lang, text: say(messages.errorSummaryLong) });
      result[lang] = { title: title.trim(), summary: summary.trim(), bodyHtml, coverAlt: alt.trim() || null };
    }
    if (problems.length > 0) {
      void this.showProblems(problems);
      return undefined;
    }
    return result;
  }

  private async showProblems(problems: FieldProblem[]): Promise<void> {
    this.problems = problems;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  /** The field errors of a problem from the portal, by their JSON pointers. */
  private fromProblem(error: unknown): FieldProblem[] {
    const messages = editorMessages(this.resolvedLang);
    if (!(error instanceof IcraApiError)) return [{ text: messages.errorFailed }];
    if (error.status === 412) return [{ text: messages.errorConflict }];
    const fields: FieldProblem[] = [];
    for (const fieldError of error.errors) {
      const match = /^\/body\/translations\/(az|en|ru)\/(\w+)/.exec(fieldError.pointer);
      const lang = match?.[1] as Lang | undefined;
      const field = match?.[2] ? API_FIELD[match[2]] : undefined;
      fields.push(
        lang && field
          ? { field: `${lang}-${field}`, lang, text: fieldError.detail }
          : /^\/body$|cover/.test(fieldError.pointer)
            ? { field: 'cover', text: fieldError.detail }
            : { text: fieldError.detail },
      );
    }
    return fields.length > 0 ? fields : [{ text: this.problemText(error) }];
  }

  private problemText(error: unknown): string {
    const messages = editorMessages(this.resolvedLang);
    if (error instanceof IcraApiError) {
      if (error.status === 412) return messages.errorConflict;
      return error.detail ? `${error.title}: ${error.detail}` : error.title;
    }
    return messages.errorFailed;
  }

  private key(action: Action): string {
    let key = this.keys.get(action);
    if (!key) {
      key = newKey();
      this.keys.set(action, key);
    }
    return key;
  }

  /** Runs one write: busy while it runs, its key reused if it is tried again, problems shown. */
  private async write(action: Action, run: (idempotencyKey: string) => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = action;
    try {
      await run(this.key(action));
      this.keys.delete(action);
      this.problems = [];
      return true;
    } catch (error) {
      if (!this.refused(error)) await this.showProblems(this.fromProblem(error));
      return false;
    } finally {
      this.busy = undefined;
    }
  }

  /** Saves the form: creates the draft, or updates the article. Resolves to the saved article. */
  private async save(announce = true): Promise<EditorialNews | undefined> {
    const api = this.editorial;
    const authority = this.resolvedAuthority;
    const translations = this.translations();
    if (!api || !authority || !translations) return undefined;
    const { az, en, ru } = translations;
    if (!az) return undefined;
    let saved: EditorialNews | undefined;
    const ok = await this.write('save', async (idempotencyKey) => {
      const current = this.editing;
      if (!current) {
        const body: NewsDraftInput = { authority, translations: { az } };
        if (en) body.translations.en = en;
        if (ru) body.translations.ru = ru;
        saved = await api.createNewsDraft(body, { idempotencyKey });
      } else {
        const body: NewsUpdateInput = {
          translations: {
            az,
            en: en ?? (current.translations.en ? null : undefined),
            ru: ru ?? (current.translations.ru ? null : undefined),
          },
        };
        if (body.translations.en === undefined) delete body.translations.en;
        if (body.translations.ru === undefined) delete body.translations.ru;
        saved = await api.updateNews(current.id, body, current.version, { idempotencyKey });
      }
    });
    if (ok && saved) {
      this.editing = saved;
      if (announce) this.announce(editorMessages(this.resolvedLang).saved);
    }
    return ok ? saved : undefined;
  }

  private async setPublished(publish: boolean): Promise<void> {
    const saved = await this.save(false);
    const api = this.editorial;
    if (!saved || !api) return;
    const action: Action = publish ? 'publish' : 'unpublish';
    let result: EditorialNews | undefined;
    const ok = await this.write(action, async (idempotencyKey) => {
      result = publish
        ? await api.publishNews(saved.id, { idempotencyKey })
        : await api.unpublishNews(saved.id, { idempotencyKey });
    });
    if (ok && result) {
      this.editing = result;
      const messages = editorMessages(this.resolvedLang);
      this.announce(publish ? messages.publishedNow : messages.unpublishedNow);
    }
  }

  private async askDelete(): Promise<void> {
    this.confirmingDelete = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#delete-confirm')?.focus();
  }

  private async cancelDelete(): Promise<void> {
    this.confirmingDelete = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="delete"]')?.focus();
  }

  private async deleteArticle(): Promise<void> {
    const api = this.editorial;
    const current = this.editing;
    if (!api || !current) return;
    const ok = await this.write('delete', (idempotencyKey) => api.deleteNews(current.id, { idempotencyKey }));
    if (ok) {
      this.announce(editorMessages(this.resolvedLang).deleted);
      this.editing = undefined;
      await this.backToList();
    }
  }

  private async uploadCover(event: Event): Promise<void> {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    inputElement.value = '';
    if (!file) return;
    const messages = editorMessages(this.resolvedLang);
    if (!COVER_TYPES.includes(file.type)) {
      await this.showProblems([{ field: 'cover', text: messages.errorCoverType }]);
      return;
    }
    if (file.size > COVER_MAX_BYTES) {
      await this.showProblems([{ field: 'cover', text: messages.errorCoverSize }]);
      return;
    }
    // An upload needs the article: a new one is saved as a draft first.
    const saved = this.editing ?? (await this.save(false));
    const api = this.editorial;
    if (!saved || !api) return;
    this.announce(messages.coverUploading);
    let result: EditorialNews | undefined;
    this.keys.delete('cover');
    const ok = await this.write('cover', async (idempotencyKey) => {
      result = await api.uploadNewsCover(saved.id, file, { idempotencyKey });
    });
    if (ok && result) {
      this.editing = result;
      this.announce(messages.coverUploaded);
    }
  }

  private async removeCover(): Promise<void> {
    const api = this.editorial;
    const current = this.editing;
    if (!api || !current) return;
    let result: EditorialNews | undefined;
    const ok = await this.write('cover-delete', async (idempotencyKey) => {
      result = await api.deleteNewsCover(current.id, { idempotencyKey });
    });
    if (ok && result) this.editing = result;
  }

  // ——— Rich text ———

  private format(command: 'bold' | 'italic' | 'heading' | 'ul' | 'ol' | 'link'): void {
    const lang = this.tab;
    const area = this.bodyArea(lang);
    if (!area) return;
    area.focus();
    switch (command) {
      case 'bold':
      case 'italic':
        document.execCommand(command);
        break;
      case 'heading': {
        const inHeading = this.selectionIn(area, 'h2');
        document.execCommand('formatBlock', false, inHeading ? 'p' : 'h2');
        break;
      }
      case 'ul':
        document.execCommand('insertUnorderedList');
        break;
      case 'ol':
        document.execCommand('insertOrderedList');
        break;
      case 'link':
        void this.openLink(area, lang);
        return;
    }
    this.changed();
  }

  private selection(): Selection | null {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  /** Opens the link field, remembering the selected text (the field takes the focus from it). */
  private async openLink(area: HTMLElement, lang: Lang): Promise<void> {
    const selection = this.selection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    this.linkRange = range && area.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined;
    this.linking = { lang, error: false };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${lang}-link`)?.focus();
  }

  private async closeLink(): Promise<void> {
    const lang = this.linking?.lang;
    this.linking = undefined;
    this.linkRange = undefined;
    await this.updateComplete;
    if (lang) this.bodyArea(lang)?.focus();
  }

  private async addLink(): Promise<void> {
    const lang = this.linking?.lang;
    const field = lang ? this.renderRoot.querySelector<HTMLInputElement>(`#${lang}-link`) : null;
    const href = safeLinkHref(field?.value);
    if (!lang || !href) {
      if (lang) this.linking = { lang, error: true };
      field?.focus();
      return;
    }
    const area = this.bodyArea(lang);
    const range = this.linkRange;
    this.linking = undefined;
    this.linkRange = undefined;
    await this.updateComplete;
    if (!area) return;
    area.focus();
    const selection = this.selection() ?? document.getSelection();
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
    this.changed();
  }

  private linkKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.addLink();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void this.closeLink();
    }
  }

  private renderLinkField(lang: Lang, messages: EditorMessages): TemplateResult | typeof nothing {
    if (this.linking?.lang !== lang) return nothing;
    const id = `${lang}-link`;
    const error = this.linking.error;
    return html`<div class="link-field">
      <label for=${id}>${messages.linkPrompt}</label>
      ${error ? html`<p class="field-error" id=${`${id}-error`}>${messages.linkInvalid}</p>` : nothing}
      <input
        id=${id}
        type="url"
        inputmode="url"
        value="https://"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @keydown=${this.linkKeydown}
      />
      <div class="actions">
        <button type="button" class="button" @click=${this.addLink}>${messages.linkAdd}</button>
        <button type="button" class="button secondary" @click=${this.closeLink}>${messages.cancel}</button>
      </div>
    </div>`;
  }

  private selectionIn(area: HTMLElement, tag: string): boolean {
    let node: Node | null | undefined = this.selection()?.anchorNode;
    while (node && node !== area) {
      if (node instanceof Element && node.localName === tag) return true;
      node = node.parentNode;
    }
    return false;
  }

  private bodyKeydown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      this.format(key === 'b' ? 'bold' : 'italic');
    } else if (key === 'k') {
      event.preventDefault();
      this.format('link');
    }
  }

  private bodyPaste(event: ClipboardEvent): void {
    // Pasted HTML goes through the same allow-list: no styles or scripts from other pages.
    const pasted = event.clipboardData?.getData('text/html');
    if (!pasted) return;
    event.preventDefault();
    document.execCommand('insertHTML', false, sanitizeRichText(pasted));
    this.changed();
  }

  // ——— Tabs ———

  private async selectTab(lang: Lang, focus = false): Promise<void> {
    this.tab = lang;
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${lang}`)?.focus();
    }
  }

  private tabKeydown(event: KeyboardEvent): void {
    const index = LANGS.indexOf(this.tab);
    const next =
      event.key === 'ArrowRight'
        ? LANGS[(index + 1) % LANGS.length]
        : event.key === 'ArrowLeft'
          ? LANGS[(index + LANGS.length - 1) % LANGS.length]
          : event.key === 'Home'
            ? LANGS[0]
            : event.key === 'End'
              ? LANGS[LANGS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    void this.selectTab(next, true);
  }

  /** An error summary link: shows the field's tab and focuses the field. */
  private async goToField(event: Event, problem: FieldProblem): Promise<void> {
    event.preventDefault();
    if (problem.lang) this.tab = problem.lang;
    await this.updateComplete;
    const field = problem.field ? this.renderRoot.querySelector<HTMLElement>(`#${problem.field}`) : null;
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  }

  private announce(text: string): void {
    this.announcement = '';
    if (!text) return;
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = editorMessages(lang);
    const signedIn = this.auth.status === 'signed-in';
    const configured = Boolean(this.resolvedApi && this.resolvedAuthority);
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        role="region"
        aria-labelledby="editor-title"
        aria-busy=${signedIn && this.listStatus === 'loading' && this.editing === undefined ? 'true' : 'false'}
      >
        <div class="header">
          <h2 class="title" part="title" id="editor-title">${messages.title}</h2>
          ${configured ? renderSignIn(this, 'sign-in, cancel, who, sign-out') : nothing}
        </div>
        ${
          !configured
            ? html`<div class="state error" part="state"><p>${messages.notConfigured}</p></div>`
            : !signedIn
              ? html`<p class="intro">${messages.intro}</p>`
              : this.editing !== undefined
                ? this.renderEdit(messages)
                : this.renderList(lang, messages)
        }
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderList(lang: Lang, messages: EditorMessages): TemplateResult {
    switch (this.listStatus) {
      case 'loading':
        return html`<div class="state" part="state"><p>${messages.loading}</p></div>`;
      case 'forbidden':
        return html`<div class="state error" part="state" role="alert"><p>${messages.forbidden}</p></div>`;
      case 'error':
        return html`<div class="state error" part="state">
          <p>${messages.loadError}</p>
          <button type="button" class="button" @click=${this.loadList}>${messages.retry}</button>
        </div>`;
      case 'loaded':
        return html`
          <div>
            <button type="button" class="button" part="new" @click=${() => this.open(null)}>
              ${messages.newArticle}
            </button>
          </div>
          ${
            this.items.length === 0
              ? html`<p class="state" part="state">${messages.empty}</p>`
              : html`<ul class="list" part="list">
                  ${repeat(
                    this.items,
                    (item) => item.id,
                    (item) => {
                      const title = item.titles[lang] ?? item.titles.az;
                      return html`<li class="item" part="item" data-id=${item.id}>
                        <span class="item-title" lang=${item.titles[lang] ? nothing : 'az'}
                          >${title || messages.untitled}</span
                        >
                        <span class="badge ${item.status}" part="status"
                          >${messages[item.status]}</span
                        >
                        <span class="muted">${messages.updated(formatDate(item.updatedAt, lang))}</span>
                        <button
                          type="button"
                          class="button secondary"
                          aria-label=${`${messages.edit}: ${title || messages.untitled}`}
                          @click=${() => this.open(item.id)}
                        >
                          ${messages.edit}
                        </button>
                      </li>`;
                    },
                  )}
                </ul>`
          }
          ${
            this.nextCursor
              ? html`<button type="button" class="button secondary" @click=${this.loadMore}>
                  ${messages.loadMore}
                </button>`
              : nothing
          }
        `;
    }
  }

  private problemFor(field: string): FieldProblem | undefined {
    return this.problems.find((problem) => problem.field === field);
  }

  private renderErrorSummary(messages: EditorMessages): TemplateResult | typeof nothing {
    return renderErrorSummary(
      html`<h3 id="error-summary-title">${messages.errorSummary}</h3>`,
      this.problems,
      (event, problem) => this.goToField(event, problem),
    );
  }

  private renderEdit(messages: EditorMessages): TemplateResult {
    const article = this.editing;
    const busy = this.busy !== undefined;
    const published = article?.status === 'published';
    return html`
      <button type="button" class="button secondary" @click=${this.backToList}>
        <span aria-hidden="true">←</span> ${messages.back}
      </button>
      <form class="form" part="form" novalidate @submit=${(event: Event) => {
        event.preventDefault();
        void this.save();
      }}>
        <h3 id="edit-heading" tabindex="-1">${article ? messages.editHeading : messages.newHeading}</h3>
        ${
          article
            ? html`<p class="muted">
                ${messages.status}:
                <span class="badge ${article.status}" part="status"
                  >${published ? messages.published : messages.draft}</span
                >
              </p>`
            : nothing
        }
        ${this.renderErrorSummary(messages)}
        <div class="tabs" part="tabs" role="tablist" aria-label=${messages.languages}>
          ${LANGS.map(
            (code) => html`<button
              type="button"
              role="tab"
              id=${`tab-${code}`}
              aria-controls=${`panel-${code}`}
              aria-selected=${this.tab === code ? 'true' : 'false'}
              tabindex=${this.tab === code ? '0' : '-1'}
              @click=${() => this.selectTab(code)}
              @keydown=${this.tabKeydown}
            >
              ${messages.langName(code)}
              <span class="muted">(${code === 'az' ? messages.required : messages.optional})</span>
              ${this.problems.some((problem) => problem.lang === code) ? html`<span class="tab-error" aria-hidden="true">!</span>` : nothing}
            </button>`,
          )}
        </div>
        ${LANGS.map((code) => this.renderPanel(code, messages))}
        ${this.renderCover(messages)}
        <div class="actions" part="actions">
          <button type="submit" class="button" aria-disabled=${busy ? 'true' : 'false'}>
            ${this.busy === 'save' ? messages.working : messages.save}
          </button>
          ${
            published
              ? html`<button type="button" class="button secondary" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.setPublished(false)}>
                  ${this.busy === 'unpublish' ? messages.working : messages.unpublish}
                </button>`
              : html`<button type="button" class="button secondary" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.setPublished(true)}>
                  ${this.busy === 'publish' ? messages.working : messages.publish}
                </button>`
          }
          ${
            article
              ? html`<button type="button" class="button danger" data-action="delete" @click=${this.askDelete}>
                  ${messages.delete}
                </button>`
              : nothing
          }
        </div>
        ${
          this.confirmingDelete
            ? html`<div class="confirm" role="alertdialog" aria-labelledby="delete-confirm" aria-modal="false">
                <p id="delete-confirm" tabindex="-1">${messages.deleteConfirm}</p>
                <div class="actions">
                  <button type="button" class="button danger" @click=${this.deleteArticle}>
                    ${this.busy === 'delete' ? messages.working : messages.deleteYes}
                  </button>
                  <button type="button" class="button secondary" @click=${this.cancelDelete}>${messages.cancel}</button>
                </div>
              </div>`
            : nothing
        }
      </form>
    `;
  }

  private described(id: string, hint: boolean): string {
    return [hint ? `${id}-hint` : '', this.problemFor(id) ? `${id}-error` : ''].filter(Boolean).join(' ');
  }

  private fieldError(id: string): TemplateResult | typeof nothing {
    const problem = this.problemFor(id);
    return problem ? html`<p class="field-error" id=${`${id}-error`}>${problem.text}</p>` : nothing;
  }

  private renderPanel(code: Lang, messages: EditorMessages): TemplateResult {
    const values = this.draft[code];
    const id = (field: Field) => `${code}-${field}`;
    const invalid = (field: Field) => (this.problemFor(id(field)) ? 'true' : 'false');
    return html`<div
      class="panel"
      role="tabpanel"
      id=${`panel-${code}`}
      aria-labelledby=${`tab-${code}`}
      lang=${code}
      ?hidden=${this.tab !== code}
    >
      ${code === 'az' ? nothing : html`<p class="hint">${messages.optionalHint}</p>`}
      <div class="field ${this.problemFor(id('title')) ? 'invalid' : ''}">
        <label for=${id('title')}>${messages.fieldTitle}</label>
        <p class="hint" id=${`${id('title')}-hint`}>${messages.fieldTitleHint}</p>
        ${this.fieldError(id('title'))}
        <input
          id=${id('title')}
          type="text"
          maxlength="200"
          .value=${values.title}
          aria-required=${code === 'az' ? 'true' : 'false'}
          aria-invalid=${invalid('title')}
          aria-describedby=${this.described(id('title'), true)}
          @input=${(event: Event) => this.input(code, 'title', event)}
        />
      </div>
      <div class="field ${this.problemFor(id('summary')) ? 'invalid' : ''}">
        <label for=${id('summary')}>${messages.fieldSummary}</label>
        <p class="hint" id=${`${id('summary')}-hint`}>${messages.fieldSummaryHint}</p>
        ${this.fieldError(id('summary'))}
        <textarea
          id=${id('summary')}
          rows="3"
          maxlength="600"
          .value=${values.summary}
          aria-required=${code === 'az' ? 'true' : 'false'}
          aria-invalid=${invalid('summary')}
          aria-describedby=${this.described(id('summary'), true)}
          @input=${(event: Event) => this.input(code, 'summary', event)}
        ></textarea>
      </div>
      <div class="field ${this.problemFor(id('body')) ? 'invalid' : ''}">
        <span class="label" id=${`${id('body')}-label`}>${messages.fieldBody}</span>
        <p class="hint" id=${`${id('body')}-hint`}>${messages.fieldBodyHint}</p>
        ${this.fieldError(id('body'))}
        <div class="toolbar" part="toolbar" role="toolbar" aria-label=${messages.toolbar} aria-controls=${id('body')}>
          ${(
            [
              ['bold', messages.bold, 'B'],
              ['italic', messages.italic, 'I'],
              ['heading', messages.heading, 'H'],
              ['ul', messages.bulleted, '•'],
              ['ol', messages.numbered, '1.'],
              // An icon drawn here: the link emoji is missing from many system fonts.
              [
                'link',
                messages.link,
                html`<svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false"><path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" /><path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" /></svg>`,
              ],
            ] as const
          ).map(
            ([command, label, glyph]) => html`<button
              type="button"
              class="tool ${command}"
              title=${label}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.format(command)}
            >
              <span aria-hidden="true">${glyph}</span><span class="visually-hidden">${label}</span>
            </button>`,
          )}
        </div>
        ${this.renderLinkField(code, messages)}
        <div
          id=${id('body')}
          class="editor"
          part="editor"
          contenteditable="true"
          role="textbox"
          aria-multiline="true"
          aria-labelledby=${`${id('body')}-label`}
          aria-invalid=${invalid('body')}
          aria-describedby=${this.described(id('body'), true)}
          tabindex="0"
          @input=${this.changed}
          @keydown=${this.bodyKeydown}
          @paste=${this.bodyPaste}
        ></div>
      </div>
      <div class="field ${this.problemFor(id('alt')) ? 'invalid' : ''}">
        <label for=${id('alt')}>${messages.fieldAlt}</label>
        <p class="hint" id=${`${id('alt')}-hint`}>${messages.fieldAltHint}</p>
        ${this.fieldError(id('alt'))}
        <input
          id=${id('alt')}
          type="text"
          maxlength="300"
          .value=${values.alt}
          aria-invalid=${invalid('alt')}
          aria-describedby=${this.described(id('alt'), true)}
          @input=${(event: Event) => this.input(code, 'alt', event)}
        />
      </div>
    </div>`;
  }

  private renderCover(messages: EditorMessages): TemplateResult {
    const cover = this.editing?.cover;
    const src = cover ? safeMediaUrl(cover.url, this.resolvedApi ?? '') : undefined;
    const alt = this.editing?.translations.az.coverAlt ?? '';
    return html`<div class="field ${this.problemFor('cover') ? 'invalid' : ''}">
      <label for="cover">${messages.cover}</label>
      <p class="hint" id="cover-hint">${messages.coverHint}</p>
      ${this.fieldError('cover')}
      ${
        cover && src
          ? html`<figure class="cover">
              <img src=${src} alt=${alt} width=${cover.width} height=${cover.height} />
              <figcaption class="muted">${messages.coverCurrent}</figcaption>
            </figure>
            <button type="button" class="button secondary" @click=${this.removeCover}>${messages.coverRemove}</button>`
          : nothing
      }
      <input
        id="cover"
        type="file"
        accept=${COVER_TYPES.join(',')}
        aria-invalid=${this.problemFor('cover') ? 'true' : 'false'}
        aria-describedby=${this.described('cover', true)}
        @change=${this.uploadCover}
      />
      ${this.busy === 'cover' ? html`<p class="muted">${messages.coverUploading}</p>` : nothing}
    </div>`;
  }
}
