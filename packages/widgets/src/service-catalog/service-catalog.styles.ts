import { css } from 'lit';

export const serviceCatalogStyles = css`
  .root {
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: var(--_space);
  }

  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.75) var(--_space);
  }
  .search .field {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .search .query {
    flex: 3 1 16rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .search-row {
    display: flex;
    gap: 0.5rem;
  }
  .search-row input {
    flex: 1 1 auto;
    min-width: 0;
  }
  .search-row .button {
    flex: none;
    white-space: nowrap;
  }
  input[type='search'],
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    min-width: 0;
  }
  .card {
    position: relative;
    display: grid;
    align-content: start;
    gap: 0.5rem;
    width: 100%;
    padding: calc(var(--_space) * 0.875) var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .card:has(.title-button:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card .title-button:focus-visible {
    outline: none;
  }
  .card:hover .title-button {
    text-decoration: underline;
  }
  .title {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.35;
  }
  .title-button {
    display: inline;
    min-height: 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 650;
    text-align: start;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .title-button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .summary,
  .lead,
  .details p {
    margin: 0;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    margin: 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }
  .facts dt {
    color: var(--_text-muted);
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .mark {
    justify-self: start;
    margin: 0;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .state {
    padding-block: calc(var(--_space) * 2);
  }
  .inline-error {
    text-align: center;
  }

  .service-view {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .service,
  .details {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    width: 100%;
    max-width: 46rem;
  }
  .service-title {
    margin: 0;
    font-size: clamp(1.375rem, 4cqi, 1.875rem);
    line-height: 1.25;
  }
  .lead {
    font-size: 1.125rem;
    font-weight: 500;
  }
  .section-title {
    margin: calc(var(--_space) * 0.5) 0 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .offline {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-raised);
  }
  .offline .section-title {
    margin: 0;
  }
  .documents {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .document {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .document-name {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .tag {
    padding: 0 0.375rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .tag.required {
    border-color: var(--_text);
    color: var(--_text);
    font-weight: 600;
  }
  .limits {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  a.button {
    text-decoration: none;
  }

  .skeleton .card {
    gap: 0.625rem;
  }
  .bone {
    display: block;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_skeleton);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .bone.line {
    height: 0.875rem;
  }
  .bone.heading {
    height: 1.25rem;
    width: 80%;
  }
  .bone.short {
    width: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
