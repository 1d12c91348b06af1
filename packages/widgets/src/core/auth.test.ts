/**
 * The sign-in flow in Chromium with a real popup, against the stand-in portal the test server
 * serves on the page's own origin (test/fake-portal.ts), so that the test can post from inside the
 * popup as the portal's callback page does. The real portal is tested in test/sign-in-server.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { until } from '../../test/helpers.js';
import {
  approve,
  authorizeRequest,
  capturePopups,
  FAKE_PORTAL,
  ownClient,
  portalRequests,
  postFromPopup,
} from '../../test/oauth.js';
import {
  AUTHORIZATION_MESSAGE,
  AUTHORIZATION_RECEIVED,
  type AuthState,
  CLOSED_GRACE_MS,
  codeChallenge,
  IcraSession,
  RENEW_AHEAD_MS,
  sessionFor,
} from './auth.js';

const api = FAKE_PORTAL;
const { opened, block } = capturePopups();

// The page's own timer, also while a test fakes the clock: lets whatever is under way arrive.
const realSetTimeout = globalThis.setTimeout;
const settle = () => new Promise((resolve) => realSetTimeout(resolve, 150));

// Each test starts in a tab with nothing kept (test files run one after another in one tab).
beforeEach(() => sessionStorage.clear());

describe('IcraSession', () => {
  it('signs in through the popup with PKCE S256 and state, and keeps the session in this tab’s sessionStorage only', async () => {
    const session = new IcraSession(`${api}/`);
    const states: AuthState[] = [];
    session.subscribe((state) => states.push(state));
    const done = session.signIn({ clientId: 'ganja', lang: 'en' });
    expect(session.state.status).toBe('signing-in');
    expect(opened).toHaveLength(1);
    const popup = opened[0]!;
    const params = await authorizeRequest(popup);
    expect(Object.fromEntries(params)).toMatchObject({
      response_type: 'code',
      client_id: 'ganja',
      origin: location.origin,
      code_challenge_method: 'S256',
      lang: 'en',
    });
    const state = params.get('state')!;
    const challenge = params.get('code_challenge')!;
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);

    postFromPopup(popup, { type: AUTHORIZATION_MESSAGE, code: challenge, state, iss: api });
    await done;
    expect(session.state).toMatchObject({ status: 'signed-in', kind: 'citizen' });
    expect(session.state.expiresAt! - Date.now()).toBeGreaterThan(590_000);
    const token = session.token!;
    expect(token.split('.')).toHaveLength(3);
    await until(() => popup.closed);

    const request = (await (await fetch(`${api}/last-token-request`)).json()) as Record<string, string>;
    expect(request).toMatchObject({
      grant_type: 'authorization_code',
      code: challenge,
      client_id: 'ganja',
      origin: location.origin,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(await codeChallenge(request.code_verifier!)).toBe(challenge);
    expect(request.code_verifier).not.toBe(state);

    // In this tab's sessionStorage, never in localStorage or cookies.
    const lasting = [
      ...Object.keys(localStorage).map((key) => localStorage.getItem(key)),
      document.cookie,
    ].join('\n');
    expect(lasting).not.toContain(token);
    expect(sessionStorage.getItem(`icra:session:${api}`)).toContain(token);

    expect(states.map((s) => s.status)).toEqual(['signing-in', 'signed-in']);
    session.signOut();
    expect(session.token).toBeUndefined();
    expect(states.at(-1)).toEqual({ status: 'signed-out' });
    expect(sessionStorage.getItem(`icra:session:${api}`)).toBeNull();
  });

  it('ignores messages from another origin, from another window, of another type or with another state', async () => {
    const session = new IcraSession(api);
    const done = session.signIn({ clientId: 'ganja', lang: 'az' });
    const popup = opened[0]!;
    const params = await authorizeRequest(popup);
    const state = params.get('state')!;
    const code = params.get('code_challenge')!;
    const message = { type: AUTHORIZATION_MESSAGE, code, state, iss: api };

    // The right data and the popup as source, but not from the portal's origin.
    window.dispatchEvent(
      new MessageEvent('message', { data: message, origin: 'https://evil.example', source: popup }),
    );
    // The portal's origin, but not from the popup.
    window.postMessage(message, location.origin);
    // From the popup, but another state or another type.
    postFromPopup(popup, { ...message, state: 'x'.repeat(43) });
    postFromPopup(popup, { ...message, type: 'something-else' });
    postFromPopup(popup, 'icra:authorization');
    await settle();
    expect(session.state.status).toBe('signing-in');
    expect(session.token).toBeUndefined();

    postFromPopup(popup, message);
    await done;
    expect(session.state.status).toBe('signed-in');
    session.signOut();
  });

  it('says so when the popup is blocked', async () => {
    block();
    const session = new IcraSession(api);
    await session.signIn({ clientId: 'ganja', lang: 'en' });
    expect(session.state).toEqual({ status: 'error', problem: 'popup-blocked' });
  });

  it('ends signed out when the reader closes the popup or cancels', async () => {
    const session = new IcraSession(api);
    const first = session.signIn({ clientId: 'ganja', lang: 'en' });
    await authorizeRequest(opened[0]!);
    opened[0]!.close();
    await first;
    expect(session.state).toEqual({ status: 'signed-out', problem: 'closed' });

    const second = session.signIn({ clientId: 'ganja', lang: 'en' });
    session.cancel();
    await second;
    expect(opened[1]!.closed).toBe(true);
    expect(session.state).toEqual({ status: 'signed-out', problem: 'closed' });
  });

  it('a popup seen closed right after its answer left still signs in; with no answer, the closing ends it', async () => {
    // The reader closes the portal's page just as it posts the code; the two reach the page separately.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      const session = new IcraSession(api);
      const done = session.signIn({ clientId: 'ganja', lang: 'en' });
      const popup = opened[0]!;
      const params = await authorizeRequest(popup);
      popup.close();
      await until(() => popup.closed);
      vi.advanceTimersByTime(400);
      expect(session.state.status).toBe('signing-in');
      const data = {
        type: AUTHORIZATION_MESSAGE,
        iss: api,
        code: params.get('code_challenge'),
        state: params.get('state'),
      };
      window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: popup }));
      await done;
      expect(session.state).toMatchObject({ status: 'signed-in', kind: 'citizen' });

      const second = session.signIn({ clientId: 'ganja', lang: 'en' });
      await authorizeRequest(opened[1]!);
      opened[1]!.close();
      await until(() => opened[1]!.closed);
      // The closing is seen at the next look (every 400 ms, at a phase the waits above moved: vi.waitFor
      // advances fake timers), and the grace runs from there: still signing in a grace after the
      // close, whenever the look came; signed out once a look and a grace have surely passed.
      vi.advanceTimersByTime(CLOSED_GRACE_MS);
      expect(session.state.status).toBe('signing-in');
      vi.advanceTimersByTime(400);
      await second;
      expect(session.state).toEqual({ status: 'signed-out', problem: 'closed' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails when the portal refuses the code (a wrong verifier) or the client', async () => {
    const session = new IcraSession(api);
    const done = session.signIn({ clientId: 'ganja', lang: 'en' });
    const params = await authorizeRequest(opened[0]!);
    postFromPopup(opened[0]!, {
      type: AUTHORIZATION_MESSAGE,
      iss: api,
      code: 'not-the-challenge',
      state: params.get('state'),
    });
    await done;
    expect(session.state).toEqual({ status: 'error', problem: 'failed' });
    expect(session.token).toBeUndefined();

    const refused = session.signIn({ clientId: 'refused', lang: 'en' });
    const again = await authorizeRequest(opened[1]!);
    postFromPopup(opened[1]!, {
      type: AUTHORIZATION_MESSAGE,
      iss: api,
      code: again.get('code_challenge'),
      state: again.get('state'),
    });
    await refused;
    expect(session.state).toEqual({ status: 'error', problem: 'failed' });
  });

  it('reports an error the portal posts instead of a code; a cancel there ends signed out', async () => {
    const session = new IcraSession(api);
    const done = session.signIn({ clientId: 'ganja', lang: 'en' });
    const params = await authorizeRequest(opened[0]!);
    postFromPopup(opened[0]!, {
      type: AUTHORIZATION_MESSAGE,
      iss: api,
      error: 'server_error',
      state: params.get('state'),
    });
    await done;
    expect(session.state).toEqual({ status: 'error', problem: 'denied' });

    // Cancelling on the portal's page is the reader's choice, not an error.
    const cancelled = session.signIn({ clientId: 'ganja', lang: 'en' });
    const again = await authorizeRequest(opened[1]!);
    postFromPopup(opened[1]!, {
      type: AUTHORIZATION_MESSAGE,
      iss: api,
      error: 'access_denied',
      state: again.get('state'),
    });
    await cancelled;
    expect(session.state).toEqual({ status: 'signed-out', problem: 'closed' });
  });

  it('refuses an answer naming another issuer (RFC 9207): its code goes nowhere', async () => {
    const session = new IcraSession(api);
    const clientId = ownClient();
    const done = session.signIn({ clientId, lang: 'en' });
    const params = await authorizeRequest(opened[0]!);
    postFromPopup(opened[0]!, {
      type: AUTHORIZATION_MESSAGE,
      iss: 'https://elsewhere.example',
      code: params.get('code_challenge'),
      state: params.get('state'),
    });
    await done;
    expect(session.state).toEqual({ status: 'error', problem: 'denied' });
    expect(session.token).toBeUndefined();
    expect(await portalRequests(clientId)).toEqual([]);
  });

  it('asks for openid and the scopes the widgets want, as they come and go, at the next sign-in', async () => {
    const session = new IcraSession(api);
    const editor = {};
    const desk = {};
    const unwantEditor = session.want(editor, ['news:edit']);
    session.want(desk, ['services:process', 'news:edit']);
    void session.signIn({ clientId: 'ganja', lang: 'en' });
    const params = await authorizeRequest(opened[0]!);
    expect(params.get('scope')).toBe('news:edit openid services:process');
    expect(params.get('response_mode')).toBe('web_message');
    unwantEditor();
    session.want(desk, []);
    expect(session.scope).toBe('openid');
    session.cancel();
  });

  it('signs out when the token expires', async () => {
    const session = new IcraSession(api);
    // A portal that gives no refresh token: nothing to renew with.
    const done = session.signIn({ clientId: 'short-lived-no-refresh', lang: 'en' });
    const params = await authorizeRequest(opened[0]!);
    postFromPopup(opened[0]!, {
      type: AUTHORIZATION_MESSAGE,
      iss: api,
      code: params.get('code_challenge'),
      state: params.get('state'),
    });
    await done;
    expect(session.state.status).toBe('signed-in');
    const states: AuthState[] = [];
    session.subscribe((state) => states.push(state));
    await until(() => session.state.status === 'signed-out', 3000);
    expect(session.state).toEqual({ status: 'signed-out', problem: 'expired' });
    expect(session.token).toBeUndefined();
    expect(states).toEqual([{ status: 'signed-out', problem: 'expired' }]);
  });

  it('is one per portal on the page, and its client sends the token', async () => {
    expect(sessionFor(`${api}/`)).toBe(sessionFor(api));
    expect(sessionFor(api)).not.toBe(sessionFor(`${location.origin}/other`));
    const session = sessionFor(api);
    const seen: (string | null)[] = [];
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      seen.push(new Request(input).headers.get('authorization'));
      return new Response('{"status":"ok","database":"pglite"}', {
        headers: { 'content-type': 'application/json' },
      });
    });
    try {
      await session.client('en').getHealth();
      session.accept('a.b.c', 600);
      await session.client('en').getHealth();
      session.signOut();
      await session.client('en').getHealth();
    } finally {
      fetchSpy.mockRestore();
    }
    expect(seen).toEqual([null, 'Bearer a.b.c', null]);
  });
});

/** Signs `session` in through the popup as the stand-in portal's callback page would. */
async function signInWith(session: IcraSession, clientId: string): Promise<void> {
  const done = session.signIn({ clientId, lang: 'en' });
  await approve(opened.at(-1)!);
  await done;
  expect(session.state.status).toBe('signed-in');
}

/** How many times the token was renewed, as the stand-in portal's access token counts it. */
function renewals(session: IcraSession): number | undefined {
  const token = session.token;
  if (!token) return undefined;
  return (JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { n: number }).n;
}

const grants = async (clientId: string) =>
  (await portalRequests(clientId)).filter((r) => r.path === '/oauth/token').map((r) => r.form);

/** The sessionStorage of another tab. */
function otherTabStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
}

const LIFETIME_MS = 600_000;
const RENEW_AT_MS = LIFETIME_MS - RENEW_AHEAD_MS;

describe('IcraSession: a sign-in that lasts', () => {
  it('acknowledges the portal page’s message to the portal’s exact origin, then closes the popup itself', async () => {
    const session = new IcraSession(api);
    const done = session.signIn({ clientId: ownClient(), lang: 'en' });
    const popup = opened[0]!;
    const params = await authorizeRequest(popup);
    const acks: Array<{ data: unknown; target: unknown; closed: boolean }> = [];
    const post = popup.postMessage.bind(popup);
    (popup as { postMessage: (data: unknown, target: string) => void }).postMessage = (data, target) => {
      acks.push({ data, target, closed: popup.closed });
      post(data, target);
    };
    const state = params.get('state')!;
    postFromPopup(popup, {
      type: AUTHORIZATION_MESSAGE,
      code: params.get('code_challenge'),
      state,
      iss: api,
    });
    await done;
    expect(acks).toEqual([
      { data: { type: AUTHORIZATION_RECEIVED, state }, target: location.origin, closed: false },
    ]);
    expect(popup.closed).toBe(true);
    expect(session.state.status).toBe('signed-in');
    await session.signOut();
  });

  it('lasts across a page change or a reload in this tab: the next page’s session starts signed in', async () => {
    const first = new IcraSession(api);
    await signInWith(first, ownClient());
    const token = first.token;
    // What the next page of the site (or the reloaded page) makes at startup, on the same storage.
    const next = new IcraSession(`${api}/`);
    expect(next.state).toMatchObject({
      status: 'signed-in',
      kind: 'citizen',
      expiresAt: first.state.expiresAt,
    });
    expect(next.token).toBe(token);
    // Another portal's session is not this one.
    expect(new IcraSession(`${location.origin}/other-portal`).state.status).toBe('signed-out');
    await next.signOut();
    expect(sessionStorage.getItem(`icra:session:${api}`)).toBeNull();
    expect(new IcraSession(api).state.status).toBe('signed-out');
  });

  it('renews the token shortly before it expires while the person is active, rotating the refresh token', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const clientId = ownClient();
      const session = new IcraSession(api);
      await signInWith(session, clientId);
      const signedInAt = Date.now();
      vi.advanceTimersByTime(RENEW_AT_MS - 1);
      await settle();
      expect(await grants(clientId)).toHaveLength(1);
      vi.advanceTimersByTime(1);
      await until(() => renewals(session) === 1);
      // (Waiting moves the fake clock on a little: `until` polls with it.)
      expect(session.state.status).toBe('signed-in');
      expect(session.state.expiresAt! - Date.now()).toBeGreaterThan(LIFETIME_MS - 1_000);
      // Active again (a key press): renewed again, with the refresh token of the last answer.
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      vi.advanceTimersByTime(RENEW_AT_MS);
      await until(() => renewals(session) === 2);
      // Well past the first token's expiry, still signed in.
      expect(Date.now() - signedInAt).toBeGreaterThan(LIFETIME_MS);
      expect(session.state.status).toBe('signed-in');
      const [code, first, second] = await grants(clientId);
      expect(code!.grant_type).toBe('authorization_code');
      expect(first).toMatchObject({
        grant_type: 'refresh_token',
        client_id: clientId,
        origin: location.origin,
      });
      expect(second!.grant_type).toBe('refresh_token');
      expect(second!.refresh_token).not.toBe(first!.refresh_token);
      // Kept for the next page: the renewed token.
      expect(sessionStorage.getItem(`icra:session:${api}`)).toContain(session.token!);
      await session.signOut();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not renew while the person is idle: renews on their next activity, or lets the token expire', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const clientId = ownClient();
      const session = new IcraSession(api);
      await signInWith(session, clientId);
      vi.advanceTimersByTime(RENEW_AT_MS);
      await until(() => renewals(session) === 1);
      // Idle since that renewal: its time comes and goes.
      vi.advanceTimersByTime(RENEW_AT_MS + 1_000);
      await settle();
      expect(await grants(clientId)).toHaveLength(2);
      // A click before the expiry renews at once.
      document.dispatchEvent(new PointerEvent('pointerdown'));
      await until(() => renewals(session) === 2);
      // Idle again, up to the expiry: signed out, nothing kept.
      vi.advanceTimersByTime(LIFETIME_MS);
      await settle();
      expect(session.state).toEqual({ status: 'signed-out', problem: 'expired' });
      expect(session.token).toBeUndefined();
      expect(await grants(clientId)).toHaveLength(3);
      expect(sessionStorage.getItem(`icra:session:${api}`)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('signs out with "expired" when the portal refuses the renewal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const clientId = ownClient('refresh-refused');
      const session = new IcraSession(api);
      await signInWith(session, clientId);
      vi.advanceTimersByTime(RENEW_AT_MS);
      await until(() => session.state.status === 'signed-out');
      expect(session.state).toEqual({ status: 'signed-out', problem: 'expired' });
      expect(sessionStorage.getItem(`icra:session:${api}`)).toBeNull();
      expect((await grants(clientId)).map((g) => g.grant_type)).toEqual([
        'authorization_code',
        'refresh_token',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a sign-out in one tab signs the other tabs out at once, and revokes every refresh token at the portal', async () => {
    const clientId = ownClient();
    const here = new IcraSession(api);
    await signInWith(here, clientId);
    const otherStorage = otherTabStorage();
    const otherTab = new IcraSession(api, { storage: otherStorage });
    await signInWith(otherTab, clientId);
    const [, hereGrant, otherGrant] = (await portalRequests(clientId)).map((r) => r.form);
    expect(hereGrant).toBeDefined();
    expect(otherGrant).toBeUndefined();
    const stored = (storage: Storage) =>
      JSON.parse(storage.getItem(`icra:session:${api}`) ?? '{}') as { refreshToken?: string };
    const hereRefresh = stored(sessionStorage).refreshToken;
    const otherRefresh = stored(otherStorage).refreshToken;
    expect(hereRefresh).not.toBe(otherRefresh);

    await here.signOut();
    await until(() => otherTab.state.status === 'signed-out');
    expect(otherTab.state).toEqual({ status: 'signed-out' });
    expect(otherTab.token).toBeUndefined();
    expect(otherStorage.getItem(`icra:session:${api}`)).toBeNull();
    await vi.waitFor(async () =>
      expect((await portalRequests(clientId)).filter((r) => r.path === '/oauth/revoke')).toHaveLength(2),
    );
    const revoked = (await portalRequests(clientId))
      .filter((r) => r.path === '/oauth/revoke')
      .map((r) => r.form);
    expect(revoked.map((r) => r.token).sort()).toEqual([hereRefresh, otherRefresh].sort());
    expect(revoked[0]).toMatchObject({
      token_type_hint: 'refresh_token',
      client_id: clientId,
      origin: location.origin,
    });
  });

  it('a duplicated tab (a copy of sessionStorage) or a second copy of the widgets renews the chain once, never replaying a rotated token', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const clientId = ownClient();
      const original = new IcraSession(api);
      await signInWith(original, clientId);
      // Holds the very same refresh token, as a duplicated tab or another copy of the bundle would.
      const copy = new IcraSession(api);
      expect(copy.token).toBe(original.token);
      vi.advanceTimersByTime(RENEW_AT_MS);
      await until(() => renewals(original) === 1 && renewals(copy) === 1);
      expect(copy.token).toBe(original.token);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      vi.advanceTimersByTime(RENEW_AT_MS);
      await until(() => renewals(original) === 2 && renewals(copy) === 2);
      await settle();
      const refreshes = (await grants(clientId)).filter((g) => g.grant_type === 'refresh_token');
      expect(refreshes).toHaveLength(2);
      expect(refreshes[0]!.refresh_token).not.toBe(refreshes[1]!.refresh_token);
      expect(original.state.status).toBe('signed-in');
      expect(copy.state.status).toBe('signed-in');
      await original.signOut();
      await until(() => copy.state.status === 'signed-out');
    } finally {
      vi.useRealTimers();
    }
  });
});
