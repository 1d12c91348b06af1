import { IcraApiError, type IcraClient, type Lang } from '@icra/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type AuthState, type IcraSession, type SignInOptions, sessionFor } from './auth.js';

/** What the session controller reads from its element (an `IcraElement` has all of it). */
export interface SessionHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  readonly resolvedApi: string | undefined;
  readonly injectedClient: IcraClient | undefined;
}

const SIGNED_OUT: AuthState = { status: 'signed-out' };

/**
 * The same sign-in with a renewed token: not a change for the element, which keeps what it loaded
 * for this sign-in (its tasks key on `expiresAt`). Its `client()` sends the renewed token anyway.
 */
function isRenewal(previous: AuthState, next: AuthState): boolean {
  return (
    previous.status === 'signed-in' &&
    next.status === 'signed-in' &&
    previous.since !== undefined &&
    previous.since === next.since &&
    previous.kind === next.kind
  );
}

/**
 * Why the state changed: `change` — the session changed (a sign-in, a sign-out, an expiry…);
 * `follow` — the element began following a session whose state differs from the last one it saw
 * (its first connection, a reconnection after the page moved it, a new API address).
 */
export type SessionChange = 'change' | 'follow';

/**
 * Follows the sign-in session of the element's portal (one per portal and page, shared by every
 * widget and `<icra-sign-in>`): subscribes when the element is connected, unsubscribes when it is
 * disconnected, and re-reads the session's state on every reconnection, so an element the page
 * moved (disconnected, then connected again) never shows a session that ended meanwhile. The
 * element re-renders on every change.
 *
 * ```ts
 * class MyWidget extends IcraElement {
 *   private session = new SessionController(this, { onChange: (next, previous) => … });
 *   render() { return this.session.state.status === 'signed-in' ? … : …; }
 * }
 * ```
 *
 * Reading `state` also follows a change of the element's API address (an attribute or an enclosing
 * `<icra-config>`), so `willUpdate()`, `render()` and a `Task`'s arguments see the right session.
 */
export class SessionController implements ReactiveController {
  #session?: IcraSession | undefined;
  #state: AuthState = SIGNED_OUT;
  #unsubscribe?: (() => void) | undefined;
  #connected = false;
  /** Withdraws this element's scopes from the session it follows. */
  #unwant?: (() => void) | undefined;

  constructor(
    private readonly host: SessionHost,
    private readonly options: {
      /** Called on every change of state; reading the controller in it is safe. */
      onChange?: (next: AuthState, previous: AuthState, why: SessionChange) => void;
      /**
       * The OAuth scopes the element's requests need (a staff widget's, e.g. `news:edit`): asked for
       * at the next sign-in of its session while the element is in the page. Nothing else changes.
       */
      scopes?: readonly string[];
    } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#unwant?.();
    this.#unwant = undefined;
    this.#session = undefined;
  }

  hostUpdate(): void {
    this.#follow();
  }

  /**
   * The session's state: signed out while the element is not in the page or has no API address.
   * A renewal of the token is not a change here: while the same sign-in lasts, `expiresAt` stays
   * that of its first token as this element saw it (the session's own `state` has the current one).
   */
  get state(): AuthState {
    if (!this.#connected) return SIGNED_OUT;
    this.#follow();
    return this.#state;
  }

  /** The session of the portal at the element's API address (undefined without one). */
  get session(): IcraSession | undefined {
    this.#follow();
    return this.#session;
  }

  get signedIn(): boolean {
    return this.state.status === 'signed-in';
  }

  /**
   * The client for signed-in requests: the injected one (it brings its own token), else the
   * session's client in `lang` while signed in (it sends the token), else undefined.
   */
  client(lang: Lang): IcraClient | undefined {
    const injected = this.host.injectedClient;
    if (injected) return injected;
    return this.signedIn ? this.#session?.client(lang) : undefined;
  }

  signIn(options: SignInOptions): Promise<void> | undefined {
    return this.session?.signIn(options);
  }

  cancel(): void {
    this.session?.cancel();
  }

  /** Signs every widget of this portal on the page out. */
  signOut(): void {
    this.session?.signOut();
  }

  /**
   * The portal refused the token (401: expired or revoked there): signs every widget of the page
   * out (without revoking: the portal already refused) and returns true, so the caller shows
   * nothing of the refused request. Any other error: false.
   */
  refused(error: unknown): boolean {
    if (error instanceof IcraApiError && error.status === 401) {
      this.session?.drop();
      return true;
    }
    return false;
  }

  #follow(): void {
    if (!this.#connected) return;
    const api = this.host.resolvedApi;
    const session = api ? sessionFor(api) : undefined;
    if (session === this.#session && (this.#unsubscribe || !session)) return;
    this.#unsubscribe?.();
    this.#unwant?.();
    this.#session = session;
    const scopes = this.options.scopes;
    this.#unwant = scopes?.length ? session?.want(this, scopes) : undefined;
    // Subscribed before `onChange` runs, so a callback that reads the controller follows nothing twice.
    this.#unsubscribe = session?.subscribe((next) => this.#set(next, 'change'));
    this.#set(session?.state ?? SIGNED_OUT, 'follow');
  }

  #set(next: AuthState, why: SessionChange): void {
    const previous = this.#state;
    if (next === previous || isRenewal(previous, next)) return;
    this.#state = next;
    this.options.onChange?.(next, previous, why);
    this.host.requestUpdate();
  }
}
