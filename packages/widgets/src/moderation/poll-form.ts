import { type Lang, langValues, pollEligibilityValues, pollResultsVisibilityValues } from '@icra/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Announcer } from '../core/announcer.js';
import { fromBakuLocal, toBakuLocal } from '../core/baku-time.js';
import type { FieldProblem, FormController } from '../core/form-controller.js';
import type { ModerationMessages } from './messages.js';
import type { PollDefinition, PollEligibility, PollResultsVisibility } from './types.js';

/** The languages a poll's texts may be translated into: all but Azerbaijani (required). */
const TRANSLATIONS = langValues.filter((lang): lang is Exclude<Lang, 'az'> => lang !== 'az');
const ELIGIBILITY: readonly PollEligibility[] = pollEligibilityValues;
const RESULTS: readonly PollResultsVisibility[] = pollResultsVisibilityValues;
/** What the portal allows (PollDefinition): 2 to 10 options, each text up to 500 characters. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;

interface LocalizedDraft {
  az: string;
  en: string;
  ru: string;
}
interface OptionDraft extends LocalizedDraft {
  /** Stable across adds and removes, so each option keeps its own inputs. */
  key: number;
}
interface PollDraft {
  question: LocalizedDraft;
  options: OptionDraft[];
  /** `datetime-local` values, Baku time. */
  opensAt: string;
  closesAt: string;
  eligibility: PollEligibility;
  resultsVisibility: PollResultsVisibility;
}

let optionKeys = 0;
function emptyOption(): OptionDraft {
  optionKeys += 1;
  return { key: optionKeys, az: '', en: '', ru: '' };
}

/** A new poll: opening at the next full hour in Baku, closing two weeks later. */
function newDraft(question = ''): PollDraft {
  const hour = 3_600_000;
  const opens = Math.ceil((Date.now() + 60_000) / hour) * hour;
  return {
    question: { az: question, en: '', ru: '' },
    options: [emptyOption(), emptyOption()],
    opensAt: toBakuLocal(opens),
    closesAt: toBakuLocal(opens + 14 * 24 * hour),
    eligibility: 'residents',
    resultsVisibility: 'after_vote',
  };
}

function localized(draft: LocalizedDraft): PollDefinition['question'] {
  const text: PollDefinition['question'] = { az: draft.az.trim() };
  for (const lang of TRANSLATIONS) if (draft[lang].trim()) text[lang] = draft[lang].trim();
  return text;
}

/** The field a problem's JSON pointer names (`/body/options/1/az` → `option-1-az`). */
export function fieldOfPointer(pointer: string): string | undefined {
  const path = pointer.replace(/^\/body/, '');
  let match = /^\/question\/(az|en|ru)$/.exec(path);
  if (match) return `question-${match[1]}`;
  match = /^\/options\/(\d+)(?:\/(az|en|ru))?$/.exec(path);
  if (match) return `option-${match[1]}-${match[2] ?? 'az'}`;
  if (/^\/(question|options)$/.test(path)) return path === '/question' ? 'question-az' : 'option-0-az';
  if (path === '/opensAt') return 'opens-at';
  if (path === '/closesAt') return 'closes-at';
  if (path === '/eligibility') return `eligibility-${ELIGIBILITY[0]}`;
  if (path === '/resultsVisibility') return `results-${RESULTS[0]}`;
  if (path === '/reason') return 'reason';
  return undefined;
}

const texts = (prefix: string) => [`${prefix}-az`, ...TRANSLATIONS.map((lang) => `${prefix}-${lang}`)];

/** The poll form's fields (as many options as it may have) in the page's order, for the error summary. */
export const POLL_FIELDS: readonly string[] = [
  ...texts('question'),
  ...Array.from({ length: MAX_OPTIONS }, (_, i) => texts(`option-${i}`)).flat(),
  'opens-at',
  'closes-at',
  ...ELIGIBILITY.map((value) => `eligibility-${value}`),
  ...RESULTS.map((value) => `results-${value}`),
];

/** What the poll form needs of the desk around it. */
export interface PollFormHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** How the desk shows the form: for an application's approval (its title quoted) or a new poll. */
export interface PollFormView {
  /** The application's title when approving one; undefined for a poll on a planned project. */
  approving?: string | undefined;
  messages: ModerationMessages;
  /** The row above the form: "back" or "cancel". */
  back: TemplateResult;
  onSubmit: (event: Event) => void;
  onCancel: () => void;
}

/**
 * The poll form of the moderation desk, rendered in the desk's shadow root (each input with its
 * hint and error): the question and 2–10 options, each in Azerbaijani with English and Russian
 * behind a disclosure (opened by a problem in them), the voting period as `datetime-local` inputs
 * in Baku time, who may vote and when results show as radio groups. Problems and keys are the
 * desk's `FormController`'s; this holds the draft and which disclosures are open.
 */
export class PollForm {
  draft: PollDraft = newDraft();
  /** Which translation disclosures are open: `question`, or `option-<key>`. */
  #expanded = new Set<string>();

  constructor(
    private readonly host: PollFormHost,
    private readonly form: FormController<string>,
    private readonly announcer: Announcer,
  ) {}

  /** A new draft, its question prefilled (with the application's title when approving one). */
  start(question = ''): void {
    this.draft = newDraft(question.slice(0, 500));
    this.#expanded = new Set();
    this.host.requestUpdate();
  }

  /** The poll to send, or undefined after showing what is missing (as the portal checks it). */
  definition(messages: ModerationMessages): PollDefinition | undefined {
    const draft = this.draft;
    const problems: FieldProblem[] = [];
    if (!draft.question.az.trim()) problems.push({ field: 'question-az', text: messages.errorQuestion });
    draft.options.forEach((option, i) => {
      if (!option.az.trim()) problems.push({ field: `option-${i}-az`, text: messages.errorOption(i + 1) });
    });
    const opensAt = fromBakuLocal(draft.opensAt);
    const closesAt = fromBakuLocal(draft.closesAt);
    if (!opensAt) problems.push({ field: 'opens-at', text: messages.errorOpensAt });
    if (!closesAt) problems.push({ field: 'closes-at', text: messages.errorClosesAt });
    else if (opensAt && Date.parse(closesAt) <= Date.parse(opensAt))
      problems.push({ field: 'closes-at', text: messages.errorCloseAfterOpen });
    if (problems.length > 0 || !opensAt || !closesAt) {
      void this.form.show(problems);
      return undefined;
    }
    return {
      question: localized(draft.question),
      options: draft.options.map(localized),
      opensAt,
      closesAt,
      eligibility: draft.eligibility,
      resultsVisibility: draft.resultsVisibility,
    };
  }

  // ——— Editing ———

  #set(draft: PollDraft, field?: string): void {
    this.draft = draft;
    // Any change: a later write is a new action with a new key.
    this.form.edited(field);
  }

  #setQuestion(lang: Lang, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.#set({ ...this.draft, question: { ...this.draft.question, [lang]: value } }, `question-${lang}`);
  }

  #setOption(index: number, lang: Lang, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const options = this.draft.options.map((option, i) =>
      i === index ? { ...option, [lang]: value } : option,
    );
    this.#set({ ...this.draft, options }, `option-${index}-${lang}`);
  }

  #setField(
    field: 'opensAt' | 'closesAt' | 'eligibility' | 'resultsVisibility',
    id: string,
    event: Event,
  ): void {
    this.#set({ ...this.draft, [field]: (event.target as HTMLInputElement).value }, id);
  }

  async #addOption(messages: ModerationMessages): Promise<void> {
    if (this.draft.options.length >= MAX_OPTIONS) return;
    this.#set({ ...this.draft, options: [...this.draft.options, emptyOption()] });
    const n = this.draft.options.length;
    this.announcer.say(messages.optionAdded(n));
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#option-${n - 1}-az`)?.focus();
  }

  async #removeOption(index: number, messages: ModerationMessages): Promise<void> {
    if (this.draft.options.length <= MIN_OPTIONS) return;
    // Problems name options by position: they no longer match.
    this.form.problems = this.form.problems.filter((problem) => !problem.field?.startsWith('option-'));
    this.#set({ ...this.draft, options: this.draft.options.filter((_, i) => i !== index) });
    this.announcer.say(messages.optionRemoved(index + 1));
    await this.host.updateComplete;
    const next = Math.min(index, this.draft.options.length - 1);
    this.host.renderRoot.querySelector<HTMLElement>(`#option-${next}-az`)?.focus();
  }

  #toggled(id: string, event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.#expanded.has(id)) return;
    if (open) this.#expanded.add(id);
    else this.#expanded.delete(id);
    this.host.requestUpdate();
  }

  // ——— Rendering ———

  render({ approving, messages, back, onSubmit, onCancel }: PollFormView): TemplateResult {
    const draft = this.draft;
    const busy = this.form.busy !== undefined;
    const options = draft.options;
    return html`
      ${back}
      <form class="form" part="form" novalidate @submit=${onSubmit}>
        <h3 id="view-heading" tabindex="-1">${approving === undefined ? messages.newPollHeading : messages.approveHeading}</h3>
        ${
          approving === undefined
            ? html`<p class="muted">${messages.newPollIntro}</p>`
            : html`<p class="muted">${messages.approveIntro}</p>
                <p class="quote">${approving}</p>`
        }
        ${this.form.renderSummary(messages.errorSummary, 4)}
        ${this.#renderText(
          'question-az',
          messages.question,
          draft.question.az,
          (event) => this.#setQuestion('az', event),
          {
            lang: 'az',
            required: true,
            hint: messages.questionHint,
          },
        )}
        ${this.#renderTranslations('question', 'question', messages.question, draft.question, (lang, event) => this.#setQuestion(lang, event), messages)}
        <fieldset class="group">
          <legend>${messages.options}</legend>
          <p class="hint" id="options-hint">${messages.optionsHint}</p>
          <ol class="options">
            ${repeat(
              options,
              (option) => option.key,
              (option, index) => html`<li class="option" part="option">
                ${this.#renderText(
                  `option-${index}-az`,
                  messages.option(index + 1),
                  option.az,
                  (event) => this.#setOption(index, 'az', event),
                  { lang: 'az', required: true },
                )}
                ${this.#renderTranslations(
                  `option-${option.key}`,
                  `option-${index}`,
                  messages.option(index + 1),
                  option,
                  (lang, event) => this.#setOption(index, lang, event),
                  messages,
                )}
                ${
                  options.length > MIN_OPTIONS
                    ? html`<div>
                        <button
                          type="button"
                          class="button secondary small"
                          part="remove-option"
                          @click=${() => this.#removeOption(index, messages)}
                        >
                          ${messages.removeOption(index + 1)}
                        </button>
                      </div>`
                    : nothing
                }
              </li>`,
            )}
          </ol>
          ${
            options.length < MAX_OPTIONS
              ? html`<div>
                  <button type="button" class="button secondary" part="add-option" @click=${() => this.#addOption(messages)}>
                    <span aria-hidden="true">+</span> ${messages.addOption}
                  </button>
                </div>`
              : html`<p class="hint">${messages.maxOptions}</p>`
          }
        </fieldset>
        <fieldset class="group">
          <legend>${messages.schedule}</legend>
          <p class="hint" id="schedule-hint">${messages.scheduleHint}</p>
          <div class="schedule">
            ${this.#renderDateTime('opens-at', messages.opensAt, draft.opensAt, 'opensAt')}
            ${this.#renderDateTime('closes-at', messages.closesAt, draft.closesAt, 'closesAt')}
          </div>
        </fieldset>
        ${this.#renderRadios(
          'eligibility',
          'eligibility',
          messages.eligibility,
          ELIGIBILITY,
          draft.eligibility,
          messages.eligibilityName,
          messages.eligibilityHint,
        )}
        ${this.#renderRadios(
          'results',
          'resultsVisibility',
          messages.resultsVisibility,
          RESULTS,
          draft.resultsVisibility,
          messages.resultsName,
          messages.resultsHint,
        )}
        <div class="actions" part="actions">
          <button type="submit" class="button" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? messages.working : approving === undefined ? messages.submitCreate : messages.submitApprove}
          </button>
          <button type="button" class="button secondary" @click=${onCancel}>${messages.cancel}</button>
        </div>
      </form>
    `;
  }

  /** One text input (the question or an option) in one language. */
  #renderText(
    id: string,
    label: string,
    value: string,
    onInput: (event: Event) => void,
    options: { lang: Lang; required: boolean; hint?: string },
  ): TemplateResult {
    const form = this.form;
    const hint = options.hint ? `${id}-hint` : undefined;
    return html`<div class="field ${form.problemFor(id) ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p class="hint" id=${hint}>${options.hint}</p>` : nothing}
      ${form.renderError(id)}
      <input
        id=${id}
        type="text"
        maxlength="500"
        lang=${options.lang}
        .value=${value}
        aria-required=${options.required ? 'true' : 'false'}
        aria-invalid=${form.invalid(id)}
        aria-describedby=${form.describedBy(id, hint)}
        @input=${onInput}
      />
    </div>`;
  }

  /**
   * English and Russian, behind a disclosure: open when the moderator opened it, or while one of
   * its fields has a problem (so the error summary's link leads somewhere visible).
   */
  #renderTranslations(
    disclosure: string,
    prefix: string,
    label: string,
    values: LocalizedDraft,
    onInput: (lang: Lang, event: Event) => void,
    messages: ModerationMessages,
  ): TemplateResult {
    const filled = TRANSLATIONS.filter((lang) => values[lang].trim()).length;
    const troubled = TRANSLATIONS.some((lang) => this.form.problemFor(`${prefix}-${lang}`));
    return html`<details
      class="translations"
      ?open=${this.#expanded.has(disclosure) || troubled}
      @toggle=${(event: Event) => this.#toggled(disclosure, event)}
    >
      <summary>${messages.translations}${filled > 0 ? html` <span class="muted">(${filled}/2)</span>` : nothing}</summary>
      ${TRANSLATIONS.map((lang) =>
        this.#renderText(
          `${prefix}-${lang}`,
          messages.inLang(label, messages.langName(lang)),
          values[lang],
          (event) => onInput(lang, event),
          { lang, required: false },
        ),
      )}
    </details>`;
  }

  #renderDateTime(id: string, label: string, value: string, field: 'opensAt' | 'closesAt'): TemplateResult {
    const form = this.form;
    const changed = (event: Event) => this.#setField(field, id, event);
    return html`<div class="field ${form.problemFor(id) ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${form.renderError(id)}
      <input
        id=${id}
        type="datetime-local"
        .value=${value}
        aria-required="true"
        aria-invalid=${form.invalid(id)}
        aria-describedby=${form.describedBy(id, 'schedule-hint')}
        @input=${changed}
        @change=${changed}
      />
    </div>`;
  }

  #renderRadios<T extends string>(
    prefix: string,
    field: 'eligibility' | 'resultsVisibility',
    legend: string,
    values: readonly T[],
    current: T,
    name: (value: T) => string,
    hint: (value: T) => string,
  ): TemplateResult {
    const first = `${prefix}-${values[0]}`;
    const problem = this.form.problemFor(first);
    return html`<fieldset
      class="group ${problem ? 'invalid' : ''}"
      aria-describedby=${problem ? `${first}-error` : nothing}
    >
      <legend>${legend}</legend>
      ${this.form.renderError(first)}
      ${values.map((value) => {
        const id = `${prefix}-${value}`;
        return html`<div class="radio">
          <input
            type="radio"
            id=${id}
            name=${prefix}
            .value=${value}
            .checked=${current === value}
            aria-describedby=${`${id}-hint`}
            @change=${(event: Event) => this.#setField(field, first, event)}
          />
          <div>
            <label for=${id}>${name(value)}</label>
            <p class="hint" id=${`${id}-hint`}>${hint(value)}</p>
          </div>
        </div>`;
      })}
    </fieldset>`;
  }
}
