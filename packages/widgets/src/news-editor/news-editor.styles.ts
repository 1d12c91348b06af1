import { css } from 'lit';

export const editorStyles = css`
  .root {
    display: grid;
    gap: var(--_space);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .title,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.25rem;
  }
  .intro,
  .hint,
  .muted {
    margin: 0;
    color: var(--_text-muted);
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
  .state.error {
    color: var(--_danger);
  }
  .more {
    display: flex;
    justify-content: center;
  }
  .inline-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
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
    gap: 0.5rem var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .item-title {
    flex: 1 1 14rem;
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .badge.published {
    color: var(--_accent);
  }
  .badge.draft {
    color: var(--_text-muted);
  }

  .form {
    display: grid;
    gap: var(--_space);
  }
  .error-summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='file'] {
    min-height: 2.75rem;
    max-width: 100%;
    font: inherit;
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--_border);
  }
  [role='tab'] {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 0;
    border-bottom: 4px solid transparent;
    background: none;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_accent);
    font-weight: 700;
  }
  .tab-error {
    color: var(--_danger);
    font-weight: 700;
  }
  .panel {
    display: grid;
    gap: var(--_space);
  }
  .panel[hidden] {
    display: none;
  }

  label,
  .label {
    font-weight: 600;
  }
  input[type='text'],
  textarea {
    box-sizing: border-box;
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  /* As specific as the text inputs' rule above (which would win otherwise), and after it. */
  input[type='text'][aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input:focus-visible,
  textarea:focus-visible,
  [role='tab']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .cover {
    margin: 0;
  }
  .cover img {
    display: block;
    max-width: min(100%, 24rem);
    height: auto;
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button.danger {
    border-color: var(--_danger);
    background: transparent;
    color: var(--_danger);
  }
  .confirm {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .confirm p {
    margin: 0;
    font-weight: 600;
  }
`;
