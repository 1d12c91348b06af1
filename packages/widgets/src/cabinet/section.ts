import type { IcraClient, Lang } from '@icra/sdk';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Announcer } from '../core/announcer.js';
import type { AuthKind } from '../core/auth.js';
import type { SessionController } from '../core/session-controller.js';
import { cabinetMessages } from './messages.js';

/**
 * What every section of the cabinet loads by: the token (when it stops working; undefined when
 * signed out), the signed-in client, the language, the page size and the kind of user. A new
 * token, language or page size loads every section again; signed out, they hold nothing.
 */
export type CabinetArgs = readonly [
  signedInUntil: number | undefined,
  client: IcraClient | undefined,
  lang: Lang,
  limit: number,
  kind: AuthKind | undefined,
];

/** What the cabinet gives its sections (notifications, applications). */
export interface CabinetContext {
  readonly host: ReactiveControllerHost & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly resolvedLang: Lang;
    readonly resolvedApi: string | undefined;
  };
  readonly session: SessionController;
  readonly announcer: Announcer;
  readonly names: AuthorityNames;
  args(): CabinetArgs;
  /** A heading at `offset` levels below the cabinet's (offset 2 headings take focus: tabindex -1). */
  heading(offset: number, className: string, content: unknown): TemplateResult;
}

/** The URL `href()` makes, only if it is an http(s) one (and undefined if it throws). */
export function httpUrl(href: () => string): string | undefined {
  try {
    const url = new URL(href());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Once rendered, focuses the heading of a notification or application (if any). */
export async function focusTitle(context: CabinetContext, item: { id: string } | undefined): Promise<void> {
  if (!item) return;
  await context.host.updateComplete;
  context.host.renderRoot
    .querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"] [tabindex="-1"]`)
    ?.focus();
}

/** A section's loading placeholder. */
export function renderSkeleton(): TemplateResult {
  return html`<div class="skeleton" aria-hidden="true">
    <span class="bone"></span><span class="bone short"></span><span class="bone"></span>
  </div>`;
}

/** A section that could not be loaded, with "try again". */
export function renderFailed(text: string, lang: Lang, retry: () => void): TemplateResult {
  return html`<div class="state error" part="state">
    <p>${text}</p>
    <button type="button" class="button" part="retry" @click=${retry}>${cabinetMessages(lang).retry}</button>
  </div>`;
}

/**
 * Authorities' names by slug, in the widget's language, asked for the first time one is shown
 * (the slug stands in until known, and if it cannot be had). Forgotten on sign-out.
 */
export class AuthorityNames {
  #names = new Map<string, string>();
  #asked = new Set<string>();
  #controller = new AbortController();
  #client?: IcraClient | undefined;
  #lang?: Lang | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => { client: IcraClient | undefined; lang: Lang },
  ) {}

  /** The authority's name, else its slug (asking the portal for the name once). */
  name(slug: string): string {
    const { client, lang } = this.client();
    if (client !== this.#client || lang !== this.#lang) this.clear();
    this.#client = client;
    this.#lang = lang;
    const known = this.#names.get(slug);
    if (known !== undefined || !client || this.#asked.has(slug)) return known ?? slug;
    this.#asked.add(slug);
    const signal = this.#controller.signal;
    client.getAuthority({ path: { slug }, query: { lang } }, { signal }).then(
      ({ name }) => {
        if (signal.aborted) return;
        this.#names.set(slug, name);
        this.host.requestUpdate();
      },
      // The slug stands in for the name (asked again after a sign-out or a change of language).
      () => {},
    );
    return slug;
  }

  /** Forgets every name and aborts what is asked (signed out, or another language). */
  clear(): void {
    this.#controller.abort();
    this.#controller = new AbortController();
    this.#names = new Map();
    this.#asked = new Set();
  }
}
