import { css } from 'lit';

export const pollStyles = css`
  .root {
    display: grid;
    gap: var(--_space);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .note,
  .schedule {
    margin: 0;
    color: var(--_text-muted);
  }
  .note.strong {
    color: var(--_text);
    font-weight: 600;
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-size: 1.25rem;
    font-weight: 600;
    line-height: 1.3;
  }
  .question {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    cursor: pointer;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .results {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result {
    display: grid;
    gap: 0.25rem;
  }
  .result-text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
  }
  .result-count {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .bar {
    display: block;
    height: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    height: 100%;
    background: var(--_accent);
  }
  .section-title {
    margin: 0;
    font-size: 1.125rem;
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
  }
`;
