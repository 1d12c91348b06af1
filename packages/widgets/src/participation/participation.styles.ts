import { css } from 'lit';

export const participationStyles = css`
  .error-summary-title {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .root {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .section-title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .intro,
  .schedule,
  .note {
    margin: 0;
    color: var(--_text-muted);
  }
  .root > p {
    margin: 0;
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .filter {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  .polls {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .poll-item {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .open-poll {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 1.125rem;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .application {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .sign-in {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .filed {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .filed p {
    margin: 0;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .filter[aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
`;
