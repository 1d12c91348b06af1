import { IcraApiError, type IcraClient } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { Announcer } from '../core/announcer.js';
import { safeMediaUrl } from '../core/client.js';
import { DraftKeeper } from '../core/draft-keeper.js';
import { IcraElement } from '../core/element.js';
import { FormController } from '../core/form-controller.js';
import { formStyles } from '../core/form-styles.js';
import { PagedListController, type PagedListStatus } from '../core/paged-list.js';
import { SessionController } from '../core/session-controller.js';
import { baseStyles } from '../core/styles.js';
import { isAbort, WidgetTask } from '../core/task.js';
import { renderSignIn } from '../sign-in/define.js';
import {
  type Bodies,
  checkDraft,
  type Draft,
  draftInput,
  draftOf,
  emptyDraft,
  FIELDS,
  type Field,
  fieldOfPointer,
  LANGS,
  langOf,
  updateInput,
} from './draft.js';
import { COVER_MAX_BYTES, COVER_TYPES, renderCoverField, renderTextField } from './edit-fields.js';
import { type EditorMessages, editorMessages } from './messages.js';
import { editorStyles } from './news-editor.styles.js';
import { renderNewsList } from './news-list.js';
import './rich-text-field.define.js';
import type { EditorialNews, EditorialNewsSummary } from './types.js';

type Lang = (typeof LANGS)[number];

/** The work on an open article, put aside while signed out. */
interface PutAside {
  editing: EditorialNews | null;
  draft: Draft;
  bodies: Bodies;
  tab: Lang;
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
 * again, so a retried save never creates an article twice. Requests go through the injected
 * `client` (this element's or its `<icra-config>`'s, bringing its own token), else the session's.
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
 * @csspart field-error - A field's error message.
 * @csspart choose-cover - The button that chooses the cover image (in the widget's language).
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
export class IcraNewsEditor extends IcraElement {
  static override styles = [baseStyles, formStyles, editorStyles];

  /** The article being edited: `null` for a new one, `undefined` on the list. */
  @state() private editing?: EditorialNews | null;
  @state() private draft: Draft = emptyDraft();
  /** The bodies' HTML as opened (the rich-text fields hold what is typed since). */
  @state() private bodies: Bodies = { az: '', en: '', ru: '' };
  /** Counts the openings: each one is a new form (fresh inputs, fresh rich-text fields). */
  @state() private opened = 0;
  @state() private tab: Lang = 'az';
  @state() private confirmingDelete = false;

  /** The open article's unsaved work, kept through a re-sign-in of the same person. */
  private readonly drafts: DraftKeeper<PutAside> = new DraftKeeper<PutAside>({
    form: 'news-editor',
    session: () => this.session.session,
    save: () =>
      this.editing === undefined
        ? undefined
        : { editing: this.editing, draft: this.draft, bodies: this.typedBodies(), tab: this.tab },
    restore: (aside) => {
      this.editing = aside.editing;
      this.draft = aside.draft;
      this.bodies = aside.bodies;
      this.tab = aside.tab;
      this.opened += 1;
    },
    forget: () => this.forget(),
  });
  private readonly session = new SessionController(this, {
    onChange: (next, previous) => this.drafts.follow(next, previous),
    scopes: ['news:edit'],
  });
  private readonly announcer = new Announcer(this);
  private readonly form = new FormController<Field>(this, {
    fields: FIELDS,
    pointer: fieldOfPointer,
    session: this.session,
    // A field on another language's tab: that tab is shown first.
    reveal: (field) => {
      const lang = langOf(field);
      if (lang) this.tab = lang;
    },
    // The cover's file input is hidden behind its button.
    target: (field) => (field === 'cover' ? '[part~="choose-cover"]' : `#${CSS.escape(field)}`),
  });
  /** The authority's articles, for the signed-in official (the token's expiry: a new sign-in lists again). */
  private readonly list = new PagedListController<
    EditorialNewsSummary,
    readonly [IcraClient | undefined, string | undefined, number | undefined]
  >(this, {
    args: () => [this.editorialClient, this.resolvedAuthority, this.session.state.expiresAt] as const,
    fetch: ([client, authority], cursor, signal) =>
      client && authority
        ? client.listEditorialNews(
            { query: { authority, limit: 50, ...(cursor ? { cursor } : {}) } },
            { signal },
          )
        : undefined,
    onError: (error) => this.session.refused(error),
  });
  /** The article opened for editing: the last one asked for wins, an earlier answer is dropped. */
  private readonly article = new WidgetTask<[IcraClient, string], EditorialNews>(this, {
    autoRun: false,
    task: ([client, id], { signal }) => client.getEditorialNews({ path: { id } }, { signal }),
    onComplete: (article) => void this.show(article),
    onError: (error) => {
      if (isAbort(error) || this.session.refused(error)) return;
      void this.form.show(this.form.problemsOf(error, this.messages.errorFailed));
    },
  });
  #listStatus: PagedListStatus = 'initial';

  /** The client of the editorial requests: the injected one, else the session's; none signed out. */
  private get editorialClient(): IcraClient | undefined {
    return this.session.signedIn ? this.session.client(this.resolvedLang) : undefined;
  }

  private get messages(): EditorMessages {
    return editorMessages(this.resolvedLang);
  }

  private get forbidden(): boolean {
    const error = this.list.error;
    return (
      this.list.status === 'error' &&
      error instanceof IcraApiError &&
      (error.status === 403 || error.status === 404)
    );
  }

  protected override update(changed: PropertyValues<this>): void {
    // The list's state as it is rendered now: its first load and its failure are said.
    const status = this.list.status;
    if (status !== this.#listStatus) {
      if (status === 'loading' && this.#listStatus === 'initial') this.announcer.say(this.messages.loading);
      else if (status === 'error')
        this.announcer.say(this.forbidden ? this.messages.forbidden : this.messages.loadError);
      this.#listStatus = status;
    }
    super.update(changed);
  }

  /** Drops what was shown (signed out); the list forgets its items itself. */
  private forget(): void {
    this.article.abort();
    this.editing = undefined;
    this.draft = emptyDraft();
    this.bodies = { az: '', en: '', ru: '' };
    this.form.reset();
    this.confirmingDelete = false;
  }

  // ——— Editing ———

  private open(id: string | null): void {
    this.form.reset();
    this.confirmingDelete = false;
    if (id === null) {
      this.article.abort();
      void this.show(null);
      return;
    }
    const client = this.editorialClient;
    if (client) void this.article.run([client, id]);
  }

  /** Shows the edit form of `article` (a new one: `null`) and moves focus to its heading. */
  private async show(article: EditorialNews | null): Promise<void> {
    const { draft, bodies } = draftOf(article ?? undefined);
    this.editing = article;
    this.draft = draft;
    this.bodies = bodies;
    this.opened += 1;
    this.tab = 'az';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#edit-heading')?.focus();
  }

  private async backToList(): Promise<void> {
    const id = this.editing?.id;
    this.editing = undefined;
    this.form.clear();
    this.confirmingDelete = false;
    await this.list.reload();
    await this.updateComplete;
    const target =
      (id && this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] button`)) ||
      this.renderRoot.querySelector<HTMLElement>('[part~="new"]');
    target?.focus();
  }

  private input(lang: Lang, field: 'title' | 'summary' | 'alt', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.draft = { ...this.draft, [lang]: { ...this.draft[lang], [field]: value } };
    this.form.edited(`${lang}-${field}`);
  }

  /** The bodies' HTML as the rich-text fields submit it with the form. */
  private typedBodies(): Bodies {
    const form = this.renderRoot.querySelector<HTMLFormElement>('form');
    const data = form ? new FormData(form) : undefined;
    const body = (lang: Lang) => String(data?.get(`${lang}-body`) ?? '');
    return { az: body('az'), en: body('en'), ru: body('ru') };
  }

  /** A 412: someone else changed the article meanwhile. */
  private conflict = async (error: unknown): Promise<boolean> => {
    if (!(error instanceof IcraApiError && error.status === 412)) return false;
    await this.form.show([{ text: this.messages.errorConflict }]);
    return true;
  };

  /** Saves the form: creates the draft, or updates the article. Resolves to the saved article. */
  private async save(announce = true): Promise<EditorialNews | undefined> {
    const client = this.editorialClient;
    const authority = this.resolvedAuthority;
    if (!client || !authority) return undefined;
    const messages = this.messages;
    const checked = checkDraft(this.draft, this.typedBodies(), messages);
    if ('problems' in checked) {
      void this.form.show(checked.problems);
      return undefined;
    }
    const { az } = checked.translations;
    if (!az) return undefined;
    const translations = { ...checked.translations, az };
    const saved = await this.form.submit(
      'save',
      (idempotencyKey) => {
        const current = this.editing;
        return current
          ? client.updateNews(
              { path: { id: current.id }, body: updateInput(current, translations) },
              { idempotencyKey, headers: { 'if-match': `"v${current.version}"` } },
            )
          : client.createNewsDraft({ body: draftInput(authority, translations) }, { idempotencyKey });
      },
      { fallback: messages.errorFailed, onError: this.conflict },
    );
    if (saved) {
      this.editing = saved;
      if (announce) this.announcer.say(messages.saved);
    }
    return saved;
  }

  private async setPublished(publish: boolean): Promise<void> {
    const saved = await this.save(false);
    const client = this.editorialClient;
    if (!saved || !client) return;
    const messages = this.messages;
    const result = await this.form.submit(
      publish ? 'publish' : 'unpublish',
      (idempotencyKey) =>
        publish
          ? client.publishNews({ path: { id: saved.id } }, { idempotencyKey })
          : client.unpublishNews({ path: { id: saved.id } }, { idempotencyKey }),
      { fallback: messages.errorFailed, onError: this.conflict },
    );
    if (result) {
      this.editing = result;
      this.announcer.say(publish ? messages.publishedNow : messages.unpublishedNow);
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
    const client = this.editorialClient;
    const current = this.editing;
    if (!client || !current) return;
    const deleted = await this.form.submit(
      'delete',
      async (idempotencyKey) => {
        await client.deleteNews({ path: { id: current.id } }, { idempotencyKey });
        return true;
      },
      { fallback: this.messages.errorFailed },
    );
    if (deleted) {
      this.announcer.say(this.messages.deleted);
      this.editing = undefined;
      await this.backToList();
    }
  }

  private async uploadCover(event: Event): Promise<void> {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    inputElement.value = '';
    if (!file) return;
    const messages = this.messages;
    if (!COVER_TYPES.includes(file.type)) {
      await this.form.show([{ field: 'cover', text: messages.errorCoverType }]);
      return;
    }
    if (file.size > COVER_MAX_BYTES) {
      await this.form.show([{ field: 'cover', text: messages.errorCoverSize }]);
      return;
    }
    // An upload needs the article: a new one is saved as a draft first.
    const saved = this.editing ?? (await this.save(false));
    const client = this.editorialClient;
    if (!saved || !client) return;
    this.announcer.say(messages.coverUploading);
    // Another file is another upload.
    this.form.forgetKey('cover');
    const result = await this.form.submit(
      'cover',
      (idempotencyKey) =>
        client.uploadNewsCover(
          { path: { id: saved.id }, body: file, contentType: file.type },
          { idempotencyKey },
        ),
      { fallback: messages.errorFailed },
    );
    if (result) {
      this.editing = result;
      this.announcer.say(messages.coverUploaded);
    }
  }

  private async removeCover(): Promise<void> {
    const client = this.editorialClient;
    const current = this.editing;
    if (!client || !current) return;
    const result = await this.form.submit(
      'cover-delete',
      (idempotencyKey) => client.deleteNewsCover({ path: { id: current.id } }, { idempotencyKey }),
      { fallback: this.messages.errorFailed },
    );
    if (result) this.editing = result;
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

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = editorMessages(lang);
    const signedIn = this.session.signedIn;
    const configured = Boolean(this.resolvedApi && this.resolvedAuthority);
    const loading = this.list.status === 'initial' || this.list.status === 'loading';
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        role="region"
        aria-labelledby="editor-title"
        aria-busy=${signedIn && loading && this.editing === undefined ? 'true' : 'false'}
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
                : renderNewsList({
                    list: this.list,
                    lang,
                    messages,
                    forbidden: this.forbidden,
                    summary: this.form.renderSummary(messages.errorSummary, 3),
                    open: (id) => this.open(id),
                  })
        }
        ${this.announcer.render()}
      </div>
    `;
  }

  private renderEdit(messages: EditorMessages): TemplateResult {
    const article = this.editing;
    const busy = this.form.busy !== undefined;
    const working = (action: string, label: string) => (this.form.busy === action ? messages.working : label);
    const published = article?.status === 'published';
    return html`
      <button type="button" class="button secondary" @click=${this.backToList}>
        <span aria-hidden="true">←</span> ${messages.back}
      </button>
      ${keyed(
        this.opened,
        html`<form class="form" part="form" novalidate @submit=${(event: Event) => {
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
        ${this.form.renderSummary(messages.errorSummary, 3)}
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
              ${this.form.problems.some((problem) => problem.field && langOf(problem.field) === code) ? html`<span class="tab-error" aria-hidden="true">!</span>` : nothing}
            </button>`,
          )}
        </div>
        ${LANGS.map((code) => this.renderPanel(code, messages))}
        ${this.renderCover(messages)}
        <div class="actions" part="actions">
          <button type="submit" class="button" aria-disabled=${busy ? 'true' : 'false'}>
            ${working('save', messages.save)}
          </button>
          ${
            published
              ? html`<button type="button" class="button secondary" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.setPublished(false)}>
                  ${working('unpublish', messages.unpublish)}
                </button>`
              : html`<button type="button" class="button secondary" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.setPublished(true)}>
                  ${working('publish', messages.publish)}
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
                    ${working('delete', messages.deleteYes)}
                  </button>
                  <button type="button" class="button secondary" @click=${this.cancelDelete}>${messages.cancel}</button>
                </div>
              </div>`
            : nothing
        }
      </form>`,
      )}
    `;
  }

  /** A one-line or several-line text field of a language's panel, with its hint and error. */
  private renderText(
    code: Lang,
    part: 'title' | 'summary' | 'alt',
    label: string,
    hint: string,
  ): TemplateResult {
    return renderTextField(this.form, {
      id: `${code}-${part}`,
      kind: part === 'summary' ? 'textarea' : 'input',
      label,
      hint,
      value: this.draft[code][part],
      maxlength: { title: 200, summary: 600, alt: 300 }[part],
      required: part === 'alt' ? undefined : code === 'az',
      onInput: (event) => this.input(code, part, event),
    });
  }

  private renderPanel(code: Lang, messages: EditorMessages): TemplateResult {
    const body: Field = `${code}-body`;
    return html`<div
      class="panel"
      role="tabpanel"
      id=${`panel-${code}`}
      aria-labelledby=${`tab-${code}`}
      lang=${code}
      ?hidden=${this.tab !== code}
    >
      ${code === 'az' ? nothing : html`<p class="hint">${messages.optionalHint}</p>`}
      ${this.renderText(code, 'title', messages.fieldTitle, messages.fieldTitleHint)}
      ${this.renderText(code, 'summary', messages.fieldSummary, messages.fieldSummaryHint)}
      <icra-rich-text
        id=${body}
        name=${body}
        exportparts="toolbar, editor, field-error"
        .label=${messages.fieldBody}
        .hint=${messages.fieldBodyHint}
        .messages=${messages}
        .defaultValue=${this.bodies[code]}
        .error=${this.form.problemFor(body)?.text ?? ''}
        @input=${() => this.form.edited(body)}
      ></icra-rich-text>
      ${this.renderText(code, 'alt', messages.fieldAlt, messages.fieldAltHint)}
    </div>`;
  }

  private renderCover(messages: EditorMessages): TemplateResult {
    const cover = this.editing?.cover;
    return renderCoverField(this.form, {
      article: this.editing,
      src: cover ? safeMediaUrl(cover.url, this.resolvedApi ?? '') : undefined,
      messages,
      onChoose: (event) => void this.uploadCover(event),
      onRemove: () => void this.removeCover(),
    });
  }
}
