import { css } from 'lit';

export const moderationStyles = css`
  .root {
    display: grid;
    gap: var(--_space);
  }
  .header,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .title,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.25rem;
  }
  h4 {
    font-size: 1.0625rem;
  }
  .intro,
  .hint,
  .muted {
    margin: 0;
    color: var(--_text-muted);
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_accent);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .notice:empty {
    display: block;
    padding: 0;
    border: 0;
  }
  .state {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0 0 0.5rem;
  }
  .state p:last-child {
    margin: 0;
  }
  .state.error {
    color: var(--_danger);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--_border);
  }
  .filter {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 0;
    border-bottom: 4px solid transparent;
    background: none;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  /* The current filter: a thick underline and bold text, not colour alone. */
  .filter[aria-pressed='true'] {
    border-bottom-color: var(--_accent);
    font-weight: 700;
  }

  .list {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .open {
    flex: 1 1 100%;
    min-height: 1.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .meta {
    flex: 1 1 auto;
    color: var(--_text-muted);
  }
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .badge.approved {
    color: var(--_accent);
  }
  .badge.rejected {
    color: var(--_danger);
  }
  .badge.submitted {
    color: var(--_text);
  }
  .more {
    display: flex;
    justify-content: center;
  }
  .inline-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
    text-align: center;
  }

  .application,
  .form {
    display: grid;
    gap: var(--_space);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem calc(var(--_space) * 1.5);
    margin: 0;
  }
  .facts dt {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .text {
    margin: 0;
    white-space: pre-wrap;
  }
  .quote {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_border);
    font-weight: 600;
  }
  .history {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .reason {
    flex: 1 1 100%;
    margin: 0;
  }

  /* Fields, the error summary and the inputs: core/form-styles.ts. */
  .group.invalid {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_danger);
  }
  legend {
    font-weight: 600;
  }

  .group {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .group legend {
    padding-inline: 0.25rem;
  }
  .options {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: grid;
    gap: 0.5rem;
    padding-block-end: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .translations {
    display: grid;
    gap: 0.5rem;
  }
  .translations[open] {
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_border);
  }
  .translations > .field {
    margin-block-start: 0.5rem;
  }
  summary {
    display: list-item;
    min-height: 1.75rem;
    padding-block: 0.25rem;
    color: var(--_accent);
    cursor: pointer;
  }
  .schedule {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space);
  }
  .radio {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
  }
  input[type='radio'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .radio label {
    display: block;
    min-height: 1.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button.small {
    min-height: 2.75rem;
    padding-inline: 0.75rem;
    font-size: 0.875rem;
  }
  .button.danger {
    border-color: var(--_danger);
    background: transparent;
    color: var(--_danger);
  }
  .button.danger-solid {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }
  code {
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .filter[aria-pressed='true'] {
      border-bottom-color: Highlight;
    }
  }
`;
