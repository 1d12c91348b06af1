import { css } from 'lit';

/**
 * What the reception desk adds to the moderation desk's layout (moderation.styles.ts, shared: the
 * header, the filters, the queue's items, badges, facts and actions look the same on every desk).
 * The week's grid scrolls sideways inside its own box on a narrow screen, its times column held in
 * place, so the page itself never does.
 */
export const receptionDeskStyles = css`
  section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  .filters {
    border-bottom: 2px solid var(--_border);
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton li {
    height: 6rem;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  .item.chosen {
    border: 2px solid var(--_accent);
  }
  .item .text,
  .facts dd {
    overflow-wrap: anywhere;
  }
  .item .text {
    flex: 1 1 100%;
  }
  .facts {
    flex: 1 1 100%;
  }
  .badge.scheduled {
    color: var(--_accent);
  }
  .badge.declined {
    color: var(--_danger);
  }
  .selected {
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .selected > p {
    margin: 0;
  }
  .slot {
    margin: 0;
  }
  .conflict {
    margin: 0;
    padding: 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    font-weight: 600;
  }
  .nearest {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nearest .button {
    width: 100%;
    justify-content: flex-start;
    text-align: start;
  }
  .baku {
    color: var(--_text-muted);
    font-size: 0.875rem;
    font-weight: 400;
  }
  .toolbar {
    align-items: end;
  }
  .field.official {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .field.official .hint {
    margin: 0;
  }
  .grid-box {
    max-width: 100%;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* A cell scrolled into view by focus is not hidden under the times column. */
    scroll-padding-inline-start: 5rem;
  }
  .grid {
    min-width: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  .grid th,
  .grid td {
    min-width: 6.5rem;
    height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    border-inline-end: 1px solid var(--_border);
    text-align: center;
    white-space: nowrap;
  }
  .grid thead th {
    font-weight: 600;
    vertical-align: bottom;
  }
  .grid thead th span {
    display: block;
  }
  .grid .date {
    color: var(--_text-muted);
    font-size: 0.875rem;
    font-weight: 400;
  }
  .grid .time {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-width: 4.5rem;
    background: var(--_surface);
    font-variant-numeric: tabular-nums;
  }
  .grid thead .time {
    white-space: normal;
  }
  .cell {
    cursor: default;
  }
  .cell.free {
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .cell.free:hover {
    background: var(--_surface-raised);
  }
  .cell.booked {
    background: var(--_surface-raised);
    color: var(--_text-muted);
  }
  .cell.none {
    color: var(--_text-muted);
  }
  .cell.chosen {
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  .cell:focus-visible,
  .cell:focus {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  @media (forced-colors: active) {
    .cell.chosen {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
