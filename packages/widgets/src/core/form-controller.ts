import { IcraApiError } from '@icra/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from './heading.js';
import type { SessionController } from './session-controller.js';

/** A problem of a form: its text, and the id of its field in the widget's shadow root (if any). */
export interface FieldProblem<F extends string = string> {
  field?: F | undefined;
  text: string;
}

/** What a form controller reads from its element. */
export interface FormHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FormConfig<F extends string> {
  /**
   * The form's fields: the ids of their inputs in the widget's shadow root, in the order the
   * error summary lists them.
   */
  fields: readonly F[];
  /**
   * The field a JSON pointer of the portal's field errors (`/body/title`, `/body/options/1/text`)
   * is about, if any. Default: `/body/<field>` and anything below it, for each of `fields`.
   */
  pointer?: (pointer: string) => F | undefined;
  /** Signs out everywhere when a write answers 401. */
  session?: SessionController;
  /**
   * Makes a field shown before a summary link focuses it, when it may be out of view in a way the
   * controller does not know (a language tab not selected…). A closed `<details>` it opens itself.
   */
  reveal?: (field: F) => void | Promise<void>;
  /**
   * Where a summary link moves focus, as a selector in the shadow root (the first match), for a
   * field whose own input cannot take focus (a hidden file input stands behind its buttons).
   * Default: `#<field>`.
   */
  target?: (field: F) => string;
}

/** How `submit` treats an error before the form shows it: true when the caller handled it. */
export type ErrorHandler = (error: unknown) => boolean | Promise<boolean>;

function newKey(): string {
  return crypto.randomUUID();
}

/**
 * A form's state that every widget's forms share, GOV.UK's pattern inside a shadow root:
 *
 * - problems per field (from the widget's own checks, or the portal's field errors by their JSON
 *   pointers), each input's `aria-invalid` and `aria-describedby` (hint, then error), and its
 *   inline error message (`#<field>-error`), all in the same shadow root as the input;
 * - one error summary (`#error-summary`, `role="alert"`) that takes focus and links to each field,
 *   moving focus to it (opening the `<details>` it may be in) across the shadow boundary;
 * - one `Idempotency-Key` per action of the form as filled in: reused when the same submission is
 *   tried again (so a retry after a lost answer files once), forgotten when the form changes or
 *   the write succeeds;
 * - one write at a time (`busy` names it), a 401 signing out everywhere.
 *
 * It hooks into no lifecycle callback (a form keeps its state when the page moves the widget), so
 * it is not registered with `addController`; it requests the host's updates itself.
 */
export class FormController<F extends string = string> {
  /** What is wrong, in the error summary's order. */
  problems: FieldProblem<F>[] = [];
  /** The action being written (`submit`, `approve`…), or undefined. */
  busy: string | undefined;

  readonly #config: FormConfig<F>;
  #keys = new Map<string, string>();

  constructor(
    private readonly host: FormHost,
    config: FormConfig<F>,
  ) {
    this.#config = config;
  }

  // ——— Problems ———

  problemFor(field: F): FieldProblem<F> | undefined {
    return this.problems.find((problem) => problem.field === field);
  }

  /** `aria-invalid` of a field's input. */
  invalid(field: F): 'true' | 'false' {
    return this.problemFor(field) ? 'true' : 'false';
  }

  /** `aria-describedby` of a field's input: the given ids (its hint), then its error if any. */
  describedBy(field: F, ...ids: (string | undefined | false)[]): string | typeof nothing {
    const all = [...ids.filter(Boolean), this.problemFor(field) ? `${field}-error` : ''].filter(Boolean);
    return all.length ? all.join(' ') : nothing;
  }

  /** The inline error of a field (`#<field>-error`, part `field-error`), or nothing. */
  renderError(field: F): TemplateResult | typeof nothing {
    const problem = this.problemFor(field);
    return problem
      ? html`<p class="field-error" part="field-error" id=${`${field}-error`}>${problem.text}</p>`
      : nothing;
  }

  /** The field was edited: its problem goes, and the form as filled in gets new keys. */
  edited(field?: F): void {
    this.#keys.clear();
    if (field && this.problemFor(field)) {
      this.problems = this.problems.filter((problem) => problem.field !== field);
    }
    this.host.requestUpdate();
  }

  /**
   * Sets (or, without `text`, clears) the problem of one field where the reader is, without moving
   * focus: a check made as the reader edits (a file of the wrong type chosen). Kept in the fields'
   * order, like `show`.
   */
  setProblem(field: F, text?: string): void {
    const others = this.problems.filter((problem) => problem.field !== field);
    this.problems = this.#sorted(text ? [...others, { field, text }] : others);
    this.host.requestUpdate();
  }

  /**
   * Shows `problems` (sorted in the fields' order, problems of no field last), says the first, and
   * moves focus to the error summary once rendered. No problems: clears them.
   */
  async show(problems: FieldProblem<F>[]): Promise<void> {
    this.problems = this.#sorted(problems);
    this.host.requestUpdate();
    if (this.problems.length === 0) return;
    await this.host.updateComplete;
    this.#root().querySelector<HTMLElement>('#error-summary')?.focus();
  }

  /** Clears the problems (the form was sent, or closed). */
  clear(): void {
    this.problems = [];
    this.host.requestUpdate();
  }

  /** Forgets problems and keys: a new, empty form. */
  reset(): void {
    this.#keys.clear();
    this.busy = undefined;
    this.clear();
  }

  /**
   * The problems an error stands for: the portal's field errors at their fields (by JSON pointer),
   * the others and a problem without field errors as problems of the form, else `fallback`.
   */
  problemsOf(error: unknown, fallback: string): FieldProblem<F>[] {
    if (!(error instanceof IcraApiError)) return [{ text: fallback }];
    const problems: FieldProblem<F>[] = [];
    for (const fieldError of error.errors) {
      const field = this.#fieldOf(fieldError.pointer);
      if (!field) problems.push({ text: fieldError.detail });
      else if (!problems.some((problem) => problem.field === field))
        problems.push({ field, text: fieldError.detail });
    }
    if (problems.length) return problems;
    const text =
      error.detail && error.detail !== error.title ? `${error.title}: ${error.detail}` : error.title;
    return [{ text: text || fallback }];
  }

  // ——— Writes ———

  /** The Idempotency-Key of `action` for the form as filled in (made on first use). */
  key(action = 'submit'): string {
    let key = this.#keys.get(action);
    if (!key) {
      key = newKey();
      this.#keys.set(action, key);
    }
    return key;
  }

  /** Forgets the key of `action` (it succeeded, or its answer made it moot). */
  forgetKey(action = 'submit'): void {
    this.#keys.delete(action);
  }

  /**
   * Runs one write of the form: nothing if another is running; busy while it runs; its key reused
   * if the same form is tried again. Success: the key is forgotten, the problems cleared, the result
   * returned. A 401 signs out everywhere; `onError` may take any other error (return true);
   * otherwise the error's problems are shown (else `fallback`). Failure returns undefined.
   */
  async submit<T>(
    action: string,
    run: (idempotencyKey: string) => Promise<T>,
    options: { fallback: string; onError?: ErrorHandler },
  ): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = action;
    this.host.requestUpdate();
    try {
      const result = await run(this.key(action));
      this.forgetKey(action);
      this.clear();
      return result;
    } catch (error) {
      if (this.#config.session?.refused(error)) return undefined;
      if (await options.onError?.(error)) return undefined;
      await this.show(this.problemsOf(error, options.fallback));
      return undefined;
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  // ——— The error summary ———

  /**
   * The error summary above the form: its heading (`title`, at heading `level`), then each problem,
   * linking to its field. `role="alert"`, `tabindex="-1"` (it takes focus after a failed send).
   * Nothing when there are no problems.
   */
  renderSummary(title: string, level: number): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    const tag = headingTag(level);
    return html`<div
      class="error-summary"
      part="error-summary"
      id="error-summary"
      tabindex="-1"
      role="alert"
      aria-labelledby="error-summary-title"
    >
      ${staticHtml`<${tag} class="error-summary-title" id="error-summary-title">${title}</${tag}>`}
      <ul>
        ${this.problems.map((problem) =>
          problem.field
            ? html`<li><a href=${`#${problem.field}`} @click=${(event: Event) => this.#go(event, problem.field!)}>${problem.text}</a></li>`
            : html`<li>${problem.text}</li>`,
        )}
      </ul>
    </div>`;
  }

  /** A summary link: focus moves to the field (inside this shadow root), opening its disclosure. */
  async #go(event: Event, field: F): Promise<void> {
    event.preventDefault();
    await this.#config.reveal?.(field);
    await this.host.updateComplete;
    const selector = this.#config.target?.(field) ?? `#${CSS.escape(field)}`;
    const input = this.#root().querySelector<HTMLElement>(selector);
    const details = input?.closest('details');
    if (details && !details.open) {
      details.open = true;
      await this.host.updateComplete;
    }
    input?.focus();
    input?.scrollIntoView?.({ block: 'center' });
  }

  /** In the fields' order, problems of no field last. */
  #sorted(problems: FieldProblem<F>[]): FieldProblem<F>[] {
    const order = (problem: FieldProblem<F>) => {
      const index = problem.field ? this.#config.fields.indexOf(problem.field) : -1;
      return index === -1 ? this.#config.fields.length : index;
    };
    return [...problems].sort((a, b) => order(a) - order(b));
  }

  #fieldOf(pointer: string): F | undefined {
    if (this.#config.pointer) return this.#config.pointer(pointer);
    return this.#config.fields.find(
      (field) => pointer === `/body/${field}` || pointer.startsWith(`/body/${field}/`),
    );
  }

  #root(): ParentNode {
    return this.host.renderRoot;
  }
}
