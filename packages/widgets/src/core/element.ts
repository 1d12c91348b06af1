import type { IcraClient, Lang } from '@icra/sdk';
import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clientFor, getDefaultApi } from './client.js';
import {
  ensureContextRoot,
  type IcraConfigValue,
  icraConfigContext,
  parseTheme,
  type Theme,
} from './context.js';
import { documentLang, observeDocumentLang, resolveLang } from './lang.js';

/**
 * What every icra widget shares: configuration from its own attributes, else from the nearest
 * enclosing `<icra-config>` (found through shadow roots with the context protocol), else — for the
 * language — from the page's `<html lang>`, followed live.
 */
export abstract class IcraElement extends LitElement {
  /** Base URL of the portal API, e.g. `https://portal.example.az`. */
  @property() api?: string;

  /** Slug of the local executive authority, e.g. `ganja`. */
  @property() authority?: string;

  /**
   * Language: `az`, `en` or `ru` (any BCP 47 tag is reduced to its primary subtag, e.g. `en-GB`
   * → `en`). Unset or unsupported: the enclosing `<icra-config>`, then `<html lang>`, then `az`.
   */
  @property() override lang = '';

  /**
   * `light` or `dark` forces a colour scheme (sets `color-scheme` on the element). Unset: the
   * enclosing `<icra-config>`'s, else the page's own `color-scheme` — light on a page that declares
   * none, the reader's preference on a page that declares `color-scheme: light dark`.
   */
  @property() theme?: string;

  /**
   * An `@icra/sdk` client to use instead of the one the widget creates from `api` and `lang` —
   * for Storybook, tests, or a page that wants its own `fetch`, token or timeout. Property only.
   * The widget still asks for content in its own language on every request.
   */
  @property({ attribute: false }) client?: IcraClient;

  @consume({ context: icraConfigContext, subscribe: true })
  @state()
  protected inherited?: IcraConfigValue;

  @state() private pageLang = documentLang();

  private stopObservingLang?: () => void;

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
    this.pageLang = documentLang();
    this.stopObservingLang = observeDocumentLang((lang) => {
      this.pageLang = lang;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.stopObservingLang = undefined;
  }

  /** The language the widget renders and asks the API for. */
  get resolvedLang(): Lang {
    return resolveLang(this.lang, this.inherited?.lang, this.pageLang);
  }

  get resolvedApi(): string | undefined {
    return this.api || this.inherited?.api || this.injectedClient?.baseUrl || getDefaultApi();
  }

  get resolvedAuthority(): string | undefined {
    return this.authority || this.inherited?.authority || undefined;
  }

  get resolvedTheme(): Theme | undefined {
    return parseTheme(this.theme) ?? this.inherited?.theme;
  }

  /** The client given to this element or to its `<icra-config>`, if any. */
  get injectedClient(): IcraClient | undefined {
    return this.client ?? this.inherited?.client;
  }

  /** The injected client, else the shared client for the resolved API and language. */
  get resolvedClient(): IcraClient | undefined {
    const injected = this.injectedClient;
    if (injected) return injected;
    const api = this.resolvedApi;
    return api ? clientFor(api, this.resolvedLang) : undefined;
  }
}
