import { html, nothing, type TemplateResult } from 'lit';
import type { IcraElement } from '../core/element.js';
import { IcraSignIn } from './sign-in.js';

if (!customElements.get('icra-sign-in')) customElements.define('icra-sign-in', IcraSignIn);

/**
 * The sign-in control a widget embeds: for the widget's portal and authority, in its language and
 * theme, with its client; `exportparts` names the control's parts as the widget exposes them.
 * (Here, with the registration widgets import anyway: pages without a signed-in widget do not
 * carry it, and it costs no file of its own.)
 */
export function renderSignIn(
  widget: IcraElement,
  exportparts = 'sign-in, cancel, who, sign-out, message: sign-in-message, retry: sign-in-retry',
): TemplateResult {
  return html`<icra-sign-in
    exportparts=${exportparts}
    api=${widget.resolvedApi ?? nothing}
    authority=${widget.resolvedAuthority ?? nothing}
    lang=${widget.resolvedLang}
    theme=${widget.resolvedTheme ?? nothing}
    .client=${widget.injectedClient}
  ></icra-sign-in>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'icra-sign-in': IcraSignIn;
  }
}
