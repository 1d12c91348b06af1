import {
  createIcraClient,
  type IcraClient,
  type Lang,
  type PrincipalKind,
  principalKindValues,
} from '@icra/sdk';

/**
 * Sign-in for widgets on an authority's site, without third-party cookies: OAuth 2.0
 * authorization code with PKCE (S256) in a popup on the portal's origin. The portal's callback
 * page posts `{ type: 'icra:authorization', code, state }` to this page's exact origin; the code
 * is exchanged at `POST /oauth/token` for a short-lived access token, kept in memory only — never
 * in localStorage, sessionStorage or cookies, so a reload signs out.
 *
 * One session per page and per portal (API base), shared by every widget: whichever widget
 * signs in, all of them see it; signing out in one signs out all of them.
 */

/** Where a session stands. */
export type AuthStatus = 'signed-out' | 'signing-in' | 'signed-in' | 'error';

/**
 * Why the last sign-in did not end signed in:
 * - `popup-blocked` — the browser refused to open the popup;
 * - `closed` — the reader closed the popup, or cancelled here or on the portal's page;
 * - `denied` — the portal answered with another error instead of a code;
 * - `failed` — the code could not be exchanged for a token (network, or the portal refused);
 * - `expired` — the token ran out (10 minutes): signed out, sign in again.
 */
export type AuthProblem = 'popup-blocked' | 'closed' | 'denied' | 'failed' | 'expired';

/** Who signed in, as the token says (the portal's `PrincipalKind`); no personal data. */
export type AuthKind = PrincipalKind;

export interface AuthState {
  readonly status: AuthStatus;
  /** Set with `error`, and with `signed-out` after an expiry or a closed popup. */
  readonly problem?: AuthProblem | undefined;
  /** The `kind` claim of the token, when signed in. */
  readonly kind?: AuthKind | undefined;
  /** When the token stops working (ms since the epoch), when signed in. */
  readonly expiresAt?: number | undefined;
}

export interface SignInOptions {
  /** The authority whose site this is: the OAuth `client_id`. */
  clientId: string;
  /** The language of the portal's sign-in pages. */
  lang: Lang;
}

interface TokenResponse {
  access_token?: unknown;
  token_type?: unknown;
  expires_in?: unknown;
}

/** The message type the portal's callback page posts to the opener. */
export const AUTHORIZATION_MESSAGE = 'icra:authorization';

const POPUP_NAME = 'icra-sign-in';
const POPUP_FEATURES = 'popup=yes,width=520,height=680';
/** How often to look whether the reader closed the popup. */
const CLOSED_POLL_MS = 400;
/**
 * How long a popup seen closed may still have its answer on the way. The portal's page posts the
 * code and closes itself; the message and the closing reach this page separately (the popup is
 * another origin, often another process), so the closing may be seen first.
 */
const CLOSED_GRACE_MS = 1500;

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random string of 43 base64url characters (32 bytes): RFC 7636's code_verifier, also the state. */
export function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** RFC 7636 S256: base64url(SHA-256(verifier)). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/**
 * This document's origin: where the portal posts the code back. `self.origin`, not
 * `location.origin`, which is "null" on a page written into an iframe (about:srcdoc, about:blank)
 * that in fact has its parent's origin.
 */
function pageOrigin(): string {
  return globalThis.origin ?? globalThis.location.origin;
}

/** The `kind` claim of a JWT, read without verifying (the portal verifies; this only labels the UI). */
function kindOf(token: string): AuthKind | undefined {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const kind = (JSON.parse(json) as { kind?: unknown }).kind;
    return principalKindValues.find((known) => known === kind);
  } catch {
    return undefined;
  }
}

/** What a session uses from the page; replaceable for Storybook and tests. */
export interface SessionOptions {
  /** Opens the sign-in popup. Default: `window.open`. */
  open?: (url: string, target: string, features: string) => Window | null;
  /** Exchanges the code at the token endpoint. Default: the page's `fetch`. */
  fetch?: typeof fetch;
}

interface Attempt {
  popup: Window;
  state: string;
  verifier: string;
  clientId: string;
  /** Stops listening for the popup's message and for its closing. */
  stop: () => void;
  /** Settles the promise `signIn` returned. */
  done: () => void;
}

/** The sign-in of one portal on this page. Get it with `sessionFor(api)`. */
export class IcraSession {
  /** The portal's API base, without a trailing slash. */
  readonly api: string;
  /** The only origin whose messages are accepted: the portal's. */
  readonly portalOrigin: string;

  #state: AuthState = { status: 'signed-out' };
  #token: string | undefined;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  #attempt: Attempt | undefined;
  #listeners = new Set<(state: AuthState) => void>();
  #clients = new Map<Lang, IcraClient>();
  /** Bumped by every sign-in, cancel and sign-out, so a late token answer cannot sign in again. */
  #generation = 0;

  #options: SessionOptions;

  constructor(api: string, options: SessionOptions = {}) {
    this.#options = options;
    this.api = api.replace(/\/+$/, '');
    this.portalOrigin = new URL(this.api, globalThis.location?.href).origin;
  }

  get state(): AuthState {
    return this.#state;
  }

  /** The access token while it is valid; undefined when signed out or expired. */
  get token(): string | undefined {
    const expiresAt = this.#state.expiresAt;
    if (!this.#token || expiresAt === undefined) return undefined;
    if (Date.now() >= expiresAt) {
      this.#expire();
      return undefined;
    }
    return this.#token;
  }

  /** Calls `listener` on every change of state; returns the unsubscribe function. */
  subscribe(listener: (state: AuthState) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * An SDK client for this portal in `lang` that sends the current token (if any) on every
   * request. Shared by every signed-in widget.
   */
  client(lang: Lang): IcraClient {
    let client = this.#clients.get(lang);
    if (!client) {
      client = createIcraClient({ baseUrl: this.api, lang, token: () => this.token });
      this.#clients.set(lang, client);
    }
    return client;
  }

  /**
   * Starts a sign-in. Call it straight from a click handler: the popup is opened before anything
   * is awaited, so popup blockers let it through. Resolves when the attempt ends, whatever the
   * outcome (read `state`).
   */
  signIn(options: SignInOptions): Promise<void> {
    this.#abandon();
    this.#generation++;
    const open = this.#options.open ?? ((...args) => globalThis.open?.(...args) ?? null);
    const popup = open('about:blank', POPUP_NAME, POPUP_FEATURES);
    if (!popup) {
      this.#set({ status: 'error', problem: 'popup-blocked' });
      return Promise.resolve();
    }
    this.#signOutQuietly();
    this.#set({ status: 'signing-in' });
    return new Promise<void>((resolve) => {
      const state = randomToken();
      const verifier = randomToken();
      const onMessage = (event: MessageEvent) => {
        const attempt = this.#attempt;
        if (!attempt || event.origin !== this.portalOrigin || event.source !== attempt.popup) return;
        const data = event.data as {
          type?: unknown;
          state?: unknown;
          code?: unknown;
          error?: unknown;
        } | null;
        if (!data || typeof data !== 'object' || data.type !== AUTHORIZATION_MESSAGE) return;
        if (data.state !== attempt.state) return;
        this.#finish();
        if (typeof data.code === 'string' && data.code) {
          void this.#exchange(data.code, attempt).then(resolve);
        } else if (data.error === 'access_denied') {
          // The reader cancelled on the portal's page.
          this.#set({ status: 'signed-out', problem: 'closed' });
          resolve();
        } else {
          this.#set({ status: 'error', problem: 'denied' });
          resolve();
        }
      };
      let grace: ReturnType<typeof setTimeout> | undefined;
      const closedPoll = setInterval(() => {
        if (!popup.closed || this.#attempt?.popup !== popup || grace) return;
        // Closed: ended by the reader, unless its answer arrives within the grace period.
        grace = setTimeout(() => {
          if (this.#attempt?.popup !== popup) return;
          this.#abandon();
          this.#set({ status: 'signed-out', problem: 'closed' });
        }, CLOSED_GRACE_MS);
      }, CLOSED_POLL_MS);
      globalThis.addEventListener('message', onMessage);
      this.#attempt = {
        popup,
        state,
        verifier,
        clientId: options.clientId,
        stop: () => {
          globalThis.removeEventListener('message', onMessage);
          clearInterval(closedPoll);
          clearTimeout(grace);
        },
        done: resolve,
      };
      void codeChallenge(verifier).then((challenge) => {
        if (this.#attempt?.popup !== popup) return;
        const url = new URL(`${this.api}/oauth/authorize`, globalThis.location?.href);
        url.search = new URLSearchParams({
          response_type: 'code',
          client_id: options.clientId,
          origin: pageOrigin(),
          code_challenge: challenge,
          code_challenge_method: 'S256',
          state,
          lang: options.lang,
        }).toString();
        popup.location.href = url.href;
      });
    });
  }

  /** Gives up the sign-in in progress and closes its popup. */
  cancel(): void {
    if (!this.#attempt) return;
    this.#generation++;
    this.#abandon();
    this.#set({ status: 'signed-out', problem: 'closed' });
  }

  /** Forgets the token: every widget of this portal on the page is signed out. */
  signOut(): void {
    this.#generation++;
    this.#abandon();
    this.#signOutQuietly();
    this.#set({ status: 'signed-out' });
  }

  /**
   * Takes an access token obtained elsewhere — the token endpoint's answer, or a fixture in
   * Storybook and tests. Kept in memory only.
   */
  accept(accessToken: string, expiresInSeconds: number): void {
    this.#signOutQuietly();
    const expiresAt = Date.now() + expiresInSeconds * 1000;
    this.#token = accessToken;
    // setTimeout cannot wait longer than 2^31 - 1 ms; `token` checks the time anyway.
    this.#expiryTimer = setTimeout(() => this.#expire(), Math.min(expiresInSeconds * 1000, 2 ** 31 - 1));
    this.#set({ status: 'signed-in', kind: kindOf(accessToken), expiresAt });
  }

  async #exchange(code: string, attempt: Attempt): Promise<void> {
    const generation = this.#generation;
    try {
      const response = await (this.#options.fetch ?? fetch)(`${this.api}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          code_verifier: attempt.verifier,
          client_id: attempt.clientId,
          origin: pageOrigin(),
        }),
        credentials: 'omit',
      });
      const body = (await response.json()) as TokenResponse;
      const token = body.access_token;
      const expiresIn = Number(body.expires_in);
      if (!response.ok || typeof token !== 'string' || !token || !(expiresIn > 0))
        throw new Error('no token');
      if (String(body.token_type).toLowerCase() !== 'bearer') throw new Error('not a bearer token');
      if (generation === this.#generation) this.accept(token, expiresIn);
    } catch {
      if (generation === this.#generation) this.#set({ status: 'error', problem: 'failed' });
    }
  }

  /** Ends the attempt: stops listening and closes the popup if it is still open. */
  #finish(): Attempt | undefined {
    const attempt = this.#attempt;
    if (!attempt) return undefined;
    this.#attempt = undefined;
    attempt.stop();
    if (!attempt.popup.closed) attempt.popup.close();
    return attempt;
  }

  /** Ends the attempt and settles its promise: nothing more will come of it. */
  #abandon(): void {
    this.#finish()?.done();
  }

  #signOutQuietly(): void {
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = undefined;
    this.#token = undefined;
  }

  #expire(): void {
    if (this.#state.status !== 'signed-in') return;
    this.#signOutQuietly();
    this.#set({ status: 'signed-out', problem: 'expired' });
  }

  #set(state: AuthState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }
}

const SESSIONS = Symbol.for('icra.sessions');

/**
 * The session of the portal at `api`, the same for every widget on the page (also across two
 * copies of the widgets, e.g. the bundle and an npm build). `options` apply when this call
 * creates it (Storybook and tests use them to stand in for the popup and the token endpoint).
 */
export function sessionFor(api: string, options?: SessionOptions): IcraSession {
  const registry = globalThis as typeof globalThis & { [SESSIONS]?: Map<string, IcraSession> };
  const sessions = registry[SESSIONS] ?? new Map<string, IcraSession>();
  registry[SESSIONS] = sessions;
  const key = api.replace(/\/+$/, '');
  let session = sessions.get(key);
  if (!session) {
    session = new IcraSession(key, options);
    sessions.set(key, session);
  }
  return session;
}
