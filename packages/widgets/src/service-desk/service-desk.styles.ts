import { css } from 'lit';

/**
 * What the service desk adds to the moderation desk's layout (moderation.styles.ts, shared: the
 * header, the queue's items, badges, facts, history, groups and actions look the same on both).
 */
export const serviceDeskStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem var(--_space);
    margin: 0;
    padding: 0 0 var(--_space);
    border: 0;
    border-bottom: 2px solid var(--_border);
  }
  .filters legend {
    padding: 0;
    margin-bottom: 0.5rem;
  }
  .filters .field {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-width: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .badge.overdue {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: 700;
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton li {
    height: 4.5rem;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  .answers {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .answers > div {
    display: grid;
    gap: 0.125rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_border);
  }
  .answers > div.changed {
    border-inline-start-color: var(--_accent);
    background: var(--_surface-raised);
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.5rem;
    padding: 0 0.375rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
    font-size: 0.875rem;
    font-weight: 400;
  }
  .changes {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .changes li {
    display: grid;
    gap: 0.25rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  del,
  ins {
    text-decoration-thickness: 2px;
  }
  ins {
    text-decoration: none;
    font-weight: 700;
  }
  .request {
    margin: 0;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-raised);
  }
  .conflict {
    margin: 0;
    padding: 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    font-weight: 600;
  }
  h5 {
    margin: 0;
    font-size: 1rem;
  }
  input[type='file'] {
    max-width: 100%;
    font: inherit;
  }
`;
