import type { Lang } from '@icra/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../core/date-time.js';
import { directionNames } from '../core/directions.js';
import type { ModerationMessages } from './messages.js';
import type { ParticipationApplication } from './types.js';

/** What the desk puts around an open application. */
export interface ApplicationViewParts {
  /** The row above it: "back to the applications". */
  back: TemplateResult;
  /** Its attached files (the desk's downloads), or nothing. */
  attachments: unknown;
  onApprove: () => void;
  onReject: () => void;
}

/**
 * An application opened in the desk: its direction, date, status and poll, its text (plain text,
 * as the citizen wrote it), attachments and history; approve and reject while it awaits a decision.
 */
export function renderApplication(
  application: ParticipationApplication,
  lang: Lang,
  messages: ModerationMessages,
  { back, attachments, onApprove, onReject }: ApplicationViewParts,
): TemplateResult {
  return html`
    ${back}
    <article class="application" part="application" aria-labelledby="view-heading">
      <h3 id="view-heading" tabindex="-1">${application.title}</h3>
      <dl class="facts">
        <div><dt>${messages.directionLabel}</dt><dd>${directionNames(lang)[application.direction]}</dd></div>
        <div><dt>${messages.dateLabel}</dt><dd>${formatDateTime(application.createdAt, lang)}</dd></div>
        <div>
          <dt>${messages.statusLabel}</dt>
          <dd><span class="badge ${application.status}" part="status">${messages.status(application.status)}</span></dd>
        </div>
        ${
          application.pollId
            ? html`<div><dt>${messages.poll}</dt><dd><code>${application.pollId}</code></dd></div>`
            : nothing
        }
      </dl>
      <h4>${messages.textHeading}</h4>
      <p class="text" part="text">${application.text}</p>
      ${attachments}
      <h4>${messages.history}</h4>
      <ol class="history" part="history">
        ${application.history.map(
          (entry) => html`<li>
            <span class="badge ${entry.status}">${messages.status(entry.status)}</span>
            <span class="muted">${formatDateTime(entry.at, lang)}</span>
            ${entry.reason ? html`<p class="reason">${messages.reasonIs(entry.reason)}</p>` : nothing}
          </li>`,
        )}
      </ol>
      ${
        application.status === 'submitted'
          ? html`<div class="actions" part="actions">
              <button type="button" class="button" data-action="approve" @click=${onApprove}>
                ${messages.approve}
              </button>
              <button type="button" class="button danger" data-action="reject" @click=${onReject}>
                ${messages.reject}
              </button>
            </div>`
          : nothing
      }
    </article>
  `;
}
