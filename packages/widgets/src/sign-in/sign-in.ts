import type { Schemas } from '@icra/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Announcer } from '../core/announcer.js';
import type { AuthState, IcraSession } from '../core/auth.js';
import { forgetDrafts } from '../core/drafts.js';
import { IcraElement } from '../core/element.js';
import { type SessionChange, SessionController } from '../core/session-controller.js';
import { baseStyles } from '../core/styles.js';
import { WidgetTask } from '../core/task.js';
import { IcraSignInEvent, IcraSignOutEvent } from './events.js';
import { type SignInMessages, signInMessages } from './messages.js';
import { signInStyles } from './sign-in.styles.js';

/** How the control names who is signed in. */
function nameOf(me: Schemas['Me']): string | undefined {
  return me.kind === 'citizen' ? `${me.citizen.firstName} ${me.citizen.lastName}` : me.official.name;
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
 * them out, in every tab of the site, and at the portal. The session is kept in this tab's
 * sessionStorage (never localStorage or cookies), so it lasts across the site's pages and reloads
 * in the tab; the ten-minute access token is renewed while the reader is active, and left to expire
 * when they are not. `authority` (the OAuth client) is required, from the attribute or an enclosing
 * `<icra-config>`.
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

  private readonly session = new SessionController(this, {
    onChange: (next, previous, why) => this.onChange(next, previous, why),
  });
  private readonly announcer = new Announcer(this);
  /** Who is signed in, from `GET /v1/me`: asked once per token and language, dropped with the token. */
  private readonly who = new WidgetTask(this, {
    args: () => {
      const auth = this.session.state;
      const lang = this.resolvedLang;
      return [
        auth.status === 'signed-in' ? auth.expiresAt : undefined,
        this.session.client(lang),
        lang,
      ] as const;
    },
    task: async ([signedInUntil, client, lang], { signal }) => {
      if (signedInUntil === undefined || !client) return undefined;
      try {
        const me = await client.getMe({ query: { lang } }, { signal });
        return { signedInUntil, name: nameOf(me) };
      } catch {
        // The kind of user stands in for the name.
        return undefined;
      }
    },
  });

  /** The name of who is signed in now (never the one of an earlier token, while the new one is asked). */
  private get name(): string | undefined {
    const auth = this.session.state;
    const who = this.who.value;
    return auth.status === 'signed-in' && who && who.signedInUntil === auth.expiresAt ? who.name : undefined;
  }

  /** The session this control started the sign-in in progress or the current session of: it reports them. */
  private startedIn?: IcraSession | undefined;
  /** Focus was inside before a render that may remove the focused button. */
  private hadFocus = false;
  /** A sign-in this control started just succeeded: focus goes to who is signed in, once rendered. */
  private focusWho = false;

  private get started(): boolean {
    return this.startedIn !== undefined && this.startedIn === this.session.session;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hadFocus = this.shadowRoot?.activeElement != null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusWho) {
      this.focusWho = false;
      const who = this.renderRoot.querySelector<HTMLElement>('[part~="who"]');
      if (who) {
        who.focus();
        return;
      }
    }
    // The focused button was replaced (sign in → cancel → sign out): keep focus in the control.
    if (this.hadFocus && this.shadowRoot?.activeElement == null) {
      this.renderRoot.querySelector<HTMLElement>('button')?.focus();
    }
  }

  /**
   * Whether focus is where the reader left it to sign in: in the widget this control is part of
   * (or in the control itself, standing alone), or nowhere (on the page's body, as after the popup).
   */
  private focusIsHere(): boolean {
    const active = document.activeElement;
    if (!active || active === document.body) return true;
    const root = this.getRootNode();
    const widget = root instanceof ShadowRoot ? root.host : this;
    return (
      widget === active || widget.contains(active) || (widget.shadowRoot?.activeElement ?? null) !== null
    );
  }

  /**
   * What the reader hears of a change, and the events of a sign-in this control started. A state
   * the control finds (put in the page, put back, pointed at another portal) is shown, not said.
   */
  private onChange(next: AuthState, previous: AuthState, why: SessionChange): void {
    if (why === 'follow') return;
    const messages = signInMessages(this.resolvedLang);
    const say = (text: string) => this.announcer.say(text);
    if (next.status === 'signed-in' && previous.status !== 'signed-in') {
      say(messages.signedInAs(messages.kind(next.kind)));
      if (this.started) {
        this.focusWho = this.focusIsHere();
        this.dispatchEvent(new IcraSignInEvent({ kind: next.kind }));
      }
    } else if (next.status === 'signed-out' && previous.status === 'signed-in') {
      say(next.problem === 'expired' ? messages.expired : messages.signedOut);
      if (this.started && next.problem === 'expired') {
        this.dispatchEvent(new IcraSignOutEvent({ reason: 'expired' }));
      }
      this.startedIn = undefined;
    } else if (next.status === 'signed-out' && next.problem === 'closed') {
      say(messages.cancelled);
      this.startedIn = undefined;
    } else if (next.status === 'error') {
      say(this.problemText(next, messages));
    } else if (next.status === 'signing-in') {
      say(`${messages.signingIn} ${messages.finishInPopup}`);
    }
  }

  /** Opens the portal's sign-in popup: call from a click, as the button does. */
  signIn(): void {
    const authority = this.resolvedAuthority;
    const session = this.session.session;
    if (!session || !authority) return;
    this.startedIn = session;
    void session.signIn({ clientId: authority, lang: this.resolvedLang });
  }

  /** Signs every widget of this portal on the page out. */
  signOut(): void {
    if (!this.session.signedIn) return;
    this.startedIn = undefined;
    const api = this.session.session?.api;
    this.session.signOut();
    // On purpose: what forms had put aside for a re-sign-in goes with the session.
    if (api) forgetDrafts(api);
    this.dispatchEvent(new IcraSignOutEvent({ reason: 'user' }));
  }

  private cancel(): void {
    this.session.cancel();
  }

  private problemText(auth: AuthState, messages: SignInMessages): string {
    switch (auth.problem) {
      case 'popup-blocked':
        return messages.popupBlocked;
      case 'denied':
        return messages.denied;
      case 'expired':
        return messages.expired;
      case 'closed':
        return messages.cancelled;
      default:
        return messages.failed;
    }
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const messages = signInMessages(lang);
    const busy = this.session.state.status === 'signing-in';
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
        ${this.announcer.render()}
      </div>
    `;
  }

  private renderState(messages: SignInMessages): TemplateResult {
    if (!this.session.session || !this.resolvedAuthority) {
      return html`<p class="text error" part="message">${messages.notConfigured}</p>`;
    }
    const auth = this.session.state;
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
          <p class="text who" part="who" tabindex="-1">${messages.signedInAs(this.name ?? messages.kind(auth.kind))}</p>
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
        // A sign-in that did not finish (the popup closed, or cancelled) or a session that ended
        // says so where it is seen, with the way to try again.
        if (auth.problem === 'closed' || auth.problem === 'expired') {
          return html`
            <p class="text note" part="message">${auth.problem === 'closed' ? messages.cancelled : messages.expired}</p>
            <button type="button" class="button" part="sign-in retry" @click=${this.signIn}>
              ${messages.retry}
            </button>
          `;
        }
        return html`
          <button type="button" class="button" part="sign-in" @click=${this.signIn}>${messages.signIn}</button>
        `;
    }
  }
}
