import {
  type Answers,
  type FormField,
  type FormStep,
  isAnswered,
  replayJourney,
  type ServiceForm,
  validateAnswers,
} from '@icra/forms';
import { IcraApiError, type IcraClient, type Schemas } from '@icra/sdk';
import { progressFetch } from '@icra/sdk/upload';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { Announcer } from '../core/announcer.js';
import type { AuthState } from '../core/auth.js';
import { DraftKeeper } from '../core/draft-keeper.js';
import { IcraElement } from '../core/element.js';
import { renderFilePicker } from '../core/file-picker.js';
import { formatSize } from '../core/file-size.js';
import { FormController } from '../core/form-controller.js';
import { formStyles } from '../core/form-styles.js';
import { headingLevel, headingTag } from '../core/heading.js';
import { SessionController } from '../core/session-controller.js';
import { baseStyles, listStateStyles } from '../core/styles.js';
import { renderSignIn } from '../sign-in/define.js';
import { IcraServiceStartedEvent, IcraServiceSubmittedEvent } from './events.js';
import { type ServiceFormMessages, serviceFormMessages } from './messages.js';
import { serviceFormStyles } from './service-form.styles.js';

type Draft = Schemas['ServiceDraft'];
type Application = Schemas['ServiceApplication'];
type Service = Schemas['Service'];
type ServiceDocument = Schemas['ServiceDocument'];
type Citizen = Schemas['MeCitizen'];

/** The registry's data of the signed-in person, when a citizen is signed in (staff have none). */
const citizenOf = (me: Schemas['Me']): Citizen | undefined =>
  me.kind === 'citizen' ? me.citizen : undefined;

/** The one step of an amendment: what the authority's request reopened. */
const AMEND = 'icra-amendment';

/** A member of the citizen's family as the form shows them: name, relation, date of birth. */
const memberText = (member: Schemas['FamilyMember'], messages: ServiceFormMessages): string =>
  messages.member(member.fullName, messages.relation(member.relation), member.birthDate);

/** Where the citizen is: a step of the journey (its id), the check of the answers, or done. */
type Place = { step: string } | { check: true } | { done: { id: string; reference: string } };

/** What a form puts aside when its session ends: its answers, for one service and draft. */
interface Aside {
  service: string;
  draft: string | undefined;
  answers: Answers;
  place: Place;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** A reference number spelled for reading aloud: one character at a time. */
const spell = (reference: string) => [...reference].join(' ');

/**
 * The application form of one e-service (`service`, its slug) at an authority: one step at a
 * time, only the steps the answers reach, checked in the browser with `@icra/forms` as the portal
 * checks it, then a check of the answers, then the reference number of the application.
 *
 * ```html
 * <icra-service-form api="https://portal.example.az" authority="guba" service="residence-certificate"
 *   cabinet-href="/cabinet.html"></icra-service-form>
 * ```
 *
 * Signed out, the citizen answers every step without files; attaching documents and submitting
 * ask to sign in (in the portal's popup), and the answers given so far become the citizen's draft,
 * saved on every step and resumed on any device (`draft` names one to resume).
 *
 * @event {IcraServiceStartedEvent} icra-service-started - The portal keeps the citizen's draft. `detail: { draftId, service }`.
 * @event {IcraServiceSubmittedEvent} icra-service-submitted - The portal accepted the application. `detail: { applicationId, reference, service }`.
 * @event {IcraSignInEvent} icra-sign-in - From the sign-in control inside.
 * @event {IcraSignOutEvent} icra-sign-out - From the sign-in control inside.
 *
 * @csspart base - The widget's root box.
 * @csspart title - The service's title.
 * @csspart progress - "Step 2 of 5".
 * @csspart step-title - The heading of the step.
 * @csspart form - The step's form.
 * @csspart error-summary - The list of what to fix, above the step (an alert, with a heading).
 * @csspart field-error - A field's own error message.
 * @csspart registry - A value from the population registry, read-only.
 * @csspart files - The `<ul>` of a document's attached files.
 * @csspart file - One attached file.
 * @csspart remove-file - The button that removes an attached file.
 * @csspart add-file - The button that opens the file picker.
 * @csspart back - The "back" button.
 * @csspart next - The "continue" button.
 * @csspart answers - The list of answers on the check step.
 * @csspart change - A "change" button of the check step.
 * @csspart submit - The "submit" button.
 * @csspart done - The confirmation.
 * @csspart reference - The reference number.
 * @csspart cabinet - The link to the citizen's cabinet.
 * @csspart note - A message: sign in, the draft changed elsewhere, the form changed.
 * @csspart state - The box of the loading and error states.
 * @csspart retry - The "try again" button.
 *
 * @cssprop --icra-color-accent - Buttons, links.
 * @cssprop --icra-color-text - Body text.
 * @cssprop --icra-color-text-muted - Hints.
 * @cssprop --icra-color-surface - Background.
 * @cssprop --icra-color-border - Borders and fields.
 * @cssprop --icra-color-focus - Focus ring.
 * @cssprop --icra-color-danger - Errors.
 * @cssprop --icra-font-family - Font.
 * @cssprop --icra-radius - Corner radius.
 * @cssprop --icra-space - Spacing unit.
 */
export class IcraServiceForm extends IcraElement {
  static override styles = [baseStyles, listStateStyles, formStyles, serviceFormStyles];
  static override shadowRootOptions = { ...IcraElement.shadowRootOptions, delegatesFocus: true };

  /** The service's slug, e.g. `residence-certificate`. */
  @property() service = '';

  /** A draft's id to resume (the cabinet links to it). */
  @property() draft = '';

  /**
   * A submitted application's id whose request for information to answer (the cabinet links to it):
   * the form shows only what the authority reopened, and sends it again.
   */
  @property() application = '';

  /** Where the confirmation's link to the citizen's cabinet goes. */
  @property({ attribute: 'cabinet-href' }) cabinetHref = '';

  /** Level (1–6) of the widget's heading; the step's heading is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private status: 'loading' | 'error' | 'ready' = 'loading';
  @state() private form?: ServiceForm;
  @state() private detail?: Service;
  @state() private answers: Answers = {};
  @state() private place: Place = { step: '' };
  @state() private saved?: Draft;
  @state() private citizen?: Citizen;
  @state() private note = '';
  @state() private review: string[] = [];
  /** The application being amended (with `application`), as the portal last sent it. */
  @state() private amending?: Application;
  /** The upload under way: the field it is for, the file's name, the bytes sent, and its cancel. */
  @state() private upload?: {
    field: string;
    filename: string;
    sent: number;
    total: number;
    cancel: AbortController;
  };
  /**
   * The upload under way until it has settled (the portal's new revision read back): Continue and
   * Send wait for it, so they never save with the revision from before the citizen's own upload.
   */
  #uploading?: Promise<void> | undefined;

  private readonly announcer = new Announcer(this);
  private readonly session: SessionController;
  private readonly checks: FormController<string>;
  private loadedFor = '';

  constructor() {
    super();
    const keeper = new DraftKeeper<Aside>({
      form: 'service-form',
      session: () => this.session.session,
      save: () => ({
        service: this.service,
        draft: this.saved?.id ?? this.draft,
        answers: this.answers,
        place: this.place,
      }),
      restore: (aside) => {
        // Only into the same application: another service's answers, or another draft's, stay out.
        if (aside.service !== this.service || (this.draft && aside.draft && aside.draft !== this.draft))
          return;
        this.answers = aside.answers;
        this.place = aside.place;
      },
      // Another person, or the end of a session: the answers stay only if they were given signed out.
      forget: () => {
        if (this.saved) {
          this.answers = {};
          this.place = { step: this.form?.steps[0]?.id ?? '' };
        }
        this.saved = undefined;
        this.citizen = undefined;
      },
    });
    this.session = new SessionController(this, {
      onChange: (next, previous) => {
        keeper.follow(next, previous);
        this.#sessionChanged(next);
      },
    });
    this.checks = new FormController<string>(this, {
      fields: [],
      session: this.session,
      pointer: (pointer) => /^\/body\/answers\/([^/]+)/.exec(pointer)?.[1],
      target: (field) => this.#target(field),
    });
  }

  get #messages(): ServiceFormMessages {
    return serviceFormMessages(this.resolvedLang);
  }

  // ——— Loading ———

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A form taken off the page stops sending its file.
    this.upload?.cancel.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = `${this.resolvedApi}\n${this.service}\n${this.application}\n${this.resolvedLang}`;
    if (key !== this.loadedFor && this.resolvedClient && this.service) {
      this.loadedFor = key;
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || !this.service) return;
    const lang = this.resolvedLang;
    this.status = 'loading';
    try {
      const path = { slug: this.service };
      const [form, detail] = await Promise.all([
        client.getServiceForm({ path, query: { lang } }),
        client.getService({ path, query: { lang } }),
      ]);
      this.form = form as unknown as ServiceForm;
      this.detail = detail;
      this.status = 'ready';
      if ('step' in this.place && !this.place.step) this.place = { step: this.form.steps[0]?.id ?? '' };
      // An amendment follows the form it was submitted with, in this language: fetched again.
      if (this.application) {
        this.saved = undefined;
        this.amending = undefined;
      }
      if (this.session.signedIn) await this.#resume();
    } catch {
      this.status = 'error';
      this.announcer.say(this.#messages.error);
    }
  }

  #retry(): void {
    this.loadedFor = '';
    this.requestUpdate();
  }

  #sessionChanged(next: AuthState): void {
    if (next.status === 'signed-in' && this.form) void this.#resume();
  }

  /** The signed-in client (never the public one: drafts are the citizen's own). */
  #client(): IcraClient | undefined {
    return this.session.signedIn ? this.session.client(this.resolvedLang) : undefined;
  }

  /** Signed in: the citizen's profile, and the draft — resumed, or made with the answers so far. */
  async #resume(): Promise<void> {
    const client = this.#client();
    const authority = this.resolvedAuthority;
    if (!client || !this.form || this.saved) return;
    if (this.application) return this.#resumeAmendment(client);
    try {
      const me = await client.getMe();
      const given = this.#sendable(this.answers);
      let draft: Draft;
      if (this.draft) {
        draft = await client.getServiceDraft({ path: { id: this.draft } });
      } else {
        if (!authority) return;
        draft = await client.createServiceDraft({
          path: { slug: this.service },
          body: { authority, answers: given },
        });
      }
      this.citizen = citizenOf(me);
      this.#adopt(draft, { ...draft.answers, ...given });
      this.dispatchEvent(new IcraServiceStartedEvent({ draftId: draft.id, service: this.service }));
      // What was answered here before signing in wins over an older draft of another device.
      if (
        Object.keys(given).length &&
        JSON.stringify(this.#sendable(draft.answers)) !== JSON.stringify(given)
      ) {
        await this.#save();
      }
    } catch (error) {
      if (this.session.refused(error)) return;
      this.note = this.#messages.saveError;
    }
  }

  /**
   * Signed in, with `application`: the application and what its request reopened. The form is the
   * one it was submitted with; its files are those of the amendment.
   */
  async #resumeAmendment(client: IcraClient): Promise<void> {
    const messages = this.#messages;
    try {
      const [me, application] = await Promise.all([
        client.getMe(),
        client.getServiceApplication({ path: { id: this.application }, query: { lang: this.resolvedLang } }),
      ]);
      this.citizen = citizenOf(me);
      if (application.status !== 'needs_information' || !application.request) {
        this.note = messages.notWaiting;
        return;
      }
      this.form = application.form as unknown as ServiceForm;
      this.#adoptAmendment(application);
      this.answers = { ...(application.amendment ?? application.answers) };
      this.note = messages.asked(application.request.comment);
      this.place = { step: AMEND };
    } catch (error) {
      if (this.session.refused(error)) return;
      this.note = messages.saveError;
    }
  }

  /** Takes the portal's application as the current one: its amendment's files stand for a draft's. */
  #adoptAmendment(application: Application): void {
    this.amending = application;
    const answers = application.amendment ?? application.answers;
    const held = new Set(
      Object.entries(application.form.fields)
        .filter(([name, field]) => field.kind === 'file' && Array.isArray(answers[name]))
        .flatMap(([name]) => answers[name] as string[]),
    );
    this.saved = {
      id: application.id,
      service: application.service,
      serviceTitle: application.serviceTitle,
      authority: application.authority,
      formVersion: application.formVersion,
      currentFormVersion: application.formVersion,
      review: [],
      answers,
      documents: application.documents.filter((file) => held.has(file.id)),
      revision: application.revision,
      createdAt: application.submittedAt,
      updatedAt: application.statusChangedAt,
    };
  }

  /** The fields the request reopened, in the form's order: its answers, and its documents' file fields. */
  get #reopened(): string[] {
    const request = this.amending?.request;
    const form = this.form;
    if (!request || !form) return [];
    return Object.entries(form.fields)
      .filter(([name, field]) =>
        field.kind === 'file'
          ? field.document !== undefined && request.documents.includes(field.document)
          : request.answers.includes(name),
      )
      .map(([name]) => name);
  }

  async #refreshAmendment(client: IcraClient): Promise<void> {
    const id = this.amending?.id;
    if (id)
      this.#adoptAmendment(
        await client.getServiceApplication({ path: { id }, query: { lang: this.resolvedLang } }),
      );
  }

  /** Takes the portal's draft as the current one. */
  #adopt(draft: Draft, answers: Answers = draft.answers): void {
    this.saved = draft;
    this.answers = { ...answers };
    if (draft.review.length) {
      this.review = draft.review;
      this.note = this.#messages.formChanged;
    }
  }

  /** The answers the portal takes: reached, not the registry's, not the files (it derives them). */
  #sendable(answers: Answers): Answers {
    const form = this.form;
    if (!form) return {};
    if (this.amending) {
      const reopened = this.#reopened.filter((name) => form.fields[name]?.kind !== 'file');
      return Object.fromEntries(
        reopened.filter((name) => name in answers).map((name) => [name, answers[name]]),
      );
    }
    const kept = replayJourney(form, answers).answers;
    for (const name of Object.keys(kept)) if (form.fields[name]?.kind === 'file') delete kept[name];
    return kept;
  }

  /** The answers with each file field's answer the ids of its document's files in the draft. */
  #withFiles(answers: Answers): Answers {
    const form = this.form;
    const all = { ...answers };
    if (!form) return all;
    for (const [name, field] of Object.entries(form.fields)) {
      if (field.kind === 'file') all[name] = this.#files(field).map((file) => file.id);
    }
    return all;
  }

  #files(field: FormField) {
    return (this.saved?.documents ?? []).filter((file) => file.document === field.document);
  }

  /** PUT with If-Match; a stale revision reloads the draft, a changed form reloads the form. */
  async #save(): Promise<boolean> {
    const client = this.#client();
    const draft = this.saved;
    const form = this.form;
    if (!client || !draft || !form) return true;
    const messages = this.#messages;
    if (this.amending) return this.#saveAmendment(client, draft.revision);
    const result = await this.checks.submit(
      'save',
      () =>
        client.updateServiceDraft(
          {
            path: { id: draft.id },
            body: { formVersion: form.version, answers: this.#sendable(this.answers) },
          },
          { headers: { 'if-match': `"r${draft.revision}"` } },
        ),
      {
        fallback: messages.saveError,
        onError: async (error) => {
          if (error instanceof IcraApiError && error.status === 412) {
            this.#adopt(await client.getServiceDraft({ path: { id: draft.id } }));
            this.note = messages.changedElsewhere;
            this.announcer.say(messages.changedElsewhere);
            return true;
          }
          if (error instanceof IcraApiError && error.status === 409) {
            this.form = (await client.getServiceForm({
              path: { slug: this.service },
              query: { lang: this.resolvedLang },
            })) as unknown as ServiceForm;
            const fresh = await client.getServiceDraft({ path: { id: draft.id } });
            this.#adopt(fresh);
            this.review = fresh.review.length ? fresh.review : Object.keys(this.form.fields);
            this.note = messages.formChanged;
            this.announcer.say(messages.formChanged);
            return true;
          }
          return false;
        },
      },
    );
    if (!result) return false;
    this.saved = result;
    this.announcer.say(messages.saved);
    return true;
  }

  /** PUT of the reopened answers with If-Match; a stale revision reloads the application. */
  async #saveAmendment(client: IcraClient, revision: number): Promise<boolean> {
    const messages = this.#messages;
    const id = this.amending!.id;
    const result = await this.checks.submit(
      'save',
      () =>
        client.amendServiceApplication(
          {
            path: { id },
            query: { lang: this.resolvedLang },
            body: { answers: this.#sendable(this.answers) },
          },
          { headers: { 'if-match': `"r${revision}"` } },
        ),
      {
        fallback: messages.saveError,
        onError: async (error) => {
          if (error instanceof IcraApiError && error.status === 412) {
            await this.#refreshAmendment(client);
            this.answers = { ...(this.amending?.amendment ?? this.answers) };
            this.note = messages.changedElsewhere;
            this.announcer.say(messages.changedElsewhere);
            return true;
          }
          return false;
        },
      },
    );
    if (!result) return false;
    this.#adoptAmendment(result);
    this.announcer.say(messages.saved);
    return true;
  }

  // ——— The journey ———

  get #steps(): FormStep[] {
    const form = this.form;
    if (!form) return [];
    if (this.amending) {
      const fields = this.#reopened;
      const required = form.steps.flatMap((step) => step.required).filter((name) => fields.includes(name));
      return [{ id: AMEND, title: this.#messages.amendTitle, fields, required }];
    }
    return replayJourney(form, this.answers).steps;
  }

  async #go(place: Place, focus?: string): Promise<void> {
    this.place = place;
    this.checks.reset();
    await this.updateComplete;
    const target = focus ? this.renderRoot.querySelector<HTMLElement>(this.#target(focus)) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('[part~="step-title"], [part~="done"]'))?.focus();
  }

  /** Checks the step with `@icra/forms` (as the portal will), saves it, and goes on. */
  async #next(event: Event, step: FormStep): Promise<void> {
    event.preventDefault();
    await this.#uploading;
    const form = this.form;
    if (!form || this.checks.busy) return;
    // An amendment is checked whole (its one step is not the form's), and only its fields are named.
    const checked = validateAnswers(
      form,
      this.#withFiles(this.answers),
      this.amending ? { lang: this.resolvedLang } : { lang: this.resolvedLang, steps: [step.id] },
    );
    const errors = this.amending
      ? checked.errors.filter((error) => step.fields.includes(error.field))
      : checked.errors;
    if (errors.length) {
      await this.checks.show(errors.map((error) => ({ field: error.field, text: error.message })));
      return;
    }
    if (!(await this.#save())) return;
    this.review = this.review.filter((name) => !step.fields.includes(name));
    const steps = this.#steps;
    const index = steps.findIndex((candidate) => candidate.id === step.id);
    const following = steps[index + 1];
    await this.#go(following ? { step: following.id } : { check: true });
  }

  async #back(step?: FormStep): Promise<void> {
    const steps = this.#steps;
    const index = step ? steps.findIndex((candidate) => candidate.id === step.id) : steps.length;
    const previous = steps[index - 1];
    if (previous) await this.#go({ step: previous.id });
  }

  async #submit(): Promise<void> {
    await this.#uploading;
    const client = this.#client();
    const draft = this.saved;
    const form = this.form;
    if (!client || !draft || !form || this.checks.busy) return;
    const messages = this.#messages;
    const { errors } = validateAnswers(form, this.#withFiles(this.answers), { lang: this.resolvedLang });
    if (errors.length) {
      await this.checks.show(errors.map((error) => ({ field: error.field, text: error.message })));
      return;
    }
    if (this.amending) {
      const resent = await this.checks.submit(
        'submit',
        () =>
          client.resubmitServiceApplication(
            { path: { id: draft.id }, query: { lang: this.resolvedLang } },
            { headers: { 'if-match': `"r${draft.revision}"` } },
          ),
        { fallback: messages.submitError },
      );
      if (!resent) return;
      this.amending = resent;
      this.announcer.say(`${messages.resubmitted}. ${messages.reference}: ${spell(resent.reference)}`);
      await this.#go({ done: { id: resent.id, reference: resent.reference } });
      return;
    }
    const application = await this.checks.submit(
      'submit',
      (idempotencyKey) => client.submitServiceDraft({ path: { id: draft.id } }, { idempotencyKey }),
      {
        fallback: messages.submitError,
        onError: async (error) => {
          if (error instanceof IcraApiError && error.status === 409) {
            await this.#save();
            return true;
          }
          return false;
        },
      },
    );
    if (!application) return;
    const done = { id: application.id, reference: application.reference };
    this.dispatchEvent(
      new IcraServiceSubmittedEvent({
        applicationId: done.id,
        reference: done.reference,
        service: this.service,
      }),
    );
    this.announcer.say(`${messages.submitted}. ${messages.reference}: ${spell(done.reference)}`);
    await this.#go({ done });
  }

  // ——— Answers ———

  #set(name: string, value: unknown): void {
    this.answers = { ...this.answers, [name]: value };
    this.checks.edited(name);
    // Looked at again: its mark goes.
    if (this.review.includes(name)) this.review = this.review.filter((other) => other !== name);
  }

  /** Where focus goes for a field: its input, its first option, or its "add a file" button. */
  #target(name: string): string {
    const field = this.form?.fields[name];
    const id = CSS.escape(name);
    if (!field) return `#${id}`;
    if (field.kind === 'file') return `#${id}-add, [data-field="${id}"] [part~="remove-file"]`;
    if (field.registry) return `#${id}`;
    if (
      field.kind === 'multiChoice' ||
      field.kind === 'yesNo' ||
      (field.kind === 'choice' && field.display !== 'select')
    )
      return `[name="${id}"]:checked, #${id}-0`;
    return `#${id}`;
  }

  /** Keeps `upload` as the one under way until it settles. */
  #track(upload: Promise<void>): Promise<void> {
    const settled = upload.finally(() => {
      if (this.#uploading === settled) this.#uploading = undefined;
    });
    this.#uploading = settled;
    return settled;
  }

  async #upload(
    event: Event,
    name: string,
    field: FormField,
    document: ServiceDocument | undefined,
  ): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const client = this.#client();
    const draft = this.saved;
    if (!file || !client || !draft || !field.document) return;
    const messages = this.#messages;
    const cancel = new AbortController();
    this.upload = { field: name, filename: file.name, sent: 0, total: file.size, cancel };
    this.announcer.say(messages.uploading(file.name));
    try {
      const type = document?.accept.includes(file.type as never) ? file.type : undefined;
      const request = {
        path: { id: draft.id },
        query: { document: field.document, filename: file.name },
        body: file,
        ...(type ? { contentType: type } : {}),
      };
      const options = {
        signal: cancel.signal,
        uploadTransport: progressFetch,
        onUploadProgress: ({ sent, total }: { sent: number; total: number }) => {
          if (this.upload?.cancel === cancel) this.upload = { ...this.upload, sent, total };
        },
      };
      if (this.amending) {
        await client.uploadServiceApplicationDocument(request, options);
        await this.#refreshAmendment(client);
      } else {
        await client.uploadServiceDraftDocument(request, options);
        this.saved = await client.getServiceDraft({ path: { id: draft.id } });
      }
      this.checks.setProblem(name);
      this.announcer.say(messages.uploaded(file.name));
    } catch (error) {
      if (cancel.signal.aborted) {
        this.announcer.say(messages.uploadCancelled(file.name));
      } else if (!this.session.refused(error)) {
        const why = error instanceof IcraApiError ? error.detail || error.title : messages.saveError;
        this.checks.setProblem(name, messages.uploadError(file.name, why));
        this.announcer.say(messages.uploadError(file.name, why));
      }
    } finally {
      if (this.upload?.cancel === cancel) this.upload = undefined;
    }
    if (cancel.signal.aborted) {
      // Back to the button that chooses a file, where the upload's cancel button stood.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(name)}-add`)?.focus();
    }
  }

  async #remove(name: string, id: string, filename: string): Promise<void> {
    const client = this.#client();
    const draft = this.saved;
    if (!client || !draft) return;
    try {
      if (this.amending) {
        await client.deleteServiceApplicationDocument({ path: { id: draft.id, documentId: id } });
        await this.#refreshAmendment(client);
      } else {
        await client.deleteServiceDraftDocument({ path: { id: draft.id, documentId: id } });
        this.saved = await client.getServiceDraft({ path: { id: draft.id } });
      }
      this.announcer.say(this.#messages.removed(filename));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(this.#target(name))?.focus();
    } catch (error) {
      if (this.session.refused(error)) return;
      this.checks.setProblem(name, this.#messages.saveError);
    }
  }

  // ——— Rendering ———

  #heading(offset: number, content: string, part: string, id: string): TemplateResult {
    const tag = headingTag(headingLevel(this.headingLevel), offset);
    return staticHtml`<${tag} class=${offset ? 'section-title' : 'title'} part=${part} id=${id} tabindex="-1">${content}</${tag}>`;
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = this.#messages;
    return html`<div
      class="root"
      part="base"
      lang=${lang}
      data-theme=${this.resolvedTheme ?? nothing}
      role="region"
      aria-labelledby="service-title"
      aria-busy=${this.status === 'loading' ? 'true' : 'false'}
    >
      ${this.#body(messages)} ${this.announcer.render()}
    </div>`;
  }

  #body(messages: ServiceFormMessages): TemplateResult {
    if (this.status === 'loading' || !this.form) {
      if (this.status === 'error') {
        return html`<h2 class="visually-hidden" id="service-title">${messages.error}</h2>
          <div class="state error" part="state">
            <p>${messages.error}</p>
            <button type="button" class="button" part="retry" @click=${() => this.#retry()}>${messages.retry}</button>
          </div>`;
      }
      return html`<div class="skeleton" part="state" aria-label=${messages.loading} role="img" id="service-title">
        <span class="bar wide"></span><span class="bar"></span><span class="bar field"></span><span class="bar field"></span>
      </div>`;
    }
    const title = this.detail?.title ?? this.form.service;
    const place = this.place;
    return html`${this.#heading(0, title, 'title', 'service-title')}
      <div class="sign-in">${renderSignIn(this)}</div>
      ${this.note ? html`<div class="note" part="note" role="status">${this.note}${this.#renderReview()}</div>` : nothing}
      ${
        this.application && !this.amending && !('done' in place)
          ? this.session.signedIn
            ? nothing
            : html`<p class="note" part="note">${messages.signInToSubmit}</p>`
          : 'done' in place
            ? this.#renderDone(place.done, messages)
            : 'check' in place
              ? this.#renderCheck(messages)
              : this.#renderStep(place.step, messages)
      }`;
  }

  /** The questions a changed form asks to look at again, each a link to it. */
  #renderReview(): TemplateResult | typeof nothing {
    const form = this.form;
    if (!this.review.length || !form) return nothing;
    const steps = this.#steps;
    return html`<ul>
      ${this.review.map((name) => {
        const label = form.fields[name]?.label ?? name;
        const step = steps.find((candidate) => candidate.fields.includes(name));
        return html`<li>${
          step
            ? html`<button type="button" class="link" part="review-link" @click=${() => this.#go({ step: step.id }, name)}>${label}</button>`
            : label
        }</li>`;
      })}
    </ul>`;
  }

  #progress(n: number, of: number, messages: ServiceFormMessages): TemplateResult {
    return html`<p class="progress" part="progress">
      <progress max=${of} value=${n} aria-hidden="true"></progress>
      <span>${messages.progress(n, of)}</span>
    </p>`;
  }

  #renderStep(id: string, messages: ServiceFormMessages): TemplateResult {
    const steps = this.#steps;
    const index = Math.max(
      steps.findIndex((step) => step.id === id),
      0,
    );
    const step = steps[index]!;
    const level = headingLevel(this.headingLevel) + 2;
    return html`<form class="form" part="form" novalidate aria-labelledby="step-title" @submit=${(event: Event) => this.#next(event, step)}>
      ${this.#progress(index + 1, steps.length + 1, messages)}
      ${this.#heading(1, step.title, 'step-title', 'step-title')}
      ${this.checks.renderSummary(messages.errorSummary, level)}
      ${step.fields.map((name) => this.#renderField(name, step.required.includes(name), messages))}
      <p class="actions">
        ${index > 0 ? html`<button type="button" class="button secondary" part="back" @click=${() => this.#back(step)}>${messages.back}</button>` : nothing}
        <button type="submit" class="button" part="next" aria-disabled=${this.checks.busy ? 'true' : 'false'}>
          ${this.checks.busy === 'save' ? messages.saving : messages.next}
        </button>
      </p>
    </form>`;
  }

  /** A field's description: `own` (its hint, or a file field's limits), its review mark, its error. */
  #describedBy(name: string, own: string | undefined): string | typeof nothing {
    return this.checks.describedBy(name, own, this.review.includes(name) && `${name}-review`);
  }

  /** Under a field: that the changed form asks to look at it again, then its error. */
  #renderNotes(name: string): TemplateResult {
    const review = this.review.includes(name)
      ? html`<p class="review" part="review" id=${`${name}-review`}>${this.#messages.reviewThis}</p>`
      : nothing;
    return html`${review}${this.checks.renderError(name)}`;
  }

  #renderField(
    name: string,
    required: boolean,
    messages: ServiceFormMessages,
  ): TemplateResult | typeof nothing {
    const field = this.form?.fields[name];
    if (!field) return nothing;
    const id = name;
    const hint = field.hint ? html`<p class="hint" id=${`${id}-hint`}>${field.hint}</p>` : nothing;
    const invalid = this.checks.invalid(name);
    const describedBy = this.#describedBy(name, field.hint && `${name}-hint`);
    const value = this.answers[name];
    const error = this.#renderNotes(name);
    const cls = `field ${this.checks.problemFor(name) ? 'invalid' : ''}`;
    if (field.registry) {
      const family = field.registry === 'familyMembers' ? this.citizen?.family : undefined;
      const shown = this.#registryValue(field, messages);
      return html`<div class="field registry" part="registry">
        <span class="label" id=${`${id}-label`}>${field.label} <span class="source">(${messages.fromRegistry})</span></span>
        ${hint}
        ${
          family?.length
            ? html`<ul class="members" part="family" id=${id} tabindex="-1" aria-labelledby=${`${id}-label`} aria-describedby=${field.hint ? `${id}-hint` : nothing}>
                ${family.map((member) => html`<li>${memberText(member, messages)}</li>`)}
              </ul>`
            : html`<output id=${id} tabindex="-1" aria-labelledby=${`${id}-label`}>${shown ?? messages.registryPlaceholder}</output>`
        }
      </div>`;
    }
    const text = (type: string, extra: Record<string, string> = {}) =>
      html`<div class=${cls}>
        <label for=${id}>${field.label}</label>${hint}${error}
        <input
          id=${id}
          type=${type}
          inputmode=${extra.inputmode ?? nothing}
          autocomplete=${extra.autocomplete ?? 'off'}
          ?required=${required}
          .value=${value === undefined ? '' : String(value)}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @input=${(event: Event) => {
            const raw = (event.target as HTMLInputElement).value;
            this.#set(
              name,
              field.kind === 'number' && raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw,
            );
          }}
        />
      </div>`;
    switch (field.kind) {
      case 'number':
        return text('text', { inputmode: 'decimal' });
      case 'date':
        return text('date');
      case 'phone':
        return text('tel', { autocomplete: 'tel' });
      case 'email':
        return text('email', { autocomplete: 'email' });
      case 'address':
        return text('text', { autocomplete: 'street-address' });
      case 'longText':
        return html`<div class=${cls}>
          <label for=${id}>${field.label}</label>${hint}${error}
          <textarea
            id=${id}
            rows="5"
            ?required=${required}
            .value=${typeof value === 'string' ? value : ''}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${(event: Event) => this.#set(name, (event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>`;
      case 'choice':
        if (field.display === 'select') {
          return html`<div class=${cls}>
            <label for=${id}>${field.label}</label>${hint}${error}
            <select
              id=${id}
              ?required=${required}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
              @change=${(event: Event) => this.#set(name, (event.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!value}>${messages.choose}</option>
              ${(field.options ?? []).map(
                (option) =>
                  html`<option value=${option.value} ?selected=${value === option.value}>${option.label}</option>`,
              )}
            </select>
          </div>`;
        }
        return this.#group(
          name,
          field,
          'radio',
          field.options ?? [],
          (option) => value === option,
          (option) => this.#set(name, option),
        );
      case 'yesNo':
        return this.#group(
          name,
          field,
          'radio',
          [
            { value: 'true', label: messages.yes },
            { value: 'false', label: messages.no },
          ],
          (option) => value === (option === 'true'),
          (option) => this.#set(name, option === 'true'),
        );
      case 'multiChoice': {
        const chosen = Array.isArray(value) ? (value as string[]) : [];
        return this.#group(
          name,
          field,
          'checkbox',
          field.options ?? [],
          (option) => chosen.includes(option),
          (option, checked) =>
            this.#set(
              name,
              checked ? [...chosen, option] : chosen.filter((candidate) => candidate !== option),
            ),
        );
      }
      case 'file':
        return this.#renderFile(name, field, messages);
      default:
        return text('text', field.kind === 'fin' ? { autocomplete: 'off' } : {});
    }
  }

  #group(
    name: string,
    field: FormField,
    type: 'radio' | 'checkbox',
    options: { value: string; label: string }[],
    checked: (value: string) => boolean,
    change: (value: string, checked: boolean) => void,
  ): TemplateResult {
    return html`<fieldset
      class="field ${this.checks.problemFor(name) ? 'invalid' : ''}"
      aria-describedby=${this.#describedBy(name, field.hint && `${name}-hint`)}
    >
      <legend>${field.label}</legend>
      ${field.hint ? html`<p class="hint" id=${`${name}-hint`}>${field.hint}</p>` : nothing}
      ${this.#renderNotes(name)}
      <div class="options">
        ${options.map(
          (option, index) => html`<label class="option">
            <input
              id=${`${name}-${index}`}
              type=${type}
              name=${name}
              value=${option.value}
              .checked=${checked(option.value)}
              aria-invalid=${this.checks.invalid(name)}
              @change=${(event: Event) => change(option.value, (event.target as HTMLInputElement).checked)}
            />
            <span>${option.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #document(field: FormField): ServiceDocument | undefined {
    return this.detail?.documents.find((document) => document.key === field.document);
  }

  #renderFile(name: string, field: FormField, messages: ServiceFormMessages): TemplateResult {
    const lang = this.resolvedLang;
    const document = this.#document(field);
    const files = this.#files(field);
    const limits = document
      ? messages.limits(
          document.accept.map((type) => TYPE_NAMES[type] ?? type).join(', '),
          formatSize(document.maxBytes, lang),
          document.maxFiles,
        )
      : '';
    const signedIn = Boolean(this.saved);
    return html`<div
      class="field ${this.checks.problemFor(name) ? 'invalid' : ''}"
      role="group"
      data-field=${name}
      aria-labelledby=${`${name}-label`}
      aria-describedby=${this.#describedBy(name, `${name}-limits`)}
    >
      <span class="label" id=${`${name}-label`}>${field.label}</span>
      ${field.hint ? html`<p class="hint">${field.hint}</p>` : nothing}
      <p class="hint" id=${`${name}-limits`}>${limits}</p>
      ${this.#renderNotes(name)}
      ${
        files.length
          ? html`<ul class="files" part="files">
              ${files.map(
                (file) => html`<li class="file" part="file">
                  <span class="file-name">${file.filename}</span>
                  <span class="file-size">${formatSize(file.size, lang)}</span>
                  <button type="button" class="button secondary" part="remove-file" aria-label=${messages.removeFile(file.filename)} @click=${() => this.#remove(name, file.id, file.filename)}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        !signedIn
          ? html`<p class="note" part="note" id=${`${name}-add`} tabindex="-1">${messages.signInToAttach}</p>`
          : this.upload?.field === name
            ? this.#renderUpload(name, this.upload, messages)
            : !document || files.length < document.maxFiles
              ? html`<p>${renderFilePicker({
                  inputId: `${name}-input`,
                  buttonId: `${name}-add`,
                  label: messages.addFile,
                  part: 'add-file',
                  accept: (document?.accept ?? []).join(','),
                  describedBy: `${name}-limits`,
                  invalid: this.checks.invalid(name),
                  onChange: (event: Event) => this.#track(this.#upload(event, name, field, document)),
                })}</p>`
              : nothing
      }
    </div>`;
  }

  /** A file on its way: how much is sent, and a button to stop it. */
  #renderUpload(
    name: string,
    upload: NonNullable<IcraServiceForm['upload']>,
    messages: ServiceFormMessages,
  ): TemplateResult {
    return html`<div class="upload" part="upload">
      <label for=${`${name}-progress`}>${messages.uploading(upload.filename)}</label>
      <progress id=${`${name}-progress`} part="upload-progress" max=${Math.max(upload.total, 1)} .value=${upload.sent}></progress>
      <button type="button" class="button secondary" part="cancel-upload" aria-label=${messages.cancelUploadOf(upload.filename)} @click=${() => upload.cancel.abort()}>
        ${messages.cancelUpload}
      </button>
    </div>`;
  }

  #registryValue(field: FormField, messages: ServiceFormMessages): string | undefined {
    const citizen = this.citizen;
    if (!citizen) return undefined;
    switch (field.registry) {
      case 'familyMembers':
        // A portal from before the registry's family sends none.
        return citizen.family?.length
          ? citizen.family.map((member) => memberText(member, messages)).join('; ')
          : messages.noFamily;
      case 'fullName':
        return [citizen.lastName, citizen.firstName, citizen.patronymic].filter(Boolean).join(' ');
      case 'fin':
        return citizen.fin;
      case 'birthDate':
        return citizen.birthDate;
      case 'address':
        return citizen.address;
      default:
        return undefined;
    }
  }

  #shown(name: string, field: FormField, messages: ServiceFormMessages): string {
    if (field.registry) return this.#registryValue(field, messages) ?? messages.registryPlaceholder;
    if (field.kind === 'file') {
      const files = this.#files(field);
      return files.length ? files.map((file) => file.filename).join(', ') : messages.notAnswered;
    }
    const value = this.answers[name];
    if (!isAnswered(value)) return messages.notAnswered;
    if (field.kind === 'yesNo') return value ? messages.yes : messages.no;
    const label = (option: unknown) =>
      field.options?.find((candidate) => candidate.value === option)?.label ?? String(option);
    if (Array.isArray(value)) return value.map(label).join(', ');
    return field.options ? label(value) : String(value);
  }

  #renderCheck(messages: ServiceFormMessages): TemplateResult {
    const form = this.form!;
    const steps = this.#steps;
    const level = headingLevel(this.headingLevel) + 2;
    const signedIn = Boolean(this.saved);
    return html`<div class="form" part="form">
      ${this.#progress(steps.length + 1, steps.length + 1, messages)}
      ${this.#heading(1, messages.check, 'step-title', 'step-title')}
      ${this.checks.renderSummary(messages.errorSummary, level)}
      <dl class="answers" part="answers">
        ${steps.flatMap((step) =>
          step.fields.map((name) => {
            const field = form.fields[name];
            if (!field) return nothing;
            return html`<div class="answer">
              <dt>${field.label}</dt>
              <dd>${this.#shown(name, field, messages)}</dd>
              <dd>
                ${
                  field.registry
                    ? nothing
                    : html`<button type="button" class="link" part="change" aria-label=${messages.changeWhat(field.label)} @click=${() => this.#go({ step: step.id }, name)}>
                        ${messages.change}
                      </button>`
                }
              </dd>
            </div>`;
          }),
        )}
      </dl>
      ${signedIn ? nothing : html`<p class="note" part="note">${messages.signInToSubmit}</p>`}
      <p class="actions">
        <button type="button" class="button secondary" part="back" @click=${() => this.#back()}>${messages.back}</button>
        ${
          signedIn
            ? html`<button type="button" class="button" part="submit" aria-disabled=${this.checks.busy ? 'true' : 'false'} @click=${() => this.#submit()}>
                ${this.checks.busy === 'submit' ? messages.submitting : this.amending ? messages.resubmit : messages.submit}
              </button>`
            : nothing
        }
      </p>
    </div>`;
  }

  #renderDone(done: { reference: string }, messages: ServiceFormMessages): TemplateResult {
    return html`<div class="done" part="done" tabindex="-1" role="status">
      ${this.#heading(1, this.amending ? messages.resubmitted : messages.submitted, 'done-title', 'done-title')}
      <p>${messages.reference}</p>
      <p class="reference" part="reference">${done.reference}</p>
      <p class="spelled">${messages.spelled}: <span>${spell(done.reference)}</span></p>
      ${this.cabinetHref ? html`<p><a class="cabinet" part="cabinet" href=${this.cabinetHref}>${messages.cabinet}</a></p>` : nothing}
    </div>`;
  }
}
