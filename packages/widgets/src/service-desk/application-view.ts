import type { Lang } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../core/date-time.js';
import { formatDate } from '../core/format.js';
import type { ServiceDeskMessages } from './messages.js';
import type { FormField, ServiceAnswerChange, ServiceApplication } from './types.js';

/** The form's fields in the order of its steps (then any the steps do not name), with their names. */
export function fieldsOf(application: ServiceApplication): [string, FormField][] {
  const fields = application.form.fields;
  const names = [
    ...new Set([...application.form.steps.flatMap((step) => step.fields), ...Object.keys(fields)]),
  ];
  return names.flatMap((name) => (fields[name] ? [[name, fields[name]] as [string, FormField]] : []));
}

/** The answers a request for information may reopen: neither the registry's nor files. */
export const reopenableAnswers = (application: ServiceApplication) =>
  fieldsOf(application).filter(([, field]) => !field.registry && field.kind !== 'file');

/** The documents it may reopen: one per file field, by its document key. */
export const reopenableDocuments = (application: ServiceApplication) =>
  fieldsOf(application).filter(([, field]) => field.kind === 'file' && field.document);

/** A field's label by its name (the name itself for a field the form no longer has). */
export function labelOf(application: ServiceApplication, name: string): string {
  return application.form.fields[name]?.label ?? name;
}

/** A document's name (its file field's label) by its key. */
export function documentLabel(application: ServiceApplication, key: string): string {
  return reopenableDocuments(application).find(([, field]) => field.document === key)?.[1].label ?? key;
}

/** An answer as text: a choice by its option's label, yes/no in words, dates in the desk's language. */
export function formatAnswer(
  field: FormField | undefined,
  value: unknown,
  lang: Lang,
  messages: ServiceDeskMessages,
): string {
  if (value === undefined || value === null || value === '') return messages.noAnswer;
  const option = (v: unknown) =>
    field?.options?.find((candidate) => candidate.value === v)?.label ?? String(v);
  if (typeof value === 'boolean') return value ? messages.yes : messages.no;
  if (field?.kind === 'date' && typeof value === 'string') return formatDate(value, lang);
  if (Array.isArray(value))
    return value.length
      ? value
          .map((item) =>
            typeof item === 'object' ? formatAnswer(undefined, item, lang, messages) : option(item),
          )
          .join(', ')
      : messages.noAnswer;
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .filter((part) => part !== null && part !== '')
      .map(String)
      .join(', ');
  return option(value);
}

/** The answers, labelled by the form; the registry's marked so; those the citizen just changed highlighted. */
export function renderAnswers(
  application: ServiceApplication,
  lang: Lang,
  messages: ServiceDeskMessages,
): TemplateResult {
  const changed = new Set(application.changes.map((change) => change.field));
  return html`<dl class="answers" part="answers">
    ${fieldsOf(application)
      .filter(([, field]) => field.kind !== 'file')
      .map(([name, field]) => {
        const value = field.registry ? application.registry[name] : application.answers[name];
        return html`<div class=${changed.has(name) ? 'changed' : ''} data-field=${name}>
          <dt>
            ${field.label} ${field.registry ? html`<span class="tag" part="registry">${messages.fromRegistry}</span>` : nothing}
          </dt>
          <dd>${formatAnswer(field, value, lang, messages)}</dd>
        </div>`;
      })}
  </dl>`;
}

/** What the citizen changed in the latest version: before → after per answer, files added and removed. */
export function renderChanges(
  application: ServiceApplication,
  lang: Lang,
  messages: ServiceDeskMessages,
): TemplateResult | typeof nothing {
  if (application.changes.length === 0) return nothing;
  const filename = (id: string) => application.documents.find((file) => file.id === id)?.filename;
  const one = (change: ServiceAnswerChange) => {
    const field = application.form.fields[change.field];
    if (field?.kind === 'file' || change.added || change.removed) {
      const added = change.added ?? [];
      const removed = change.removed ?? [];
      return html`<li data-field=${change.field}>
        <strong>${labelOf(application, change.field)}</strong>
        ${added.length ? html`<span>${messages.filesAdded(added.length)}: <ins>${added.map((id) => filename(id) ?? id).join(', ')}</ins></span>` : nothing}
        ${removed.length ? html`<span>${messages.filesRemoved(removed.length)}</span>` : nothing}
      </li>`;
    }
    return html`<li data-field=${change.field}>
      <strong>${labelOf(application, change.field)}</strong>
      <span>${messages.before}: <del>${formatAnswer(field, change.before, lang, messages)}</del></span>
      <span>${messages.after}: <ins>${formatAnswer(field, change.after, lang, messages)}</ins></span>
    </li>`;
  };
  return html`<section aria-labelledby="changes-heading" part="changes">
    <h4 id="changes-heading">${messages.changes}</h4>
    <p class="muted">${messages.changesIntro(application.version)}</p>
    <ul class="changes">${application.changes.map(one)}</ul>
  </section>`;
}

/** What a request for information reopened, in words. */
function reopenedText(
  application: ServiceApplication,
  reopened: { answers: string[]; documents: string[] },
): string {
  return [
    ...reopened.answers.map((name) => labelOf(application, name)),
    ...reopened.documents.map((key) => documentLabel(application, key)),
  ].join(', ');
}

/** The history, oldest first, as a timeline (an ordered list). */
export function renderHistory(
  application: ServiceApplication,
  lang: Lang,
  messages: ServiceDeskMessages,
): TemplateResult {
  return html`<h4>${messages.history}</h4>
    <ol class="history" part="history">
      ${application.history.map(
        (event) => html`<li>
          <span class="badge ${event.status}">${messages.status(event.status)}</span>
          <span class="muted">${formatDateTime(event.at, lang)} · ${event.by === 'citizen' ? messages.byCitizen : messages.byOfficer}</span>
          ${event.note ? html`<p class="reason">${messages.note(event.note)}</p>` : nothing}
          ${event.reopened ? html`<p class="reason">${messages.reopenAnswers}: ${reopenedText(application, event.reopened)}</p>` : nothing}
        </li>`,
      )}
    </ol>`;
}

/** The facts: reference, status, dates, who has it; the due date flagged when it has passed. */
export function renderFacts(
  application: ServiceApplication,
  lang: Lang,
  messages: ServiceDeskMessages,
): TemplateResult {
  const assignee =
    application.assignee === 'you'
      ? messages.mine
      : application.assignee === 'another-officer'
        ? messages.another
        : messages.unassigned;
  return html`<dl class="facts">
      <div><dt>${messages.reference}</dt><dd><code>${application.reference}</code></dd></div>
      <div>
        <dt>${messages.statusLabel}</dt>
        <dd><span class="badge ${application.status}" part="status">${messages.status(application.status)}</span></dd>
      </div>
      <div><dt>${messages.submittedLabel}</dt><dd>${formatDateTime(application.submittedAt, lang)}</dd></div>
      <div>
        <dt>${messages.dueLabel}</dt>
        <dd part="due">
          ${formatDate(application.dueOn, lang)}
          ${application.overdue ? html`<span class="badge overdue" part="overdue">${messages.overdue}</span>` : nothing}
        </dd>
      </div>
      <div><dt>${messages.assigneeLabel}</dt><dd>${assignee}</dd></div>
    </dl>
    ${application.waitingSince ? html`<p class="muted">${messages.waitingSince(formatDate(application.waitingSince, lang))}</p>` : nothing}
    ${
      application.request
        ? html`<h4>${messages.request}</h4>
            <p class="request">${application.request.comment}<br />${messages.reopenAnswers}: ${reopenedText(application, application.request)}</p>`
        : nothing
    }`;
}
