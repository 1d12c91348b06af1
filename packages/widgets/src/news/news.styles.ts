import { css } from 'lit';

export const newsStyles = css`
  .root {
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: var(--_space);
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
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
    display: flex;
    flex-direction: column;
    width: 100%;
    overflow: hidden;
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
  .cover {
    order: -1;
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_skeleton);
  }
  .placeholder {
    background: linear-gradient(
      135deg,
      color-mix(in srgb, var(--_accent) 22%, var(--_surface-raised)),
      var(--_surface-raised) 70%
    );
  }
  .text {
    display: grid;
    align-content: start;
    gap: 0.375rem;
    padding: calc(var(--_space) * 0.875) var(--_space) var(--_space);
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
  .date {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  .summary {
    margin: 0;
  }

  .state {
    padding-block: calc(var(--_space) * 2);
  }
  .inline-error {
    text-align: center;
  }

  .article-view {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .article {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    width: 100%;
    max-width: 46rem;
  }
  .article-title {
    margin: 0;
    font-size: clamp(1.375rem, 4cqi, 1.875rem);
    line-height: 1.25;
  }
  .article-cover {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  .lead {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 500;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .body :is(p, h2, h3, h4, h5, h6, ul, ol, blockquote) {
    margin: 0;
  }
  .body :is(h2, h3, h4, h5, h6) {
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .body blockquote {
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_border);
  }
  .body a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .body a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .skeleton .card {
    background: var(--_surface-raised);
  }
  .bone {
    display: block;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_skeleton);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .bone.cover {
    border-radius: 0;
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
