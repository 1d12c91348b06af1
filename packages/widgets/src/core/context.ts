import type { IcraClient } from '@icra/sdk';
import { ContextRoot, createContext } from '@lit/context';

export type Theme = 'light' | 'dark';

/** What an `<icra-config>` gives the widgets inside it (nested configs merge, the inner one wins). */
export interface IcraConfigValue {
  api?: string | undefined;
  authority?: string | undefined;
  lang?: string | undefined;
  theme?: Theme | undefined;
  client?: IcraClient | undefined;
}

/**
 * The configuration context. A string key, so that two copies of the widgets on one page (say the
 * bundle and an npm build) still find each other's `<icra-config>`.
 */
export const icraConfigContext = createContext<IcraConfigValue | undefined>('icra-config');

const ROOT = Symbol.for('icra.context-root');

/**
 * Lets an `<icra-config>` that is defined or inserted after the widgets inside it still reach
 * them: unanswered requests wait at the document root until a provider appears. Once per page.
 */
export function ensureContextRoot(): void {
  const root = globalThis.document?.documentElement as (HTMLElement & { [ROOT]?: true }) | undefined;
  if (!root || root[ROOT]) return;
  root[ROOT] = true;
  new ContextRoot().attach(root);
}

export function parseTheme(value: string | null | undefined): Theme | undefined {
  return value === 'dark' || value === 'light' ? value : undefined;
}
