import { css } from 'lit';

export const richTextStyles = css`
  .label {
    font-weight: 600;
  }
  .editor,
  input[type='url'] {
    box-sizing: border-box;
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .editor {
    min-height: 10rem;
    overflow-wrap: anywhere;
  }
  .editor :is(p, h2, ul, ol, blockquote) {
    margin: 0 0 0.5rem;
  }
  .editor h2 {
    font-size: 1.125rem;
  }
  .editor a {
    color: var(--_accent);
  }
  input:focus-visible,
  .editor:focus-visible,
  .tool:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.25rem;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-raised);
  }
  .tool {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .tool.bold {
    font-weight: 700;
  }
  .tool.italic {
    font-style: italic;
  }
  .link-field {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
