/**
 * Sign-in fixtures for Storybook and unit tests: a session of the widgets' own kind, put in a given
 * state without a portal — its popup and token endpoint are stand-ins.
 *
 * ```ts
 * html`<icra-sign-in api=${signInFixtureApi('signed-in')} authority="guba"></icra-sign-in>`
 * ```
 */
import { createIcraClient, type IcraClient } from '@icra/sdk';
import { type AuthKind, type IcraSession, sessionFor } from '../core/auth.js';
import { FIXTURE_API } from '../news/fixtures.js';

/** The states a story or test can start a session in. */
export type SignInScenario =
  | 'signed-out'
  | 'signing-in'
  | 'signed-in'
  | 'popup-blocked'
  | 'closed'
  | 'expired';

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A token shaped like the portal's (header.payload.signature), unsigned; only `kind` matters here. */
export function fixtureToken(kind: AuthKind = 'citizen', sub = 'fixture'): string {
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub, kind, aud: 'icra-api' }));
  return `${header}.${payload}.fixture`;
}

/** A popup that stays open and goes nowhere. */
function standInPopup(): Window {
  const popup = { closed: false, location: { href: '' }, close: () => (popup.closed = true) };
  return popup as unknown as Window;
}

let count = 0;

/**
 * A new API base (under the fixture API, which never resolves) whose session is already in
 * `scenario`; give it to the widget's `api`. Every call makes a separate session.
 */
export function signInFixtureApi(scenario: SignInScenario, kind: AuthKind = 'citizen'): string {
  count += 1;
  const api = `${FIXTURE_API}/${scenario}-${count}`;
  const session: IcraSession = sessionFor(api, {
    open: () => (scenario === 'popup-blocked' ? null : standInPopup()),
    fetch: () => Promise.reject(new TypeError('fixture: no token endpoint')),
  });
  switch (scenario) {
    case 'signing-in':
    case 'popup-blocked':
      void session.signIn({ clientId: 'guba', lang: 'az' });
      break;
    case 'closed':
      void session.signIn({ clientId: 'guba', lang: 'az' });
      session.cancel();
      break;
    case 'signed-in':
      session.accept(fixtureToken(kind), 600);
      break;
    case 'expired':
      session.accept(fixtureToken(kind), 0.001);
      break;
  }
  return api;
}

/**
 * `GET /v1/me` of a Guba official (editor and moderator), for the fixtures of the staff widgets:
 * the sign-in control inside them names who is signed in. Undefined for any other request.
 */
export function staffMe(request: Request): Response | undefined {
  const url = new URL(request.url);
  if (request.method !== 'GET' || !url.pathname.endsWith('/v1/me')) return undefined;
  const lang = url.searchParams.get('lang') ?? 'az';
  const me = {
    kind: 'official',
    sub: 'staff:guba-moderator',
    official: { name: 'Nicat Şirinov', authority: 'guba', roles: ['editor', 'moderator'] },
    lang: lang === 'en' || lang === 'ru' ? lang : 'az',
  };
  return new Response(JSON.stringify(me), { headers: { 'content-type': 'application/json' } });
}

/** An SDK client on a staff fixture's `fetch`, sending the session's token (for the sign-in control). */
export function staffClient(api: string, fetch: typeof globalThis.fetch): IcraClient {
  return createIcraClient({ baseUrl: api, lang: 'az', token: () => sessionFor(api).token, fetch, retry: 0 });
}
