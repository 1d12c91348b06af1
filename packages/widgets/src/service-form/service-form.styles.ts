import { css } from 'lit';

export const serviceFormStyles = css`
  .progress {
    display: grid;
    gap: 0.25rem;
    color: var(--_text-muted);
  }
  .progress progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: 0.25rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  input[type='date'],
  input[type='tel'],
  input[type='email'] {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .registry output {
    display: block;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_border);
  }
  .source,
  .label {
    font-weight: 600;
  }
  .source {
    color: var(--_text-muted);
    font-weight: 400;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .members {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .review {
    margin: 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_accent);
    font-weight: 600;
  }
  .upload {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .upload label {
    flex: 1 0 100%;
  }
  .upload progress {
    flex: 1 1 12rem;
    height: 0.5rem;
    accent-color: var(--_accent);
  }
  .files {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .file-name {
    overflow-wrap: anywhere;
  }
  .answers {
    display: grid;
    gap: 0.75rem;
    margin: 0;
  }
  .answer {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    padding-block-end: 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  .answer dt {
    font-weight: 600;
  }
  .answer dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .link {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .note {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
  }
  .reference {
    font-size: 2.5rem;
    font-weight: 700;
    letter-spacing: 0.15em;
    overflow-wrap: anywhere;
  }
  .cabinet {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: 0.25rem;
    color: var(--_accent);
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton .bar {
    display: block;
    height: 1.25rem;
    width: 60%;
    border-radius: var(--_radius);
    background: var(--_border);
  }
  .skeleton .bar.wide {
    width: 90%;
    height: 1.75rem;
  }
  .skeleton .bar.field {
    width: 100%;
    height: 2.75rem;
  }
`;
