import { css } from 'lit';

/**
 * Forms of the widgets: fields with label, hint and error, the error summary that takes focus
 * (GOV.UK pattern), text inputs, selects and text areas at 44 px targets.
 */
export const formStyles = css`
  .form {
    display: grid;
    gap: var(--_space);
  }
  .form p {
    margin: 0;
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
  }
  .error-summary {
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary-title {
    font-weight: 700;
  }
  .error-summary ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: 0.125rem;
    color: var(--_danger);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field.invalid {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_danger);
  }
  label {
    font-weight: 600;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  input[type='text'],
  input[type='datetime-local'],
  select,
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  /* As specific as the inputs' own rule, so that it wins. */
  :is(input, select, textarea)[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
