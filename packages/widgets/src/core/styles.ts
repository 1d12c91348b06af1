import { css } from 'lit';

/*
 * Design tokens. A host page themes a widget with the public `--icra-*` custom properties (they
 * inherit through the shadow root); each one falls back to a default for the light or the dark
 * scheme. Widgets read only the private `--_*` names set here, on their root element.
 *
 * Contrast of the defaults against both surfaces (WCAG 2.2 AA asks 4.5:1 for text, 3:1 for focus
 * rings): light — text ≥15.4:1, muted ≥6.9:1, accent text, button and focus ring ≥6.2:1, danger
 * ≥6.1:1; dark — text ≥13.0:1, muted ≥7.6:1, accent and focus ring ≥7.3:1, button 8.3:1. The
 * focus ring takes the accent colour unless `--icra-color-focus` is set.
 */
const light = css`
  --_surface: var(--icra-color-surface, #ffffff);
  --_surface-raised: var(--icra-color-surface-raised, #f5f7f9);
  --_text: var(--icra-color-text, #1a1f24);
  --_text-muted: var(--icra-color-text-muted, #4b5661);
  --_border: var(--icra-color-border, #c9d1d9);
  --_accent: var(--icra-color-accent, #0b5cad);
  --_accent-contrast: var(--icra-color-accent-contrast, #ffffff);
  --_focus: var(--icra-color-focus, var(--_accent));
  --_danger: var(--icra-color-danger, #b42318);
  --_skeleton: var(--icra-color-skeleton, #e3e8ed);
  color-scheme: light;
`;

const dark = css`
  --_surface: var(--icra-color-surface, #14181d);
  --_surface-raised: var(--icra-color-surface-raised, #1e252c);
  --_text: var(--icra-color-text, #e8ecf0);
  --_text-muted: var(--icra-color-text-muted, #aeb8c2);
  --_border: var(--icra-color-border, #3a4550);
  --_accent: var(--icra-color-accent, #7db7f5);
  --_accent-contrast: var(--icra-color-accent-contrast, #0b1a2a);
  --_focus: var(--icra-color-focus, var(--_accent));
  --_danger: var(--icra-color-danger, #ffa39a);
  --_skeleton: var(--icra-color-skeleton, #2a323a);
  color-scheme: dark;
`;

/**
 * Styles every widget shares: tokens on `.root`, light by default, dark when the reader prefers
 * it, and `data-theme="light|dark"` on `.root` (from the `theme` attribute of the element or of
 * an enclosing `<icra-config>`) forcing either. Also focus rings, reduced motion and helpers.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    ${light}
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
  @media (prefers-color-scheme: dark) {
    .root:not([data-theme='light']) {
      ${dark}
    }
  }
  .root[data-theme='dark'] {
    ${dark}
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
