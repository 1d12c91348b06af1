import type { IcraClient } from '@icra/sdk';
import { consume, provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ensureContextRoot, type IcraConfigValue, icraConfigContext, parseTheme } from '../core/context.js';

/**
 * Configures every icra widget inside it, across shadow roots, so a page states the API, the
 * authority, the language and the theme once. A widget's own attributes win over these; an inner
 * `<icra-config>` wins over an outer one. Renders its children as if it were not there.
 *
 * ```html
 * <icra-config api="https://portal.example.az" authority="ganja" lang="en" theme="dark">
 *   <icra-news page-size="6"></icra-news>
 * </icra-config>
 * ```
 *
 * @slot - The widgets (and anything else) to configure.
 */
export class IcraConfig extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the portal API. */
  @property() api?: string;

  /** Slug of the local executive authority. */
  @property() authority?: string;

  /** `az`, `en` or `ru` (or a tag such as `en-GB`); unset: `<html lang>`. */
  @property() override lang = '';

  /**
   * `light` or `dark` forces the colour scheme of the widgets inside (the page's own content keeps
   * its `color-scheme`). Unset: the outer `<icra-config>`'s, else the page's own `color-scheme`.
   */
  @property() theme?: string;

  /** An `@icra/sdk` client for every widget inside (property only). */
  @property({ attribute: false }) client?: IcraClient;

  @consume({ context: icraConfigContext, subscribe: true })
  @state()
  private outer?: IcraConfigValue;

  @provide({ context: icraConfigContext })
  protected value: IcraConfigValue = {};

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const outer = this.outer ?? {};
    const next: IcraConfigValue = {
      api: this.api || outer.api,
      authority: this.authority || outer.authority,
      lang: this.lang || outer.lang,
      theme: parseTheme(this.theme) ?? outer.theme,
      client: this.client ?? outer.client,
    };
    const current = this.value;
    const same = (Object.keys(next) as (keyof IcraConfigValue)[]).every((key) => next[key] === current[key]);
    if (!same) this.value = next;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
