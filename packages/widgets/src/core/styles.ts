import { css, unsafeCSS } from 'lit';

/*
 * Design tokens. A host page themes a widget with the public `--icra-*` custom properties (they
 * inherit through the shadow root); each one falls back to a `light-dark()` pair of defaults, so
 * the colours follow the `color-scheme` the widget inherits from the page. Widgets read only the
 * private `--_*` names set here, on their root element.
 *
 * Contrast of the defaults against both surfaces (WCAG 2.2 AA asks 4.5:1 for text, 3:1 for focus
 * rings): light — text ≥15.4:1, muted ≥6.9:1, accent text, button and focus ring ≥6.2:1, danger
 * ≥6.1:1; dark — text ≥13.0:1, muted ≥7.6:1, accent and focus ring ≥7.3:1, button 8.3:1. The
 * focus ring takes the accent colour unless `--icra-color-focus` is set.
 */
const COLORS: Record<string, readonly [light: string, dark: string]> = {
  surface: ['#ffffff', '#14181d'],
  'surface-raised': ['#f5f7f9', '#1e252c'],
  text: ['#1a1f24', '#e8ecf0'],
  'text-muted': ['#4b5661', '#aeb8c2'],
  border: ['#c9d1d9', '#3a4550'],
  accent: ['#0b5cad', '#7db7f5'],
  'accent-contrast': ['#ffffff', '#0b1a2a'],
  danger: ['#b42318', '#ffa39a'],
  skeleton: ['#e3e8ed', '#2a323a'],
};

const tokens = (value: (pair: readonly [string, string]) => string) =>
  unsafeCSS(
    Object.entries(COLORS)
      .map(([name, pair]) => `--_${name}: var(--icra-color-${name}, ${value(pair)});`)
      .join(''),
  );

/**
 * Styles every widget shares. Colour scheme: whatever the widget inherits from the page — light
 * on a page that declares no `color-scheme` (or `light`), the reader's preference on a page that
 * declares `color-scheme: light dark`. `theme="light|dark"` on the element sets `color-scheme` on
 * the host; the resolved theme (the element's or an enclosing `<icra-config>`'s) also lands as
 * `data-theme` on `.root`, which forces it inside. Also focus rings, reduced motion and helpers.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']),
  .root[data-theme='light'] {
    color-scheme: light;
  }
  :host([theme='dark']),
  .root[data-theme='dark'] {
    color-scheme: dark;
  }
  .root {
    ${tokens(([light, dark]) => `light-dark(${light}, ${dark})`)}
    --_focus: var(--icra-color-focus, var(--_accent));
    --_font: var(--icra-font-family, inherit);
    --_radius: var(--icra-radius, 0.5rem);
    --_space: var(--icra-space, 1rem);
    --_max-width: var(--icra-max-width, none);
    box-sizing: border-box;
    max-width: var(--_max-width);
    font-family: var(--_font);
    font-size: var(--icra-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  /* Browsers from before light-dark() (Chromium < 123, Firefox < 120, Safari < 17.5): light. */
  @supports not (color: light-dark(#000, #fff)) {
    .root {
      ${tokens(([light]) => light)}
    }
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }

  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus-visible {
    outline-offset: 4px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .root *,
    .root *::before,
    .root *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

/** States (loading, empty, error) and "load more" of the list widgets (see core/load-more.ts). */
export const listStateStyles = css`
  .more {
    display: flex;
    justify-content: center;
  }
  .state {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 1.5) var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .state p,
  .inline-error {
    margin: 0;
  }
  .state.error p,
  .inline-error {
    color: var(--_danger);
    font-weight: 600;
  }
`;
