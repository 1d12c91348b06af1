/**
 * Accessibility checks shared by the widgets' `*.a11y.test.ts`: axe-core at WCAG 2.2 AA, and the
 * 24 × 24 px target size (WCAG 2.5.8) of every control, through nested shadow roots.
 */
import axe from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations in `context`, one line each (empty: none). */
export async function violations(context: Element): Promise<string[]> {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

const CONTROLS = 'button, a[href], input, select, textarea, summary';

/** Every control in `root` and in the shadow roots below it. */
function controls(root: ParentNode): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(CONTROLS)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...controls(element.shadowRoot));
  }
  return found;
}

/**
 * The rendered controls of `element` (its shadow root and the widgets inside it) smaller than
 * 24 × 24 px, as the start of their markup (empty: none). Controls not rendered (`hidden`, or in a
 * closed `<details>`) have no box and do not count.
 */
export function smallTargets(element: Element): string[] {
  const root = element.shadowRoot ?? element;
  return controls(root)
    .filter((target) => target.getClientRects().length > 0)
    .filter((target) => {
      const box = target.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    })
    .map((target) => target.outerHTML.slice(0, 80));
}
