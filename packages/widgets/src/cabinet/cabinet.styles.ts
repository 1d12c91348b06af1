import { css } from 'lit';

export const cabinetStyles = css`
  .root {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .title,
  .section-title,
  .notification-title,
  .application-title,
  .attachments-title {
    margin: 0;
    line-height: 1.3;
  }
  .title {
    font-size: 1.375rem;
  }
  .section-title {
    font-size: 1.125rem;
  }
  .intro {
    margin: 0;
    max-width: 46rem;
  }
  section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .count {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }

  .profile {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.125rem 1rem;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .profile dt {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .profile dd {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  @container (min-width: 34rem) {
    .profile {
      grid-template-columns: minmax(9rem, max-content) 1fr;
    }
    .profile dd {
      margin: 0;
    }
  }
  .source {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875rem;
  }

  .notifications,
  .applications {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .notification,
  .application {
    display: grid;
    gap: 0.375rem;
    padding: calc(var(--_space) * 0.875) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .notification.unread {
    border-inline-start-color: var(--_accent);
  }
  .notification-title,
  .application-title,
  .attachments-title {
    font-size: 1rem;
    font-weight: 600;
  }
  .notification.unread .notification-title {
    font-weight: 750;
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.125rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.8125rem;
    font-weight: 700;
    vertical-align: 0.1em;
  }
  .date {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .notification-body,
  .text {
    margin: 0;
  }
  .text {
    white-space: pre-line;
  }

  .status {
    display: inline-block;
    margin-inline-end: 0.125rem;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 700;
    vertical-align: 0.1em;
  }
  .status.approved {
    color: var(--_accent);
  }
  .status.rejected {
    color: var(--_danger);
  }
  .meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 0.75rem;
    margin: 0;
    font-size: 0.875rem;
  }
  .meta dt {
    color: var(--_text-muted);
  }
  .meta dd {
    margin: 0;
  }
  summary {
    min-height: 1.5rem;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  details > * + * {
    margin-top: 0.5rem;
  }
  .steps {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-muted, transparent);
  }
  .confirm p {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  a.button {
    text-decoration: none;
  }
  .reference {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-weight: 700;
    letter-spacing: 0.08em;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    color: var(--_accent);
    font-weight: 600;
  }

  .bone {
    display: block;
    height: 0.875rem;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_skeleton);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .bone.short {
    width: 40%;
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  /* A submitted e-service application, opened: its request, result, rating and timeline. */
  .details:not([hidden]) {
    display: grid;
    gap: 0.75rem;
    margin-top: 0.75rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .details h4 {
    margin: 0;
    font-size: 1rem;
  }
  .request,
  .result {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .request p,
  .request ul {
    margin: 0;
  }
  .note {
    margin: 0.25rem 0 0;
    white-space: pre-line;
  }
  .timeline {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding-inline-start: 1.25rem;
    font-size: 0.875rem;
  }
  .timeline .by {
    color: var(--_text-muted);
  }
  .rate {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .rate fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .rate legend {
    font-weight: 700;
  }
  .rate .hint {
    margin: 0.25rem 0;
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .scores {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .score {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
  }
  .score input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .rate textarea {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    padding: 0.5rem;
    border: 1px solid var(--_border-strong, var(--_text-muted));
    border-radius: calc(var(--_radius) * 0.5);
  }
  .feed {
    display: grid;
    gap: 0.5rem;
  }
  .feed p {
    margin: 0;
  }
  .feed label {
    font-weight: 600;
  }
  .feed-address {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .feed-address input {
    flex: 1 1 14rem;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-family: ui-monospace, monospace;
    font-size: 0.875rem;
  }
  .feed .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
