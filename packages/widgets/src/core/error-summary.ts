import { html, nothing, type TemplateResult } from 'lit';

/** A problem of a form: its text, and the id of its field in the widget's shadow root (if any). */
export interface FieldProblem {
  field?: string | undefined;
  text: string;
}

/**
 * The error summary above a form (GOV.UK pattern): a titled list of what to fix, each problem with
 * a field linking to it (`go` moves focus there). `role="alert"`, `tabindex="-1"` so the widget can
 * focus it (`#error-summary`). `title` is its heading, at the widget's level, with the id
 * `error-summary-title`. Nothing when there are no problems.
 */
export function renderErrorSummary<P extends FieldProblem>(
  title: TemplateResult,
  problems: readonly P[],
  go: (event: Event, problem: P) => void,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    id="error-summary"
    tabindex="-1"
    role="alert"
    aria-labelledby="error-summary-title"
  >
    ${title}
    <ul>
      ${problems.map((problem) =>
        problem.field
          ? html`<li><a href=${`#${problem.field}`} @click=${(event: Event) => go(event, problem)}>${problem.text}</a></li>`
          : html`<li>${problem.text}</li>`,
      )}
    </ul>
  </div>`;
}
