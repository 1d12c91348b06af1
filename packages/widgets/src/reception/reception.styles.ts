import { css } from 'lit';

export const receptionStyles = css`
  .root {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .title,
  .section-title,
  .official-name,
  .request-title,
  .error-summary-title {
    margin: 0;
    line-height: 1.3;
  }
  .title {
    font-size: 1.5rem;
  }
  .section-title {
    font-size: 1.25rem;
  }
  .official-name,
  .request-title {
    font-size: 1.0625rem;
  }
  .intro,
  .note,
  .position {
    margin: 0;
    color: var(--_text-muted);
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .request-section {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .officials,
  .hours {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .hours {
    gap: 0.25rem;
  }
  .official {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .who {
    display: grid;
    flex: 1 1 12rem;
    gap: 0.375rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .photo {
    flex: none;
    width: 4.5rem;
    height: 4.5rem;
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    border: 2px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    font-size: 1.375rem;
    font-weight: 700;
  }
  .zone {
    color: var(--_text-muted);
  }
  .sign-in {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .sign-in .hint {
    flex: 1 1 16rem;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .form .note {
    color: var(--_text);
    font-weight: 600;
  }
  .sent {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .sent p {
    margin: 0;
  }
  .sent-title {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .reference {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.05em;
  }
`;
