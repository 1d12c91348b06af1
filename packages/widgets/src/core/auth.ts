import { createIcraClient, type IcraClient, type Lang, type MeKind, meKindValues } from '@icra/sdk';

/**
 * Sign-in for widgets on an authority's site, without third-party cookies: OAuth 2.0
 * authorization code with PKCE (S256) in a popup on the portal's origin. The portal's callback
 * page posts `{ type: 'icra:authorization', code, state, iss }` to this page's exact origin (the
 * portal's response mode `web_message`); this page acknowledges it (`icra:authorization-received`,
 * to the portal's exact origin) and closes the popup, so the popup never closes before its message
 * was taken. A message whose `iss` (RFC 9207) is not the portal's API base, the issuer this page
 * signs in with, is refused: its code is never sent anywhere. The code is exchanged at
 * `POST /oauth/token` for a short-lived access token and a refresh token.
 *
 * The sign-in asks for `openid` and the scopes the widgets on the page want (staff widgets say so
 * through their {@link SessionController}: the news editor `news:edit`, the moderation desk
 * `participation:moderate`, the service desk `services:process`, the reception desk
 * `reception:schedule`); the portal grants of them only
 * what the person's roles allow. What is wanted is read when the sign-in starts, and nothing else
 * about the session changes for it.
 *
 * The session lasts across the pages of one site and reloads in the same tab: it is kept in this
 * tab's sessionStorage (per portal API base; never localStorage, never cookies), so a widget's
 * first render after a page change is already signed in. While the person is active on the page
 * (pointer, keys, the tab shown), the access token is renewed shortly before it expires with the
 * refresh token, which the portal rotates on every use; idle, it is let expire. Signing out in one
 * tab signs out every tab of this site at once (BroadcastChannel) and revokes the refresh token at
 * the portal, which ends the portal session too. What this means against XSS on the host page:
 * packages/server/docs/session-security.md.
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
 * - `expired` — the token ran out (10 minutes without activity on the page) or could not be
 *   renewed: signed out, sign in again (the portal remembers who signed in, so no second choice).
 */
export type AuthProblem = 'popup-blocked' | 'closed' | 'denied' | 'failed' | 'expired';

/** Who signed in, as the token says (the `kind` of the portal's `Me`); no personal data. */
export type AuthKind = MeKind;

export interface AuthState {
  readonly status: AuthStatus;
  /** Set with `error`, and with `signed-out` after an expiry or a closed popup. */
  readonly problem?: AuthProblem | undefined;
  /** The `kind` claim of the token, when signed in. */
  readonly kind?: AuthKind | undefined;
  /** When the token stops working (ms since the epoch), when signed in; renewals move it on. */
  readonly expiresAt?: number | undefined;
  /** When this sign-in began (ms since the epoch), when signed in: the same across its renewals. */
  readonly since?: number | undefined;
}

export interface SignInOptions {
  /** The authority whose site this is: the OAuth `client_id`. */
  clientId: string;
  /** The language of the portal's sign-in pages. */
  lang: Lang;
  /** `login`: ask who signs in even if the portal remembers someone ("sign in as someone else"). */
  prompt?: 'login' | undefined;
}

interface TokenResponse {
  access_token?: unknown;
  token_type?: unknown;
  expires_in?: unknown;
  refresh_token?: unknown;
}

/** The message type the portal's callback page posts to the opener. */
export const AUTHORIZATION_MESSAGE = 'icra:authorization';
/** The opener's answer to the callback page: the code was taken, the popup may go. */
export const AUTHORIZATION_RECEIVED = 'icra:authorization-received';

/** OpenID Connect's scope: every sign-in asks for it. */
export const OPENID_SCOPE = 'openid';
const POPUP_NAME = 'icra-sign-in';
const POPUP_FEATURES = 'popup=yes,width=520,height=680';
/** How often to look whether the reader closed the popup. */
const CLOSED_POLL_MS = 400;
/**
 * How long a popup seen closed may still have its answer on the way. The portal's page waits for
 * this page's acknowledgement and this page closes it, so a popup seen closed was closed by the
 * reader; a reader closing it right after its message left must not lose the sign-in.
 */
export const CLOSED_GRACE_MS = 500;
/** How long before the access token's expiry it is renewed (at most half its lifetime). */
export const RENEW_AHEAD_MS = 60_000;
/** What a person does that counts as being active on the page (and the tab shown). */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'visibilitychange'] as const;

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
  const kind = claimsOf(token)?.kind;
  return meKindValues.find((known) => known === kind);
}

/**
 * The claims of a JWT, read without verifying (the portal verifies): to label the UI and key the
 * person's own drafts, never to decide anything. Undefined when it is not a JWT.
 */
export function claimsOf(token: string | undefined): Record<string, unknown> | undefined {
  try {
    const payload = token?.split('.')[1];
    if (!payload) return undefined;
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return claims !== null && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
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
  /** Where the session is kept for this tab. Default: `sessionStorage`; null: memory only. */
  storage?: Storage | null;
}

/** What is kept in the tab's sessionStorage for one portal. */
interface StoredSession {
  v: 1;
  accessToken: string;
  expiresAt: number;
  /** The access token's lifetime, ms: when to renew is reckoned from it. */
  lifetime: number;
  refreshToken?: string | undefined;
  clientId: string;
  origin: string;
  /**
   * This sign-in's chain of refresh tokens, a random id of the page's own: tabs that hold the same
   * chain (a duplicated tab copies sessionStorage) renew it one at a time (a Web Lock by this name)
   * and hand each other the new tokens, so neither replays a rotated token.
   */
  chain: string;
  /** When the sign-in began. */
  since: number;
}

function storageKey(api: string): string {
  return `icra:session:${api}`;
}

function readStored(storage: Storage | null, api: string): StoredSession | undefined {
  try {
    const value = JSON.parse(storage?.getItem(storageKey(api)) ?? 'null') as Partial<StoredSession> | null;
    if (
      value?.v === 1 &&
      typeof value.accessToken === 'string' &&
      typeof value.expiresAt === 'number' &&
      typeof value.lifetime === 'number' &&
      typeof value.clientId === 'string' &&
      typeof value.origin === 'string' &&
      typeof value.chain === 'string' &&
      typeof value.since === 'number' &&
      (value.refreshToken === undefined || typeof value.refreshToken === 'string')
    ) {
      return value as StoredSession;
    }
  } catch {
    // Unreadable (storage disabled, or not ours): no session.
  }
  return undefined;
}

/** What tabs of this site tell each other about a portal's session. */
type ChannelMessage =
  | { type: 'signed-out' }
  | { type: 'renewed'; session: StoredSession }
  | { type: 'ended'; chain: string };

function defaultStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
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
  /** What is kept in the tab's storage, while signed in through the token endpoint. */
  #stored: StoredSession | undefined;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  #renewTimer: ReturnType<typeof setTimeout> | undefined;
  /** The person did something on the page since the last renewal (or the sign-in). */
  #active = false;
  /** The renewal time came while the person was idle: renew on their next activity. */
  #renewDue = false;
  #renewing: Promise<void> | undefined;
  /** This tab renews the chain (it holds its Web Lock); other holders of the chain follow. */
  #leader = false;
  #releaseLock: (() => void) | undefined;
  #revoking: Promise<void> | undefined;
  #attempt: Attempt | undefined;
  #listeners = new Set<(state: AuthState) => void>();
  #clients = new Map<Lang, IcraClient>();
  /** The scopes each widget of the page wants (its key), asked for at the next sign-in. */
  #wanted = new Map<object, readonly string[]>();
  /** Bumped by every sign-in, cancel and sign-out, so a late token answer cannot sign in again. */
  #generation = 0;
  #channel: BroadcastChannel | undefined;

  #options: SessionOptions;
  #storage: Storage | null;

  constructor(api: string, options: SessionOptions = {}) {
    this.#options = options;
    this.api = api.replace(/\/+$/, '');
    this.portalOrigin = new URL(this.api, globalThis.location?.href).origin;
    this.#storage = options.storage === undefined ? defaultStorage() : options.storage;
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`icra-session:${this.api}`);
      this.#channel.onmessage = (event: MessageEvent<ChannelMessage>) => this.#hear(event.data);
    }
    for (const type of ACTIVITY_EVENTS) globalThis.document?.addEventListener(type, this.#onActivity, true);
    this.#restore();
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
   * Says that `owner` (a widget) wants these scopes of the next sign-in, until the returned function
   * is called. Changes nothing now: a sign-in in progress or done keeps what it asked for.
   */
  want(owner: object, scopes: readonly string[]): () => void {
    this.#wanted.set(owner, scopes);
    return () => {
      if (this.#wanted.get(owner) === scopes) this.#wanted.delete(owner);
    };
  }

  /** The `scope` a sign-in asks for now: `openid` and what the widgets of the page want. */
  get scope(): string {
    return [...new Set([OPENID_SCOPE, ...[...this.#wanted.values()].flat()])].sort().join(' ');
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
    this.#forget();
    this.#set({ status: 'signing-in' });
    const scope = this.scope;
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
          iss?: unknown;
        } | null;
        if (!data || typeof data !== 'object' || data.type !== AUTHORIZATION_MESSAGE) return;
        if (data.state !== attempt.state) return;
        // Taken: the portal's page may go, and this page closes it.
        attempt.popup.postMessage({ type: AUTHORIZATION_RECEIVED, state: attempt.state }, this.portalOrigin);
        this.#finish();
        if (data.iss !== this.api) {
          // RFC 9207: the answer of another issuer (a mix-up), whatever it carries, is not this sign-in's.
          this.#set({ status: 'error', problem: 'denied' });
          resolve();
        } else if (typeof data.code === 'string' && data.code) {
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
        // Closed by the reader, unless its answer was already on the way.
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
      // A sign-out just before must have ended the portal session first, or the popup would sign
      // the person straight back in.
      void Promise.all([codeChallenge(verifier), this.#revoking]).then(([challenge]) => {
        if (this.#attempt?.popup !== popup) return;
        const url = new URL(`${this.api}/oauth/authorize`, globalThis.location?.href);
        url.search = new URLSearchParams({
          response_type: 'code',
          client_id: options.clientId,
          origin: pageOrigin(),
          code_challenge: challenge,
          code_challenge_method: 'S256',
          state,
          scope,
          response_mode: 'web_message',
          lang: options.lang,
          ...(options.prompt ? { prompt: options.prompt } : {}),
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

  /**
   * Signs out every widget of this portal on the page and in every other tab of this site, and
   * revokes the refresh token at the portal (which ends the portal session it came from, so the
   * popup asks again). Resolves when the portal has answered (never rejects).
   */
  signOut(): Promise<void> {
    this.#generation++;
    this.#abandon();
    const revoking = this.#endHere();
    this.#post({ type: 'signed-out' });
    this.#set({ status: 'signed-out' });
    return revoking;
  }

  /**
   * The portal refused the token (a 401): forgets the session in this tab, without revoking
   * anything (the refusal may be the portal's own doing), so signing in again needs no choice.
   */
  drop(): void {
    this.#generation++;
    this.#abandon();
    this.#forget();
    this.#set({ status: 'signed-out' });
  }

  /**
   * Takes an access token obtained elsewhere — a fixture in Storybook and tests. Kept in memory
   * only, with no renewal: it is signed out when the token expires.
   */
  accept(accessToken: string, expiresInSeconds: number): void {
    this.#forget();
    this.#take(accessToken, Date.now() + expiresInSeconds * 1000, Date.now());
  }

  async #exchange(code: string, attempt: Attempt): Promise<void> {
    const generation = this.#generation;
    try {
      const origin = pageOrigin();
      const body = await this.#tokenRequest({
        grant_type: 'authorization_code',
        code,
        code_verifier: attempt.verifier,
        client_id: attempt.clientId,
        origin,
      });
      if (generation !== this.#generation) return;
      this.#active = true;
      this.#keep({
        v: 1,
        accessToken: body.accessToken,
        expiresAt: Date.now() + body.expiresIn * 1000,
        lifetime: body.expiresIn * 1000,
        refreshToken: body.refreshToken,
        clientId: attempt.clientId,
        origin,
        chain: randomToken(),
        since: Date.now(),
      });
    } catch {
      if (generation === this.#generation) this.#set({ status: 'error', problem: 'failed' });
    }
  }

  async #tokenRequest(
    form: Record<string, string>,
  ): Promise<{ accessToken: string; expiresIn: number; refreshToken: string | undefined }> {
    const response = await (this.#options.fetch ?? fetch)(`${this.api}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form),
      credentials: 'omit',
    });
    const body = (await response.json()) as TokenResponse;
    const token = body.access_token;
    const expiresIn = Number(body.expires_in);
    if (!response.ok || typeof token !== 'string' || !token || !(expiresIn > 0)) throw new Error('no token');
    if (String(body.token_type).toLowerCase() !== 'bearer') throw new Error('not a bearer token');
    const refreshToken =
      typeof body.refresh_token === 'string' && body.refresh_token ? body.refresh_token : undefined;
    return { accessToken: token, expiresIn, refreshToken };
  }

  /** Signed in with a session of the token endpoint: kept in the tab, renewed while active. */
  #keep(session: StoredSession): void {
    const sameChain = this.#stored?.chain === session.chain;
    if (!sameChain) this.#forget();
    this.#stored = session;
    try {
      this.#storage?.setItem(storageKey(this.api), JSON.stringify(session));
    } catch {
      // Storage full or disabled: the session lasts for this page only.
    }
    if (!sameChain) this.#lead(session.chain);
    this.#take(session.accessToken, session.expiresAt, session.since);
    this.#scheduleRenewal(session);
  }

  /** Takes an access token until `expiresAt`: signed in, and signed out when it expires. */
  #take(accessToken: string, expiresAt: number, since: number): void {
    clearTimeout(this.#expiryTimer);
    this.#token = accessToken;
    // setTimeout cannot wait longer than 2^31 - 1 ms; `token` checks the time anyway.
    this.#expiryTimer = setTimeout(() => this.#expire(), Math.min(expiresAt - Date.now(), 2 ** 31 - 1));
    this.#set({ status: 'signed-in', kind: kindOf(accessToken), expiresAt, since });
  }

  /** The session this tab kept before a reload or a page change of the site, if it is still of use. */
  #restore(): void {
    const stored = readStored(this.#storage, this.api);
    if (!stored || stored.origin !== pageOrigin()) return;
    // Coming to a page is being active on it.
    this.#active = true;
    if (stored.expiresAt > Date.now()) {
      this.#keep(stored);
    } else if (stored.refreshToken) {
      this.#stored = stored;
      this.#lead(stored.chain);
      this.#set({ status: 'signing-in' });
      void this.#renew();
    } else {
      this.#clearStorage();
    }
  }

  #scheduleRenewal(session: StoredSession): void {
    clearTimeout(this.#renewTimer);
    this.#renewDue = false;
    if (!session.refreshToken) return;
    const ahead = Math.min(RENEW_AHEAD_MS, session.lifetime / 2);
    const wait = Math.max(0, session.expiresAt - ahead - Date.now());
    this.#renewTimer = setTimeout(
      () => {
        if (this.#active) void this.#renew();
        else this.#renewDue = true;
      },
      Math.min(wait, 2 ** 31 - 1),
    );
  }

  #onActivity = (event: Event): void => {
    if (event.type === 'visibilitychange' && globalThis.document?.visibilityState !== 'visible') return;
    this.#active = true;
    if (this.#renewDue && this.token) void this.#renew();
  };

  /**
   * Renews the access token with the refresh token, if this tab leads the chain; a tab that
   * follows gets the new tokens from the leader. A refusal signs out with `expired`.
   */
  #renew(): Promise<void> {
    if (!this.#leader) {
      // Due here too: should this tab come to lead the chain (the leader's tab closed), it renews.
      this.#renewDue = true;
      return Promise.resolve();
    }
    this.#renewDue = false;
    this.#renewing ??= (async () => {
      const stored = this.#stored;
      const generation = this.#generation;
      if (!stored?.refreshToken) return;
      this.#active = false;
      try {
        const body = await this.#tokenRequest({
          grant_type: 'refresh_token',
          refresh_token: stored.refreshToken,
          client_id: stored.clientId,
          origin: stored.origin,
        });
        if (generation !== this.#generation || this.#stored?.chain !== stored.chain) return;
        const next: StoredSession = {
          ...stored,
          accessToken: body.accessToken,
          expiresAt: Date.now() + body.expiresIn * 1000,
          lifetime: body.expiresIn * 1000,
          refreshToken: body.refreshToken,
        };
        this.#keep(next);
        this.#post({ type: 'renewed', session: next });
      } catch {
        if (generation !== this.#generation || this.#stored?.chain !== stored.chain) return;
        this.#post({ type: 'ended', chain: stored.chain });
        this.#forget();
        this.#set({ status: 'signed-out', problem: 'expired' });
      }
    })().finally(() => {
      this.#renewing = undefined;
    });
    return this.#renewing;
  }

  /** Takes the chain's Web Lock: whoever holds it renews; the others wait their turn. */
  #lead(chain: string): void {
    this.#leader = false;
    const locks = globalThis.navigator?.locks;
    if (!locks) {
      this.#leader = true;
      return;
    }
    void locks
      .request(
        `icra-session:${this.api}:${chain}`,
        () =>
          new Promise<void>((release) => {
            if (this.#stored?.chain !== chain) return release();
            this.#leader = true;
            this.#releaseLock = release;
            // Due while another tab led: renew now.
            if (this.#state.status === 'signing-in' || (this.#renewDue && this.#active)) void this.#renew();
          }),
      )
      .catch(() => {});
  }

  #hear(message: ChannelMessage): void {
    if (!message || typeof message !== 'object') return;
    if (message.type === 'signed-out') {
      if (this.#state.status === 'signed-in' || this.#stored) {
        this.#generation++;
        this.#abandon();
        void this.#endHere();
        this.#set({ status: 'signed-out' });
      }
    } else if (message.type === 'renewed' && message.session?.chain === this.#stored?.chain) {
      this.#keep(message.session);
    } else if (message.type === 'ended' && message.chain === this.#stored?.chain) {
      this.#forget();
      this.#set({ status: 'signed-out', problem: 'expired' });
    }
  }

  #post(message: ChannelMessage): void {
    this.#channel?.postMessage(message);
  }

  /** Forgets the session here and revokes its refresh token at the portal. */
  #endHere(): Promise<void> {
    const stored = this.#stored;
    this.#forget();
    if (!stored?.refreshToken) return this.#revoking ?? Promise.resolve();
    const revoking = (this.#options.fetch ?? fetch)(`${this.api}/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: stored.refreshToken,
        token_type_hint: 'refresh_token',
        client_id: stored.clientId,
        origin: stored.origin,
      }),
      credentials: 'omit',
      // Sent even when the page goes away right after (a sign-out link that navigates).
      keepalive: true,
    }).then(
      () => undefined,
      () => undefined,
    );
    const all = Promise.all([this.#revoking, revoking]).then(() => undefined);
    this.#revoking = all;
    void all.then(() => {
      if (this.#revoking === all) this.#revoking = undefined;
    });
    return all;
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

  #clearStorage(): void {
    try {
      this.#storage?.removeItem(storageKey(this.api));
    } catch {
      // Nothing kept.
    }
  }

  /** Drops the token, the kept session and the timers (the state is left to the caller). */
  #forget(): void {
    clearTimeout(this.#expiryTimer);
    clearTimeout(this.#renewTimer);
    this.#expiryTimer = undefined;
    this.#renewTimer = undefined;
    this.#renewDue = false;
    this.#token = undefined;
    if (this.#stored) this.#clearStorage();
    this.#stored = undefined;
    this.#leader = false;
    this.#releaseLock?.();
    this.#releaseLock = undefined;
  }

  #expire(): void {
    if (this.#state.status !== 'signed-in') return;
    // Idle: the refresh token is dropped here, unused (the portal lets it lapse); the portal
    // session stays, so signing in again needs no second choice.
    this.#forget();
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
