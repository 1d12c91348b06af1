import { css } from 'lit';

export const signInStyles = css`
  :host {
    display: inline-block;
  }
  .root {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }
  .text {
    margin: 0;
  }
  .who {
    font-weight: 600;
  }
  .note {
    color: var(--_text-muted);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
