import type { IcraClient, Schemas } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { type AuthState, type IcraSession, sessionFor } from '../core/auth.js';
import { IcraElement } from '../core/element.js';
import { baseStyles } from '../core/styles.js';
import { IcraSignInEvent, IcraSignOutEvent } from './events.js';
import { type SignInMessages, signInMessages } from './messages.js';
import { signInStyles } from './sign-in.styles.js';

/** How the control names who is signed in. */
function nameOf(me: Schemas['Me']): string | undefined {
  if (me.citizen) return `${me.citizen.firstName} ${me.citizen.lastName}`;
  return me.official?.name;
}

/**
 * Sign-in to the portal for the widgets on an authority's site: a button that opens the portal's
 * sign-in in a popup (OAuth 2.0 code + PKCE), the state while it is open (with a cancel), who is
 * signed in with a sign-out, and what went wrong (a blocked popup, a failed exchange) with a retry.
 *
 * ```html
 * <icra-sign-in api="https://portal.example.az" authority="guba"></icra-sign-in>
 * ```
 *
 * One sign-in serves every widget of the same portal on the page; signing out here signs all of
 * them out. The access token lives in memory only (never in storage or cookies): a reload signs
 * out, and the token expires after ten minutes. `authority` (the OAuth client) is required, from
 * the attribute or an enclosing `<icra-config>`.
 *
 * @event {IcraSignInEvent} icra-sign-in - The reader signed in here; `detail` is `{ kind }`.
 * @event {IcraSignOutEvent} icra-sign-out - The reader signed out here (`reason: 'user'`), or the
 *   token this control obtained expired (`reason: 'expired'`).
 *
 * @csspart base - The control's root box.
 * @csspart sign-in - The "sign in" button.
 * @csspart cancel - The "cancel" button while the portal's window is open.
 * @csspart who - Who is signed in.
 * @csspart sign-out - The "sign out" button.
 * @csspart message - The status or error text.
 * @csspart retry - The "try again" button after an error.
 *
 * @cssprop --icra-color-accent - Buttons. Default #0b5cad light, #7db7f5 dark.
 * @cssprop --icra-color-accent-contrast - Text on the accent colour.
 * @cssprop --icra-color-text - Text.
 * @cssprop --icra-color-text-muted - Status text.
 * @cssprop --icra-color-danger - Error text.
 * @cssprop --icra-color-focus - Focus ring. Default: the accent colour.
 * @cssprop --icra-font-family - Font. Default: inherited from the page.
 * @cssprop --icra-font-size - Base font size. Default 1rem.
 * @cssprop --icra-radius - Corner radius of the buttons. Default 0.5rem.
 * @cssprop --icra-space - Spacing unit. Default 1rem.
 */
export class IcraSignIn extends IcraElement {
  static override styles = [baseStyles, signInStyles];

  @state() private auth: AuthState = { status: 'signed-out' };
  @state() private announcement = '';
  /** Who is signed in, from `GET /v1/me`: a citizen's first and last name, or an official's name. */
  @state() private who?: string | undefined;

  private session?: IcraSession | undefined;
  private unsubscribe?: (() => void) | undefined;
  /** This control started the sign-in in progress or the current session: it reports them. */
  private started = false;
  /** Focus was inside before a render that may remove the focused button. */
  private hadFocus = false;
  private whoController?: AbortController | undefined;
  private whoKey?: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.session = undefined;
    this.whoController?.abort();
    this.whoKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const api = this.resolvedApi;
    const session = api ? sessionFor(api) : undefined;
    if (session !== this.session) {
      this.unsubscribe?.();
      this.session = session;
      this.started = false;
      this.auth = session?.state ?? { status: 'signed-out' };
      this.unsubscribe = session?.subscribe((next) => this.onChange(next));
    }
    this.hadFocus = this.shadowRoot?.activeElement != null;
    // Who: asked once per token and language, dropped with the token.
    const key = this.auth.status === 'signed-in' ? `${this.auth.expiresAt} ${this.resolvedLang}` : undefined;
    if (key !== this.whoKey) {
      this.whoKey = key;
      this.whoController?.abort();
      if (key === undefined) this.who = undefined;
      else void this.loadWho();
    }
  }

  private async loadWho(): Promise<void> {
    const client: IcraClient | undefined = this.injectedClient ?? this.session?.client(this.resolvedLang);
    if (!client) return;
    const controller = new AbortController();
    this.whoController = controller;
    try {
      const me = await client.getMe({ query: { lang: this.resolvedLang } }, { signal: controller.signal });
      if (!controller.signal.aborted) this.who = nameOf(me);
    } catch {
      // The kind of user stands in for the name.
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The focused button was replaced (sign in → cancel → sign out): keep focus in the control.
    if (this.hadFocus && this.shadowRoot?.activeElement == null) {
      this.renderRoot.querySelector<HTMLElement>('button')?.focus();
    }
  }

  private onChange(next: AuthState): void {
    const previous = this.auth;
    this.auth = next;
    const messages = signInMessages(this.resolvedLang);
    if (next.status === 'signed-in' && previous.status !== 'signed-in') {
      this.announce(messages.signedInAs(messages.kind(next.kind)));
      if (this.started) this.dispatchEvent(new IcraSignInEvent({ kind: next.kind }));
    } else if (next.status === 'signed-out' && previous.status === 'signed-in') {
      this.announce(next.problem === 'expired' ? messages.expired : messages.signedOut);
      if (this.started && next.problem === 'expired') {
        this.dispatchEvent(new IcraSignOutEvent({ reason: 'expired' }));
      }
      this.started = false;
    } else if (next.status === 'signed-out' && next.problem === 'closed') {
      this.announce(messages.cancelled);
      this.started = false;
    } else if (next.status === 'error') {
      this.announce(this.problemText(next, messages));
    } else if (next.status === 'signing-in') {
      this.announce(`${messages.signingIn} ${messages.finishInPopup}`);
    }
  }

  /** Opens the portal's sign-in popup: call from a click, as the button does. */
  signIn(): void {
    const authority = this.resolvedAuthority;
    if (!this.session || !authority) return;
    this.started = true;
    void this.session.signIn({ clientId: authority, lang: this.resolvedLang });
  }

  /** Signs every widget of this portal on the page out. */
  signOut(): void {
    const session = this.session;
    if (session?.state.status !== 'signed-in') return;
    this.started = false;
    session.signOut();
    this.dispatchEvent(new IcraSignOutEvent({ reason: 'user' }));
  }

  private cancel(): void {
    this.session?.cancel();
  }

  private problemText(auth: AuthState, messages: SignInMessages): string {
    switch (auth.problem) {
      case 'popup-blocked':
        return messages.popupBlocked;
      case 'denied':
        return messages.denied;
      default:
        return messages.failed;
    }
  }

  /** Says `text` through the polite live region (cleared first, so a repeat is spoken again). */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = signInMessages(lang);
    const busy = this.auth.status === 'signing-in';
    return html`
      <div
        class="root"
        part="base"
        lang=${lang}
        data-theme=${this.resolvedTheme ?? nothing}
        role="group"
        aria-label=${messages.label}
        aria-busy=${busy ? 'true' : 'false'}
      >
        ${this.renderState(messages)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderState(messages: SignInMessages): TemplateResult {
    if (!this.session || !this.resolvedAuthority) {
      return html`<p class="text error" part="message">${messages.notConfigured}</p>`;
    }
    const auth = this.auth;
    switch (auth.status) {
      case 'signing-in':
        return html`
          <p class="text note" part="message">
            <span class="spinner" aria-hidden="true"></span> ${messages.signingIn} ${messages.finishInPopup}
          </p>
          <button type="button" class="button secondary" part="cancel" @click=${this.cancel}>
            ${messages.cancel}
          </button>
        `;
      case 'signed-in':
        return html`
          <p class="text who" part="who">${messages.signedInAs(this.who ?? messages.kind(auth.kind))}</p>
          <button type="button" class="button secondary" part="sign-out" @click=${this.signOut}>
            ${messages.signOut}
          </button>
        `;
      case 'error':
        return html`
          <p class="text error" part="message">${this.problemText(auth, messages)}</p>
          <button type="button" class="button" part="retry" @click=${this.signIn}>${messages.retry}</button>
        `;
      default:
        return html`
          ${
            auth.problem === 'expired'
              ? html`<p class="text note" part="message">${messages.expired}</p>`
              : nothing
          }
          <button type="button" class="button" part="sign-in" @click=${this.signIn}>${messages.signIn}</button>
        `;
    }
  }
}
