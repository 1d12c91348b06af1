/**
 * Drives the sign-in popup over HTTP as a browser and a widget would: authorize → the demo
 * provider's form → its POST → the callback page's code → POST /oauth/token.
 */
import { createHash, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { SCOPES } from '../../src/http/scopes.js';

export const DEMO_ORIGIN = 'http://localhost:8788';

/** What the sign-in flow needs of a server: the app itself (`app.request`) or an HTTP client of a running one. */
export interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface AuthorizeParams {
  clientId?: string;
  origin?: string;
  challenge?: string;
  state?: string;
  lang?: string;
  /** Default: every scope the server knows (it grants those the person's roles allow). */
  scope?: string;
}

export function authorizeUrl(params: AuthorizeParams = {}): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: params.clientId ?? 'guba',
    origin: params.origin ?? DEMO_ORIGIN,
    code_challenge: params.challenge ?? pkce().challenge,
    code_challenge_method: 'S256',
    state: params.state ?? 'state-1',
    lang: params.lang ?? 'en',
    scope: params.scope ?? SCOPES.join(' '),
  });
  return `/oauth/authorize?${query}`;
}

/** An attribute of the first element that has it, unescaped. */
export function attribute(html: string, name: string): string | undefined {
  const match = new RegExp(`${name}="([^"]*)"`).exec(html);
  return match?.[1]
    ?.replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

export function formBody(values: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(values).toString(),
  };
}

/** Chooses `subject` on the demo page; returns the callback page's code and the page itself. */
export async function demoCode(
  app: Requester,
  subject: string,
  params: AuthorizeParams & { challenge: string },
): Promise<{ code: string; page: string }> {
  const authorize = await app.request(authorizeUrl(params));
  expect(authorize.status).toBe(200);
  const formToken = attribute(await authorize.text(), 'name="form_token" value');
  expect(formToken).toBeDefined();
  const signIn = await app.request('/oauth/demo/sign-in', formBody({ form_token: formToken!, subject }));
  expect(signIn.status).toBe(200);
  const page = await signIn.text();
  const code = attribute(page, 'data-code');
  expect(code).toBeDefined();
  return { code: code!, page };
}

export function redeem(
  app: Requester,
  values: { code: string; verifier: string; clientId?: string; origin?: string },
  headers: Record<string, string> = {},
) {
  const init = formBody({
    grant_type: 'authorization_code',
    code: values.code,
    code_verifier: values.verifier,
    client_id: values.clientId ?? 'guba',
    origin: values.origin ?? DEMO_ORIGIN,
  });
  return app.request('/oauth/token', { ...init, headers: { ...(init.headers as object), ...headers } });
}

/** The whole popup flow for `subject`; returns the access token. */
export async function signIn(
  app: Requester,
  subject: string,
  options: { clientId?: string; origin?: string; scope?: string } = {},
): Promise<string> {
  const { verifier, challenge } = pkce();
  const { code } = await demoCode(app, subject, { ...options, challenge });
  const response = await redeem(app, { code, verifier, ...options });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}
