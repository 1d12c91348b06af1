/**
 * The sign-in flow in Chromium with a real popup, against the stand-in portal the test server
 * serves on the page's own origin (test/fake-portal.ts), so that the test can post from inside the
 * popup as the portal's callback page does. The real portal is tested in test/sign-in-server.
 */
import { describe, expect, it, vi } from 'vitest';
import { until } from '../../test/helpers.js';
import { authorizeRequest, capturePopups, FAKE_PORTAL, postFromPopup } from '../../test/oauth.js';
import { AUTHORIZATION_MESSAGE, type AuthState, codeChallenge, IcraSession, sessionFor } from './auth.js';

const api = FAKE_PORTAL;
const { opened, block } = capturePopups();

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('IcraSession', () => {
  it('signs in through the popup with PKCE S256 and state, and keeps the token in memory only', async () => {
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

    postFromPopup(popup, { type: AUTHORIZATION_MESSAGE, code: challenge, state });
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

    // Memory only: nothing in the page's storage or cookies.
    const stored = [
      ...Object.keys(localStorage).map((key) => localStorage.getItem(key)),
      ...Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key)),
      document.cookie,
    ].join('\n');
    expect(stored).not.toContain(token);

    expect(states.map((s) => s.status)).toEqual(['signing-in', 'signed-in']);
    session.signOut();
    expect(session.token).toBeUndefined();
    expect(states.at(-1)).toEqual({ status: 'signed-out' });
  });

  it('ignores messages from another origin, from another window, of another type or with another state', async () => {
    const session = new IcraSession(api);
    const done = session.signIn({ clientId: 'ganja', lang: 'az' });
    const popup = opened[0]!;
    const params = await authorizeRequest(popup);
    const state = params.get('state')!;
    const code = params.get('code_challenge')!;
    const message = { type: AUTHORIZATION_MESSAGE, code, state };

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

  it('a popup seen closed before its answer arrives still signs in; with no answer, the closing ends it', async () => {
    // The portal's page posts the code and closes itself; the two reach the page separately.
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
      vi.advanceTimersByTime(400);
      vi.advanceTimersByTime(1_000);
      expect(session.state.status).toBe('signing-in');
      vi.advanceTimersByTime(600);
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
      error: 'access_denied',
      state: again.get('state'),
    });
    await cancelled;
    expect(session.state).toEqual({ status: 'signed-out', problem: 'closed' });
  });

  it('signs out when the token expires', async () => {
    const session = new IcraSession(api);
    const done = session.signIn({ clientId: 'short-lived', lang: 'en' });
    const params = await authorizeRequest(opened[0]!);
    postFromPopup(opened[0]!, {
      type: AUTHORIZATION_MESSAGE,
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
