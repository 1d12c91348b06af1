import { afterEach, beforeEach } from 'vitest';
import { AUTHORIZATION_MESSAGE } from '../src/core/auth.js';
import { until } from './helpers.js';

/** The stand-in portal of test/fake-portal.ts, on the test page's own origin. */
export const FAKE_PORTAL = `${location.origin}/fake-portal`;

/**
 * Records every window the code under test opens (and closes them after each test). `block()`
 * makes `window.open` return null, as a popup blocker does, until the end of the test.
 */
export function capturePopups(): { opened: Window[]; block: () => void } {
  const opened: Window[] = [];
  const realOpen = window.open;
  beforeEach(() => {
    opened.length = 0;
    window.open = (...args: Parameters<typeof window.open>) => {
      const popup = realOpen.apply(window, args);
      if (popup) opened.push(popup);
      return popup;
    };
  });
  afterEach(() => {
    window.open = realOpen;
    for (const popup of opened) popup.close();
  });
  return {
    opened,
    block: () => {
      window.open = () => null;
    },
  };
}

/** Runs `opener.postMessage(data, targetOrigin)` inside the popup, as the portal's callback page does. */
export function postFromPopup(popup: Window, data: unknown, targetOrigin = location.origin): void {
  const run = new (popup as Window & typeof globalThis).Function(
    'data',
    'target',
    'window.opener.postMessage(data, target)',
  );
  run(data, targetOrigin);
}

/** Waits until the popup shows the stand-in portal's authorize page; returns its query. */
export async function authorizeRequest(popup: Window): Promise<URLSearchParams> {
  await until(() => {
    try {
      return (
        popup.location.pathname === '/fake-portal/oauth/authorize' && popup.document.readyState === 'complete'
      );
    } catch {
      return false;
    }
  });
  return new URL(popup.location.href).searchParams;
}

/** Answers the authorize request in `popup` with a code the stand-in portal will accept. */
export async function approve(popup: Window): Promise<void> {
  const params = await authorizeRequest(popup);
  postFromPopup(popup, {
    type: AUTHORIZATION_MESSAGE,
    // The stand-in portal's issuer: where its authorize page is.
    iss: new URL(popup.location.href).href.replace(/\/oauth\/authorize\?.*$/, ''),
    code: params.get('code_challenge'),
    state: params.get('state'),
  });
}

/** Every token and revocation request the stand-in portal got from `clientId`, in order. */
export async function portalRequests(
  clientId: string,
): Promise<Array<{ path: string; form: Record<string, string> }>> {
  return (await fetch(`${FAKE_PORTAL}/requests?client_id=${encodeURIComponent(clientId)}`)).json();
}

/** A client id of this test's own, so tests running side by side do not see each other's requests. */
export function ownClient(prefix = 'ganja'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
